"""Quick polls: preparing, opening and closing them, answering, the results (also as CSV), and
moderating open answers."""

from dataclasses import dataclass
from typing import Annotated, Any
from uuid import UUID

from litestar import Response, get, patch, post
from litestar.openapi.spec import OpenAPIMediaType, OpenAPIResponse, OpenAPIType, Operation, Schema
from litestar.params import JSONBody, QueryParameter

from api.db.connection import Db
from api.db.uow import HOT_WRITE, Uow
from api.domains.moderation.content import Content, find_content
from api.domains.moderation.models import ContentType
from api.domains.moderation.schemas import ModerationDecisionCreate, ModerationReportCreate, ModerationTarget
from api.domains.moderation.services import ModerationService
from api.domains.opgaven.guards import opgave_from_path, published
from api.domains.polls import queries, services
from api.domains.polls.guards import (
    PollFacts,
    answer_from_path,
    answer_polls,
    poll_from_path,
    read_polls,
    report_answers,
    run_polls,
)
from api.domains.polls.schemas import (
    MyPollResponse,
    OpenAnswerPage,
    OpenAnswerRead,
    PollAnswerDecisionCreate,
    PollAnswerReportCreate,
    PollAnswerReportRead,
    PollCreate,
    PollPage,
    PollRead,
    PollResponseCreate,
    PollResults,
    PollUpdate,
)
from api.domains.polls.services import PollService
from api.lib.access import access, person_of, principal_of, scope, signed_in, staff, target_of
from api.lib.errors import Conflict, NotFound
from api.lib.etag import ETAG_HEADER, LOCATION_HEADER, IfMatch, with_etag
from api.lib.http import settings_of
from api.lib.openapi import problems
from api.lib.pagination import LINK_HEADER, Cursor, Limit, page_response
from api.lib.ratelimit import per_person_hourly
from api.lib.routes import AnyRequest, Controller, Filter, PathId, page_of_path
from api.settings import API_PREFIX

MEETING: Filter = (
    Annotated[
        UUID | None, QueryParameter(name="meeting", description="Alleen de peilingen bij deze bijeenkomst.")
    ],
    None,
)
QuestionParam = Annotated[
    UUID | None, QueryParameter(name="question", description="Alleen de antwoorden op deze vraag.")
]
read_opgave_polls = published | staff | scope("opgaven:read")


def _staff(request: AnyRequest) -> bool:
    return staff.allows(principal_of(request), target_of(request))


def _secret(request: AnyRequest) -> bytes:
    return request.app.state.poll_secret  # type: ignore[no-any-return]


async def _answer(db: Any, answer_id: UUID) -> Content:
    found = await find_content(db, ContentType.POLL_ANSWER, answer_id)
    if found is None:
        raise NotFound("Dit antwoord bestaat niet.")
    return found


async def _poll(db: Any, poll_id: UUID) -> PollRead:
    found = await queries.get_poll(db, poll_id)
    if found is None:
        raise NotFound("Deze peiling bestaat niet.")
    return found[0]


@dataclass
class CsvOperation(Operation):
    """The download answers CSV; Litestar documents a bytes body as an untyped JSON one."""

    def __post_init__(self) -> None:
        ok = self.responses["200"] if self.responses else None
        if isinstance(ok, OpenAPIResponse):
            ok.description = "De uitslag als bijlage."
            ok.content = {
                "text/csv": OpenAPIMediaType(
                    schema=Schema(
                        type=OpenAPIType.STRING,
                        description="RFC 4180, UTF-8, met een kopregel: "
                        + ", ".join(f"`{c}`" for c in queries.CSV_COLUMNS)
                        + ".",
                    )
                )
            }


class OpgavePollController(Controller):
    """De peilingen van een opgave."""

    path = "/opgaven/{id:uuid}/polls"
    tags = ["Peilingen"]
    target = opgave_from_path

    list_polls = page_of_path(
        "",
        opt=access(read_opgave_polls),
        page=PollPage,
        query=queries.list_polls,
        from_request={"staff": _staff},
        filters={"meeting": MEETING},
    )

    @post("", opt=access(run_polls), response_headers=[ETAG_HEADER, LOCATION_HEADER])
    async def create_poll(
        self, request: AnyRequest, id: PathId, data: JSONBody[PollCreate], uow: Uow
    ) -> Response[PollRead]:
        poll_id = await PollService(uow).create(target_of(request), data)
        found = await uow.read(queries.get_poll, poll_id)
        return with_etag(*found, status_code=201, location=f"{API_PREFIX}/polls/{poll_id}")


