"""Meetings of an opgave: planning them, registering with a waiting list, and their calendars."""

from typing import Annotated
from uuid import UUID

from litestar import Response, delete, get, post
from litestar.params import QueryParameter

from api.db.connection import Db
from api.db.uow import HOT_WRITE, Uow
from api.domains.meetings import queries, services
from api.domains.meetings.calendar import calendar_of
from api.domains.meetings.guards import (
    cancel_registration,
    meeting_from_path,
    plan_meetings,
    read_meetings,
    registration_from_path,
    take_part,
)
from api.domains.meetings.schemas import (
    MeetingCreate,
    MeetingPage,
    MeetingRead,
    MeetingUpdate,
    RegistrationRead,
)
from api.domains.meetings.services import MeetingService
from api.domains.opgaven.guards import LoadedPage, opgave_from_path, opgave_page_from_path
from api.lib.access import Person, access, principal_of, target_of
from api.lib.etag import LOCATION_HEADER
from api.lib.http import settings_of
from api.lib.openapi import problems
from api.lib.routes import AnyRequest, Controller, Filter, PathId, Resource, page_of_path
from api.settings import API_PREFIX

CALENDAR_MEDIA_TYPE = "text/calendar"
UPCOMING: Filter = (
    Annotated[
        bool, QueryParameter(name="upcoming", description="Alleen bijeenkomsten die nog niet voorbij zijn.")
    ],
    False,
)


def _viewer(request: AnyRequest) -> UUID | None:
    principal = principal_of(request)
    return principal.account_id if isinstance(principal, Person) else None


MEETING = Resource(MeetingRead, queries.get_meeting, "/meetings", _viewer)


def _calendar(data: bytes, name: str) -> Response[bytes]:
    return Response(
        data,
        media_type=f"{CALENDAR_MEDIA_TYPE}; charset=utf-8",
        headers={"Content-Disposition": f'attachment; filename="{name}.ics"'},
    )


class OpgaveMeetingController(Controller):
    """De bijeenkomsten van een opgave."""

    path = "/opgaven/{id:uuid}"
    tags = ["Bijeenkomsten"]

    list_meetings = page_of_path(
        "/meetings",
        opt=access(read_meetings, target=opgave_from_path),
        page=MeetingPage,
        query=queries.list_meetings,
        viewer=_viewer,
        filters={"upcoming": UPCOMING},
    )

    plan_meeting = MEETING.create(
        "/meetings",
        MeetingCreate,
        MeetingService,
        MeetingService.plan,
        opt=access(plan_meetings, target=opgave_from_path),
    )

    @get("/calendar", opt=access(read_meetings, target=opgave_page_from_path), media_type=CALENDAR_MEDIA_TYPE)
    async def get_opgave_calendar(self, request: AnyRequest, db: Db, id: PathId) -> Response[bytes]:
        opgave = target_of(request).fact(LoadedPage).page
        rows = await queries.calendar_rows(db, opgave_id=id)
        return _calendar(
            calendar_of(rows, opgave.title, settings_of(request).server.base_url), "bijeenkomsten"
        )


class MeetingController(Controller):
    """Eén bijeenkomst, en aanmelden."""

    path = "/meetings/{id:uuid}"
    tags = ["Bijeenkomsten"]
    target = meeting_from_path

    get_meeting = MEETING.get("", "Deze bijeenkomst bestaat niet.", opt=access(read_meetings))

    update_meeting = MEETING.update(
        "", MeetingUpdate, MeetingService, opt=access(plan_meetings), responses=problems(409, 412, 428)
    )

    @get("/calendar", opt=access(read_meetings), media_type=CALENDAR_MEDIA_TYPE)
    async def get_meeting_calendar(self, request: AnyRequest, db: Db, id: PathId) -> Response[bytes]:
        rows = await queries.calendar_rows(db, meeting_id=id)
        return _calendar(
            calendar_of(rows, rows[0]["title"], settings_of(request).server.base_url), "bijeenkomst"
        )

    @post(
        "/registrations",
        opt=access(take_part) | HOT_WRITE,
        responses=problems(409),
        response_headers=[LOCATION_HEADER],
    )
    async def register_for_meeting(self, request: AnyRequest, uow: Uow) -> Response[RegistrationRead]:
        registration_id = await services.register(uow, target_of(request))
        found = await uow.read(queries.get_registration, registration_id)
        return Response(
            found, status_code=201, headers={"Location": f"{API_PREFIX}/registrations/{registration_id}"}
        )


class RegistrationController(Controller):
    """Een aanmelding."""

    path = "/registrations/{id:uuid}"
    tags = ["Bijeenkomsten"]

    @delete(
        "",
        opt=access(cancel_registration, target=registration_from_path) | HOT_WRITE,
        responses=problems(409),
    )
    async def cancel_registration(self, request: AnyRequest, uow: Uow) -> None:
        await services.cancel(uow, target_of(request))
