"""Targets of budget-round routes: they act on the opgave the round's budget belongs to."""

from dataclasses import dataclass
from typing import Any
from uuid import UUID

from litestar.connection import ASGIConnection

from api.domains.opgaven.guards import load_opgave
from api.lib.access import Target
from api.lib.errors import NotFound


@dataclass(frozen=True, slots=True)
class RoundFacts:
    """The round a route acts on, its budget, and (for a proposal's route) the proposal."""

    budget_id: UUID
    round_id: UUID
    proposal_id: UUID | None = None


def round_of(target: Target) -> RoundFacts:
    return target.fact(RoundFacts)


async def round_from_path(connection: ASGIConnection[Any, Any, Any, Any]) -> Target:
    row = await connection.app.state.db.fetchrow(
        "SELECT id, budget_id, opgave_id FROM budget_rounds WHERE id = $1", connection.path_params.get("id")
    )
    if row is None:
        raise NotFound("Deze verdeelronde bestaat niet.")
    return await load_opgave(connection, row["opgave_id"], RoundFacts(row["budget_id"], row["id"]))


async def proposal_from_path(connection: ASGIConnection[Any, Any, Any, Any]) -> Target:
    row = await connection.app.state.db.fetchrow(
        """SELECT p.id, p.round_id, r.budget_id, r.opgave_id
           FROM division_proposals p JOIN budget_rounds r ON r.id = p.round_id WHERE p.id = $1""",
        connection.path_params.get("id"),
    )
    if row is None:
        raise NotFound("Dit verdeelvoorstel bestaat niet.")
    return await load_opgave(
        connection, row["opgave_id"], RoundFacts(row["budget_id"], row["round_id"], row["id"])
    )
