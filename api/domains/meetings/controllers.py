"""Meetings of an opgave: planning them, registering with a waiting list, and their calendars."""

from typing import Annotated, Any
from uuid import UUID

from litestar import Controller, Request, Response, delete, get, post
from litestar.params import FromPath, JSONBody, QueryParameter

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
from api.lib.errors import NotFound
from api.lib.etag import ETAG_HEADER, LOCATION_HEADER, with_etag
from api.lib.http import settings_of
from api.lib.openapi import problems
from api.lib.pagination import LINK_HEADER, Cursor, Limit, page_response
from api.lib.routes import Resource
from api.settings import API_PREFIX

CALENDAR_MEDIA_TYPE = "text/calendar"
Upcoming = Annotated[
    bool, QueryParameter(name="upcoming", description="Alleen bijeenkomsten die nog niet voorbij zijn.")
]


def _viewer(request: Request[Any, Any, Any]) -> UUID | None:
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

    @get(
        "/meetings",
        operation_id="ListMeetings",
        summary="De bijeenkomsten van een opgave",
        description="Werksessies, kennissessies, klankbordgroepen en reflectiemomenten, eerstvolgende eerst.",
        opt=access(read_meetings, target=opgave_from_path),
        response_headers=[LINK_HEADER],
    )
    async def list_meetings(
        self,
        request: Request[Any, Any, Any],
        db: Db,
        id: FromPath[UUID],
        upcoming: Upcoming = False,
        limit: Limit = 20,
        cursor: Cursor = "",
    ) -> Response[MeetingPage]:
        page = await queries.list_meetings(
            db, id, _viewer(request), upcoming=upcoming, limit=limit, cursor=cursor
        )
        return page_response(request, page)

    @post(
        "/meetings",
        operation_id="PlanMeeting",
        summary="Een bijeenkomst plannen",
        description="Met een tijd, een plaats of link, en een aantal plaatsen; bij een reflectiemoment het moment zelf.",
        opt=access(plan_meetings, target=opgave_from_path),
        response_headers=[ETAG_HEADER, LOCATION_HEADER],
    )
    async def plan(
        self, request: Request[Any, Any, Any], id: FromPath[UUID], data: JSONBody[MeetingCreate], uow: Uow
    ) -> Response[MeetingRead]:
        meeting_id = await MeetingService(uow).plan(target_of(request), data)
        return await MEETING.created(request, uow, meeting_id)

    @get(
        "/calendar",
        operation_id="GetOpgaveCalendar",
        summary="De agenda van een opgave (iCalendar)",
        description="Alle bijeenkomsten als iCalendar-feed, om te abonneren in een agenda-app.",
        opt=access(read_meetings, target=opgave_page_from_path),
        media_type=CALENDAR_MEDIA_TYPE,
    )
    async def calendar(self, request: Request[Any, Any, Any], db: Db, id: FromPath[UUID]) -> Response[bytes]:
        opgave = target_of(request).fact(LoadedPage).page
        rows = await queries.calendar_rows(db, opgave_id=id)
        return _calendar(
            calendar_of(rows, opgave.title, settings_of(request).server.base_url), "bijeenkomsten"
        )


class MeetingController(Controller):
    """Eén bijeenkomst, en aanmelden."""

    path = "/meetings/{id:uuid}"
    tags = ["Bijeenkomsten"]

    @get(
        "",
        operation_id="GetMeeting",
        summary="Eén bijeenkomst",
        description="Met `myRegistration`: of u een plaats heeft, of hoeveelste u op de wachtlijst staat.",
        opt=access(read_meetings, target=meeting_from_path),
        response_headers=[ETAG_HEADER],
    )
    async def get_meeting(
        self, request: Request[Any, Any, Any], db: Db, id: FromPath[UUID]
    ) -> Response[MeetingRead]:
        found = await queries.get_meeting(db, id, _viewer(request))
        if found is None:
            raise NotFound("Deze bijeenkomst bestaat niet.")
        return with_etag(*found)

    update = MEETING.update(
        "",
        MeetingUpdate,
        MeetingService,
        operation_id="UpdateMeeting",
        summary="Een bijeenkomst wijzigen, afzeggen of achteraf vastleggen",
        description=(
            "Meer plaatsen laat de wachtlijst doorschuiven; minder dan er aanmeldingen zijn kan niet (409 "
            "`capacity_below_registered`). Afzeggen (`status: cancelled`) laat de aangemelden het weten. Na afloop "
            "de aantekeningen (`notes`) en besluiten (`decisions`)."
        ),
        opt=access(plan_meetings, target=meeting_from_path),
        responses=problems(409, 412, 428),
    )

    @get(
        "/calendar",
        operation_id="GetMeetingCalendar",
        summary="Eén bijeenkomst als .ics",
        opt=access(read_meetings, target=meeting_from_path),
        media_type=CALENDAR_MEDIA_TYPE,
    )
    async def calendar(self, request: Request[Any, Any, Any], db: Db, id: FromPath[UUID]) -> Response[bytes]:
        rows = await queries.calendar_rows(db, meeting_id=id)
        return _calendar(
            calendar_of(rows, rows[0]["title"], settings_of(request).server.base_url), "bijeenkomst"
        )

    @post(
        "/registrations",
        operation_id="RegisterForMeeting",
        summary="Aanmelden voor een bijeenkomst",
        description=(
            "Een plaats als er een vrij is, anders de wachtlijst (`status: waiting`, met `waitingPosition`); wie "
            "afmeldt maakt een plaats vrij voor de eerste op de wachtlijst. 409 `already_registered`, of "
            "`meeting_closed` als de bijeenkomst voorbij of afgezegd is."
        ),
        opt=access(take_part, target=meeting_from_path) | HOT_WRITE,
        responses=problems(409),
        response_headers=[LOCATION_HEADER],
    )
    async def register(self, request: Request[Any, Any, Any], uow: Uow) -> Response[RegistrationRead]:
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
        operation_id="CancelRegistration",
        summary="Afmelden",
        description="Door wie zich aanmeldde, of een medewerker. Een vrijgekomen plaats gaat naar de eerste op de wachtlijst.",
        opt=access(cancel_registration, target=registration_from_path) | HOT_WRITE,
        responses=problems(409),
    )
    async def cancel(self, request: Request[Any, Any, Any], uow: Uow) -> None:
        await services.cancel(uow, target_of(request))
