"""An opgave's area: read it, replace it. The polygon is checked before anything is stored."""

from typing import Any
from uuid import UUID

import msgspec

from api.db.connection import Connection, Database
from api.db.uow import UnitOfWork, json_text
from api.domains.places.schemas import OpgaveArea, Polygon
from api.lib.errors import InvalidInput
from api.lib.ids import new_id
from api.lib.schema import InvalidParam

MAX_VERTICES = 2000
"""All rings of a polygon together."""


def polygon_problems(polygon: Polygon) -> list[InvalidParam]:
    """What is wrong with a polygon beyond its schema: open rings, too few distinct points, too many in all."""
    problems: list[InvalidParam] = []
    total = 0
    for index, ring in enumerate(polygon.coordinates):
        total += len(ring)
        name = f"polygon.coordinates[{index}]"
        if ring[0] != ring[-1]:
            problems.append(
                InvalidParam(
                    name=name, code="ring_not_closed", reason="Het laatste punt van een ring is het eerste."
                )
            )
        if len(set(ring)) < 3:
            problems.append(
                InvalidParam(
                    name=name,
                    code="ring_too_small",
                    reason="Een ring heeft minstens drie verschillende punten.",
                )
            )
    if total > MAX_VERTICES:
        problems.append(
            InvalidParam(
                name="polygon.coordinates",
                code="too_many_vertices",
                reason=f"Een polygoon heeft hooguit {MAX_VERTICES} punten.",
            )
        )
    return problems


def check_area(area: OpgaveArea) -> None:
    problems = polygon_problems(area.polygon) if area.polygon is not None else []
    codes = [wijk.code for wijk in area.wijken]
    if len(set(codes)) != len(codes):
        problems.append(
            InvalidParam(name="wijken", code="duplicate", reason="Elke wijk staat er één keer in.")
        )
    if problems:
        raise InvalidInput("Het gebied is niet geldig.", invalid_params=problems)


async def get_area(db: Database | Connection, opgave_id: UUID) -> OpgaveArea:
    row = await db.fetchrow("SELECT wijken, polygon FROM opgave_areas WHERE opgave_id = $1", opgave_id)
    if row is None:
        return OpgaveArea()
    return msgspec.convert(
        {"wijken": _json(row["wijken"]) or [], "polygon": _json(row["polygon"])}, OpgaveArea
    )


def _json(value: Any) -> Any:
    return msgspec.json.decode(value) if isinstance(value, str | bytes) else value


async def set_area(work: UnitOfWork, municipality_id: UUID, opgave_id: UUID, area: OpgaveArea) -> None:
    check_area(area)
    connection = await work.connection()
    wijken = json_text(msgspec.to_builtins(area.wijken))
    polygon = json_text(msgspec.to_builtins(area.polygon)) if area.polygon is not None else None
    await connection.execute(
        """
        INSERT INTO opgave_areas (id, municipality_id, opgave_id, wijken, polygon)
        VALUES ($1, $2, $3, $4::text::jsonb, $5::text::jsonb)
        ON CONFLICT (opgave_id) DO UPDATE
        SET wijken = excluded.wijken, polygon = excluded.polygon,
            version = opgave_areas.version + 1, updated_at = now()
        """,
        new_id(),
        municipality_id,
        opgave_id,
        wijken,
        polygon,
    )
    work.audit("opgave.area_set", "opgave", opgave_id, municipality_id)
