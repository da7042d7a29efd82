"""The read side of indicators: each with its series and progress, in one statement per page."""

from datetime import date, datetime
from typing import Any
from uuid import UUID

from api.db.connection import Connection, Database
from api.db.sql import bind
from api.domains.accounts.people import person_json
from api.domains.indicators.schemas import IndicatorPage, IndicatorRead, MeasurementPage, MeasurementRead
from api.lib.pagination import decode_cursor, encode_cursor
from api.lib.rows import from_rows

# Progress runs from the baseline (0) to the target (100) whichever way is better, so a
# lower-is-better indicator that falls makes progress just like a higher-is-better one that rises.
INDICATOR = """
SELECT i.id, i.opgave_id, i.name, i.description, i.kind, i.unit, i.direction, i.baseline_value::float8 AS baseline_value,
       i.baseline_date, i.target_value::float8 AS target_value, i.target_date, i.data_source, i.created_at, i.updated_at,
       i.version,
       CASE WHEN l.id IS NULL THEN NULL ELSE json_build_object('id', l.id, 'title', l.title) END AS action_line,
       CASE WHEN last.id IS NULL THEN NULL
            ELSE json_build_object('id', last.id, 'value', last.value::float8, 'measuredOn', last.measured_on) END AS latest,
       CASE WHEN last.id IS NULL THEN NULL
            ELSE round(((last.value - i.baseline_value) / (i.target_value - i.baseline_value) * 100)::numeric, 1)::float8
       END AS progress_percent,
       coalesce((SELECT json_agg(json_build_object('id', s.id, 'value', s.value::float8, 'measuredOn', s.measured_on)
                                 ORDER BY s.measured_on)
                 FROM (SELECT id, value, measured_on FROM measurements WHERE indicator_id = i.id
                       ORDER BY measured_on DESC LIMIT 500) s), '[]') AS series
FROM indicators i
LEFT JOIN action_lines l ON l.id = i.action_line_id
LEFT JOIN LATERAL (SELECT id, value, measured_on FROM measurements WHERE indicator_id = i.id
                   ORDER BY measured_on DESC LIMIT 1) last ON true
"""


async def list_indicators(db: Database, opgave_id: UUID, *, limit: int, cursor: str) -> IndicatorPage:
    after = decode_cursor(cursor, (datetime, UUID))
    values: dict[str, Any] = {"opgave": opgave_id, "limit": limit + 1}
    where = ["i.opgave_id = $opgave"]
    if after is not None:
        where.append("(i.created_at, i.id) > ($k1, $k2)")
        values["k1"], values["k2"] = after
    sql, args = bind(
        f"{INDICATOR} WHERE {' AND '.join(where)} ORDER BY i.created_at, i.id LIMIT $limit", values
    )
    rows = await db.fetch(sql, *args)
    next_cursor = (
        encode_cursor((rows[limit - 1]["created_at"], rows[limit - 1]["id"])) if len(rows) > limit else None
    )
    return IndicatorPage(items=from_rows(IndicatorRead, rows[:limit]), next_cursor=next_cursor)


async def get_indicator(db: Database | Connection, indicator_id: UUID) -> tuple[IndicatorRead, int] | None:
    row = await db.fetchrow(f"{INDICATOR} WHERE i.id = $1", indicator_id)
    return (from_rows(IndicatorRead, [row])[0], row["version"]) if row else None


_MEASUREMENT = f"""
SELECT m.id, m.indicator_id, m.value::float8 AS value, m.measured_on, m.source_note, m.created_at, m.version,
       {person_json("a", "m.municipality_id")} AS recorded_by
FROM measurements m LEFT JOIN accounts a ON a.id = m.recorded_by_id
"""


async def measurements(db: Database, indicator_id: UUID, *, limit: int, cursor: str) -> MeasurementPage:
    after = decode_cursor(cursor, (date, UUID))
    values: dict[str, Any] = {"indicator": indicator_id, "limit": limit + 1}
    where = ["m.indicator_id = $indicator"]
    if after is not None:
        where.append("(m.measured_on, m.id) < ($k1, $k2)")
        values["k1"], values["k2"] = after
    sql, args = bind(
        f"{_MEASUREMENT} WHERE {' AND '.join(where)} ORDER BY m.measured_on DESC, m.id DESC LIMIT $limit",
        values,
    )
    rows = await db.fetch(sql, *args)
    next_cursor = (
        encode_cursor((rows[limit - 1]["measured_on"], rows[limit - 1]["id"])) if len(rows) > limit else None
    )
    return MeasurementPage(items=from_rows(MeasurementRead, rows[:limit]), next_cursor=next_cursor)


async def get_measurement(
    db: Database | Connection, measurement_id: UUID
) -> tuple[MeasurementRead, int] | None:
    """The measurement and its version (its ETag), or None."""
    row = await db.fetchrow(f"{_MEASUREMENT} WHERE m.id = $1", measurement_id)
    return (from_rows(MeasurementRead, [row])[0], row["version"]) if row else None
