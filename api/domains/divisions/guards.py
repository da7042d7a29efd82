"""Targets of budget-round routes: they act on the opgave the round's budget belongs to."""

from dataclasses import dataclass
from uuid import UUID

from api.domains.opgaven.guards import in_opgave
from api.lib.access import Target


@dataclass(frozen=True, slots=True)
class RoundFacts:
    """The round a route acts on, its budget, and (for a proposal's route) the proposal."""

    budget_id: UUID
    round_id: UUID
    proposal_id: UUID | None = None


def round_of(target: Target) -> RoundFacts:
    return target.fact(RoundFacts)


round_from_path = in_opgave(
    "SELECT id, budget_id, opgave_id FROM budget_rounds WHERE id = $1",
    "Deze verdeelronde bestaat niet.",
    lambda row: (RoundFacts(row["budget_id"], row["id"]),),
)
proposal_from_path = in_opgave(
    """SELECT p.id, p.round_id, r.budget_id, r.opgave_id
       FROM division_proposals p JOIN budget_rounds r ON r.id = p.round_id WHERE p.id = $1""",
    "Dit verdeelvoorstel bestaat niet.",
    lambda row: (RoundFacts(row["budget_id"], row["round_id"], row["id"]),),
)
