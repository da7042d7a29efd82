"""Formulations, action lines and the team of an opgave."""

from typing import Any
from uuid import UUID

import msgspec
from sqlalchemy import func, select, update
from sqlalchemy.exc import IntegrityError

from api.db.uow import RowService, Service
from api.domains.events import outbox
from api.domains.events import types as event_types
from api.domains.opgaven.models import (
    ActionLine,
    Formulation,
    MemberRole,
    MemberStatus,
    Opgave,
    OpgaveMember,
)
from api.domains.opgaven.schemas import (
    ActionLineCreate,
    ActionLineUpdate,
    FormulationCreate,
    TeamMemberCreate,
    TeamMemberUpdate,
)
from api.domains.organisations.models import Organisation
from api.lib.access import UNVERIFIED, Client, Person, Principal, Role
from api.lib.errors import Conflict, Forbidden, InvalidInput
from api.lib.etag import require_if_match
from api.lib.schema import apply_sent
from api.lib.time import utcnow


def _is_staff(principal: Principal, municipality_id: UUID) -> bool:
    """Staff of the municipality, or its system acting in its name (a client with ``opgaven:write``)."""
    if isinstance(principal, Client):
        return principal.municipality_id == municipality_id and "opgaven:write" in principal.scopes
    return isinstance(principal, Person) and principal.role_in(municipality_id) >= Role.MEDEWERKER


class FormulationService(Service):
    async def propose(self, opgave_id: UUID, municipality_id: UUID, data: FormulationCreate) -> UUID:
        person = self.uow.principal
        assert isinstance(person, Person)
        formulation = Formulation(
            municipality_id=municipality_id,
            opgave_id=opgave_id,
            text=data.text,
            rationale=data.rationale,
            proposed_by_id=person.account_id,
        )
        await self.uow.insert(formulation)
        self.uow.audit("formulation.proposed", "formulation", formulation.id, municipality_id)
        return formulation.id

    async def adopt(self, formulation_id: UUID) -> None:
        formulation = await self.uow.locked(Formulation, formulation_id, "Deze formulering bestaat niet.")
        opgave = await self.uow.lock_where(Opgave, Opgave.id == formulation.opgave_id)
        assert opgave is not None
        current = await self.uow.session.scalar(
            select(Formulation.id)
            .where(Formulation.opgave_id == opgave.id, Formulation.adopted_at.is_not(None))
            .order_by(Formulation.adopted_at.desc(), Formulation.id.desc())
            .limit(1)
        )
        if current == formulation.id:
            # A repeat (a second click, a retry without a key) is not a second adoption.
            raise Conflict("Deze formulering is al de geldende.", code="already_adopted")
        person = self.uow.principal
        formulation.adopted_at = utcnow()
        formulation.adopted_by_id = person.account_id if isinstance(person, Person) else None
        opgave.formulation = formulation.text
        event_data = event_types.FormulationEventData(opgave_id=opgave.id, formulation_id=formulation.id)
        await outbox.emit_about(
            self.uow, event_types.FORMULATION_ADOPTED, "formulations", formulation, event_data
        )
        self.uow.audit("formulation.adopted", "formulation", formulation.id, opgave.municipality_id)


