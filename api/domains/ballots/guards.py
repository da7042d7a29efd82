"""Targets of ballot routes: they act on the opgave the ballot's budget belongs to."""

from dataclasses import dataclass
from typing import Any
from uuid import UUID

from litestar.connection import ASGIConnection

from api.domains.opgaven.guards import load_opgave
from api.lib.access import Target, row_of_path


@dataclass(frozen=True, slots=True)
class BallotFacts:
    """The ballot a route acts on, its budget, and (for an option's route) the option."""

    budget_id: UUID
    ballot_id: UUID
    option_id: UUID | None = None


def ballot_of(target: Target) -> BallotFacts:
    return target.fact(BallotFacts)


async def ballot_from_path(connection: ASGIConnection[Any, Any, Any, Any]) -> Target:
    row = await row_of_path(
        connection,
        "SELECT id, budget_id, opgave_id FROM ballots WHERE id = $1",
        "Deze stemming bestaat niet.",
    )
    return await load_opgave(connection, row["opgave_id"], BallotFacts(row["budget_id"], row["id"]))


async def ballot_option_from_path(connection: ASGIConnection[Any, Any, Any, Any]) -> Target:
    row = await row_of_path(
        connection,
        """SELECT o.id, o.ballot_id, b.budget_id, b.opgave_id
           FROM ballot_options o JOIN ballots b ON b.id = o.ballot_id WHERE o.id = $1""",
        "Dit idee staat op geen stembiljet.",
    )
    return await load_opgave(
        connection,
        row["opgave_id"],
        BallotFacts(row["budget_id"], row["ballot_id"], row["id"]),
    )
