"""Targets of indicator routes: they act on the opgave the indicator belongs to."""

from dataclasses import dataclass
from typing import Any
from uuid import UUID

from litestar.connection import ASGIConnection

from api.domains.opgaven.guards import load_opgave
from api.lib.access import Target, row_of_path


@dataclass(frozen=True, slots=True)
class IndicatorFacts:
    indicator_id: UUID


async def indicator_from_path(connection: ASGIConnection[Any, Any, Any, Any]) -> Target:
    row = await row_of_path(
        connection, "SELECT id, opgave_id FROM indicators WHERE id = $1", "Deze indicator bestaat niet."
    )
    return await load_opgave(connection, row["opgave_id"], IndicatorFacts(row["id"]))


async def measurement_from_path(connection: ASGIConnection[Any, Any, Any, Any]) -> Target:
    row = await row_of_path(
        connection,
        """SELECT i.opgave_id FROM measurements m JOIN indicators i ON i.id = m.indicator_id WHERE m.id = $1""",
        "Deze meting bestaat niet.",
    )
    return await load_opgave(connection, row["opgave_id"])
