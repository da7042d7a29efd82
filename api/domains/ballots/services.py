"""Ballots: opening one, voting, the tally at the close, and the grants staff confirm. The rules
live here; the count in ``tally``; the money moves in the budgets' ledger."""

from collections import Counter
from datetime import datetime
from typing import Any
from uuid import UUID

import msgspec

from api.db.connection import Connection
from api.db.sql import changed
from api.db.uow import RowService
from api.domains.ballots.guards import ballot_of
from api.domains.ballots.models import (
    AwardStatus,
    Ballot,
    BallotMethod,
    BallotOption,
    BallotStatus,
    Eligibility,
)
from api.domains.ballots.schemas import (
    AwardDecision,
    AwardDecisionCreate,
    BallotCreate,
    BallotUpdate,
    VoteCreate,
)
from api.domains.ballots.tally import Candidate, decide
from api.domains.budgets import ledger
from api.domains.budgets.models import Budget
from api.domains.budgets.services import euros, money_event
from api.domains.events import outbox
from api.domains.events import types as event_types
from api.domains.municipalities.postcodes import has_ranges, lives_in
from api.domains.opgaven.guards import opgave_of
from api.domains.opgaven.services import in_opgave
from api.domains.proposals.queries import candidates, titles
from api.domains.proposals.services import ProposalService
from api.domains.staff_sign_in.queries import broker_vouches_for, has_resident_broker
from api.lib.access import Person, Target
from api.lib.errors import Conflict, Forbidden, InvalidInput
from api.lib.ids import new_id
from api.lib.schema import InvalidParam, apply_sent, sent
from api.lib.time import utcnow
from api.lib.visibility import PUBLIC

_UPSERT = """
INSERT INTO ballot_votes (id, municipality_id, ballot_id, account_id, choices, postcode)
VALUES ($1, $2, $3, $4, $5::uuid[], $6)
ON CONFLICT (ballot_id, account_id) DO UPDATE
SET choices = excluded.choices, postcode = excluded.postcode, submissions = ballot_votes.submissions + 1,
    updated_at = now()
"""


def _check_window(opens_at: datetime, closes_at: datetime) -> list[InvalidParam]:
    problems = []
    if closes_at <= opens_at:
        problems.append(
            InvalidParam(name="closesAt", code="before_opening", reason="De sluiting ligt na de opening.")
        )
    if closes_at <= utcnow():
        problems.append(
            InvalidParam(name="closesAt", code="in_the_past", reason="De sluiting ligt in de toekomst.")
        )
    return problems


