"""The audit log of a municipality, for its beheerders and clients with ``audit:read``."""

from dataclasses import dataclass
from datetime import datetime
from typing import Annotated

from litestar import Response, get
from litestar.openapi.spec import OpenAPIMediaType, OpenAPIResponse, OpenAPIType, Operation, Schema
from litestar.params import QueryParameter
from litestar.response import Stream

from api.db.connection import Db
from api.domains.audit import queries
from api.domains.audit.queries import AuditFilter
from api.domains.audit.schemas import AuditEventPage
from api.domains.municipalities.guards import municipality_from_query
from api.domains.municipalities.schemas import RequiredMunicipalityParam
from api.lib.access import Role, access, role, scope, target_of
from api.lib.pagination import LINK_HEADER, Cursor, Limit, page_response
from api.lib.routes import AnyRequest, Controller
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

    @get("", opt=WHO, response_headers=[LINK_HEADER])
    async def list_audit_events(
        self,
        request: AnyRequest,
        db: Db,
        municipality: RequiredMunicipalityParam = "",
        actor: ActorParam = "",
        object: ObjectParam = "",
        action: ActionParam = "",
        since: SinceParam = None,
        until: UntilParam = None,
        limit: Limit = 20,
        cursor: Cursor = "",
    ) -> Response[AuditEventPage]:
        municipality_id = target_of(request).municipality_id
        assert municipality_id is not None
        found = AuditFilter(actor=actor, object_id=object, action=action, since=since, until=until)
        page = await queries.list_events(db, municipality_id, found, limit=limit, cursor=cursor)
        return page_response(request, page)

    @get("/export", opt=WHO, operation_class=CsvOperation)
    async def export_audit_events(
        self,
        request: AnyRequest,
        db: Db,
        municipality: RequiredMunicipalityParam = "",
        actor: ActorParam = "",
        object: ObjectParam = "",
        action: ActionParam = "",
        since: SinceParam = None,
        until: UntilParam = None,
    ) -> Stream:
        municipality_id = target_of(request).municipality_id
        assert municipality_id is not None
        found = AuditFilter(actor=actor, object_id=object, action=action, since=since, until=until)
        return Stream(
            queries.csv_lines(db, municipality_id, found),
            media_type="text/csv; charset=utf-8",
            headers={
                "Content-Disposition": f'attachment; filename="samenspel-{municipality}-auditlog.csv"',
                "Cache-Control": "no-store",
            },
        )
