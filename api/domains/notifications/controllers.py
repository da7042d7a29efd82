"""My notifications: read them, mark them read."""

from typing import Annotated

import msgspec
from litestar import Response, get, patch, post
from litestar.params import JSONBody, QueryParameter

from api.db.connection import Db
from api.db.uow import Uow
from api.domains.notifications import queries
from api.domains.notifications.guards import notification_from_path, owner
from api.domains.notifications.schemas import (
    NotificationPage,
    NotificationRead,
    NotificationReadMarkerCreate,
    NotificationReadMarkerRead,
    NotificationUpdate,
)
from api.domains.notifications.services import NotificationService
from api.lib.access import Person, access, principal_of, signed_in, target_of
from api.lib.pagination import LINK_HEADER, Cursor, Limit, page_response
from api.lib.routes import AnyRequest, Controller, PathId, viewer_of
from api.lib.visibility import Viewer

UnreadParam = Annotated[
    bool, QueryParameter(name="unread", description="Alleen ongelezen meldingen; standaard alle.")
]


def _person(request: AnyRequest) -> Person:
    principal = principal_of(request)
    assert isinstance(principal, Person)
    return principal


class NotificationController(Controller):
    """Meldingen: een antwoord op mijn idee, een reactie op mijn reactie, een besluit over mijn inhoud,
    een nieuw idee bij een opgave die ik volg."""

    path = ""
    tags = ["Meldingen"]

    @get("/me/notifications", opt=access(signed_in), response_headers=[LINK_HEADER])
    async def list_my_notifications(
        self, request: AnyRequest, db: Db, unread: UnreadParam = False, limit: Limit = 20, cursor: Cursor = ""
    ) -> Response[NotificationPage]:
        page = await queries.notifications(
            db, Viewer.of(_person(request)), unread_only=unread, limit=limit, cursor=cursor
        )
        return page_response(request, page)

    @post("/me/notifications/read-markers", status_code=200, opt=access(signed_in))
    async def mark_my_notifications_read(
        self, request: AnyRequest, data: JSONBody[NotificationReadMarkerCreate], uow: Uow
    ) -> NotificationReadMarkerRead:
        up_to = None if isinstance(data.up_to, msgspec.UnsetType) else data.up_to
        marked, read_at = await NotificationService(uow).mark_all(_person(request), up_to)
        return NotificationReadMarkerRead(marked=marked, read_at=read_at)

    @patch("/notifications/{id:uuid}", opt=access(owner, target=notification_from_path))
    async def update_notification(
        self, request: AnyRequest, id: PathId, data: JSONBody[NotificationUpdate], uow: Uow
    ) -> NotificationRead:
        await NotificationService(uow).mark(id, target_of(request).municipality_id, data.read)
        return await uow.read(queries.notification, id, viewer_of(request))
