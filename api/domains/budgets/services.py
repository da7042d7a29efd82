"""Budgets: setting them up, contributing, asking, and deciding. The rules live here; the money moves
in ``ledger``, one conditional statement at a time."""

from typing import Any
from uuid import UUID

from sqlalchemy import select

from api.db.uow import RowService
from api.domains.budgets import ledger
from api.domains.budgets.guards import run_budgets
from api.domains.budgets.models import Budget, BudgetClaim, Contribution
from api.domains.budgets.schemas import (
    BudgetClaimCreate,
    BudgetCreate,
    BudgetUpdate,
    ContributionCorrectionCreate,
    ContributionCreate,
    ContributionDecision,
    ContributionDecisionCreate,
    Decision,
    DecisionCreate,
)
from api.domains.events import outbox
from api.domains.events import types as event_types
from api.domains.municipalities.refs import municipality_name
from api.domains.notifications.models import NotificationKind
from api.domains.notifications.services import notify
from api.domains.opgaven.guards import opgave_of
from api.domains.opgaven.models import MemberStatus, OpgaveMember
from api.domains.opgaven.services import apply_sent_action_line, check_action_line, in_opgave
from api.domains.organisations.refs import organisation_name
from api.domains.tasks.models import Task
from api.lib.access import Person, Target
from api.lib.errors import Conflict, Forbidden, InvalidInput
from api.lib.ids import new_id
from api.lib.schema import apply_sent, sent


def euros(cents: int) -> str:
    """An amount as people in the Netherlands write it: € 1.234,56."""
    whole, rest = divmod(cents, 100)
    return f"€ {whole:,}".replace(",", ".") + f",{rest:02d}"


def money_event(
    kind: event_types.EventType,
    target: Target,
    subject: str,
    object_id: UUID,
    budget_id: UUID,
    organisation_id: UUID | None,
    amount_cents: int,
    actor_id: UUID | None,
) -> outbox.DomainEvent:
    """An event of money that moved on a budget of the target's opgave (``MoneyEventData``)."""
    assert target.municipality_id is not None
    opgave_id = opgave_of(target).opgave_id
    data = event_types.MoneyEventData(
        opgave_id=opgave_id,
        budget_id=budget_id,
        object_id=object_id,
        organisation_id=organisation_id,
        amount_cents=amount_cents,
    )
    return outbox.DomainEvent(
        kind, target.municipality_id, subject, object_id, data, opgave_id=opgave_id, actor_id=actor_id
    )


def _reason(text: str, what: str) -> str:
    """The reason a decision gives, trimmed; 400 ``required`` unless it says something (five characters)."""
    reason = text.strip()
    if len(reason) < 5:
        raise InvalidInput.one("reason", "required", f"Zeg waarom {what}.")
    return reason


