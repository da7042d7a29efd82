"""The audit log of a municipality, for its beheerders and clients with ``audit:read``."""

from typing import Annotated, Any

from litestar import Controller, Request, Response, get
from litestar.params import QueryParameter

from api.db.connection import Db
from api.domains.audit import queries
from api.domains.audit.schemas import AuditEventPage
from api.domains.municipalities.guards import municipality_from_query
from api.domains.municipalities.schemas import RequiredMunicipalityParam
from api.lib.access import Role, access, role, scope, target_of
from api.lib.pagination import LINK_HEADER, Cursor, Limit, page_response
from api.lib.schema import NO_NUL

ActorParam = Annotated[
    str, QueryParameter(name="actor", max_length=100, pattern=NO_NUL, description="Account-id of client-id.")
]
ObjectParam = Annotated[
    str, QueryParameter(name="object", max_length=100, pattern=NO_NUL, description="Id van het object.")
]


class AuditEventController(Controller):
    """Het logboek."""

    path = "/audit-events"
    tags = ["Logboek"]

    @get(
        "",
        operation_id="ListAuditEvents",
        summary="Logregels van een gemeente",
        description="Elke wijziging, met wie, wat, wanneer en het kenmerk van het verzoek; nieuwste eerst.",
        opt=access(role(Role.BEHEERDER) | scope("audit:read"), target=municipality_from_query()),
        response_headers=[LINK_HEADER],
    )
    async def list_events(
        self,
        request: Request[Any, Any, Any],
        db: Db,
        municipality: RequiredMunicipalityParam = "",
        actor: ActorParam = "",
        object: ObjectParam = "",
        limit: Limit = 20,
        cursor: Cursor = "",
    ) -> Response[AuditEventPage]:
        municipality_id = target_of(request).municipality_id
        assert municipality_id is not None
        page = await queries.list_events(
            db, municipality_id, actor=actor, object_id=object, limit=limit, cursor=cursor
        )
        return page_response(request, page)
