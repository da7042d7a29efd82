"""Moderation: reporting content, the staff queue, decisions with a reason, and appeals."""

from collections.abc import Awaitable, Callable
from typing import Annotated, Any
from uuid import UUID

from litestar import Controller, Request, Response, get, patch, post
from litestar.handlers import HTTPRouteHandler
from litestar.params import FromPath, JSONBody, QueryParameter

from api.db.connection import Db
from api.db.uow import Uow
from api.domains.moderation import queries
from api.domains.moderation.content import Content
from api.domains.moderation.guards import (
    appeal_from_path,
    author,
    content_from_body,
    content_from_path,
    decision_from_path,
)
from api.domains.moderation.models import ContentType
from api.domains.moderation.schemas import (
    ModerationAppealCreate,
    ModerationAppealPage,
    ModerationAppealRead,
    ModerationAppealUpdate,
    ModerationDecisionCreate,
    ModerationDecisionRead,
    ModerationReportCreate,
    ModerationReportRead,
    ReportedItemPage,
    ReportStatus,
)
from api.domains.moderation.services import ModerationService
from api.domains.municipalities.guards import municipality_from_query
from api.domains.municipalities.schemas import RequiredMunicipalityParam
from api.domains.opgaven.guards import published
from api.lib.access import Person, access, principal_of, staff, target_of, verified
from api.lib.etag import LOCATION_HEADER
from api.lib.http import settings_of
from api.lib.openapi import problems
from api.lib.pagination import LINK_HEADER, Cursor, Limit, page_response
from api.lib.ratelimit import per_person_hourly
from api.settings import API_PREFIX

StatusParam = Annotated[
    ReportStatus,
    QueryParameter(name="status", description="Open (nog te beoordelen) of afgehandeld; standaard open."),
]
may_report = verified & (published | staff)


def _content(request: Request[Any, Any, Any]) -> Content:
    return target_of(request).fact(Content)


def _municipality(request: Request[Any, Any, Any]) -> UUID:
    municipality_id = target_of(request).municipality_id
    assert municipality_id is not None
    return municipality_id


async def _report(
    request: Request[Any, Any, Any], data: ModerationReportCreate, uow: Uow
) -> ModerationReportRead:
    content = _content(request)
    person = principal_of(request)
    assert isinstance(person, Person)
    await per_person_hourly(
        uow, "report", person.account_id, settings_of(request).participation.reports_per_hour
    )
    report = await ModerationService(uow).report(content, data)
    return ModerationReportRead(
        id=report.id,
        content_type=content.type,
        content_id=content.id,
        reason=report.reason,
        explanation=report.explanation,
        status=ReportStatus.OPEN,
        created_at=report.created_at,
    )


_REPORT_DOC = (
    "Eén open melding per persoon per {noun}; een tweede geeft 409 `already_reported`, "
    "een verborgen {noun} melden geeft 409 `already_hidden`. Hoogstens `LIMIT_REPORTS_PER_HOUR` "
    "meldingen per persoon per uur (standaard 30), daarna 429."
)


def _report_route(
    path: str, operation_id: str, summary: str, noun: str, content_type: ContentType
) -> HTTPRouteHandler:
    """``POST path``: report the comment or idea of the path."""

    async def handler(
        self: Any,
        request: Request[Any, Any, Any],
        id: FromPath[UUID],
        data: JSONBody[ModerationReportCreate],
        uow: Uow,
    ) -> ModerationReportRead:
        return await _report(request, data, uow)

    handler.__name__ = handler.__qualname__ = f"report_{noun}"
    return post(
        path,
        operation_id=operation_id,
        summary=summary,
        description=_REPORT_DOC.format(noun=noun),
        opt=access(may_report, target=content_from_path(content_type)),
        responses=problems(409, 429),
    )(handler)


def _queue(
    path: str, page_type: type[Any], query: Callable[..., Awaitable[Any]], **route: Any
) -> HTTPRouteHandler:
    """``GET path``: a page of a municipality's reports or appeals, open (oldest first) or handled."""

    async def handler(
        self: Any,
        request: Request[Any, Any, Any],
        db: Db,
        municipality: RequiredMunicipalityParam = "",
        status: StatusParam = ReportStatus.OPEN,
        limit: Limit = 20,
        cursor: Cursor = "",
    ) -> Response[Any]:
        page = await query(db, _municipality(request), status, limit=limit, cursor=cursor)
        return page_response(request, page)

    handler.__annotations__["return"] = Response[page_type]  # type: ignore[valid-type]
    handler.__name__ = handler.__qualname__ = query.__name__
    return get(
        path, opt=access(staff, target=municipality_from_query()), response_headers=[LINK_HEADER], **route
    )(handler)


