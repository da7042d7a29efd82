"""Opgaven: creating and running them through their phases. The rules live here."""

import re
import unicodedata
from typing import Any
from uuid import UUID

import msgspec
from sqlalchemy import delete, select
from sqlalchemy.exc import IntegrityError

from api.db.connection import Connection
from api.db.errors import violated_constraint
from api.db.uow import RowService, UnitOfWork
from api.domains.accounts.models import Account, RoleAssignment, RoleName
from api.domains.events import outbox
from api.domains.events import types as event_types
from api.domains.opgaven.guards import PROCESREGISSEUR_ONLY, opgave_of
from api.domains.opgaven.models import (
    DEFAULT_PROPOSAL_PHASES,
    Formulation,
    MemberRole,
    MemberStatus,
    Opgave,
    OpgaveDomain,
    OpgaveFollower,
    OpgaveMember,
    Phase,
    PolicyDomain,
)
from api.domains.opgaven.phases import check_transition
from api.domains.opgaven.schemas import OpgaveCreate, OpgaveUpdate, PhaseTransitionCreate
from api.lib.access import Person, Role, Target
from api.lib.errors import Conflict, Forbidden, InvalidInput
from api.lib.ids import new_id
from api.lib.schema import InvalidParam, Schema, sent
from api.lib.time import plausible_dates, utcnow

_STAFF_ROLES = (RoleName.MEDEWERKER, RoleName.BEHEERDER)


def slugify(title: str) -> str:
    """A URL name from a title: ``Bijstand & werk`` → ``bijstand-werk``."""
    ascii_text = unicodedata.normalize("NFKD", title).encode("ascii", "ignore").decode()
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")
    return slug[:70].strip("-") or "opgave"


def in_opgave(target: Target) -> dict[str, Any]:
    """The columns a new row of the target's opgave starts with: a new id, the municipality, the opgave."""
    return {
        "id": new_id(),
        "municipality_id": target.municipality_id,
        "opgave_id": opgave_of(target).opgave_id,
    }


async def check_action_line(connection: Connection, opgave_id: UUID, line_id: UUID | None) -> None:
    """400 ``unknown_action_line`` unless ``line_id`` (when given) is an action line of the opgave."""
    if line_id is None:
        return
    found = await connection.fetchval(
        "SELECT 1 FROM action_lines WHERE id = $1 AND opgave_id = $2", line_id, opgave_id
    )
    if found is None:
        raise InvalidInput.one("actionLineId", "unknown_action_line", "Deze opgave heeft die actielijn niet.")


async def apply_sent_action_line(uow: UnitOfWork, row: Any, data: msgspec.Struct) -> None:
    """Set ``row.action_line_id`` when the request sent one (or null), once it is known to be an
    action line of the row's opgave; the one partial update of an action line for every domain."""
    line_id = getattr(data, "action_line_id", msgspec.UNSET)
    if line_id is msgspec.UNSET:
        return
    await check_action_line(await uow.connection(), row.opgave_id, line_id)
    row.action_line_id = line_id


