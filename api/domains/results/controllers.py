"""What an opgave achieves: its progress, what became of an idea, and its public data for anyone to reuse."""

from dataclasses import dataclass
from typing import Annotated
from uuid import UUID

from litestar import get
from litestar.openapi.spec import OpenAPIMediaType, OpenAPIResponse, OpenAPIType, Operation, Schema
from litestar.params import QueryParameter
from litestar.response import Stream

from api.db.connection import Db
from api.domains.municipalities.guards import municipality_from_path
from api.domains.municipalities.schemas import Slug
from api.domains.opgaven.controllers import read_opgave
from api.domains.opgaven.guards import opgave_from_path, read_results
from api.domains.opgaven.schemas import TimelinePage
from api.domains.proposals.controllers import read_proposals
from api.domains.proposals.guards import proposal_from_path
from api.domains.results import export, queries, timeline
from api.domains.results.schemas import Dataset, ExportFormat, ProgressRead, TrailRead
from api.lib.access import access, everyone
from api.lib.errors import InvalidInput
from api.lib.routes import AnyRequest, Controller, PathId, municipality_of, page_of_path, viewer_of

FormatParam = Annotated[
    ExportFormat, QueryParameter(name="format", description="`json` (standaard) of `csv`.")
]
DatasetParam = Annotated[
    Dataset | None,
    QueryParameter(
        name="dataset",
        description="Welke gegevens. Verplicht bij `csv`; zonder, bij `json`, alle gegevens in één object.",
    ),
]


@dataclass
class ExportOperation(Operation):
    """An export answers JSON or CSV; Litestar documents a stream as an untyped JSON body only."""

    def __post_init__(self) -> None:
        ok = self.responses["200"] if self.responses else None
        if isinstance(ok, OpenAPIResponse):
            ok.description = "De gegevens, gestreamd; als bijlage te downloaden."
            ok.content = {
                "application/json": OpenAPIMediaType(
                    schema=Schema(
                        description=(
                            "Met `dataset` een lijst rijen; zonder een object met per soort gegevens een lijst rijen."
                        ),
                        one_of=[
                            Schema(type=OpenAPIType.ARRAY, items=Schema(type=OpenAPIType.OBJECT)),
                            Schema(
                                type=OpenAPIType.OBJECT,
                                additional_properties=Schema(
                                    type=OpenAPIType.ARRAY, items=Schema(type=OpenAPIType.OBJECT)
                                ),
                            ),
                        ],
                    )
                ),
                "text/csv": OpenAPIMediaType(
                    schema=Schema(type=OpenAPIType.STRING, description="RFC 4180, UTF-8, met een kopregel.")
                ),
            }


_MEDIA = {ExportFormat.JSON: "application/json", ExportFormat.CSV: "text/csv"}


def _export(
    db: Db, scope_name: str, scope_id: UUID, name: str, fmt: ExportFormat, dataset: Dataset | None
) -> Stream:
    if fmt == ExportFormat.CSV and dataset is None:
        raise InvalidInput.one("dataset", "required", "Kies bij CSV welke gegevens: één bestand per soort.")
    datasets = [dataset] if dataset else list(Dataset)
    return Stream(
        export.stream(db, scope_name, scope_id, datasets, fmt),
        media_type=_MEDIA[fmt],
        headers={
            "Content-Disposition": f'attachment; filename="{export.filename(name, dataset, fmt)}"',
            "Cache-Control": "no-cache",
        },
    )


class OpgaveResultsController(Controller):
    """Wat een opgave oplevert."""

    path = "/opgaven/{id:uuid}"
    tags = ["Resultaten"]
    target = opgave_from_path

    @get("/progress", opt=access(read_results))
    async def get_opgave_progress(self, db: Db, id: PathId) -> ProgressRead:
        return await queries.progress(db, id)

    get_opgave_timeline = page_of_path(
        "/timeline",
        tags=["Opgaven"],
        opt=access(read_opgave),
        page=TimelinePage,
        query=timeline.timeline,
        viewer=viewer_of,
    )

    @get("/export", opt=access(read_results), operation_class=ExportOperation)
    async def export_opgave(
        self, db: Db, id: PathId, format: FormatParam = ExportFormat.JSON, dataset: DatasetParam = None
    ) -> Stream:
        return _export(db, "opgave", id, f"opgave-{id}", format, dataset)


class MunicipalityExportController(Controller):
    """Open data van een gemeente."""

    path = "/municipalities/{slug:str}"
    tags = ["Resultaten"]

    @get("/export", opt=access(everyone, target=municipality_from_path()), operation_class=ExportOperation)
    async def export_municipality(
        self,
        request: AnyRequest,
        db: Db,
        slug: Slug,
        format: FormatParam = ExportFormat.JSON,
        dataset: DatasetParam = None,
    ) -> Stream:
        return _export(db, "municipality", municipality_of(request), slug, format, dataset)


class ProposalTrailController(Controller):
    """Wat er van een idee werd."""

    path = "/proposals/{id:uuid}"
    tags = ["Ideeën"]

    @get("/trail", opt=access(read_proposals, target=proposal_from_path))
    async def get_proposal_trail(self, request: AnyRequest, db: Db, id: PathId) -> TrailRead:
        return await queries.trail(db, id, viewer_of(request))
