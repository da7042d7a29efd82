"""Budget rounds: opening one, proposing a division, each organisation's response, and finalising.

The rule that decides (``queries.may_finalise``) is the one the round's page shows: no objection to
the current proposal, and every team organisation responded or the deadline passed. The money moves
in the budgets' ledger, one grant per line, through its conditional updates."""

from uuid import UUID

from api.db.uow import RowService
from api.domains.budgets import ledger
from api.domains.budgets.models import Budget
from api.domains.budgets.services import money_event
from api.domains.divisions.guards import round_of
from api.domains.divisions.models import (
    BudgetRound,
    DivisionLine,
    DivisionProposal,
    Position,
    RoundStatus,
)
from api.domains.divisions.queries import get_round, waiting_for
from api.domains.divisions.schemas import (
    MAX_VERSIONS,
    BudgetRoundCreate,
    BudgetRoundFinalisationCreate,
    DivisionProposalCreate,
    DivisionResponseCreate,
)
from api.domains.events import outbox
from api.domains.events import types as event_types
from api.domains.opgaven.guards import opgave_of
from api.domains.opgaven.services import in_opgave
from api.domains.organisations.refs import organisation_name
from api.domains.tasks.models import Task
from api.lib.access import Person, Target
from api.lib.errors import Conflict, InvalidInput
from api.lib.ids import new_id
from api.lib.schema import InvalidParam, sent
from api.lib.time import utcnow

_RESPOND = """
INSERT INTO division_responses (id, municipality_id, proposal_id, organisation_id, position, reason, responded_by_id)
VALUES ($1, $2, $3, $4, $5, $6, $7)
ON CONFLICT (proposal_id, organisation_id) DO UPDATE
SET position = excluded.position, reason = excluded.reason, responded_by_id = excluded.responded_by_id,
    updated_at = now()
"""