class BudgetService(RowService[Budget]):
    model, missing = Budget, "Dit budget bestaat niet."

    async def create(self, target: Target, data: BudgetCreate) -> UUID:
        opgave_id: UUID = opgave_of(target).opgave_id
        await check_action_line(await self.uow.connection(), opgave_id, data.action_line_id)
        budget = Budget(
            **in_opgave(target), **sent(data, "action_line_id", "title"), description=data.description.strip()
        )
        self.uow.session.add(budget)
        await self._budget_event(event_types.BUDGET_CREATED, budget)
        self.uow.audit("budget.created", "budget", budget.id, budget.municipality_id)
        return budget.id

    async def update(self, budget_id: UUID, data: BudgetUpdate, if_match: str) -> None:
        budget = await self._locked(budget_id, if_match=if_match)
        apply_sent(budget, data, "title")
        apply_sent(budget, data, "description", clean=str.strip)
        await apply_sent_action_line(self.uow, budget, data)
        await self._budget_event(event_types.BUDGET_CHANGED, budget)
        self.uow.audit("budget.updated", "budget", budget.id, budget.municipality_id)

    async def _budget_event(self, kind: event_types.EventType, budget: Budget) -> None:
        event_data = event_types.BudgetEventData(
            opgave_id=budget.opgave_id, budget_id=budget.id, action_line_id=budget.action_line_id
        )
        await outbox.emit_about(self.uow, kind, "budgets", budget, event_data)

    async def _party(self, municipality_id: UUID, organisation_id: UUID | None) -> ledger.Party:
        # On the driver: a budget decision is a hot write (it runs without the ORM).
        connection = await self.uow.connection()
        if organisation_id is None:
            name = await connection.fetchval(f"SELECT {municipality_name('$1')}", municipality_id)
            return ledger.Party(name=f"Gemeente {name}", organisation_id=None)
        name = await connection.fetchval(f"SELECT {organisation_name('$1')}", organisation_id)
        assert name is not None
        return ledger.Party(name=name, organisation_id=organisation_id)

    async def _require_partner(self, target: Target, organisation_id: UUID, what: str) -> None:
        """The caller is a member of the organisation, and the organisation is on the opgave's team."""
        person = self.uow.principal
        if not isinstance(person, Person) or organisation_id not in person.organisations_in(
            target.municipality_id
        ):
            raise InvalidInput.one(
                "organisationId",
                "not_a_member",
                f"U kunt alleen namens een organisatie waarvan u lid bent {what}.",
            )
        on_team = await self.uow.session.scalar(
            select(OpgaveMember.id).where(
                OpgaveMember.opgave_id == opgave_of(target).opgave_id,
                OpgaveMember.organisation_id == organisation_id,
                OpgaveMember.status == MemberStatus.ACTIVE,
            )
        )
        if on_team is None:
            raise Conflict("Die organisatie zit niet in het team van deze opgave.", code="not_on_team")

    async def contribute(self, target: Target, budget_id: UUID, data: ContributionCreate) -> UUID:
        """The municipality's own money (staff) counts at once; a partner's pledge waits for staff."""
        assert target.municipality_id is not None
        person = self.uow.principal
        if data.organisation_id is None:
            # The municipality's own money is pledged by its staff.
            if not run_budgets.allows(person, target):
                raise Forbidden("Alleen medewerkers van de gemeente dragen bij namens de gemeente.")
        else:
            await self._require_partner(target, data.organisation_id, "bijdragen")
        contribution = Contribution(
            id=new_id(),
            municipality_id=target.municipality_id,
            budget_id=budget_id,
            **sent(data, "organisation_id", "amount_cents"),
            note=data.note.strip(),
            pledged_by_id=outbox.actor(self.uow.principal),
        )
        self.uow.session.add(contribution)
        if data.organisation_id is None:
            # The municipality's own money counts at once: it is confirmed as it is pledged.
            party = await self._party(target.municipality_id, None)
            await self._confirm(target, contribution.id, budget_id, party, data.amount_cents)
        self.uow.audit(
            "budget.contributed",
            "contribution",
            contribution.id,
            target.municipality_id,
            {"amountCents": data.amount_cents, "confirmed": data.organisation_id is None},
        )
        return contribution.id

    async def _confirm(
        self, target: Target, contribution_id: UUID, budget_id: UUID, party: ledger.Party, amount_cents: int
    ) -> None:
        """The contribution counts from now on (``ledger.confirm``), and the feed says so."""
        await ledger.confirm(
            await self.uow.connection(),
            contribution_id=contribution_id,
            actor_id=outbox.actor(self.uow.principal),
            party=party,
        )
        subject = outbox.subject("budgets", budget_id)
        await self._money_event(
            event_types.CONTRIBUTION_ADDED,
            target,
            budget_id,
            contribution_id,
            subject,
            party.organisation_id,
            amount_cents,
        )

    async def _contribution(self, contribution_id: UUID) -> Any:
        row = await (await self.uow.connection()).fetchrow(
            """SELECT c.budget_id, c.organisation_id, c.pledged_by_id, c.amount_cents, b.title AS budget_title
               FROM budget_contributions c JOIN budgets b ON b.id = c.budget_id WHERE c.id = $1""",
            contribution_id,
        )
        assert row is not None  # the route's target loader found it
        return row

    async def decide_pledge(
        self, target: Target, contribution_id: UUID, data: ContributionDecisionCreate
    ) -> None:
        """Staff confirm a pledge (it counts from now on) or reject it with a reason; whoever pledged hears it."""
        assert target.municipality_id is not None
        connection = await self.uow.connection()
        pledge = await self._contribution(contribution_id)
        party = await self._party(target.municipality_id, pledge["organisation_id"])
        if data.decision == ContributionDecision.CONFIRM:
            await self._confirm(target, contribution_id, pledge["budget_id"], party, pledge["amount_cents"])
            told = (
                f"Uw toezegging van {euros(pledge['amount_cents'])} aan ‘{pledge['budget_title']}’ is bevestigd",
                "",
            )
        else:
            reason = _reason(data.reason, "de toezegging wordt afgewezen")
            await ledger.reject_pledge(
                connection,
                contribution_id=contribution_id,
                reason=reason,
                actor_id=outbox.actor(self.uow.principal),
            )
            told = (
                f"Uw toezegging van {euros(pledge['amount_cents'])} aan ‘{pledge['budget_title']}’ is afgewezen",
                reason,
            )
        self._decided(
            target,
            party,
            told,
            pledge["pledged_by_id"],
            NotificationKind.CONTRIBUTION_DECIDED,
            "contribution",
            contribution_id,
            "confirmed" if data.decision == ContributionDecision.CONFIRM else "rejected",
            {"amountCents": pledge["amount_cents"]},
        )

    async def correct(
        self, target: Target, contribution_id: UUID, data: ContributionCorrectionCreate
    ) -> None:
        """What a confirmed contribution really is: the difference goes into the ledger as a correction."""
        assert target.municipality_id is not None
        reason = _reason(data.reason, "de bijdrage wordt gecorrigeerd")
        pledge = await self._contribution(contribution_id)
        _, before = await ledger.correct(
            await self.uow.connection(),
            contribution_id=contribution_id,
            amount=data.amount_cents,
            reason=reason,
            actor_id=outbox.actor(self.uow.principal),
            party=await self._party(target.municipality_id, pledge["organisation_id"]),
        )
        self.uow.audit(
            "contribution.corrected",
            "contribution",
            contribution_id,
            target.municipality_id,
            {"fromCents": before, "toCents": data.amount_cents},
        )

    async def ask(self, target: Target, budget_id: UUID, data: BudgetClaimCreate) -> UUID:
        assert target.municipality_id is not None
        await self._require_partner(target, data.organisation_id, "een aanvraag doen")
        if data.task_id is not None:
            task = await self.uow.session.get(Task, data.task_id)
            if task is None or task.opgave_id != opgave_of(target).opgave_id:
                raise InvalidInput.one("taskId", "unknown_task", "Deze opgave heeft die taak niet.")
        claim = BudgetClaim(
            id=new_id(),
            municipality_id=target.municipality_id,
            budget_id=budget_id,
            **sent(data, "organisation_id", "task_id", "amount_cents"),
            requested_by_id=outbox.actor(self.uow.principal),
            motivation=data.motivation.strip(),
        )
        self.uow.session.add(claim)
        await ledger.request(await self.uow.connection(), budget_id=budget_id, amount=data.amount_cents)
        self.uow.audit(
            "budget.requested",
            "budget_claim",
            claim.id,
            target.municipality_id,
            {"amountCents": data.amount_cents},
        )
        return claim.id

    async def decide(self, target: Target, claim_id: UUID, data: DecisionCreate) -> None:
        assert target.municipality_id is not None
        connection = await self.uow.connection()
        claim = await connection.fetchrow(
            """SELECT c.budget_id, c.amount_cents, c.organisation_id, c.motivation, c.requested_by_id, b.title AS budget_title
               FROM budget_claims c JOIN budgets b ON b.id = c.budget_id WHERE c.id = $1""",
            claim_id,
        )
        assert claim is not None
        party = await self._party(target.municipality_id, claim["organisation_id"])
        actor_id = outbox.actor(self.uow.principal)
        if data.decision == Decision.GRANT:
            legal_basis = data.legal_basis.strip()
            if len(legal_basis) < 5:
                raise InvalidInput.one(
                    "legalBasis", "required", "Noem de grondslag van de toekenning (de Woo vraagt erom)."
                )
            if data.amount_cents is not None and data.amount_cents > claim["amount_cents"]:
                raise InvalidInput.one(
                    "amountCents", "too_large", "Er kan niet meer worden toegekend dan gevraagd."
                )
            await ledger.grant(
                connection,
                claim_id=claim_id,
                amount=data.amount_cents,
                legal_basis=legal_basis,
                actor_id=actor_id,
                party=party,
            )
            kind, amount = event_types.BUDGET_CLAIM_GRANTED, data.amount_cents or claim["amount_cents"]
            told = (f"{euros(amount)} uit ‘{claim['budget_title']}’ toegekend", f"Grondslag: {legal_basis}")
        elif data.decision == Decision.REJECT:
            reason = _reason(data.reason, "de aanvraag wordt afgewezen")
            await ledger.reject(connection, claim_id=claim_id, reason=reason, actor_id=actor_id)
            kind, amount = event_types.BUDGET_CLAIM_REJECTED, claim["amount_cents"]
            told = (f"Uw aanvraag uit ‘{claim['budget_title']}’ is afgewezen", reason)
        else:
            reason = _reason(data.reason, "de toekenning wordt ingetrokken")
            await ledger.withdraw(
                connection, claim_id=claim_id, reason=reason, actor_id=actor_id, party=party
            )
            kind = event_types.BUDGET_CLAIM_WITHDRAWN
            amount = await connection.fetchval(
                "SELECT granted_cents FROM budget_claims WHERE id = $1", claim_id
            )
            told = (f"De toekenning uit ‘{claim['budget_title']}’ is ingetrokken", reason)
        subject = outbox.subject("budget-claims", claim_id)
        await self._money_event(
            kind, target, claim["budget_id"], claim_id, subject, claim["organisation_id"], amount
        )
        self._decided(
            target,
            party,
            told,
            claim["requested_by_id"],
            NotificationKind.BUDGET_CLAIM_DECIDED,
            "budget_claim",
            claim_id,
            data.decision.value,
            {"amountCents": data.amount_cents},
        )

    def _decided(
        self,
        target: Target,
        party: ledger.Party,
        told: tuple[str, str],
        asker_id: UUID | None,
        kind: NotificationKind,
        object_type: str,
        object_id: UUID,
        outcome: str,
        details: dict[str, Any],
    ) -> None:
        """Whoever asked hears the decision (``told``: title and body), in the site and by mail; the
        audit trail records it as ``{object_type}.{outcome}``."""
        if asker_id is not None:
            notify(
                self.uow,
                asker_id,
                kind,
                title=f"{told[0]} ({party.name})",
                body=told[1],
                link=f"/opgaven/{opgave_of(target).opgave_id}",
                municipality_id=target.municipality_id,
                object_type=object_type,
                object_id=object_id,
            )
        self.uow.audit(f"{object_type}.{outcome}", object_type, object_id, target.municipality_id, details)

    async def _money_event(
        self,
        kind: event_types.EventType,
        target: Target,
        budget_id: UUID,
        object_id: UUID,
        subject: str,
        organisation_id: UUID | None,
        amount_cents: int,
    ) -> None:
        actor_id = outbox.actor(self.uow.principal)
        await outbox.record(
            await self.uow.connection(),
            money_event(kind, target, subject, object_id, budget_id, organisation_id, amount_cents, actor_id),
        )