class PollController(Controller):
    """Eén peiling: haar vragen, uw antwoord en de uitslag."""

    path = "/polls/{id:uuid}"
    tags = ["Peilingen"]
    target = poll_from_path

    @get("", opt=access(read_polls), response_headers=[ETAG_HEADER])
    async def get_poll(self, db: Db, id: PathId) -> Response[PollRead]:
        found = await queries.get_poll(db, id)
        if found is None:
            raise NotFound("Deze peiling bestaat niet.")
        return with_etag(*found)

    @patch("", opt=access(run_polls), responses=problems(409, 412, 428), response_headers=[ETAG_HEADER])
    async def update_poll(
        self, request: AnyRequest, id: PathId, data: JSONBody[PollUpdate], uow: Uow, if_match: IfMatch = ""
    ) -> Response[PollRead]:
        await PollService(uow).update(target_of(request), id, data, if_match)
        return with_etag(*await uow.read(queries.get_poll, id))

    @post("/responses", status_code=200, opt=access(answer_polls) | HOT_WRITE, responses=problems(409, 429))
    async def answer_poll(
        self, request: AnyRequest, id: PathId, data: JSONBody[PollResponseCreate], uow: Uow
    ) -> Response[MyPollResponse]:
        person = person_of(request)
        created = await services.answer(uow, target_of(request), person, data, _secret(request))
        poll = await uow.read(queries.get_poll, id)
        mine = await queries.my_response(await uow.connection(), poll[0], person.account_id, _secret(request))
        return Response(mine, status_code=201 if created else 200)

    @get("/responses/mine", opt=access(signed_in & read_polls))
    async def get_my_poll_response(self, request: AnyRequest, db: Db, id: PathId) -> MyPollResponse:
        return await queries.my_response(
            db, await _poll(db, id), person_of(request).account_id, _secret(request)
        )

    @get("/results", opt=access(read_polls), responses=problems(409))
    async def get_poll_results(self, request: AnyRequest, db: Db, id: PathId) -> PollResults:
        poll = await _poll(db, id)
        queries.check_results_visible(poll, _staff(request))
        return await queries.results(db, poll)

    @get("/results/export", opt=access(read_polls), responses=problems(409), operation_class=CsvOperation)
    async def export_poll_results(self, request: AnyRequest, db: Db, id: PathId) -> Response[bytes]:
        poll = await _poll(db, id)
        queries.check_results_visible(poll, _staff(request))
        found = await queries.results(db, poll)
        return Response(
            await queries.results_csv(db, poll, found),
            media_type="text/csv; charset=utf-8",
            headers={"Content-Disposition": f'attachment; filename="peiling-{id}.csv"'},
        )

    @get("/open-answers", opt=access(read_polls), responses=problems(409), response_headers=[LINK_HEADER])
    async def list_open_answers(
        self,
        request: AnyRequest,
        db: Db,
        id: PathId,
        question: QuestionParam = None,
        limit: Limit = 20,
        cursor: Cursor = "",
    ) -> Response[OpenAnswerPage]:
        poll = await _poll(db, id)
        is_staff = _staff(request)
        queries.check_results_visible(poll, is_staff)
        if poll.anonymous:
            await queries.results(db, poll)  # the same threshold as the counts
        page = await queries.open_answers(
            db, id, question=question, staff=is_staff, limit=limit, cursor=cursor
        )
        return page_response(request, page)


class PollAnswerController(Controller):
    """Open antwoorden worden gemodereerd zoals reacties, in dezelfde wachtrij: melden, verbergen met
    een reden, weer tonen; de schrijver van een antwoord op naam kan bezwaar maken. Deze twee routes
    zijn dunne wrappers om de moderatie (`CreateModerationDecision` met `target.type` `poll_answer`
    doet hetzelfde als `ModeratePollAnswer`)."""

    path = "/poll-answers/{id:uuid}"
    tags = ["Peilingen"]
    target = answer_from_path

    @post("/reports", status_code=201, opt=access(report_answers), responses=problems(409, 429))
    async def report_poll_answer(
        self, request: AnyRequest, id: PathId, data: JSONBody[PollAnswerReportCreate], uow: Uow
    ) -> PollAnswerReportRead:
        connection = await uow.connection()
        poll = await _poll(connection, target_of(request).fact(PollFacts).poll_id)
        try:
            queries.check_results_visible(poll, _staff(request))
        except Conflict:
            # Only what the reporter can see can be reported: anything else is not there for them.
            raise NotFound("Dit antwoord bestaat niet.") from None
        await per_person_hourly(
            uow, "report", person_of(request).account_id, settings_of(request).participation.reports_per_hour
        )
        report = await ModerationService(uow).report(
            await _answer(connection, id),
            ModerationReportCreate(reason=data.reason, explanation=data.explanation),
        )
        return PollAnswerReportRead(
            id=report.id, answer_id=id, reason=report.reason, created_at=report.created_at
        )

    @post("/moderation-decisions", status_code=200, opt=access(run_polls), responses=problems(409))
    async def moderate_poll_answer(
        self, id: PathId, data: JSONBody[PollAnswerDecisionCreate], uow: Uow
    ) -> OpenAnswerRead:
        connection = await uow.connection()
        await ModerationService(uow).decide(
            await _answer(connection, id),
            ModerationDecisionCreate(
                target=ModerationTarget(type=ContentType.POLL_ANSWER, id=id),
                action=data.action,
                public_reason=data.public_reason,
            ),
        )
        found = await queries.open_answer(connection, id)
        assert found is not None
        return found