class BallotService(RowService[Ballot]):
    model, missing = Ballot, "Deze stemming bestaat niet."

    async def open(self, target: Target, budget_id: UUID, data: BallotCreate) -> UUID:
        """Staff put ideas of the opgave with their costs to the vote; the amount must be free in the budget now."""
        assert target.municipality_id is not None
        connection = await self.uow.connection()
        problems = _check_window(data.opens_at, data.closes_at)
        if data.method == BallotMethod.APPROVAL and data.max_choices is None:
            problems.append(
                InvalidParam(
                    name="maxChoices", code="required", reason="Zeg hoeveel ideeën iemand mag kiezen."
                )
            )
        if data.method == BallotMethod.KNAPSACK and data.max_choices is not None:
            problems.append(
                InvalidParam(
                    name="maxChoices",
                    code="not_applicable",
                    reason="Bij `knapsack` begrenst het bedrag de keuze.",
                )
            )
        ids = [o.proposal_id for o in data.options]
        found = await candidates(connection, opgave_of(target).opgave_id, ids)
        seen: set[UUID] = set()
        for i, option in enumerate(data.options):
            if option.proposal_id in seen:
                problems.append(
                    InvalidParam(
                        name=f"options[{i}].proposalId", code="duplicate", reason="Dit idee staat er al op."
                    )
                )
            elif option.proposal_id not in found:
                problems.append(
                    InvalidParam(
                        name=f"options[{i}].proposalId",
                        code="not_eligible",
                        reason="Alleen ideeën van deze opgave die niet zijn ingetrokken, afgewezen of verborgen.",
                    )
                )
            if data.method == BallotMethod.KNAPSACK and option.cost_cents > data.amount_cents:
                problems.append(
                    InvalidParam(
                        name=f"options[{i}].costCents",
                        code="exceeds_amount",
                        reason="Dit idee kost meer dan het hele bedrag.",
                    )
                )
            seen.add(option.proposal_id)
        if problems:
            raise InvalidInput("De stemming klopt nog niet.", invalid_params=problems)
        if data.eligibility == Eligibility.POSTCODE and not await has_ranges(
            connection, target.municipality_id
        ):
            raise Conflict(
                "De beheerder van de gemeente legde nog geen postcodes vast.", code="no_postcode_ranges"
            )
        if data.eligibility == Eligibility.BROKER and not await has_resident_broker(
            connection, target.municipality_id
        ):
            raise Conflict(
                "De beheerder van de gemeente stelde nog geen inlog voor inwoners (broker) in.",
                code="no_resident_broker",
            )
        budget = await self.uow.locked(Budget, budget_id, "Dit budget bestaat niet.")
        if data.amount_cents > budget.total_cents - budget.granted_cents - budget.requested_cents:
            raise Conflict("Zoveel is in dit budget niet vrij.", code="exceeds_budget")
        ballot = Ballot(
            **in_opgave(target),
            **sent(
                data, "title", "method", "amount_cents", "max_choices", "eligibility", "opens_at", "closes_at"
            ),
            budget_id=budget_id,
            description=data.description.strip(),
        )
        await self.uow.insert(ballot)
        for position, option in enumerate(data.options, start=1):
            self.uow.session.add(
                BallotOption(
                    id=new_id(),
                    municipality_id=target.municipality_id,
                    ballot_id=ballot.id,
                    **sent(option, "proposal_id", "cost_cents"),
                    position=position,
                    submitted_at=found[option.proposal_id],
                )
            )
        await self._event(event_types.BALLOT_OPENED, ballot, "open")
        self.uow.audit(
            "ballot.opened", "ballot", ballot.id, target.municipality_id, {"amountCents": data.amount_cents}
        )
        return ballot.id

    async def update(self, ballot_id: UUID, data: BallotUpdate, if_match: str) -> None:
        ballot = await self._locked(ballot_id, if_match=if_match)
        if ballot.status != BallotStatus.OPEN:
            raise Conflict("Deze stemming is al geteld.", code="already_tallied")
        if data.closes_at is not msgspec.UNSET:
            if problems := _check_window(ballot.opens_at, data.closes_at):
                raise InvalidInput("De sluiting klopt niet.", invalid_params=problems)
            ballot.closes_at = data.closes_at
        apply_sent(ballot, data, "title")
        apply_sent(ballot, data, "description", clean=str.strip)
        self.uow.audit("ballot.updated", "ballot", ballot.id, ballot.municipality_id)

    async def tally(self, target: Target, ballot_id: UUID) -> None:
        """Close the ballot (now, if its window is still open: staff end it) and count by the published
        rule. The chosen ideas are adopted and their grants wait for staff; the amount they need is
        reserved in the budget as requested."""
        assert target.municipality_id is not None
        ballot = await self._locked(ballot_id)
        if ballot.status != BallotStatus.OPEN:
            raise Conflict("Deze stemming is al geteld.", code="already_tallied")
        now = utcnow()
        if now < ballot.opens_at:
            raise Conflict("De stemming is nog niet begonnen.", code="not_open_yet")
        connection = await self.uow.connection()
        # The ballot row is locked: a vote takes it FOR SHARE, so every vote in flight is in, or refused.
        votes = {
            row["option_id"]: row["votes"]
            for row in await connection.fetch(
                """SELECT o AS option_id, count(*) AS votes FROM ballot_votes v, unnest(v.choices) AS o
                   WHERE v.ballot_id = $1 GROUP BY o""",
                ballot_id,
            )
        }
        voters = await connection.fetchval(
            "SELECT count(*) FROM ballot_votes WHERE ballot_id = $1", ballot_id
        )
        options = list(
            await connection.fetch(
                "SELECT id, proposal_id, cost_cents, submitted_at FROM ballot_options WHERE ballot_id = $1",
                ballot_id,
            )
        )
        outcomes = decide(
            [Candidate(o["id"], o["cost_cents"], o["submitted_at"]) for o in options],
            Counter(votes),
            ballot.amount_cents,
        )
        by_id = {o["id"]: o for o in options}
        await connection.executemany(
            """UPDATE ballot_options SET votes = $2, rank = $3, funded = $4,
                      award = CASE WHEN $4 THEN 'pending' ELSE 'none' END, updated_at = now() WHERE id = $1""",
            [(o.option_id, o.votes, o.rank, o.funded) for o in outcomes],
        )
        ballot.status = BallotStatus.TALLIED
        ballot.tallied_at = now
        ballot.closes_at = min(ballot.closes_at, now)
        ballot.voter_count = voters
        funded = [by_id[o.option_id] for o in outcomes if o.funded]
        reserved = sum(o["cost_cents"] for o in funded)
        if reserved:
            await ledger.request(connection, budget_id=ballot.budget_id, amount=reserved)
        service = ProposalService(self.uow)
        for option in funded:
            got = next(o.votes for o in outcomes if o.option_id == option["id"])
            await service.chosen_by_vote(
                option["proposal_id"],
                f"Gekozen door inwoners in de stemming ‘{ballot.title}’ ({got} stemmen); "
                f"{euros(option['cost_cents'])} wordt toegekend zodra de gemeente het bevestigt.",
            )
        await self._event(event_types.BALLOT_TALLIED, ballot, "tallied")
        self.uow.audit("ballot.tallied", "ballot", ballot.id, target.municipality_id, {"voterCount": voters})

    async def decide_award(self, target: Target, option_id: UUID, data: AwardDecisionCreate) -> None:
        """Staff confirm the grant to a chosen idea (it moves in the ledger) or reject it with a reason."""
        assert target.municipality_id is not None
        connection = await self.uow.connection()
        status = AwardStatus.GRANTED if data.decision == AwardDecision.GRANT else AwardStatus.REJECTED
        legal_basis, reason = data.legal_basis.strip(), data.reason.strip()
        if status == AwardStatus.GRANTED and len(legal_basis) < 5:
            raise InvalidInput.one(
                "legalBasis", "required", "Noem de grondslag van de toekenning (de Woo vraagt erom)."
            )
        if status == AwardStatus.REJECTED and len(reason) < 5:
            raise InvalidInput.one("reason", "required", "Zeg waarom het gekozen idee geen geld krijgt.")
        # The status change is the condition: of parallel decisions one counts, the rest find it decided.
        option = await changed(
            connection,
            """UPDATE ballot_options SET award = $2, legal_basis = $3, decision_reason = $4, decided_by_id = $5,
                      decided_at = now(), updated_at = now()
               WHERE id = $1 AND award = 'pending' RETURNING ballot_id, proposal_id, cost_cents""",
            option_id,
            status.value,
            legal_basis or None,
            reason or None,
            outbox.actor(self.uow.principal),
            refused=Conflict(
                "Over dit idee is al besloten, of het werd niet gekozen.", code="already_decided"
            ),
        )
        budget_id: UUID = ballot_of(target).budget_id
        if status == AwardStatus.GRANTED:
            title = (await titles(connection, [option["proposal_id"]], PUBLIC)).get(option["proposal_id"], "")
            await ledger.grant_reserved(
                connection,
                budget_id=budget_id,
                amount=option["cost_cents"],
                legal_basis=legal_basis,
                actor_id=outbox.actor(self.uow.principal),
                party=ledger.Party(name=f"Idee ‘{title}’"[:200], organisation_id=None),
                object_type="ballot_option",
                object_id=option_id,
            )
            subject = outbox.subject("ballots", option["ballot_id"])
            event = money_event(
                event_types.BALLOT_AWARD_GRANTED,
                target,
                subject,
                option_id,
                budget_id,
                None,
                option["cost_cents"],
                outbox.actor(self.uow.principal),
            )
            await outbox.record(connection, event)
        else:
            await ledger.release(connection, budget_id=budget_id, amount=option["cost_cents"])
        self.uow.audit(
            f"ballot_award.{status.value}",
            "ballot_option",
            option_id,
            target.municipality_id,
            {"amountCents": option["cost_cents"]},
        )

    async def _event(self, kind: event_types.EventType, ballot: Ballot, status: str) -> None:
        event_data = event_types.BallotEventData(
            opgave_id=ballot.opgave_id, budget_id=ballot.budget_id, ballot_id=ballot.id, status=status
        )
        await outbox.emit_about(self.uow, kind, "ballots", ballot, event_data)


