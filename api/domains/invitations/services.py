"""Inviting an address, and the person with that verified address accepting or declining.

Making an invitation looks nothing up: whether the address has an account, a verified one or a
role already, the inviter gets the same answer and the address the same mail, after the same
work. What is offered is given only when a signed-in person whose verified address it is
accepts; accepting never lowers what they already have.
"""

from dataclasses import dataclass
from datetime import timedelta
from uuid import UUID

from sqlalchemy import select

from api.db.uow import UnitOfWork
from api.domains.accounts.models import RoleName
from api.domains.accounts.roles import raise_role
from api.domains.invitations.models import Invitation, InvitationKind, InvitationStatus
from api.domains.municipalities.models import Municipality
from api.domains.opgaven.models import MemberRole, MemberStatus, Opgave, OpgaveMember
from api.domains.organisations.models import Organisation, OrganisationMember
from api.domains.system.models import OutgoingMail
from api.lib.access import UNVERIFIED, Person
from api.lib.errors import Conflict, Forbidden
from api.lib.ids import new_id
from api.lib.time import utcnow
from api.settings import Settings

INVITATION_TTL = timedelta(days=14)

_ROLE_LABELS = {
    RoleName.INWONER: "inwoner",
    RoleName.PARTNER: "partner",
    RoleName.MEDEWERKER: "medewerker",
    RoleName.BEHEERDER: "beheerder",
}
_TEAM_LABELS = {MemberRole.CORE_TEAM: "het kernteam", MemberRole.RESIDENT: "het team, als inwoner"}

# One open invitation per address and offer: inviting again renews it (and mails again).
_UPSERT = """
INSERT INTO invitations (id, municipality_id, kind, email, role, organisation_id, is_admin, opgave_id,
                         team_role, status, invited_by_id, expires_at)
VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, 'pending', $10, $11)
ON CONFLICT (kind, (coalesce(organisation_id, opgave_id, municipality_id)), (lower(email)))
    WHERE status = 'pending'
DO UPDATE SET role = EXCLUDED.role, is_admin = EXCLUDED.is_admin, team_role = EXCLUDED.team_role,
              invited_by_id = EXCLUDED.invited_by_id, expires_at = EXCLUDED.expires_at, updated_at = now()
RETURNING id
"""


@dataclass(frozen=True)
class Offer:
    """What an invitation offers: exactly one of a role, an organisation or a team."""

    kind: InvitationKind
    role: RoleName | None = None
    organisation_id: UUID | None = None
    is_admin: bool = False
    opgave_id: UUID | None = None
    team_role: MemberRole | None = None


def role_offer(role: RoleName) -> Offer:
    return Offer(InvitationKind.ROLE, role=role)


def organisation_offer(organisation_id: UUID, *, is_admin: bool) -> Offer:
    return Offer(InvitationKind.ORGANISATION, organisation_id=organisation_id, is_admin=is_admin)


def team_offer(opgave_id: UUID, role: MemberRole) -> Offer:
    return Offer(InvitationKind.TEAM, opgave_id=opgave_id, team_role=role)


