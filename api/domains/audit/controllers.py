"""The audit log of a municipality, for its beheerders and clients with ``audit:read``."""

from dataclasses import dataclass
from datetime import datetime
from inspect import Parameter
from typing import Annotated

from litestar import get
from litestar.di import NamedDependency, Provide
from litestar.openapi.spec import OpenAPIMediaType, OpenAPIResponse, OpenAPIType, Operation, Schema
from litestar.params import QueryParameter
from litestar.response import Stream

from api.db.connection import Db
from api.domains.audit import queries
from api.domains.audit.queries import AuditFilter
from api.domains.audit.schemas import AuditEventPage
from api.domains.municipalities.guards import municipality_from_query
from api.domains.municipalities.schemas import RequiredMunicipalityParam
from api.lib.access import Role, access, role, scope
from api.lib.routes import AnyRequest, Controller, PageOf, municipality_of, page_of_path
from api.lib.schema import NO_NUL

ActorParam = Annotated[
    str, QueryParameter(name="actor", max_length=100, pattern=NO_NUL, description="Account-id of client-id.")
]
ObjectParam = Annotated[
    str, QueryParameter(name="object", max_length=100, pattern=NO_NUL, description="Id van het object.")
]
ActionParam = Annotated[
    str,
    QueryParameter(
        name="action",
        max_length=80,
        pattern=r"^[a-z0-9_.-]*$",
        description="Alleen handelingen die zo beginnen: `role.changed`, of `role` voor elke `role.…`.",
    ),
]
SinceParam = Annotated[
    datetime | None, QueryParameter(name="since", description="Alleen regels vanaf dit moment.")
]
UntilParam = Annotated[
    datetime | None, QueryParameter(name="until", description="Alleen regels vóór dit moment.")
]


def audit_filter(
    actor: ActorParam = "",
    object: ObjectParam = "",
    action: ActionParam = "",
    since: SinceParam = None,
    until: UntilParam = None,
) -> AuditFilter:
    """The lines the query parameters ask for: one set of parameters for the list and the download."""
    return AuditFilter(actor=actor, object_id=object, action=action, since=since, until=until)


WHO = access(role(Role.BEHEERDER) | scope("audit:read"), target=municipality_from_query())


@dataclass
class CsvOperation(Operation):
    """The download answers CSV; Litestar documents a stream as an untyped JSON body only."""

    def __post_init__(self) -> None:
        ok = self.responses["200"] if self.responses else None
        if isinstance(ok, OpenAPIResponse):
            ok.description = "De logregels, gestreamd; als bijlage te downloaden."
            ok.content = {
                "text/csv": OpenAPIMediaType(
                    schema=Schema(
                        type=OpenAPIType.STRING,
                        description=(
                            "RFC 4180, UTF-8, met een kopregel: "
                            + ", ".join(f"`{c}`" for c in queries.COLUMNS)
                            + "."
                        ),
                    )
                )
            }


class AuditEventController(Controller):
    """Het logboek."""

    path = "/audit-events"
    tags = ["Logboek"]
    dependencies = {"found": Provide(audit_filter, sync_to_thread=False)}

    list_audit_events = page_of_path(
        "",
        opt=WHO,
        page=AuditEventPage,
        query=queries.list_events,
        of=PageOf.municipality(RequiredMunicipalityParam, name="municipality", default=""),
        filters={"found": (NamedDependency[AuditFilter], Parameter.empty)},
    )

    @get("/export", opt=WHO, operation_class=CsvOperation)
    async def export_audit_events(
        self,
        request: AnyRequest,
        db: Db,
        *,
        municipality: RequiredMunicipalityParam = "",
        found: NamedDependency[AuditFilter],
    ) -> Stream:
        return Stream(
            queries.csv_lines(db, municipality_of(request), found),
            media_type="text/csv; charset=utf-8",
            headers={
                "Content-Disposition": f'attachment; filename="samenspel-{municipality}-auditlog.csv"',
                "Cache-Control": "no-store",
            },
        )
