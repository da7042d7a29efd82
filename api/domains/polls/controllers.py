"""Quick polls: preparing, opening and closing them, answering, the results (also as CSV), and
moderating open answers."""

from dataclasses import dataclass
from typing import Annotated, Any
from uuid import UUID

from litestar import Controller, Request, Response, get, patch, post
from litestar.openapi.spec import OpenAPIMediaType, OpenAPIResponse, OpenAPIType, Operation, Schema
from litestar.params import FromPath, JSONBody, QueryParameter

from api.db.connection import Db
from api.db.uow import HOT_WRITE, Uow
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
from api.settings import API_PREFIX

MeetingParam = Annotated[
    UUID | None, QueryParameter(name="meeting", description="Alleen de peilingen bij deze bijeenkomst.")
]
QuestionParam = Annotated[
    UUID | None, QueryParameter(name="question", description="Alleen de antwoorden op deze vraag.")
]
read_opgave_polls = published | staff | scope("opgaven:read")


def _staff(request: Request[Any, Any, Any]) -> bool:
    return staff.allows(principal_of(request), target_of(request))


def _secret(request: Request[Any, Any, Any]) -> bytes:
    return request.app.state.poll_secret  # type: ignore[no-any-return]


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

    @get(
        "",
        operation_id="ListPolls",
        summary="De peilingen van een opgave",
        description="Oudste eerst; concepten alleen voor medewerkers. Met `meeting` alleen die van één bijeenkomst.",
        opt=access(read_opgave_polls, target=opgave_from_path),
        response_headers=[LINK_HEADER],
    )
    async def list_polls(
        self,
        request: Request[Any, Any, Any],
        db: Db,
        id: FromPath[UUID],
        meeting: MeetingParam = None,
        limit: Limit = 20,
        cursor: Cursor = "",
    ) -> Response[PollPage]:
        page = await queries.list_polls(
            db, id, staff=_staff(request), meeting=meeting, limit=limit, cursor=cursor
        )
        return page_response(request, page)

    @post(
        "",
        operation_id="CreatePoll",
        summary="Een peiling voorbereiden",
        description=(
            "Hoogstens 20 vragen: enkele of meervoudige keuze (2 tot 10 opties), een schaal (van 0 of 1 tot "
            "hoogstens 10, met labels) of een open vraag. Ze begint als concept; openen gaat met "
            "`PATCH /polls/{id}` en `status: open`."
        ),
        opt=access(run_polls, target=opgave_from_path),
        response_headers=[ETAG_HEADER, LOCATION_HEADER],
    )
    async def create(
        self, request: Request[Any, Any, Any], id: FromPath[UUID], data: JSONBody[PollCreate], uow: Uow
    ) -> Response[PollRead]:
        poll_id = await PollService(uow).create(target_of(request), data)
        found = await uow.read(queries.get_poll, poll_id)
        return with_etag(*found, status_code=201, location=f"{API_PREFIX}/polls/{poll_id}")