async def vote(connection: Connection, target: Target, person: Person, data: VoteCreate) -> None:
    """Cast or replace the person's vote: one row each, by the unique (ballot, account) and an upsert.

    The ballot row is read ``FOR SHARE``: votes do not wait on each other, and the tally (which
    locks the row for update) waits until every vote in flight is in, then refuses the rest."""
    assert target.municipality_id is not None
    ballot = await connection.fetchrow(
        """SELECT id, method, amount_cents, max_choices, eligibility, opens_at, closes_at, status
           FROM ballots WHERE id = $1 FOR SHARE""",
        ballot_of(target).ballot_id,
    )
    assert ballot is not None
    now = utcnow()
    if ballot["status"] != BallotStatus.OPEN or now >= ballot["closes_at"]:
        raise Conflict("Deze stemming is gesloten.", code="ballot_closed")
    if now < ballot["opens_at"]:
        raise Conflict("De stemming is nog niet begonnen.", code="not_open_yet")
    await check_eligible(connection, target, ballot, data, person)
    costs = {
        row["id"]: row["cost_cents"]
        for row in await connection.fetch(
            "SELECT id, cost_cents FROM ballot_options WHERE ballot_id = $1", ballot["id"]
        )
    }
    problems = [
        InvalidParam(
            name=f"choices[{i}]", code="unknown_option", reason="Dit idee staat niet op dit stembiljet."
        )
        for i, choice in enumerate(data.choices)
        if choice not in costs
    ]
    if len(set(data.choices)) != len(data.choices):
        problems.append(
            InvalidParam(name="choices", code="duplicate", reason="Kies elk idee hoogstens één keer.")
        )
    if not problems:
        if (
            ballot["method"] == BallotMethod.KNAPSACK
            and sum(costs[c] for c in data.choices) > ballot["amount_cents"]
        ):
            problems.append(
                InvalidParam(
                    name="choices",
                    code="over_budget",
                    reason="Samen kosten deze ideeën meer dan er te verdelen is.",
                )
            )
        if ballot["method"] == BallotMethod.APPROVAL and len(data.choices) > ballot["max_choices"]:
            problems.append(
                InvalidParam(
                    name="choices", code="too_many", reason=f"Kies hoogstens {ballot['max_choices']} ideeën."
                )
            )
    if problems:
        raise InvalidInput("Deze keuze kan niet.", invalid_params=problems)
    await connection.execute(
        _UPSERT,
        new_id(),
        target.municipality_id,
        ballot["id"],
        person.account_id,
        data.choices,
        normal_postcode(data.postcode),
    )