class ActionLineService(Service):
    async def _shift(self, opgave_id: UUID, from_position: int, by: int, *, until: int | None = None) -> None:
        condition = [ActionLine.opgave_id == opgave_id, ActionLine.position >= from_position]
        if until is not None:
            condition.append(ActionLine.position <= until)
        # Making room is not an edit of the other lines: their versions (ETags) stay.
        await self.uow.session.execute(
            update(ActionLine).where(*condition).values(position=ActionLine.position + by),
            execution_options={"synchronize_session": False},
        )

    async def create(self, opgave_id: UUID, municipality_id: UUID, data: ActionLineCreate) -> UUID:
        # Lock the opgave so two new lines do not take the same place.
        await self.uow.session.execute(select(Opgave.id).where(Opgave.id == opgave_id).with_for_update())
        last = (
            await self.uow.session.scalar(
                select(func.coalesce(func.max(ActionLine.position), 0)).where(
                    ActionLine.opgave_id == opgave_id
                )
            )
            or 0
        )
        position = min(data.position or last + 1, last + 1)
        await self._shift(opgave_id, position, 1)
        line = ActionLine(
            municipality_id=municipality_id,
            opgave_id=opgave_id,
            position=position,
            title=data.title.strip(),
            goal=data.goal,
        )
        await self.uow.insert(line)
        event_data = event_types.ActionLineEventData(opgave_id=opgave_id, action_line_id=line.id)
        await outbox.emit_about(self.uow, event_types.ACTION_LINE_CREATED, "action-lines", line, event_data)
        self.uow.audit("action_line.created", "action_line", line.id, municipality_id)
        return line.id

    async def _locked(self, line_id: UUID, if_match: str) -> ActionLine:
        line = await self.uow.locked(ActionLine, line_id, "Deze actielijn bestaat niet.")
        await self.uow.session.execute(select(Opgave.id).where(Opgave.id == line.opgave_id).with_for_update())
        require_if_match(if_match, line.version)
        return line

    async def update(self, line_id: UUID, data: ActionLineUpdate, if_match: str) -> None:
        line = await self._locked(line_id, if_match)
        apply_sent(line, data, "title", clean=str.strip)
        apply_sent(line, data, "goal")
        if data.position is not msgspec.UNSET and data.position != line.position:
            last = await self.uow.session.scalar(
                select(func.max(ActionLine.position)).where(ActionLine.opgave_id == line.opgave_id)
            )
            target = min(data.position, last or 1)
            if target < line.position:
                await self._shift(line.opgave_id, target, 1, until=line.position - 1)
            else:
                await self._shift(line.opgave_id, line.position + 1, -1, until=target)
            line.position = target
        self.uow.audit("action_line.updated", "action_line", line.id, line.municipality_id)

    async def delete(self, line_id: UUID, if_match: str) -> None:
        line = await self._locked(line_id, if_match)
        opgave_id, position, municipality_id = line.opgave_id, line.position, line.municipality_id
        await self.uow.session.delete(line)
        await self.uow.session.flush()
        await self._shift(opgave_id, position + 1, -1)
        self.uow.audit("action_line.deleted", "action_line", line_id, municipality_id)


