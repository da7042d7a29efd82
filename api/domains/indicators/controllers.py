"""Indicators of an opgave, and the measurements that show what changes."""

from typing import Any
from uuid import UUID

from litestar import Controller, Request, Response, delete, patch, post
from litestar.params import FromPath, JSONBody

from api.db.uow import Uow
from api.domains.indicators import queries
from api.domains.indicators.guards import indicator_from_path, measurement_from_path
from api.domains.indicators.schemas import (
    IndicatorCreate,
    IndicatorPage,
    IndicatorRead,
    IndicatorUpdate,
    MeasurementCreate,
    MeasurementPage,
    MeasurementRead,
    MeasurementUpdate,
)
from api.domains.indicators.services import IndicatorService, MeasurementService
from api.domains.opgaven.guards import opgave_from_path, read_results
from api.lib.access import access, scope, staff, target_of
from api.lib.etag import ETAG_HEADER, LOCATION_HEADER, IfMatch, with_etag
from api.lib.openapi import problems
from api.lib.routes import one_of_path, page_of_path
from api.settings import API_PREFIX

# What an opgave achieves is public with the opgave; staff (or municipal IT) keep the figures.
keep_figures = staff | scope("opgaven:write")


async def _indicator(uow: Uow, indicator_id: UUID, **kwargs: Any) -> Response[IndicatorRead]:
    found = await uow.read(queries.get_indicator, indicator_id)
    return with_etag(*found, **kwargs)


async def _measurement(uow: Uow, measurement_id: UUID, **kwargs: Any) -> Response[MeasurementRead]:
    found = await uow.read(queries.get_measurement, measurement_id)
    return with_etag(*found, **kwargs)


class OpgaveIndicatorController(Controller):
    """De indicatoren van een opgave."""

    path = "/opgaven/{id:uuid}/indicators"
    tags = ["Resultaten"]

    list_indicators = page_of_path(
        "",
        operation_id="ListIndicators",
        summary="De indicatoren van een opgave",
        description="Met hun nulmeting, streefwaarde, reeks metingen en voortgang; in de volgorde waarin ze zijn vastgelegd.",
        opt=access(read_results, target=opgave_from_path),
        page=IndicatorPage,
        query=queries.list_indicators,
    )

    @post(
        "",
        operation_id="CreateIndicator",
        summary="Een indicator vastleggen",
        description="De streefwaarde ligt in de goede richting van de nulmeting, de streefdatum erna (400 anders).",
        opt=access(keep_figures, target=opgave_from_path),
        response_headers=[ETAG_HEADER, LOCATION_HEADER],
    )
    async def create_indicator(
        self, request: Request[Any, Any, Any], id: FromPath[UUID], data: JSONBody[IndicatorCreate], uow: Uow
    ) -> Response[IndicatorRead]:
        indicator_id = await IndicatorService(uow).create(target_of(request), data)
        return await _indicator(
            uow, indicator_id, status_code=201, location=f"{API_PREFIX}/indicators/{indicator_id}"
        )


class IndicatorController(Controller):
    """Eén indicator en zijn metingen."""

    path = "/indicators/{id:uuid}"
    tags = ["Resultaten"]

    get_indicator = one_of_path(
        "",
        operation_id="GetIndicator",
        summary="Eén indicator",
        opt=access(read_results, target=indicator_from_path),
        read=IndicatorRead,
        query=queries.get_indicator,
    )

    @patch(
        "",
        operation_id="UpdateIndicator",
        summary="Een indicator wijzigen",
        description="Nulmeting, soort en richting staan vast; de streefwaarde en streefdatum kunnen bijgesteld worden.",
        opt=access(keep_figures, target=indicator_from_path),
        responses=problems(412, 428),
        response_headers=[ETAG_HEADER],
    )
    async def update_indicator(
        self, id: FromPath[UUID], data: JSONBody[IndicatorUpdate], uow: Uow, if_match: IfMatch = ""
    ) -> Response[IndicatorRead]:
        await IndicatorService(uow).update(id, data, if_match)
        return await _indicator(uow, id)

    @delete(
        "",
        operation_id="DeleteIndicator",
        summary="Een indicator verwijderen, met zijn metingen",
        opt=access(keep_figures, target=indicator_from_path),
        responses=problems(412, 428),
    )
    async def delete_indicator(self, id: FromPath[UUID], uow: Uow, if_match: IfMatch = "") -> None:
        await IndicatorService(uow).delete(id, if_match)

    list_measurements = page_of_path(
        "/measurements",
        operation_id="ListMeasurements",
        summary="De metingen van een indicator",
        description="Nieuwste datum eerst, met de bron en wie ze vastlegde.",
        opt=access(read_results, target=indicator_from_path),
        page=MeasurementPage,
        query=queries.measurements,
    )

    @post(
        "/measurements",
        operation_id="RecordMeasurement",
        summary="Een meting vastleggen",
        description="Eén meting per datum (409 `measurement_exists`: corrigeer die); niet in de toekomst.",
        opt=access(keep_figures, target=indicator_from_path),
        responses=problems(409),
        response_headers=[ETAG_HEADER, LOCATION_HEADER],
    )
    async def record(
        self, request: Request[Any, Any, Any], id: FromPath[UUID], data: JSONBody[MeasurementCreate], uow: Uow
    ) -> Response[MeasurementRead]:
        measurement_id = await MeasurementService(uow).record(target_of(request), data)
        return await _measurement(
            uow, measurement_id, status_code=201, location=f"{API_PREFIX}/measurements/{measurement_id}"
        )


class MeasurementController(Controller):
    """Eén meting: bekijken, corrigeren of verwijderen."""

    path = "/measurements/{id:uuid}"
    tags = ["Resultaten"]

    get_measurement = one_of_path(
        "",
        operation_id="GetMeasurement",
        summary="Eén meting",
        description="Met de ETag die een correctie of verwijdering als If-Match meestuurt.",
        opt=access(read_results, target=measurement_from_path),
        read=MeasurementRead,
        query=queries.get_measurement,
    )

    @patch(
        "",
        operation_id="CorrectMeasurement",
        summary="Een meting corrigeren",
        description="Met If-Match, zoals elk gedeeld object (428 zonder, 412 als iemand anders haar "
        "intussen corrigeerde). De oude waarde blijft in het auditlog.",
        opt=access(keep_figures, target=measurement_from_path),
        responses=problems(412, 428),
        response_headers=[ETAG_HEADER],
    )
    async def correct(
        self, id: FromPath[UUID], data: JSONBody[MeasurementUpdate], uow: Uow, if_match: IfMatch = ""
    ) -> Response[MeasurementRead]:
        await MeasurementService(uow).correct(id, data, if_match)
        return await _measurement(uow, id)

    @delete(
        "",
        operation_id="DeleteMeasurement",
        summary="Een meting verwijderen",
        description="Met If-Match (428 zonder, 412 als de meting intussen gecorrigeerd is).",
        opt=access(keep_figures, target=measurement_from_path),
        responses=problems(412, 428),
    )
    async def delete_measurement(self, id: FromPath[UUID], uow: Uow, if_match: IfMatch = "") -> None:
        await MeasurementService(uow).delete(id, if_match)
