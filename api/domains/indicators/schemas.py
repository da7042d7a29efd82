"""Bodies of the indicator endpoints."""

from datetime import datetime
from typing import Annotated
from uuid import UUID

import msgspec

from api.domains.indicators.models import Direction, IndicatorKind
from api.domains.opgaven.schemas import ActionLineRef, PersonSummary
from api.lib.pagination import Items, Page
from api.lib.schema import LINE, Heading, Paragraph, Prose, Schema, Text
from api.lib.time import PlausibleDate

Value = Annotated[float, msgspec.Meta(ge=-1e12, le=1e12)]
Name = Annotated[str, msgspec.Meta(min_length=3, max_length=200, pattern=LINE)]
Unit = Annotated[
    str, msgspec.Meta(min_length=1, max_length=60, pattern=LINE, examples=["personen", "procent"])
]


class IndicatorCreate(Schema):
    """Een indicator: wat de opgave wil veranderen, met nulmeting en streefwaarde. `effect` is een
    maatschappelijk effect (zoals uitstroom naar werk), `output` een prestatie (zoals ontmoetingen)."""

    name: Name
    kind: IndicatorKind
    unit: Unit
    direction: Annotated[Direction, msgspec.Meta(description="Of hoger of lager beter is.")]
    baseline_value: Value
    baseline_date: PlausibleDate
    target_value: Value
    target_date: PlausibleDate
    description: Annotated[Text, msgspec.Meta(max_length=5000)] = ""
    data_source: Annotated[
        Text, msgspec.Meta(max_length=2000, description="Waar de cijfers vandaan komen.")
    ] = ""
    action_line_id: UUID | None = None


class IndicatorUpdate(Schema):
    name: Name | msgspec.UnsetType = msgspec.UNSET
    unit: Unit | msgspec.UnsetType = msgspec.UNSET
    description: Annotated[Text, msgspec.Meta(max_length=5000)] | msgspec.UnsetType = msgspec.UNSET
    data_source: Annotated[Text, msgspec.Meta(max_length=2000)] | msgspec.UnsetType = msgspec.UNSET
    target_value: Value | msgspec.UnsetType = msgspec.UNSET
    target_date: PlausibleDate | msgspec.UnsetType = msgspec.UNSET
    action_line_id: UUID | msgspec.UnsetType | None = msgspec.UNSET


class Point(Schema):
    """Eén meting in de reeks."""

    id: UUID
    value: float
    measured_on: PlausibleDate


class IndicatorRead(Schema):
    """Een indicator met zijn reeks en hoe ver de opgave is: 0 bij de nulmeting, 100 bij de streefwaarde."""

    id: UUID
    opgave_id: UUID
    action_line: ActionLineRef | None
    name: Heading
    description: Prose
    kind: IndicatorKind
    unit: Annotated[str, msgspec.Meta(max_length=60)]
    direction: Direction
    baseline_value: float
    baseline_date: PlausibleDate
    target_value: float
    target_date: PlausibleDate
    data_source: Paragraph
    latest: Point | None
    progress_percent: Annotated[
        float | None,
        msgspec.Meta(
            description="(laatste − nulmeting) / (streefwaarde − nulmeting) × 100; leeg zonder metingen."
        ),
    ]
    series: Annotated[
        list[Point], msgspec.Meta(max_length=500, description="De laatste 500 metingen, oudste eerst.")
    ]
    created_at: datetime
    updated_at: datetime


class IndicatorPage(Page):
    """Indicatoren, in de volgorde waarin ze zijn vastgelegd."""

    items: Items[IndicatorRead]


class MeasurementCreate(Schema):
    """Een meting; per datum één (409 `measurement_exists`)."""

    value: Value
    measured_on: PlausibleDate
    source_note: Annotated[Text, msgspec.Meta(max_length=2000)] = ""


class MeasurementUpdate(Schema):
    """Een correctie van een meting; de datum staat vast (verwijder de meting om een andere datum vast te leggen)."""

    value: Value | msgspec.UnsetType = msgspec.UNSET
    source_note: Annotated[Text, msgspec.Meta(max_length=2000)] | msgspec.UnsetType = msgspec.UNSET


class MeasurementRead(Schema):
    id: UUID
    indicator_id: UUID
    value: float
    measured_on: PlausibleDate
    source_note: Paragraph
    recorded_by: PersonSummary | None
    created_at: datetime


class MeasurementPage(Page):
    """Metingen, nieuwste datum eerst."""

    items: Items[MeasurementRead]