class TeamService(RowService[OpgaveMember]):
    model, missing = OpgaveMember, "Deze deelnemer bestaat niet."

    def check_invitation(self, municipality_id: UUID, data: TeamMemberCreate) -> MemberRole:
        """The role a person is invited to by e-mail, if this caller may invite them to it."""
        if not _is_staff(self.uow.principal, municipality_id):
            raise Forbidden("Alleen de gemeente nodigt anderen uit.")
        if not isinstance(self.uow.principal, Person):
            raise InvalidInput.one(
                "email",
                "not_for_systems",
                "Een systeem nodigt organisaties uit; personen nodigt een medewerker uit.",
            )
        if data.organisation_id is not None:
            raise InvalidInput.one(
                "organisationId", "one_of", "Nodig een persoon of een organisatie uit, niet beide."
            )
        if data.role not in (MemberRole.CORE_TEAM, MemberRole.RESIDENT) or data.partner_role is not None:
            raise InvalidInput.one(
                "role", "invalid_choice", "Een persoon doet mee in het kernteam of als inwoner."
            )
        return data.role

    async def add(self, opgave_id: UUID, municipality_id: UUID, data: TeamMemberCreate) -> UUID:
        principal = self.uow.principal
        staff = _is_staff(principal, municipality_id)
        if not isinstance(principal, Person) and data.organisation_id is None:
            raise InvalidInput.one(
                "organisationId",
                "required",
                "Een systeem meldt een organisatie aan; personen melden zichzelf aan.",
            )
        values: dict[str, Any] = {
            "municipality_id": municipality_id,
            "opgave_id": opgave_id,
            "role": data.role,
        }
        if data.role == MemberRole.PROCESREGISSEUR:
            raise InvalidInput.one("role", "invalid_choice", "De procesregisseur kiest u bij de opgave zelf.")
        if data.organisation_id is not None:
            if data.role != MemberRole.PARTNER or data.partner_role is None:
                raise InvalidInput.one(
                    "partnerRole", "required", "Een organisatie doet mee als partner, met een partnerrol."
                )
            exists = await self.uow.session.scalar(
                select(Organisation.id).where(
                    Organisation.id == data.organisation_id, Organisation.municipality_id == municipality_id
                )
            )
            if exists is None:
                raise InvalidInput.one(
                    "organisationId", "unknown_organisation", "Deze gemeente kent deze organisatie niet."
                )
            admin = isinstance(principal, Person) and any(
                m.organisation_id == data.organisation_id and m.is_admin for m in principal.memberships
            )
            if not (staff or admin):
                raise Forbidden("Alleen een beheerder van de organisatie of de gemeente kan haar aanmelden.")
            values |= {"organisation_id": data.organisation_id, "partner_role": data.partner_role}
            values["status"] = MemberStatus.INVITED if staff and not admin else MemberStatus.REQUESTED
        else:
            if data.role == MemberRole.PARTNER or data.partner_role is not None:
                raise InvalidInput.one(
                    "role", "invalid_choice", "Een persoon doet mee in het kernteam of als inwoner."
                )
            # A person by e-mail is an invitation to the address (``check_invitation``), never a row here.
            assert isinstance(principal, Person)
            assert data.email is None, "invitations by e-mail go through the invitations domain"
            values |= {
                "account_id": principal.account_id,
                "status": MemberStatus.ACTIVE if staff else MemberStatus.REQUESTED,
            }
        member = OpgaveMember(**values)
        self.uow.session.add(member)
        try:
            await self.uow.session.flush()
        except IntegrityError:
            raise Conflict(
                "Deze persoon of organisatie staat al op het team.", code="already_on_team"
            ) from None
        await self._event(event_types.MEMBER_ADDED, member)
        self.uow.audit(
            "team.member_added", "opgave_member", member.id, municipality_id, {"status": str(member.status)}
        )
        return member.id

    async def _event(self, kind: event_types.EventType, member: OpgaveMember) -> None:
        event_data = event_types.MemberEventData(
            opgave_id=member.opgave_id,
            member_id=member.id,
            organisation_id=member.organisation_id,
            role=str(member.role),
            status=str(member.status),
        )
        await outbox.emit_about(self.uow, kind, "members", member, event_data)

    async def update(self, member_id: UUID, data: TeamMemberUpdate) -> None:
        member = await self._locked(member_id)
        principal = self.uow.principal
        staff = _is_staff(principal, member.municipality_id)
        if not staff:
            if isinstance(principal, Person) and not principal.email_verified:
                raise Forbidden(UNVERIFIED.detail, code=UNVERIFIED.code)
            # The person (or organisation) concerned may only accept an invitation.
            accepting = data.status == MemberStatus.ACTIVE and member.status == MemberStatus.INVITED
            if not accepting or data.role is not msgspec.UNSET or data.partner_role is not msgspec.UNSET:
                raise Forbidden("U kunt alleen een uitnodiging aannemen; de gemeente beslist over de rest.")
        if data.status is not msgspec.UNSET:
            if data.status != MemberStatus.ACTIVE:
                raise InvalidInput.one(
                    "status", "invalid_choice", "Een deelnemer kan alleen actief worden gemaakt."
                )
            member.status = MemberStatus.ACTIVE
        if member.role == MemberRole.PROCESREGISSEUR and (
            data.role is not msgspec.UNSET and data.role != MemberRole.PROCESREGISSEUR
        ):
            raise Conflict("Wissel de procesregisseur via de opgave zelf.", code="procesregisseur_stays")
        if data.role is not msgspec.UNSET:
            if data.role == MemberRole.PROCESREGISSEUR and member.role != MemberRole.PROCESREGISSEUR:
                raise Conflict("Wissel de procesregisseur via de opgave zelf.", code="procesregisseur_stays")
            if (data.role == MemberRole.PARTNER) != (member.organisation_id is not None):
                raise InvalidInput.one("role", "invalid_choice", "Organisaties zijn partner, personen niet.")
            member.role = data.role
        if data.partner_role is not msgspec.UNSET:
            if member.organisation_id is None:
                raise InvalidInput.one(
                    "partnerRole", "invalid_choice", "Alleen een organisatie heeft een partnerrol."
                )
            member.partner_role = data.partner_role
        await self._event(event_types.MEMBER_CHANGED, member)
        self.uow.audit(
            "team.member_updated",
            "opgave_member",
            member.id,
            member.municipality_id,
            {"status": str(member.status)},
        )

    async def remove(self, member_id: UUID) -> None:
        member = await self._locked(member_id)
        if member.role == MemberRole.PROCESREGISSEUR:
            raise Conflict(
                "De procesregisseur blijft op het team; wissel via de opgave zelf.",
                code="procesregisseur_stays",
            )
        await self._event(event_types.MEMBER_REMOVED, member)
        await self.uow.session.delete(member)
        self.uow.audit("team.member_removed", "opgave_member", member.id, member.municipality_id)