class InvitationService:
    def __init__(self, uow: UnitOfWork, settings: Settings) -> None:
        self.uow = uow
        self.settings = settings

    async def _what(self, municipality_id: UUID, offer: Offer) -> str:
        """The offer in words, for the mail."""
        place = await self.uow.session.scalar(
            select(Municipality.name).where(Municipality.id == municipality_id)
        )
        if offer.kind == InvitationKind.ROLE:
            assert offer.role is not None
            return f"{_ROLE_LABELS[offer.role]} te worden bij {place} in Samenspel"
        if offer.kind == InvitationKind.ORGANISATION:
            name = await self.uow.session.scalar(
                select(Organisation.name).where(Organisation.id == offer.organisation_id)
            )
            admin = " (als beheerder)" if offer.is_admin else ""
            return f"lid te worden van {name}{admin}, een partner van {place}, in Samenspel"
        title = await self.uow.session.scalar(select(Opgave.title).where(Opgave.id == offer.opgave_id))
        assert offer.team_role is not None
        return f"mee te doen in {_TEAM_LABELS[offer.team_role]} van de opgave ‘{title}’ van {place}, in Samenspel"

    async def invite(self, municipality_id: UUID, email: str, offer: Offer) -> UUID:
        """Invite ``email``; the same work and the same answer whoever the address belongs to."""
        # A person invites; onboarding from the command line invites on the platform's behalf.
        actor = self.uow.principal
        inviter_id = actor.account_id if isinstance(actor, Person) else None
        inviter = actor.display_name if isinstance(actor, Person) else "Het team van Samenspel"
        email = email.strip()
        expires_at = utcnow() + INVITATION_TTL
        connection = await self.uow.connection()
        invitation_id: UUID = await connection.fetchval(
            _UPSERT,
            new_id(),
            municipality_id,
            offer.kind.value,
            email,
            offer.role.value if offer.role else None,
            offer.organisation_id,
            offer.is_admin,
            offer.opgave_id,
            offer.team_role.value if offer.team_role else None,
            inviter_id,
            expires_at,
        )
        link = f"{self.settings.server.base_url}/mijn-account/uitnodigingen"
        self.uow.session.add(
            OutgoingMail(
                to_address=email,
                subject="Uitnodiging voor Samenspel",
                body=(
                    f"Beste,\n\n{inviter} heeft u uitgenodigd om {await self._what(municipality_id, offer)}.\n\n"
                    f"Neem de uitnodiging aan (of sla haar af) op {link}\n"
                    "Meld u daar aan met dit e-mailadres, of maak een account aan, en bevestig het adres: "
                    "pas dan kunt u aannemen. De uitnodiging is 14 dagen geldig.\n\n"
                    "Kent u de afzender niet? Dan kunt u deze mail negeren.\n\nSamenspel"
                ),
            )
        )
        self.uow.audit(
            "invitation.sent",
            "invitation",
            invitation_id,
            municipality_id,
            {"kind": offer.kind.value, "role": offer.role.value if offer.role else None},
        )
        return invitation_id

    async def _locked(self, invitation_id: UUID) -> Invitation:
        invitation = await self.uow.locked(Invitation, invitation_id, "Deze uitnodiging bestaat niet.")
        if invitation.status != InvitationStatus.PENDING:
            raise Conflict("Deze uitnodiging is al beantwoord of ingetrokken.", code="invitation_answered")
        return invitation

    async def respond(self, invitation_id: UUID, accept: bool) -> None:
        """The invitee's answer. Accepting needs their verified address and gives what was offered."""
        person = self.uow.principal
        assert isinstance(person, Person)
        if not person.email_verified:
            raise Forbidden(UNVERIFIED.detail, code=UNVERIFIED.code)
        invitation = await self._locked(invitation_id)
        if invitation.expires_at <= utcnow():
            raise Conflict("Deze uitnodiging is verlopen; vraag om een nieuwe.", code="invitation_expired")
        invitation.status = InvitationStatus.ACCEPTED if accept else InvitationStatus.DECLINED
        invitation.answered_by_id = person.account_id
        invitation.answered_at = utcnow()
        self.uow.audit(
            "invitation.accepted" if accept else "invitation.declined",
            "invitation",
            invitation.id,
            invitation.municipality_id,
            {"kind": invitation.kind.value},
        )
        if accept:
            await self._give(invitation, person)

    async def _give(self, invitation: Invitation, person: Person) -> None:
        municipality_id, account_id = invitation.municipality_id, person.account_id
        connection = await self.uow.connection()
        if invitation.kind == InvitationKind.ROLE:
            assert invitation.role is not None
            await raise_role(connection, municipality_id, account_id, invitation.role)
            self.uow.audit(
                "role.assigned",
                "account",
                account_id,
                municipality_id,
                {"role": invitation.role.value, "invitationId": str(invitation.id)},
            )
        elif invitation.kind == InvitationKind.ORGANISATION:
            await self._join_organisation(invitation, account_id)
            # Acting for an organisation makes someone a partner in its municipality.
            await raise_role(connection, municipality_id, account_id, RoleName.PARTNER)
        else:
            await self._join_team(invitation, account_id)

    async def _join_organisation(self, invitation: Invitation, account_id: UUID) -> None:
        member = await self.uow.lock_where(
            OrganisationMember,
            OrganisationMember.organisation_id == invitation.organisation_id,
            OrganisationMember.account_id == account_id,
        )
        if member is None:
            member = OrganisationMember(
                municipality_id=invitation.municipality_id,
                organisation_id=invitation.organisation_id,
                account_id=account_id,
                is_admin=invitation.is_admin,
            )
            await self.uow.insert(member)
        else:
            member.is_admin = member.is_admin or invitation.is_admin
        self.uow.audit(
            "organisation.member_added",
            "organisation_member",
            member.id,
            invitation.municipality_id,
            {"organisationId": str(invitation.organisation_id), "invitationId": str(invitation.id)},
        )

    async def _join_team(self, invitation: Invitation, account_id: UUID) -> None:
        assert invitation.team_role is not None
        member = await self.uow.lock_where(
            OpgaveMember,
            OpgaveMember.opgave_id == invitation.opgave_id,
            OpgaveMember.account_id == account_id,
        )
        if member is None:
            member = OpgaveMember(
                municipality_id=invitation.municipality_id,
                opgave_id=invitation.opgave_id,
                account_id=account_id,
                role=invitation.team_role,
                status=MemberStatus.ACTIVE,
                invited_by_id=invitation.invited_by_id,
            )
            await self.uow.insert(member)
        else:
            # Already on the team (or asking to join): now active, in the role they had.
            member.status = MemberStatus.ACTIVE
        self.uow.audit(
            "team.member_added",
            "opgave_member",
            member.id,
            invitation.municipality_id,
            {"status": MemberStatus.ACTIVE.value, "invitationId": str(invitation.id)},
        )

    async def withdraw(self, invitation_id: UUID) -> None:
        """The inviter's side takes back an invitation nobody answered yet."""
        invitation = await self._locked(invitation_id)
        actor = self.uow.principal
        invitation.status = InvitationStatus.WITHDRAWN
        invitation.answered_by_id = actor.account_id if isinstance(actor, Person) else None
        invitation.answered_at = utcnow()
        self.uow.audit("invitation.withdrawn", "invitation", invitation.id, invitation.municipality_id)