def normal_postcode(postcode: str | None) -> str | None:
    """``3581 ab`` as ``3581AB``."""
    return postcode.replace(" ", "").upper() if postcode else None


async def check_eligible(
    connection: Connection, target: Target, ballot: Any, data: VoteCreate, person: Person
) -> None:
    """Who may vote is the ballot's choice: any verified account (the route's own rule); residents
    whose postcode (given with the vote) falls in the municipality's ranges; or residents whose account
    the municipality's broker (DigiD and the like) vouches for now. Anyone else: 403 ``not_eligible``."""
    assert target.municipality_id is not None
    if ballot["eligibility"] == Eligibility.BROKER:
        if not await broker_vouches_for(connection, target.municipality_id, person.account_id):
            raise Forbidden(
                "Deze stemming is voor inwoners van de gemeente: meld u eerst aan via de inlog voor inwoners "
                "van de gemeente (zoals DigiD).",
                code="not_eligible",
            )
        return
    if ballot["eligibility"] != Eligibility.POSTCODE:
        return
    postcode = normal_postcode(data.postcode)
    if postcode is None:
        raise InvalidInput.one("postcode", "required", "Vul uw postcode in: deze stemming is voor inwoners.")
    assert target.municipality_id is not None
    if not await lives_in(connection, target.municipality_id, postcode):
        raise Forbidden(
            "Deze stemming is voor inwoners van de gemeente, en uw postcode ligt erbuiten.",
            code="not_eligible",
        )
