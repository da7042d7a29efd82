"""Invitations: sending them, mine to answer, and the lists and withdrawals of those who send them.

Sending one is ``POST`` on what it offers a place in (role assignments of a municipality, the
members of an organisation or of an opgave's team); the answer is always 202 with the invitation.
Those routes live here, not with the roles, organisations and teams they offer a place in: an
invitation gives a place in each of those domains, so this domain sits above them in the order of
the domains (``tests/unit/test_layers.py``), and a lower domain never imports it.
"""

from typing import Any
from uuid import UUID

from litestar import Response, delete, post
from litestar.datastructures import ResponseHeader
from litestar.openapi import ResponseSpec
from litestar.params import JSONBody

from api.db.connection import Db
from api.db.uow import Uow
from api.domains.accounts.schemas import RoleAssignmentCreate
from api.domains.invitations import queries
from api.domains.invitations.guards import invitation_from_path, inviter, the_invitee
from api.domains.invitations.schemas import (
    InvitationAnswer,
    InvitationPage,
    InvitationRead,
    InvitationResponseCreate,
)
from api.domains.invitations.services import (
    InvitationService,
    Offer,
    organisation_offer,
    role_offer,
    team_offer,
)
from api.domains.municipalities.guards import municipality_from_path
from api.domains.municipalities.schemas import Slug
from api.domains.opgaven import queries as opgaven_queries
from api.domains.opgaven.guards import opgave_from_path, published
from api.domains.opgaven.schemas import TeamMemberCreate, TeamMemberRead
from api.domains.opgaven.team_services import TeamService
from api.domains.organisations.guards import organisation_admin, organisation_from_path
from api.domains.organisations.schemas import MemberCreate
from api.lib.access import access, beheerder, person_of, scope, staff, verified
from api.lib.http import settings_of
from api.lib.mail import deliver_after
from api.lib.openapi import problems
from api.lib.ratelimit import per_person_hourly
from api.lib.routes import AnyRequest, Controller, PageOf, PageQuery, PathId, municipality_of, page_of_path
from api.settings import API_PREFIX

TAG = "Account"
SENT_DESCRIPTION = (
    "Een uitnodiging aan het adres, geen toekenning: het antwoord (202, met de uitnodiging) is voor elk adres "
    "hetzelfde, of er nu een account bij hoort of niet. Het adres krijgt een mail; wie met dat adres (bevestigd) "
    "is aangemeld, neemt aan of slaat af (`POST /invitations/{id}/responses`). Opnieuw uitnodigen vernieuwt "
    "de open uitnodiging."
)
INVITATION_LOCATION = ResponseHeader(
    name="Location", description="De uitnodiging: `/api/v1/invitations/{id}`.", documentation_only=True
)


async def invite(request: AnyRequest, uow: Uow, email: str, offer: Offer) -> Response[Any]:
    """Send an invitation in the municipality of the target, answered 202 with it, the mail on its way
    after the response. Each inviter sends a bounded number an hour: invitations are mail to
    addresses of their choosing."""
    settings = settings_of(request)
    await per_person_hourly(
        uow, "invitations", person_of(request).account_id, settings.participation.invitations_per_hour
    )
    invitation_id = await InvitationService(uow, settings).invite(municipality_of(request), email, offer)
    found = await uow.read(queries.get_invitation, invitation_id)
    return Response(
        found,
        status_code=202,
        headers={"Location": f"{API_PREFIX}/invitations/{invitation_id}"},
        background=deliver_after(request),
    )


def _invitations(of: str) -> PageQuery:
    """The page query of one list of invitations: ``of`` names it (``mine``, ``municipality``, ...)."""

    async def list_invitations(db: Db, key: UUID, *, limit: int, cursor: str) -> InvitationPage:
        return await queries.list_invitations(db, of, key, limit=limit, cursor=cursor)

    return list_invitations


class MyInvitationController(Controller):
    """Mijn uitnodigingen."""

    path = "/me/invitations"
    tags = [TAG]

    list_my_invitations = page_of_path(
        "",
        opt=access(verified),
        responses=problems(401, 403),
        page=InvitationPage,
        query=_invitations("mine"),
        of=None,
        viewer=lambda request: person_of(request).account_id,
    )