class DivisionService(RowService[BudgetRound]):
    model, missing = BudgetRound, "Deze verdeelronde bestaat niet."

    def _actor_id(self) -> UUID | None:
        actor = self.uow.principal
        return actor.account_id if isinstance(actor, Person) else None

    async def open(self, target: Target, budget_id: UUID, data: BudgetRoundCreate) -> UUID:
        """Staff open a round among the team's organisations; proposals follow."""
        assert target.municipality_id is not None
        if data.respond_by <= utcnow():
            raise InvalidInput.one("respondBy", "in_the_past", "De termijn ligt in de toekomst.")
        round_ = BudgetRound(
            **in_opgave(target),
            **sent(data, "title", "respond_by"),
            budget_id=budget_id,
            description=data.description.strip(),
            opened_by_id=self._actor_id(),
        )
        self.uow.session.add(round_)
        await self._event(event_types.BUDGET_ROUND_OPENED, target, round_.id, budget_id, status="open")
        self.uow.audit("budget_round.opened", "budget_round", round_.id, target.municipality_id)
        return round_.id

    async def propose(self, target: Target, round_id: UUID, data: DivisionProposalCreate) -> UUID:
        """A new version of the division; the previous one is no longer current, so the responses
        start afresh. Every line goes to an organisation on the team, for a task of this opgave."""
        assert target.municipality_id is not None
        round_ = await self._locked(round_id)
        if round_.status != RoundStatus.OPEN:
            raise Conflict("Deze verdeling is al vastgesteld.", code="already_finalised")
        now = utcnow()
        if data.respond_by is not None and data.respond_by <= now:
            raise InvalidInput.one("respondBy", "in_the_past", "De termijn ligt in de toekomst.")
        if data.respond_by is None and round_.respond_by <= now:
            raise InvalidInput.one(
                "respondBy", "required", "De termijn is voorbij: geef een nieuwe termijn voor dit voorstel."
            )
        opgave = opgave_of(target)
        problems: list[InvalidParam] = []
        for i, line in enumerate(data.lines):
            if line.organisation_id not in opgave.team_organisations:
                problems.append(
                    InvalidParam(
                        name=f"lines[{i}].organisationId",
                        code="not_on_team",
                        reason="Deze organisatie zit niet in het team van de opgave.",
                    )
                )
            if line.task_id is not None:
                task = await self.uow.session.get(Task, line.task_id)
                if task is None or task.opgave_id != opgave.opgave_id:
                    problems.append(
                        InvalidParam(
                            name=f"lines[{i}].taskId",
                            code="unknown_task",
                            reason="Deze opgave heeft die taak niet.",
                        )
                    )
        if problems:
            raise InvalidInput("De verdeling klopt nog niet.", invalid_params=problems)
        total = sum(line.amount_cents for line in data.lines)
        budget = await self.uow.session.get(Budget, round_.budget_id)
        assert budget is not None
        if total > budget.total_cents - budget.granted_cents - budget.requested_cents:
            raise Conflict("Zoveel is in dit budget niet vrij.", code="exceeds_budget")
        connection = await self.uow.connection()
        number = await connection.fetchval(
            "SELECT coalesce(max(number), 0) + 1 FROM division_proposals WHERE round_id = $1", round_id
        )
        if number > MAX_VERSIONS:
            raise Conflict("Deze ronde heeft al te veel voorstellen.", code="too_many_proposals")
        # Before the insert: at most one current version per round (a partial unique index).
        await connection.execute(
            "UPDATE division_proposals SET current = false, updated_at = now() WHERE round_id = $1 AND current",
            round_id,
        )
        proposal = DivisionProposal(
            id=new_id(),
            municipality_id=target.municipality_id,
            round_id=round_id,
            number=number,
            note=data.note.strip(),
            total_cents=total,
            current=True,
            proposed_by_id=self._actor_id(),
        )
        await self.uow.insert(proposal)  # no relationship orders the lines after it
        for position, line in enumerate(data.lines, start=1):
            self.uow.session.add(
                DivisionLine(
                    id=new_id(),
                    municipality_id=target.municipality_id,
                    proposal_id=proposal.id,
                    position=position,
                    **sent(line, "organisation_id", "task_id", "amount_cents"),
                    purpose=line.purpose.strip(),
                )
            )
        if data.respond_by is not None:
            round_.respond_by = data.respond_by
        round_.updated_at = now
        await self._event(
            event_types.DIVISION_PROPOSED,
            target,
            proposal.id,
            round_.budget_id,
            round_id=round_id,
            proposal_id=proposal.id,
            status="proposed",
        )
        self.uow.audit(
            "division.proposed",
            "division_proposal",
            proposal.id,
            target.municipality_id,
            {"number": number, "totalCents": total},
        )
        return proposal.id

    async def respond(self, target: Target, proposal_id: UUID, data: DivisionResponseCreate) -> UUID:
        """An organisation on the team consents, objects (with a reason) or abstains, through one of its
        members; sent again, it replaces the organisation's response to this version."""
        assert target.municipality_id is not None
        person = self.uow.principal
        if not isinstance(person, Person) or data.organisation_id not in person.organisations_in(
            target.municipality_id
        ):
            raise InvalidInput.one(
                "organisationId",
                "not_a_member",
                "U kunt alleen reageren namens een organisatie waarvan u lid bent.",
            )
        if data.organisation_id not in opgave_of(target).team_organisations:
            raise Conflict("Die organisatie zit niet in het team van deze opgave.", code="not_on_team")
        reason = data.reason.strip()
        if data.position == Position.OBJECT and len(reason) < 5:
            raise InvalidInput.one("reason", "required", "Zeg waarom uw organisatie bezwaar maakt.")
        facts = round_of(target)
        # The round's row orders responses against finalising: none slips in after it.
        round_ = await self._locked(facts.round_id)
        if round_.status != RoundStatus.OPEN:
            raise Conflict("Deze verdeling is al vastgesteld.", code="already_finalised")
        connection = await self.uow.connection()
        current = await connection.fetchval(
            "SELECT current FROM division_proposals WHERE id = $1", proposal_id
        )
        if not current:
            raise Conflict("Er is een nieuwer voorstel; reageer daarop.", code="not_current")
        if utcnow() >= round_.respond_by:
            raise Conflict("De termijn om te reageren is voorbij.", code="deadline_passed")
        await connection.execute(
            _RESPOND,
            new_id(),
            target.municipality_id,
            proposal_id,
            data.organisation_id,
            data.position.value,
            reason,
            self._actor_id(),
        )
        await self._event(
            event_types.DIVISION_RESPONDED,
            target,
            proposal_id,
            round_.budget_id,
            round_id=round_.id,
            proposal_id=proposal_id,
            organisation_id=data.organisation_id,
            position=data.position.value,
            status="responded",
        )
        self.uow.audit(
            f"division.{data.position.value}",
            "division_proposal",
            proposal_id,
            target.municipality_id,
            {"organisationId": str(data.organisation_id)},
        )
        return round_.id

    async def finalise(self, target: Target, round_id: UUID, data: BudgetRoundFinalisationCreate) -> None:
        """Staff adopt the current proposal when no organisation objects and every one responded (or the
        deadline passed); each line becomes a grant in the ledger. Of two at once, one finalises: the
        round's row lock orders them and the second finds it done."""
        assert target.municipality_id is not None
        round_ = await self._locked(round_id)
        if round_.status != RoundStatus.OPEN:
            raise Conflict("Deze verdeling is al vastgesteld.", code="already_finalised")
        connection = await self.uow.connection()
        team = opgave_of(target).team_organisations
        found = await get_round(connection, round_id, team)
        assert found is not None
        current = next((p for p in found[0].proposals if p.current), None)
        if current is None or current.id != data.proposal_id:
            raise Conflict("Dit is niet het huidige voorstel.", code="not_current")
        if any(r.position == Position.OBJECT for r in current.responses):
            raise Conflict(
                "Een organisatie maakt bezwaar: doe een nieuw voorstel, of wacht tot het bezwaar is ingetrokken.",
                code="open_objection",
            )
        if waiting_for(team, current.responses) and utcnow() < round_.respond_by:
            raise Conflict(
                "Nog niet alle organisaties reageerden, en de termijn loopt nog.", code="responses_pending"
            )
        legal_basis = data.legal_basis.strip()
        if len(legal_basis) < 5:
            raise InvalidInput.one(
                "legalBasis", "required", "Noem de grondslag van de toekenning (de Woo vraagt erom)."
            )
        # What is open now, under the budget's row lock; each grant's conditional update is the last word.
        budget = await self.uow.locked(Budget, round_.budget_id, "Dit budget bestaat niet.")
        if current.total_cents > budget.total_cents - budget.granted_cents - budget.requested_cents:
            raise Conflict("Het budget is niet toereikend voor deze verdeling.", code="budget_exceeded")
        for line in current.lines:
            name = await connection.fetchval(f"SELECT {organisation_name('$1')}", line.organisation_id)
            claim_id = await ledger.grant_agreed(
                connection,
                municipality_id=target.municipality_id,
                budget_id=round_.budget_id,
                organisation_id=line.organisation_id,
                task_id=line.task_id,
                amount=line.amount_cents,
                motivation=f"{line.purpose} (verdeling ‘{round_.title}’, voorstel {current.number})",
                legal_basis=legal_basis,
                actor_id=self._actor_id(),
                party=ledger.Party(name=name or "", organisation_id=line.organisation_id),
            )
            await connection.execute(
                "UPDATE division_lines SET budget_claim_id = $2, updated_at = now() WHERE id = $1",
                line.id,
                claim_id,
            )
            event = money_event(
                event_types.BUDGET_CLAIM_GRANTED,
                target,
                outbox.subject("budget-claims", claim_id),
                claim_id,
                round_.budget_id,
                line.organisation_id,
                line.amount_cents,
                self._actor_id(),
            )
            await outbox.record(connection, event)
        now = utcnow()
        round_.status = RoundStatus.FINALISED
        round_.finalised_proposal_id = current.id
        round_.finalised_by_id = self._actor_id()
        round_.finalised_at = now
        round_.legal_basis = legal_basis
        round_.updated_at = now
        await self._event(
            event_types.BUDGET_ROUND_FINALISED,
            target,
            round_id,
            round_.budget_id,
            proposal_id=current.id,
            status="finalised",
        )
        self.uow.audit(
            "budget_round.finalised",
            "budget_round",
            round_id,
            target.municipality_id,
            {"proposalId": str(current.id), "totalCents": current.total_cents},
        )

    async def _event(
        self,
        kind: event_types.EventType,
        target: Target,
        object_id: UUID,
        budget_id: UUID,
        *,
        status: str,
        round_id: UUID | None = None,
        proposal_id: UUID | None = None,
        organisation_id: UUID | None = None,
        position: str | None = None,
    ) -> None:
        assert target.municipality_id is not None
        opgave_id = opgave_of(target).opgave_id
        # The subject is the round (``GET /budget-rounds/{id}``), where every version and response is read.
        await outbox.record(
            await self.uow.connection(),
            outbox.DomainEvent(
                type=kind,
                municipality_id=target.municipality_id,
                subject=outbox.subject("budget-rounds", round_id or object_id),
                object_id=object_id,
                opgave_id=opgave_id,
                actor_id=self._actor_id(),
                data=event_types.DivisionEventData(
                    opgave_id=opgave_id,
                    budget_id=budget_id,
                    round_id=round_id or object_id,
                    proposal_id=proposal_id,
                    organisation_id=organisation_id,
                    position=position,
                    status=status,
                ),
            ),
        )
