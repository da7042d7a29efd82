"""The change feed: ``GET /events``, for systems that pull."""

from datetime import datetime
from typing import Annotated
from uuid import UUID

from litestar import Response, get
from litestar.params import QueryParameter

from api.db.connection import Db
from api.domains.events import queries, visibility
from api.domains.events.schemas import EventPage, EventTypeName
from api.domains.events.types import ALL
from api.lib.access import access, everyone, principal_of
from api.lib.pagination import LINK_HEADER, Cursor, Limit, page_response
from api.lib.routes import AnyRequest, Controller

TypeParam = Annotated[
    list[EventTypeName] | None,
    QueryParameter(name="type", max_items=len(ALL), description="Alleen deze soorten (herhaal de sleutel)."),
]
OpgaveParam = Annotated[UUID | None, QueryParameter(name="opgave", description="Alleen over deze opgave.")]
SinceParam = Annotated[
    datetime | None, QueryParameter(name="since", description="Alleen gebeurtenissen vanaf dit moment.")
]
UntilParam = Annotated[
    datetime | None, QueryParameter(name="until", description="Alleen gebeurtenissen vóór dit moment.")
]


def _types_table() -> str:
    rows = "\n".join(
        f"| `{t.name}` | {t.summary} | `{t.read_scope}` | `#/components/schemas/{t.data.__name__}` |"
        for t in ALL
    )
    return "| type | wat | scope bij niet-openbaar | data |\n| --- | --- | --- | --- |\n" + rows


class EventController(Controller):
    """De stroom van gebeurtenissen (CloudEvents), voor systemen die ophalen."""

    path = "/events"
    tags = ["Gebeurtenissen"]

    @get(
        operation_id="ListEvents",
        summary="De gebeurtenissen (change feed)",
        description="Elke wijziging die voor anderen telt, als CloudEvent 1.0 volgens het NL GOV-profiel, "
        "oudste eerst, in de volgorde waarin ze definitief werden: een gebeurtenis verschijnt nooit "
        "vóór een cursor die al voorbij is. Bewaar `resumeCursor` en lees later verder. "
        "Iedereen leest wat openbaar is (een gepubliceerde opgave, een idee dat niet verborgen is); "
        "medewerkers en beheerders ook de rest van hun gemeente, een client van de gemeente de rest "
        "waarvoor de scope van het soort geldt. Gebeurtenissen blijven minstens 90 dagen.\n\n"
        + _types_table(),
        opt=access(everyone),
        response_headers=[LINK_HEADER],
    )
    async def list_events(
        self,
        request: AnyRequest,
        db: Db,
        type: TypeParam = None,
        opgave: OpgaveParam = None,
        since: SinceParam = None,
        until: UntilParam = None,
        limit: Limit = 20,
        cursor: Cursor = "",
    ) -> Response[EventPage]:
        page = await queries.page(
            db,
            visibility.reader(principal_of(request)),
            cursor=cursor,
            limit=limit,
            types=list(type or []),
            opgave_id=opgave,
            since=since,
            until=until,
        )
        return page_response(request, page)
