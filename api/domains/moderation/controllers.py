"""Moderation: reporting content, the staff queue, decisions with a reason, and appeals."""

from collections.abc import Awaitable, Callable
from typing import Annotated, Any

from litestar import Response, get, patch, post
from litestar.handlers import HTTPRouteHandler
from litestar.params import JSONBody, QueryParameter

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
from api.lib.ratelimit import per_person_hourly
from api.lib.routes import AnyRequest, Controller, PageOf, PathId, page_of_path
from api.settings import API_PREFIX

StatusParam = Annotated[
    ReportStatus,
    QueryParameter(name="status", description="Open (nog te beoordelen) of afgehandeld; standaard open."),
]
may_report = verified & (published | staff)


def _content(request: AnyRequest) -> Content:
    return target_of(request).fact(Content)


async def _report(request: AnyRequest, data: ModerationReportCreate, uow: Uow) -> ModerationReportRead:
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
        self: Any, request: AnyRequest, id: PathId, data: JSONBody[ModerationReportCreate], uow: Uow
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


def _queue(path: str, page: type[Any], query: Callable[..., Awaitable[Any]]) -> HTTPRouteHandler:
    """``GET path``: a page of a municipality's reports or appeals, open (oldest first) or handled."""
    return page_of_path(
        path,
        opt=access(staff, target=municipality_from_query()),
        page=page,
        query=query,
        of=PageOf.municipality(RequiredMunicipalityParam, name="municipality", default=""),
        filters={"status": (StatusParam, ReportStatus.OPEN)},
    )


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

    list_moderation_reports = _queue("/moderation-reports", ReportedItemPage, queries.reported_items)

    @post(
        "/moderation-decisions",
        opt=access(staff, target=content_from_body),
        responses=problems(409),
        response_headers=[LOCATION_HEADER],
    )
    async def create_moderation_decision(
        self, request: AnyRequest, data: JSONBody[ModerationDecisionCreate], uow: Uow
    ) -> Response[ModerationDecisionRead]:
        decision_id = await ModerationService(uow).decide(_content(request), data)
        found = await uow.read(queries.decision, decision_id)
        return Response(
            found, status_code=201, headers={"Location": f"{API_PREFIX}/moderation-decisions/{decision_id}"}
        )

    @get("/moderation-decisions/{id:uuid}", opt=access(author | staff, target=decision_from_path))
    async def get_moderation_decision(self, db: Db, id: PathId) -> ModerationDecisionRead:
        found = await queries.decision(db, id)
        assert found is not None
        return found

    @post(
        "/moderation-decisions/{id:uuid}/appeals",
        opt=access(author, target=decision_from_path),
        responses=problems(409),
    )
    async def create_moderation_appeal(
        self, id: PathId, data: JSONBody[ModerationAppealCreate], uow: Uow
    ) -> ModerationAppealRead:
        appeal_id = await ModerationService(uow).appeal(id, data)
        return await uow.read(queries.appeal, appeal_id)

    list_moderation_appeals = _queue("/moderation-appeals", ModerationAppealPage, queries.appeals)

    @patch(
        "/moderation-appeals/{id:uuid}", opt=access(staff, target=appeal_from_path), responses=problems(409)
    )
    async def resolve_moderation_appeal(
        self, id: PathId, data: JSONBody[ModerationAppealUpdate], uow: Uow
    ) -> ModerationAppealRead:
        await ModerationService(uow).resolve_appeal(id, data)
        return await uow.read(queries.appeal, id)
