"""The read side of indicators: each with its series and progress, in one statement per page."""

from datetime import date, datetime
from uuid import UUID

from api.db.connection import Connection, Database
from api.domains.accounts.people import person
from api.domains.indicators.schemas import IndicatorPage, IndicatorRead, MeasurementPage, MeasurementRead
from api.domains.opgaven.refs import action_line_ref
from api.lib.pagination import Keyset, Listing, Where
from api.lib.rows import from_rows

# Progress runs from the baseline (0) to the target (100) whichever way is better, so a
# lower-is-better indicator that falls makes progress just like a higher-is-better one that rises.
INDICATOR = f"""
SELECT i.id, i.opgave_id, i.name, i.description, i.kind, i.unit, i.direction, i.baseline_value::float8 AS baseline_value,
       i.baseline_date, i.target_value::float8 AS target_value, i.target_date, i.data_source, i.created_at, i.updated_at,
       i.version,
       {action_line_ref("i.action_line_id")} AS action_line,
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
LEFT JOIN LATERAL (SELECT id, value, measured_on FROM measurements WHERE indicator_id = i.id
                   ORDER BY measured_on DESC LIMIT 1) last ON true
"""


_OLDEST = Listing(INDICATOR, IndicatorPage, Keyset(("i.created_at", "i.id"), (datetime, UUID)))


async def list_indicators(db: Database, opgave_id: UUID, *, limit: int, cursor: str) -> IndicatorPage:
    return await _OLDEST.read(db, Where("i.opgave_id = $opgave", opgave=opgave_id), cursor, limit)


async def get_indicator(db: Database | Connection, indicator_id: UUID) -> tuple[IndicatorRead, int] | None:
    row = await db.fetchrow(f"{INDICATOR} WHERE i.id = $1", indicator_id)
    return (from_rows(IndicatorRead, [row])[0], row["version"]) if row else None


_MEASUREMENT = f"""
SELECT m.id, m.indicator_id, m.value::float8 AS value, m.measured_on, m.source_note, m.created_at, m.version,
       {person("m.recorded_by_id", "m.municipality_id")} AS recorded_by
FROM measurements m
"""


_LATEST_MEASURED = Listing(
    _MEASUREMENT, MeasurementPage, Keyset(("m.measured_on", "m.id"), (date, UUID), descending=True)
)


async def measurements(db: Database, indicator_id: UUID, *, limit: int, cursor: str) -> MeasurementPage:
    return await _LATEST_MEASURED.read(
        db, Where("m.indicator_id = $indicator", indicator=indicator_id), cursor, limit
    )


async def get_measurement(
    db: Database | Connection, measurement_id: UUID
) -> tuple[MeasurementRead, int] | None:
    """The measurement and its version (its ETag), or None."""
    row = await db.fetchrow(f"{_MEASUREMENT} WHERE m.id = $1", measurement_id)
    return (from_rows(MeasurementRead, [row])[0], row["version"]) if row else None
