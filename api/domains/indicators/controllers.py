"""Indicators of an opgave, and the measurements that show what changes."""

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
from api.lib.access import access, scope, staff
from api.lib.openapi import problems
from api.lib.routes import Controller, Resource, delete_of_path, page_of_path

# What an opgave achieves is public with the opgave; staff (or municipal IT) keep the figures.
keep_figures = staff | scope("opgaven:write")


INDICATOR = Resource(IndicatorRead, queries.get_indicator, "/indicators")
MEASUREMENT = Resource(MeasurementRead, queries.get_measurement, "/measurements")


class OpgaveIndicatorController(Controller):
    """De indicatoren van een opgave."""

    path = "/opgaven/{id:uuid}/indicators"
    tags = ["Resultaten"]
    target = opgave_from_path

    list_indicators = page_of_path(
        "", opt=access(read_results), page=IndicatorPage, query=queries.list_indicators
    )

    create_indicator = INDICATOR.create("", IndicatorCreate, IndicatorService, opt=access(keep_figures))


class IndicatorController(Controller):
    """Eén indicator en zijn metingen."""

    path = "/indicators/{id:uuid}"
    tags = ["Resultaten"]
    target = indicator_from_path

    get_indicator = INDICATOR.get("", opt=access(read_results))

    update_indicator = INDICATOR.update(
        "", IndicatorUpdate, IndicatorService, opt=access(keep_figures), responses=problems(412, 428)
    )

    delete_indicator = delete_of_path(
        "", IndicatorService, opt=access(keep_figures), responses=problems(412, 428)
    )

    list_measurements = page_of_path(
        "/measurements", opt=access(read_results), page=MeasurementPage, query=queries.measurements
    )

    record_measurement = MEASUREMENT.create(
        "/measurements",
        MeasurementCreate,
        MeasurementService,
        MeasurementService.record,
        opt=access(keep_figures),
        responses=problems(409),
    )


class MeasurementController(Controller):
    """Eén meting: bekijken, corrigeren of verwijderen."""

    path = "/measurements/{id:uuid}"
    tags = ["Resultaten"]
    target = measurement_from_path

    get_measurement = MEASUREMENT.get("", opt=access(read_results))

    correct_measurement = MEASUREMENT.update(
        "",
        MeasurementUpdate,
        MeasurementService,
        MeasurementService.correct,
        opt=access(keep_figures),
        responses=problems(412, 428),
    )

    delete_measurement = delete_of_path(
        "", MeasurementService, opt=access(keep_figures), responses=problems(412, 428)
    )
