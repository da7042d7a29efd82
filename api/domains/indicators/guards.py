"""Targets of indicator routes: they act on the opgave the indicator belongs to."""

from dataclasses import dataclass
from typing import Any
from uuid import UUID

from litestar.connection import ASGIConnection

from api.domains.opgaven.guards import load_opgave
from api.lib.access import Target
from api.lib.errors import NotFound


@dataclass(frozen=True, slots=True)
class IndicatorFacts:
    indicator_id: UUID


async def indicator_from_path(connection: ASGIConnection[Any, Any, Any, Any]) -> Target:
    row = await connection.app.state.db.fetchrow(
        "SELECT id, opgave_id FROM indicators WHERE id = $1", connection.path_params.get("id")
    )
    if row is None:
        raise NotFound("Deze indicator bestaat niet.")
    return await load_opgave(connection, row["opgave_id"], IndicatorFacts(row["id"]))


async def measurement_from_path(connection: ASGIConnection[Any, Any, Any, Any]) -> Target:
    row = await connection.app.state.db.fetchrow(
        """SELECT i.opgave_id FROM measurements m JOIN indicators i ON i.id = m.indicator_id WHERE m.id = $1""",
        connection.path_params.get("id"),
    )
    if row is None:
        raise NotFound("Deze meting bestaat niet.")
    return await load_opgave(connection, row["opgave_id"])