class ReportController(Controller):
    """Inhoud melden bij de moderatie."""

    path = ""
    tags = ["Moderatie"]

    report_comment = _report_route(
        "/comments/{id:uuid}/reports", "ReportComment", "Een reactie melden", "reactie", ContentType.COMMENT
    )
    report_proposal = _report_route(
        "/proposals/{id:uuid}/reports", "ReportProposal", "Een idee melden", "idee", ContentType.PROPOSAL
    )


class ModerationController(Controller):
    """De wachtrij van de moderatie, besluiten en bezwaren."""

    path = ""
    tags = ["Moderatie"]

    list_reports = _queue(
        "/moderation-reports",
        ReportedItemPage,
        queries.reported_items,
        operation_id="ListModerationReports",
        summary="De meldingen van een gemeente, per gemeld idee of gemelde reactie",
        description=(
            "Open: wat nog beoordeeld moet worden, oudste melding eerst, met de inhoud (ook als die verborgen is), "
            "de schrijver, de redenen en hun aantallen. Afgehandeld: per besluit, laatste eerst. Wie meldde blijft buiten beeld."
        ),
    )

    @post(
        "/moderation-decisions",
        operation_id="CreateModerationDecision",
        summary="Besluiten over een idee of reactie",
        description=(
            "`hide` verbergt de inhoud met een openbare reden, `restore` maakt haar weer zichtbaar, `dismiss` wijst de "
            "meldingen af zonder iets te veranderen. Het besluit sluit alle open meldingen over de inhoud; de schrijver "
            "hoort bij verbergen en terugzetten wat er gebeurde en waarom. Conflicten: `already_hidden`, `not_hidden`, "
            "`no_open_reports`."
        ),
        opt=access(staff, target=content_from_body),
        responses=problems(409),
        response_headers=[LOCATION_HEADER],
    )
    async def decide(
        self, request: Request[Any, Any, Any], data: JSONBody[ModerationDecisionCreate], uow: Uow
    ) -> Response[ModerationDecisionRead]:
        decision_id = await ModerationService(uow).decide(_content(request), data)
        found = await uow.read(queries.decision, decision_id)
        return Response(
            found, status_code=201, headers={"Location": f"{API_PREFIX}/moderation-decisions/{decision_id}"}
        )

    @get(
        "/moderation-decisions/{id:uuid}",
        operation_id="GetModerationDecision",
        summary="Eén moderatiebesluit",
        description="Voor de schrijver van de inhoud (wat er besloten is, en waarom) en de moderatie.",
        opt=access(author | staff, target=decision_from_path),
    )
    async def get_decision(self, db: Db, id: FromPath[UUID]) -> ModerationDecisionRead:
        found = await queries.decision(db, id)
        assert found is not None
        return found

    @post(
        "/moderation-decisions/{id:uuid}/appeals",
        operation_id="CreateModerationAppeal",
        summary="Bezwaar maken tegen een besluit over mijn inhoud",
        description=(
            "Alleen de schrijver, één keer per besluit (anders 409 `already_appealed`), en alleen tegen verbergen "
            "(anders 409 `not_appealable`)."
        ),
        opt=access(author, target=decision_from_path),
        responses=problems(409),
    )
    async def appeal(
        self, id: FromPath[UUID], data: JSONBody[ModerationAppealCreate], uow: Uow
    ) -> ModerationAppealRead:
        appeal_id = await ModerationService(uow).appeal(id, data)
        return await uow.read(queries.appeal, appeal_id)

    list_appeals = _queue(
        "/moderation-appeals",
        ModerationAppealPage,
        queries.appeals,
        operation_id="ListModerationAppeals",
        summary="De bezwaren in een gemeente",
        description="Open: oudste eerst. Afgehandeld: laatst afgehandeld eerst.",
    )

    @patch(
        "/moderation-appeals/{id:uuid}",
        operation_id="ResolveModerationAppeal",
        summary="Een bezwaar afhandelen",
        description=(
            "`upheld`: het besluit blijft staan. `overturned`: de inhoud wordt weer zichtbaar (als een nieuw besluit "
            "`restore`). De schrijver krijgt de uitkomst met de toelichting. Eén keer: daarna 409 `already_resolved`, "
            "dus een If-Match is niet nodig."
        ),
        opt=access(staff, target=appeal_from_path),
        responses=problems(409),
    )
    async def resolve_appeal(
        self, id: FromPath[UUID], data: JSONBody[ModerationAppealUpdate], uow: Uow
    ) -> ModerationAppealRead:
        await ModerationService(uow).resolve_appeal(id, data)
        return await uow.read(queries.appeal, id)
