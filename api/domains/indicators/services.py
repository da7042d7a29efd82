"""Indicators and their measurements: what an opgave wants to change, and what it measured. The rules live here."""

from datetime import date
from decimal import Decimal
from uuid import UUID

import msgspec
from sqlalchemy.exc import IntegrityError

from api.db.errors import violated_constraint
from api.db.uow import RowService
from api.domains.events import outbox
from api.domains.events import types as event_types
from api.domains.indicators.guards import IndicatorFacts
from api.domains.indicators.models import Direction, Indicator, Measurement
from api.domains.indicators.schemas import (
    IndicatorCreate,
    IndicatorUpdate,
    MeasurementCreate,
    MeasurementUpdate,
)
from api.domains.opgaven.guards import opgave_of
from api.domains.opgaven.services import apply_sent_action_line, check_action_line, in_opgave
from api.lib.access import Person, Target
from api.lib.errors import Conflict, InvalidInput
from api.lib.ids import new_id
from api.lib.schema import InvalidParam, apply_sent, sent
from api.lib.time import plausible_dates, utcnow


def _check_target(
    direction: Direction, baseline: Decimal, baseline_on: date, target: Decimal, target_on: date
) -> None:
    """A target lies beyond the baseline in the better direction, and after it in time."""
    problems = []
    if direction == Direction.HIGHER and target <= baseline:
        problems.append(
            InvalidParam(
                name="targetValue",
                code="target_not_better",
                reason="Bij 'hoger is beter' ligt de streefwaarde boven de nulmeting.",
            )
        )
    if direction == Direction.LOWER and target >= baseline:
        problems.append(
            InvalidParam(
                name="targetValue",
                code="target_not_better",
                reason="Bij 'lager is beter' ligt de streefwaarde onder de nulmeting.",
            )
        )
    if target_on <= baseline_on:
        problems.append(
            InvalidParam(
                name="targetDate",
                code="target_before_baseline",
                reason="De streefdatum ligt na de datum van de nulmeting.",
            )
        )
    if problems:
        raise InvalidInput(
            "De streefwaarde past niet bij de nulmeting; zie invalidParams.", invalid_params=problems
        )


def _not_in_future(measured_on: date) -> None:
    if measured_on > utcnow().date():
        raise InvalidInput.one("measuredOn", "in_future", "Een meting kan niet in de toekomst liggen.")


class IndicatorService(RowService[Indicator]):
    model, missing = Indicator, "Deze indicator bestaat niet."

    async def create(self, target: Target, data: IndicatorCreate) -> UUID:
        plausible_dates(baselineDate=data.baseline_date, targetDate=data.target_date)
        baseline, goal = Decimal(str(data.baseline_value)), Decimal(str(data.target_value))
        _check_target(data.direction, baseline, data.baseline_date, goal, data.target_date)
        await check_action_line(await self.uow.connection(), opgave_of(target).opgave_id, data.action_line_id)
        indicator = Indicator(
            **in_opgave(target),
            **sent(
                data, "action_line_id", "name", "kind", "unit", "direction", "baseline_date", "target_date"
            ),
            description=data.description.strip(),
            baseline_value=baseline,
            target_value=goal,
            data_source=data.data_source.strip(),
        )
        self.uow.session.add(indicator)
        event_data = event_types.IndicatorEventData(
            opgave_id=indicator.opgave_id, indicator_id=indicator.id, action_line_id=indicator.action_line_id
        )
        await outbox.emit_about(self.uow, event_types.INDICATOR_CREATED, "indicators", indicator, event_data)
        self.uow.audit("indicator.created", "indicator", indicator.id, indicator.municipality_id)
        return indicator.id

    async def update(self, indicator_id: UUID, data: IndicatorUpdate, if_match: str) -> None:
        indicator = await self._locked(indicator_id, if_match)
        plausible_dates(targetDate=data.target_date or None)
        apply_sent(indicator, data, "name", "unit", "target_date")
        apply_sent(indicator, data, "description", "data_source", clean=str.strip)
        if data.target_value is not msgspec.UNSET:
            indicator.target_value = Decimal(str(data.target_value))
        await apply_sent_action_line(self.uow, indicator, data)
        # The baseline and direction are fixed once set: moving them would rewrite history.
        _check_target(
            Direction(indicator.direction),
            indicator.baseline_value,
            indicator.baseline_date,
            indicator.target_value,
            indicator.target_date,
        )
        self.uow.audit("indicator.updated", "indicator", indicator.id, indicator.municipality_id)

    async def delete(self, indicator_id: UUID, if_match: str) -> None:
        indicator = await self._locked(indicator_id, if_match)
        self.uow.audit(
            "indicator.deleted",
            "indicator",
            indicator.id,
            indicator.municipality_id,
            {"name": indicator.name},
        )
        await self.uow.session.delete(indicator)


class MeasurementService(RowService[Measurement]):
    model, missing = Measurement, "Deze meting bestaat niet."

    async def record(self, target: Target, data: MeasurementCreate) -> UUID:
        plausible_dates(measuredOn=data.measured_on)
        _not_in_future(data.measured_on)
        person = self.uow.principal
        measurement = Measurement(
            id=new_id(),
            municipality_id=target.municipality_id,
            indicator_id=target.fact(IndicatorFacts).indicator_id,
            value=Decimal(str(data.value)),
            measured_on=data.measured_on,
            source_note=data.source_note.strip(),
            recorded_by_id=person.account_id if isinstance(person, Person) else None,
        )
        self.uow.session.add(measurement)
        try:
            await self.uow.session.flush()
        except IntegrityError as error:
            if violated_constraint(error) == "uq_measurements_indicator_id_measured_on":
                raise Conflict(
                    f"Er is al een meting op {data.measured_on:%d-%m-%Y}; corrigeer die in plaats van een tweede.",
                    code="measurement_exists",
                ) from None
            raise
        assert target.municipality_id is not None
        ref = outbox.Ref(measurement.id, target.municipality_id, opgave_of(target).opgave_id)
        event_data = event_types.MeasurementEventData(
            opgave_id=ref.opgave_id,
            indicator_id=target.fact(IndicatorFacts).indicator_id,
            measurement_id=measurement.id,
            measured_on=data.measured_on,
            value=float(measurement.value),
        )
        await outbox.emit_about(self.uow, event_types.MEASUREMENT_RECORDED, "measurements", ref, event_data)
        self.uow.audit(
            "measurement.recorded",
            "measurement",
            measurement.id,
            measurement.municipality_id,
            {"indicatorId": str(measurement.indicator_id), "value": str(measurement.value)},
        )
        return measurement.id

    async def correct(self, measurement_id: UUID, data: MeasurementUpdate, if_match: str) -> None:
        measurement = await self._locked(measurement_id, if_match)
        before = str(measurement.value)
        if data.value is not msgspec.UNSET:
            measurement.value = Decimal(str(data.value))
        apply_sent(measurement, data, "source_note", clean=str.strip)
        # A correction is visible in the audit log: who changed which value, from what.
        self.uow.audit(
            "measurement.corrected",
            "measurement",
            measurement.id,
            measurement.municipality_id,
            {"from": before, "to": str(measurement.value)},
        )

    async def delete(self, measurement_id: UUID, if_match: str) -> None:
        measurement = await self._locked(measurement_id, if_match)
        self.uow.audit(
            "measurement.deleted",
            "measurement",
            measurement.id,
            measurement.municipality_id,
            {"measuredOn": measurement.measured_on.isoformat(), "value": str(measurement.value)},
        )
        await self.uow.session.delete(measurement)
