"""Organisations and their members."""

from typing import Annotated

from litestar import delete, patch
from litestar.params import JSONBody, QueryParameter

from api.db.connection import Db
from api.db.uow import Uow
from api.domains.municipalities.guards import municipality_from_body, municipality_id_of
from api.domains.municipalities.schemas import MunicipalityParam
from api.domains.organisations import queries
from api.domains.organisations.guards import (
    member_from_path,
    organisation_admin,
    organisation_from_path,
    organisation_member,
    the_member,
)
from api.domains.organisations.models import OrganisationKind
from api.domains.organisations.schemas import (
    MemberPage,
    MemberRead,
    MemberUpdate,
    OrganisationCreate,
    OrganisationPage,
    OrganisationRead,
    OrganisationUpdate,
)
from api.domains.organisations.services import OrganisationService
from api.lib.access import access, everyone, staff
from api.lib.openapi import problems
from api.lib.routes import Controller, PathId, Resource, page_of_path

KindParam = Annotated[OrganisationKind | None, QueryParameter(name="kind", description="Soort organisatie.")]


async def _organisations(
    db: Db, *, municipality: str, kind: OrganisationKind | None, limit: int, cursor: str
) -> OrganisationPage:
    """Of one municipality when its slug is given: an unknown one is a filter that matches nothing."""
    municipality_id = await municipality_id_of(db, municipality) if municipality else None
    if municipality and municipality_id is None:
        return OrganisationPage(items=[], next_cursor=None)
    return await queries.list_organisations(
        db, municipality_id=municipality_id, kind=kind, limit=limit, cursor=cursor
    )


ORGANISATION = Resource(OrganisationRead, queries.get_organisation, "/organisations")


class OrganisationController(Controller):
    """Partnerorganisaties: maatschappelijke organisaties en ondernemers."""

    path = "/organisations"
    tags = ["Organisaties"]

    list_organisations = page_of_path(
        "",
        opt=access(everyone),
        page=OrganisationPage,
        query=_organisations,
        of=None,
        filters={"municipality": (MunicipalityParam, ""), "kind": (KindParam, None)},
    )

    create_organisation = ORGANISATION.create_in_municipality(
        "",
        OrganisationCreate,
        OrganisationService,
        opt=access(staff, target=municipality_from_body()),
        responses=problems(409),
    )

    get_organisation = ORGANISATION.get(
        "/{id:uuid}", "Deze organisatie bestaat niet.", opt=access(everyone, target=organisation_from_path)
    )

    update_organisation = ORGANISATION.update(
        "/{id:uuid}",
        OrganisationUpdate,
        OrganisationService,
        opt=access(organisation_admin | staff, target=organisation_from_path),
        responses=problems(409, 412, 428),
    )

    list_organisation_members = page_of_path(
        "/{id:uuid}/members",
        opt=access(organisation_member | staff, target=organisation_from_path),
        page=MemberPage,
        query=queries.list_members,
    )


class OrganisationMemberController(Controller):
    """Lidmaatschappen van organisaties."""

    path = "/organisation-members"
    tags = ["Organisaties"]
    target = member_from_path

    @patch("/{id:uuid}", opt=access(organisation_admin | staff))
    async def update_organisation_member(
        self, id: PathId, data: JSONBody[MemberUpdate], uow: Uow
    ) -> MemberRead:
        await OrganisationService(uow).update_member(id, data.is_admin)
        return await uow.read(queries.get_member, id)

    @delete("/{id:uuid}", opt=access(the_member | organisation_admin | staff))
    async def remove_organisation_member(self, id: PathId, uow: Uow) -> None:
        await OrganisationService(uow).remove_member(id)