class InvitationController(Controller):
    """Een uitnodiging beantwoorden of intrekken."""

    path = "/invitations"
    tags = [TAG]
    target = invitation_from_path

    @post(
        "/{id:uuid}/responses",
        status_code=200,
        opt=access(the_invitee),
        responses=problems(401, 403, 404, 409),
    )
    async def respond_to_invitation(
        self, request: AnyRequest, id: PathId, data: JSONBody[InvitationResponseCreate], uow: Uow
    ) -> InvitationRead:
        await InvitationService(uow, settings_of(request)).respond(id, data.answer == InvitationAnswer.ACCEPT)
        return await uow.read(queries.get_invitation, id)

    @delete("/{id:uuid}", opt=access(inviter), responses=problems(401, 404, 409))
    async def withdraw_invitation(self, request: AnyRequest, id: PathId, uow: Uow) -> None:
        await InvitationService(uow, settings_of(request)).withdraw(id)


class SentInvitationController(Controller):
    """De uitnodigingen die een gemeente, organisatie of opgave verstuurde."""

    path = ""
    tags = [TAG]

    list_municipality_invitations = page_of_path(
        "/municipalities/{slug:str}/invitations",
        opt=access(beheerder, target=municipality_from_path()),
        page=InvitationPage,
        query=_invitations("municipality"),
        of=PageOf.municipality(Slug),
    )

    list_organisation_invitations = page_of_path(
        "/organisations/{id:uuid}/invitations",
        opt=access(organisation_admin | staff, target=organisation_from_path),
        page=InvitationPage,
        query=_invitations("organisation"),
    )

    list_opgave_invitations = page_of_path(
        "/opgaven/{id:uuid}/invitations",
        opt=access(staff, target=opgave_from_path),
        page=InvitationPage,
        query=_invitations("opgave"),
    )


class RoleInvitationController(Controller):
    """Iemand uitnodigen voor een rol in de gemeente (de rollen zelf: ``accounts.role_controllers``)."""

    path = "/municipalities/{slug:str}/role-assignments"
    tags = ["Account"]

    @post(
        "",
        status_code=202,
        opt=access(beheerder, target=municipality_from_path()),
        responses=problems(429),
        response_headers=[INVITATION_LOCATION],
    )
    async def assign_role(
        self, request: AnyRequest, slug: Slug, data: JSONBody[RoleAssignmentCreate], uow: Uow
    ) -> Response[InvitationRead]:
        return await invite(request, uow, data.email, role_offer(data.role))


class OrganisationInvitationController(Controller):
    """Iemand uitnodigen lid te worden van een organisatie (de leden zelf: ``organisations``)."""

    path = "/organisations"
    tags = ["Organisaties"]

    @post(
        "/{id:uuid}/members",
        status_code=202,
        opt=access(organisation_admin | staff, target=organisation_from_path),
        responses=problems(429),
        response_headers=[INVITATION_LOCATION],
    )
    async def add_organisation_member(
        self, request: AnyRequest, id: PathId, data: JSONBody[MemberCreate], uow: Uow
    ) -> Response[InvitationRead]:
        return await invite(request, uow, data.email, organisation_offer(id, is_admin=data.is_admin))


class TeamInvitationController(Controller):
    """Het team van een opgave uitbreiden: een persoon uitnodigen, of zelf vragen mee te doen (het team
    zelf: ``opgaven.team_controllers``)."""

    path = ""
    tags = ["Opgaven"]

    @post(
        "/opgaven/{id:uuid}/members",
        opt=access((verified & published) | staff | scope("opgaven:write"), target=opgave_from_path),
        responses={
            202: ResponseSpec(
                data_container=InvitationRead,
                description="Een persoon is per e-mail uitgenodigd.",
                generate_examples=False,
            ),
            **problems(409, 429),
        },
    )
    async def add_team_member(
        self, request: AnyRequest, id: PathId, data: JSONBody[TeamMemberCreate], uow: Uow
    ) -> Response[TeamMemberRead]:
        if data.email is not None:
            team_role = TeamService(uow).check_invitation(municipality_of(request), data)
            invited: Response[Any] = await invite(request, uow, data.email, team_offer(id, team_role))
            return invited
        member_id = await TeamService(uow).add(id, municipality_of(request), data)
        found = await uow.read(opgaven_queries.member, member_id)
        return Response(found, status_code=201, headers={"Location": f"{API_PREFIX}/members/{member_id}"})
