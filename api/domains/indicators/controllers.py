"""Indicators of an opgave, and the measurements that show what changes."""

from typing import Any
from uuid import UUID

from litestar import Controller, Request, Response, patch, post
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
from api.lib.etag import ETAG_HEADER, LOCATION_HEADER, IfMatch
from api.lib.openapi import problems
from api.lib.routes import Resource, delete_of_path, page_of_path

# What an opgave achieves is public with the opgave; staff (or municipal IT) keep the figures.
keep_figures = staff | scope("opgaven:write")


INDICATOR = Resource(IndicatorRead, queries.get_indicator, "/indicators")
MEASUREMENT = Resource(MeasurementRead, queries.get_measurement, "/measurements")


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

    create_indicator = INDICATOR.create(
        "",
        IndicatorCreate,
        IndicatorService,
        operation_id="CreateIndicator",
        summary="Een indicator vastleggen",
        description="De streefwaarde ligt in de goede richting van de nulmeting, de streefdatum erna (400 anders).",
        opt=access(keep_figures, target=opgave_from_path),
    )


class IndicatorController(Controller):
    """Eén indicator en zijn metingen."""

    path = "/indicators/{id:uuid}"
    tags = ["Resultaten"]

    get_indicator = INDICATOR.get(
        "",
        operation_id="GetIndicator",
        summary="Eén indicator",
        opt=access(read_results, target=indicator_from_path),
    )

    update_indicator = INDICATOR.update(
        "",
        IndicatorUpdate,
        IndicatorService,
        operation_id="UpdateIndicator",
        summary="Een indicator wijzigen",
        description="Nulmeting, soort en richting staan vast; de streefwaarde en streefdatum kunnen bijgesteld worden.",
        opt=access(keep_figures, target=indicator_from_path),
        responses=problems(412, 428),
    )

    delete_indicator = delete_of_path(
        "",
        IndicatorService,
        operation_id="DeleteIndicator",
        summary="Een indicator verwijderen, met zijn metingen",
        opt=access(keep_figures, target=indicator_from_path),
        responses=problems(412, 428),
    )

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
        return await MEASUREMENT.created(request, uow, measurement_id)


class MeasurementController(Controller):
    """Eén meting: bekijken, corrigeren of verwijderen."""

    path = "/measurements/{id:uuid}"
    tags = ["Resultaten"]

    get_measurement = MEASUREMENT.get(
        "",
        operation_id="GetMeasurement",
        summary="Eén meting",
        description="Met de ETag die een correctie of verwijdering als If-Match meestuurt.",
        opt=access(read_results, target=measurement_from_path),
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
        self,
        request: Request[Any, Any, Any],
        id: FromPath[UUID],
        data: JSONBody[MeasurementUpdate],
        uow: Uow,
        if_match: IfMatch = "",
    ) -> Response[MeasurementRead]:
        await MeasurementService(uow).correct(id, data, if_match)
        return await MEASUREMENT.respond(request, uow, id)

    delete_measurement = delete_of_path(
        "",
        MeasurementService,
        operation_id="DeleteMeasurement",
        summary="Een meting verwijderen",
        description="Met If-Match (428 zonder, 412 als de meting intussen gecorrigeerd is).",
        opt=access(keep_figures, target=measurement_from_path),
        responses=problems(412, 428),
    )
