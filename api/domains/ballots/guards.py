"""Targets of ballot routes: they act on the opgave the ballot's budget belongs to."""

from dataclasses import dataclass
from uuid import UUID

from api.domains.opgaven.guards import in_opgave
from api.lib.access import Target


@dataclass(frozen=True, slots=True)
class BallotFacts:
    """The ballot a route acts on, its budget, and (for an option's route) the option."""

    budget_id: UUID
    ballot_id: UUID
    option_id: UUID | None = None


def ballot_of(target: Target) -> BallotFacts:
    return target.fact(BallotFacts)


ballot_from_path = in_opgave(
    "SELECT id, budget_id, opgave_id FROM ballots WHERE id = $1",
    "Deze stemming bestaat niet.",
    lambda row: (BallotFacts(row["budget_id"], row["id"]),),
)
ballot_option_from_path = in_opgave(
    """SELECT o.id, o.ballot_id, b.budget_id, b.opgave_id
       FROM ballot_options o JOIN ballots b ON b.id = o.ballot_id WHERE o.id = $1""",
    "Dit idee staat op geen stembiljet.",
    lambda row: (BallotFacts(row["budget_id"], row["ballot_id"], row["id"]),),
)