class OpgaveService(RowService[Opgave]):
    model, missing = Opgave, "Deze opgave bestaat niet."

    async def _domain_ids(self, municipality_id: UUID, slugs: list[str]) -> list[UUID]:
        rows = await self.uow.session.execute(
            select(PolicyDomain.slug, PolicyDomain.id).where(
                PolicyDomain.municipality_id == municipality_id, PolicyDomain.slug.in_(slugs)
            )
        )
        found = dict(rows.tuples().all())
        problems = [
            InvalidParam(
                name=f"domains[{i}]",
                code="unknown_domain",
                reason="Deze gemeente kent dit beleidsdomein niet.",
            )
            for i, slug in enumerate(slugs)
            if slug not in found
        ]
        if problems:
            raise InvalidInput("Onbekende beleidsdomeinen; zie invalidParams.", invalid_params=problems)
        return [found[s] for s in dict.fromkeys(slugs)]

    async def _check_procesregisseur(self, municipality_id: UUID, account_id: UUID) -> None:
        # Staff of the municipality whose address is verified: anyone else holds no staff role.
        staff = await self.uow.session.scalar(
            select(RoleAssignment.id)
            .join(Account, Account.id == RoleAssignment.account_id)
            .where(
                RoleAssignment.municipality_id == municipality_id,
                RoleAssignment.account_id == account_id,
                RoleAssignment.role.in_(_STAFF_ROLES),
                Account.email_verified_at.is_not(None),
                Account.deleted_at.is_(None),
            )
        )
        if staff is None:
            raise InvalidInput.one(
                "procesregisseurId", "not_staff", "De procesregisseur moet medewerker van de gemeente zijn."
            )

    async def _free_slug(self, municipality_id: UUID, wanted: str | None, title: str) -> str:
        base = wanted or slugify(title)
        taken = set(
            (
                await self.uow.session.scalars(
                    select(Opgave.slug).where(
                        Opgave.municipality_id == municipality_id, Opgave.slug.like(f"{base}%")
                    )
                )
            ).all()
        )
        if base not in taken:
            return base
        if wanted:
            raise Conflict("Deze gemeente heeft al een opgave met deze slug.", code="slug_taken")
        return next(f"{base}-{n}" for n in range(2, len(taken) + 3) if f"{base}-{n}" not in taken)

    def _may_name_procesregisseur(self, municipality_id: UUID, current: UUID | None) -> None:
        """Only a beheerder names another procesregisseur, or the procesregisseur hands over
        (``current``: the one now, whose staff role the access rule already checked)."""
        actor = self.uow.principal
        if isinstance(actor, Person) and (
            actor.role_in(municipality_id) >= Role.BEHEERDER or actor.account_id == current
        ):
            return
        raise Forbidden(PROCESREGISSEUR_ONLY.detail, code=PROCESREGISSEUR_ONLY.code)

    async def create(self, municipality_id: UUID, data: OpgaveCreate) -> UUID:
        actor = self.uow.principal
        regisseur = data.procesregisseur_id or (actor.account_id if isinstance(actor, Person) else None)
        if regisseur is None:
            raise InvalidInput.one(
                "procesregisseurId", "required", "Kies een procesregisseur voor de opgave."
            )
        if isinstance(actor, Person) and regisseur != actor.account_id:
            # Whoever starts an opgave may run it; naming someone else is a beheerder's choice.
            # (A client of the municipality has no account, so it always names one.)
            self._may_name_procesregisseur(municipality_id, None)
        plausible_dates(startDate=data.start_date, endDate=data.end_date)
        await self._check_procesregisseur(municipality_id, regisseur)
        domain_ids = await self._domain_ids(municipality_id, data.domains)
        opgave = Opgave(
            municipality_id=municipality_id,
            slug=await self._free_slug(municipality_id, data.slug, data.title),
            title=data.title.strip(),
            summary=data.summary,
            formulation=data.formulation,
            target_group=data.target_group,
            area=data.area,
            phase=Phase.EXPLORING,
            proposal_phases=[p.value for p in data.proposal_phases]
            if data.proposal_phases is not None
            else list(DEFAULT_PROPOSAL_PHASES),
            procesregisseur_id=regisseur,
            start_date=data.start_date,
            end_date=data.end_date,
            published=data.published,
        )
        self.uow.session.add(opgave)
        await self._flush_dates()
        for domain_id in domain_ids:
            self.uow.session.add(
                OpgaveDomain(municipality_id=municipality_id, opgave_id=opgave.id, domain_id=domain_id)
            )
        self.uow.session.add(
            OpgaveMember(
                municipality_id=municipality_id,
                opgave_id=opgave.id,
                account_id=regisseur,
                role=MemberRole.PROCESREGISSEUR,
                status=MemberStatus.ACTIVE,
            )
        )
        if data.formulation.strip():
            adopted_by = actor.account_id if isinstance(actor, Person) else regisseur
            self.uow.session.add(
                Formulation(
                    municipality_id=municipality_id,
                    opgave_id=opgave.id,
                    text=data.formulation,
                    proposed_by_id=adopted_by,
                    adopted_at=utcnow(),
                    adopted_by_id=adopted_by,
                )
            )
        await self._event(event_types.OPGAVE_CREATED, opgave)
        if opgave.published:
            await self._event(event_types.OPGAVE_PUBLISHED, opgave)
        self.uow.audit("opgave.created", "opgave", opgave.id, municipality_id)
        return opgave.id

    async def _event(self, kind: event_types.EventType, opgave: Opgave, data: Schema | None = None) -> None:
        """An event about the opgave itself (``OpgaveEventData`` unless ``data`` says more)."""
        ref = outbox.Ref(opgave.id, opgave.municipality_id, opgave_id=opgave.id)
        await outbox.emit_about(
            self.uow, kind, "opgaven", ref, data or event_types.OpgaveEventData(opgave_id=opgave.id)
        )

    async def _flush_dates(self) -> None:
        try:
            await self.uow.session.flush()
        except IntegrityError as error:
            if violated_constraint(error) == "ck_opgaven_dates_in_order":
                raise InvalidInput.one(
                    "endDate", "before_start", "De einddatum ligt voor de begindatum."
                ) from None
            raise

    async def update(self, opgave_id: UUID, data: OpgaveUpdate, if_match: str) -> None:
        opgave = await self._locked(opgave_id, if_match)
        changes = sent(data)
        plausible_dates(startDate=changes.get("start_date"), endDate=changes.get("end_date"))
        if "domains" in changes:
            ids = await self._domain_ids(opgave.municipality_id, changes.pop("domains"))
            await self.uow.session.execute(delete(OpgaveDomain).where(OpgaveDomain.opgave_id == opgave.id))
            for domain_id in ids:
                self.uow.session.add(
                    OpgaveDomain(
                        municipality_id=opgave.municipality_id, opgave_id=opgave.id, domain_id=domain_id
                    )
                )
            opgave.updated_at = utcnow()  # the opgave changed even if no column of its own did
        if "procesregisseur_id" in changes and changes["procesregisseur_id"] != opgave.procesregisseur_id:
            await self._change_procesregisseur(opgave, changes.pop("procesregisseur_id"))
        changes.pop("procesregisseur_id", None)
        if "proposal_phases" in changes:
            changes["proposal_phases"] = [p.value for p in changes["proposal_phases"]]
        was_published = opgave.published
        for field, value in changes.items():
            setattr(opgave, field, value.strip() if field == "title" else value)
        await self._flush_dates()
        if opgave.published and not was_published:
            await self._event(event_types.OPGAVE_PUBLISHED, opgave)
        self.uow.audit(
            "opgave.updated",
            "opgave",
            opgave.id,
            opgave.municipality_id,
            {"fields": sorted(data_fields(data))},
        )

    async def _change_procesregisseur(self, opgave: Opgave, account_id: UUID) -> None:
        current = opgave.procesregisseur_id
        actor = self.uow.principal
        still_staff = isinstance(actor, Person) and actor.role_in(opgave.municipality_id) >= Role.MEDEWERKER
        self._may_name_procesregisseur(opgave.municipality_id, current if still_staff else None)
        await self._check_procesregisseur(opgave.municipality_id, account_id)
        members = (
            await self.uow.session.scalars(
                select(OpgaveMember).where(
                    OpgaveMember.opgave_id == opgave.id,
                    (OpgaveMember.account_id == account_id)
                    | (OpgaveMember.role == MemberRole.PROCESREGISSEUR),
                )
            )
        ).all()
        for member in members:
            if member.role == MemberRole.PROCESREGISSEUR:
                member.role = MemberRole.CORE_TEAM
        new = next((m for m in members if m.account_id == account_id), None)
        if new is None:
            self.uow.session.add(
                OpgaveMember(
                    municipality_id=opgave.municipality_id,
                    opgave_id=opgave.id,
                    account_id=account_id,
                    role=MemberRole.PROCESREGISSEUR,
                    status=MemberStatus.ACTIVE,
                )
            )
        else:
            new.role, new.status = MemberRole.PROCESREGISSEUR, MemberStatus.ACTIVE
        opgave.procesregisseur_id = account_id

    async def transition(self, opgave_id: UUID, data: PhaseTransitionCreate) -> tuple[Phase, Phase, str]:
        opgave = await self._locked(opgave_id)
        current = Phase(opgave.phase)
        direction = check_transition(current, data.to_phase, data.reason)
        opgave.phase = data.to_phase
        changed = event_types.PhaseChangedData(
            opgave_id=opgave.id,
            from_phase=current.value,
            to_phase=data.to_phase.value,
            direction=direction.value,
            reason=data.reason.strip(),
        )
        await self._event(event_types.OPGAVE_PHASE_CHANGED, opgave, changed)
        self.uow.audit(
            "opgave.phase_changed",
            "opgave",
            opgave.id,
            opgave.municipality_id,
            {
                "from": current.value,
                "to": data.to_phase.value,
                "direction": direction.value,
                "reason": data.reason.strip(),
            },
        )
        return current, data.to_phase, direction.value

    async def follow(self, opgave_id: UUID, municipality_id: UUID, person: Person) -> None:
        exists = await self.uow.session.scalar(
            select(OpgaveFollower.id).where(
                OpgaveFollower.opgave_id == opgave_id, OpgaveFollower.account_id == person.account_id
            )
        )
        if exists is None:
            self.uow.session.add(
                OpgaveFollower(
                    municipality_id=municipality_id, opgave_id=opgave_id, account_id=person.account_id
                )
            )
            self.uow.audit("opgave.followed", "opgave", opgave_id, municipality_id)

    async def unfollow(self, opgave_id: UUID, municipality_id: UUID, person: Person) -> None:
        result = await self.uow.session.execute(
            delete(OpgaveFollower).where(
                OpgaveFollower.opgave_id == opgave_id, OpgaveFollower.account_id == person.account_id
            )
        )
        if result.rowcount:  # type: ignore[attr-defined]
            self.uow.audit("opgave.unfollowed", "opgave", opgave_id, municipality_id)


def data_fields(data: msgspec.Struct) -> list[str]:
    return list(sent(data))