class PollController(Controller):
    """Eén peiling: haar vragen, uw antwoord en de uitslag."""

    path = "/polls/{id:uuid}"
    tags = ["Peilingen"]

    @get(
        "",
        operation_id="GetPoll",
        summary="Eén peiling",
        description="Met haar vragen; een concept bestaat alleen voor medewerkers.",
        opt=access(read_polls, target=poll_from_path),
        response_headers=[ETAG_HEADER],
    )
    async def get_poll(self, db: Db, id: FromPath[UUID]) -> Response[PollRead]:
        found = await queries.get_poll(db, id)
        if found is None:
            raise NotFound("Deze peiling bestaat niet.")
        return with_etag(*found)

    @patch(
        "",
        operation_id="UpdatePoll",
        summary="Een peiling wijzigen, openen of sluiten",
        description=(
            "Een concept verandert vrij; `status: open` opent het, `status: closed` sluit een open peiling "
            "(409 `invalid_transition` anders). Van een open peiling blijven de vragen en `anonymous` vast; "
            "een gesloten peiling is af (409 `poll_closed`). Openen en sluiten horen de volgers van de opgave."
        ),
        opt=access(run_polls, target=poll_from_path),
        responses=problems(409, 412, 428),
        response_headers=[ETAG_HEADER],
    )
    async def update(
        self,
        request: Request[Any, Any, Any],
        id: FromPath[UUID],
        data: JSONBody[PollUpdate],
        uow: Uow,
        if_match: IfMatch = "",
    ) -> Response[PollRead]:
        await PollService(uow).update(target_of(request), id, data, if_match)
        return with_etag(*await uow.read(queries.get_poll, id))

    @post(
        "/responses",
        operation_id="AnswerPoll",
        summary="Een peiling beantwoorden (of uw antwoord wijzigen)",
        description=(
            "Eén antwoord per persoon. Op naam: opnieuw insturen vervangt het vorige, tot de sluiting (201 de "
            "eerste keer, daarna 200). Anoniem: wie wat antwoordde wordt nergens bewaard, dus een tweede "
            "antwoord is 409 `already_answered`. 409 `poll_not_open` of `poll_closed` buiten de openingstijd; "
            "hoogstens 60 per persoon per uur (429)."
        ),
        status_code=200,
        opt=access(answer_polls, target=poll_from_path) | HOT_WRITE,
        responses=problems(409, 429),
    )
    async def answer(
        self,
        request: Request[Any, Any, Any],
        id: FromPath[UUID],
        data: JSONBody[PollResponseCreate],
        uow: Uow,
    ) -> Response[MyPollResponse]:
        person = person_of(request)
        created = await services.answer(uow, target_of(request), person, data, _secret(request))
        poll = await uow.read(queries.get_poll, id)
        mine = await queries.my_response(await uow.connection(), poll[0], person.account_id, _secret(request))
        return Response(mine, status_code=201 if created else 200)

    @get(
        "/responses/mine",
        operation_id="GetMyPollResponse",
        summary="Uw eigen antwoord",
        description="Of u antwoordde, en bij een peiling op naam wat; bij een anonieme peiling niet, want dat weet niemand.",
        opt=access(signed_in & read_polls, target=poll_from_path),
    )
    async def mine(self, request: Request[Any, Any, Any], db: Db, id: FromPath[UUID]) -> MyPollResponse:
        return await queries.my_response(
            db, await _poll(db, id), person_of(request).account_id, _secret(request)
        )

    @get(
        "/results",
        operation_id="GetPollResults",
        summary="De uitslag van een peiling",
        description=(
            "Per vraag hoe vaak elke optie of elk punt van de schaal gekozen werd; verborgen open antwoorden "
            "tellen niet mee. Voor iedereen na de sluiting; medewerkers zien een peiling op naam al terwijl ze "
            "loopt (409 `results_not_yet`). Een anonieme peiling met minder dan 5 antwoorden toont niets "
            "(409 `too_few_responses`)."
        ),
        opt=access(read_polls, target=poll_from_path),
        responses=problems(409),
    )
    async def results(self, request: Request[Any, Any, Any], db: Db, id: FromPath[UUID]) -> PollResults:
        poll = await _poll(db, id)
        queries.check_results_visible(poll, _staff(request))
        return await queries.results(db, poll)

    @get(
        "/results/export",
        operation_id="ExportPollResults",
        summary="De uitslag van een peiling als CSV",
        description=(
            "Dezelfde uitslag als `GET /polls/{id}/results`, als CSV: een regel per optie of punt van de schaal "
            "met het aantal, en een regel per zichtbaar open antwoord. Nooit wie, noch welke antwoorden van één "
            "persoon kwamen. Een tekst die een spreadsheet als formule zou uitvoeren, begint met `'`."
        ),
        opt=access(read_polls, target=poll_from_path),
        responses=problems(409),
        operation_class=CsvOperation,
    )
    async def export(self, request: Request[Any, Any, Any], db: Db, id: FromPath[UUID]) -> Response[bytes]:
        poll = await _poll(db, id)
        queries.check_results_visible(poll, _staff(request))
        found = await queries.results(db, poll)
        return Response(
            await queries.results_csv(db, poll, found),
            media_type="text/csv; charset=utf-8",
            headers={"Content-Disposition": f'attachment; filename="peiling-{id}.csv"'},
        )

    @get(
        "/open-answers",
        operation_id="ListOpenAnswers",
        summary="De antwoorden op de open vragen",
        description=(
            "Wanneer de uitslag te zien is (zie `GetPollResults`). Verborgen antwoorden alleen voor medewerkers, "
            "met de reden en het aantal open meldingen; de volgorde is willekeurig, nooit die van binnenkomst."
        ),
        opt=access(read_polls, target=poll_from_path),
        responses=problems(409),
        response_headers=[LINK_HEADER],
    )
    async def open_answers(
        self,
        request: Request[Any, Any, Any],
        db: Db,
        id: FromPath[UUID],
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
    """Open antwoorden modereren zoals reacties: melden, verbergen met een reden, weer tonen."""

    path = "/poll-answers/{id:uuid}"
    tags = ["Peilingen"]

    @post(
        "/reports",
        operation_id="ReportPollAnswer",
        summary="Een open antwoord melden",
        description=(
            "Eén open melding per persoon per antwoord (409 `already_reported`); een verborgen antwoord melden "
            "is 409 `already_hidden`. Alleen een antwoord dat u kunt zien. Hoogstens `LIMIT_REPORTS_PER_HOUR` "
            "meldingen per persoon per uur (429)."
        ),
        status_code=201,
        opt=access(report_answers, target=answer_from_path) | HOT_WRITE,
        responses=problems(409, 429),
    )
    async def report(
        self, request: Request[Any, Any, Any], data: JSONBody[PollAnswerReportCreate], uow: Uow
    ) -> PollAnswerReportRead:
        target = target_of(request)
        poll = await _poll(await uow.connection(), target.fact(PollFacts).poll_id)
        try:
            queries.check_results_visible(poll, _staff(request))
        except Conflict:
            # Only what the reporter can see can be reported: anything else is not there for them.
            raise NotFound("Dit antwoord bestaat niet.") from None
        row = await services.report(
            uow, target, person_of(request), data, settings_of(request).participation.reports_per_hour
        )
        return PollAnswerReportRead(
            id=row["id"], answer_id=row["answer_id"], reason=row["reason"], created_at=row["created_at"]
        )

    @post(
        "/moderation-decisions",
        operation_id="ModeratePollAnswer",
        summary="Over een open antwoord besluiten",
        description=(
            "`hide` met een reden die iedereen ziet (409 `already_hidden`), `restore` (409 `not_hidden`) of "
            "`dismiss` (409 `no_open_reports`); elk sluit de open meldingen. Een verborgen antwoord telt niet "
            "mee in de uitslag en staat niet in de CSV."
        ),
        status_code=200,
        opt=access(run_polls, target=answer_from_path) | HOT_WRITE,
        responses=problems(409),
    )
    async def decide(
        self, request: Request[Any, Any, Any], data: JSONBody[PollAnswerDecisionCreate], uow: Uow
    ) -> OpenAnswerRead:
        target = target_of(request)
        await services.decide(uow, target, data)
        found = await queries.open_answer(await uow.connection(), target.fact(PollFacts).answer_id)
        assert found is not None
        return found
