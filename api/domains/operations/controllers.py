"""Onboarding, deactivating and archiving a municipality (the platform operator's), and its dashboard."""

from dataclasses import dataclass
from enum import StrEnum
from typing import Annotated, cast
from uuid import UUID

from litestar import Response, delete, get, post, put
from litestar.background_tasks import BackgroundTask
from litestar.datastructures import ResponseHeader
from litestar.openapi.spec import OpenAPIMediaType, OpenAPIResponse, OpenAPIType, Operation, Schema
from litestar.params import JSONBody, QueryParameter
from litestar.response import Stream

from api.db.connection import Db
from api.db.uow import Uow
from api.domains.municipalities import queries as municipality_queries
from api.domains.municipalities.guards import municipality_from_path
from api.domains.municipalities.schemas import MunicipalityRead, Slug
from api.domains.operations import archive
from api.domains.operations.onboarding import OnboardingService
from api.domains.operations.schemas import (
    MunicipalityCreate,
    MunicipalityDeactivation,
    MunicipalityStatistics,
)
from api.domains.operations.statistics import as_csv, statistics
from api.lib.access import access, beheerder, operator, staff
from api.lib.deactivation import deactivated_of
from api.lib.http import settings_of
from api.lib.mail import deliver_after
from api.lib.openapi import problems
from api.lib.routes import AnyRequest, Controller, municipality_of
from api.settings import API_PREFIX

# The routes that still work on a deactivated municipality: undoing it, and taking its data along.
WHILE_DEACTIVATED = {"while_deactivated": True}


class StatisticsFormat(StrEnum):
    JSON = "json"
    CSV = "csv"


class StatisticsTable(StrEnum):
    MONTHS = "months"
    OPGAVEN = "opgaven"
    WIJKEN = "wijken"


@dataclass
class ArchiveOperation(Operation):
    """The archive is a zip; Litestar documents a stream as an untyped JSON body only."""

    def __post_init__(self) -> None:
        ok = self.responses["200"] if self.responses else None
        if isinstance(ok, OpenAPIResponse):
            ok.description = "Een zip met per tabel een JSON-bestand, gestreamd; als bijlage te downloaden."
            ok.content = {
                "application/zip": OpenAPIMediaType(schema=Schema(type=OpenAPIType.STRING, format=None))
            }


@dataclass
class StatisticsOperation(Operation):
    """The dashboard answers JSON, or one of its tables as CSV."""

    def __post_init__(self) -> None:
        ok = self.responses["200"] if self.responses else None
        if isinstance(ok, OpenAPIResponse) and ok.content and "application/json" in ok.content:
            ok.content["text/csv"] = OpenAPIMediaType(
                schema=Schema(type=OpenAPIType.STRING, description="RFC 4180, UTF-8, met een kopregel.")
            )


class OnboardingController(Controller):
    """Een gemeente op het platform zetten, en eraf halen."""

    path = "/municipalities"
    tags = ["Gemeenten"]

    @post(
        "",
        status_code=201,
        opt=access(operator),
        responses=problems(409),
        response_headers=[
            ResponseHeader(
                name="Location",
                description="De gemeente: `/api/v1/municipalities/{slug}`.",
                documentation_only=True,
            )
        ],
    )
    async def create_municipality(
        self, request: AnyRequest, data: JSONBody[MunicipalityCreate], uow: Uow
    ) -> Response[MunicipalityRead]:
        await OnboardingService(uow, settings_of(request)).create(data)
        found, _ = await uow.read(municipality_queries.get_municipality, data.slug)
        return Response(
            found,
            status_code=201,
            headers={"Location": f"{API_PREFIX}/municipalities/{data.slug}"},
            background=deliver_after(request),
        )

    @put(
        "/{slug:str}/deactivation",
        opt={**access(operator, target=municipality_from_path(deactivated=True)), **WHILE_DEACTIVATED},
    )
    async def deactivate_municipality(
        self, request: AnyRequest, slug: Slug, uow: Uow
    ) -> Response[MunicipalityDeactivation]:
        at = await OnboardingService(uow, settings_of(request)).deactivate(municipality_of(request))
        return Response(
            MunicipalityDeactivation(deactivated_at=at),
            background=BackgroundTask(deactivated_of(request.app.state).forget),
        )

    @delete(
        "/{slug:str}/deactivation",
        opt={**access(operator, target=municipality_from_path(deactivated=True)), **WHILE_DEACTIVATED},
    )
    async def reactivate_municipality(self, request: AnyRequest, slug: Slug, uow: Uow) -> Response[None]:
        await OnboardingService(uow, settings_of(request)).reactivate(municipality_of(request))
        return Response(
            None, status_code=204, background=BackgroundTask(deactivated_of(request.app.state).forget)
        )

    @get(
        "/{slug:str}/archive",
        opt={
            **access(operator | beheerder, target=municipality_from_path(deactivated=True)),
            **WHILE_DEACTIVATED,
        },
        operation_class=ArchiveOperation,
    )
    async def export_municipality_archive(self, request: AnyRequest, db: Db, slug: Slug) -> Stream:
        return Stream(
            archive.stream(db, municipality_of(request)),
            media_type="application/zip",
            headers={
                "Content-Disposition": f'attachment; filename="{archive.filename(slug)}"',
                "Cache-Control": "no-store",
            },
        )


MonthsParam = Annotated[
    int, QueryParameter(name="months", ge=1, le=60, description="Hoeveel maanden terug (standaard 24).")
]
OpgaveParam = Annotated[
    UUID | None, QueryParameter(name="opgave", description="Alleen deze opgave van de gemeente.")
]
FormatParam = Annotated[
    StatisticsFormat, QueryParameter(name="format", description="`json` (standaard) of `csv` (één tabel).")
]
TableParam = Annotated[
    StatisticsTable,
    QueryParameter(name="table", description="Bij `csv`: welke tabel (`months`, `opgaven` of `wijken`)."),
]


class StatisticsController(Controller):
    """Het dashboard van een gemeente."""

    path = "/municipalities/{slug:str}/statistics"
    tags = ["Gemeenten"]

    @get("", opt=access(staff, target=municipality_from_path()), operation_class=StatisticsOperation)
    async def get_municipality_statistics(
        self,
        request: AnyRequest,
        db: Db,
        slug: Slug,
        months: MonthsParam = 24,
        opgave: OpgaveParam = None,
        format: FormatParam = StatisticsFormat.JSON,
        table: TableParam = StatisticsTable.MONTHS,
    ) -> Response[MunicipalityStatistics]:
        found = await statistics(db, municipality_of(request), slug, opgave_id=opgave, months=months)
        if format == StatisticsFormat.CSV:
            table_csv = Response(
                as_csv(found, table.value),
                media_type="text/csv; charset=utf-8",
                headers={"Content-Disposition": f'attachment; filename="samenspel-{slug}-{table.value}.csv"'},
            )
            # The same operation, one of its tables in the other format the spec names.
            return cast("Response[MunicipalityStatistics]", table_csv)
        return Response(found)
