"""Targets of indicator routes: they act on the opgave the indicator belongs to."""

from dataclasses import dataclass
from uuid import UUID

from api.domains.opgaven.guards import in_opgave


@dataclass(frozen=True, slots=True)
class IndicatorFacts:
    indicator_id: UUID


indicator_from_path = in_opgave(
    "SELECT id, opgave_id FROM indicators WHERE id = $1",
    "Deze indicator bestaat niet.",
    lambda row: (IndicatorFacts(row["id"]),),
)
measurement_from_path = in_opgave(
    "SELECT i.opgave_id FROM measurements m JOIN indicators i ON i.id = m.indicator_id WHERE m.id = $1",
    "Deze meting bestaat niet.",
)
