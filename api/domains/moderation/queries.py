"""The read side of moderation: the queue, decisions, appeals and blocks, straight from SQL.

The queue groups reports per item. A page is chosen first (open items by their oldest report,
resolved ones by the decision that closed them), then the reports of that page in one statement.
"""

from collections import Counter
from datetime import datetime
from functools import cache
from typing import Any
from uuid import UUID

from api.db.connection import Connection, Database
from api.domains.accounts.people import person_json
from api.domains.moderation.content import COLUMNS, SQL
from api.domains.moderation.models import ContentType
from api.domains.moderation.schemas import (
    ModerationAppealPage,
    ModerationAppealRead,
    ModerationDecisionRead,
    PostingBlockPage,
    PostingBlockRead,
    ReportedItemPage,
    ReportedItemRead,
    ReportStatus,
)
from api.lib.pagination import Keyset, Listing, Where
from api.lib.rows import from_row, from_rows

MAX_REPORTS_SHOWN = 50
_NAME = "coalesce({a}.display_name, 'verwijderde deelnemer')"


def _joins(t: str) -> str:
    """From moderation row ``t`` to each kind of content (only one of them matches)."""
    return "\n".join(sql.joins.format(t=t) for sql in SQL.values())


def _content(t: str) -> str:
    """The content moderation row ``t`` points at, as ``ModeratedContent`` JSON."""
    whens = " ".join(f"WHEN {t}.{kind.value}_id IS NOT NULL THEN {sql.read}" for kind, sql in SQL.items())
    return f"CASE {whens} END"


_CONTENT_ID = f"coalesce({', '.join(COLUMNS)})"
_DECISION = "json_build_object('id', d.id, 'action', d.action, 'publicReason', d.public_reason, 'createdAt', d.created_at)"


@cache
def _open_page() -> str:
    # Built on first use: the domains above moderation have registered their content by then.
    return f"""
WITH g AS (
    SELECT {", ".join(COLUMNS)}, {_CONTENT_ID} AS content_id,
           count(*) AS report_count, min(created_at) AS first_reported_at, max(created_at) AS last_reported_at
    FROM moderation_reports
    WHERE municipality_id = $municipality AND decision_id IS NULL
    GROUP BY {", ".join(COLUMNS)}
)
SELECT g.content_id, g.report_count, g.first_reported_at, g.last_reported_at, NULL AS decision,
       {_content("g")} AS content
FROM g {_joins("g")}
"""


_FIRST_REPORTED = Keyset(("g.first_reported_at", "g.content_id"), (datetime, UUID))
_OPEN_REPORTS = f"""
SELECT {_CONTENT_ID} AS content_id, id, reason, explanation, created_at
FROM moderation_reports
WHERE municipality_id = $1 AND decision_id IS NULL AND {_CONTENT_ID} = ANY($2::uuid[])
ORDER BY created_at, id
"""


@cache
def _resolved_page() -> str:
    return f"""
SELECT d.id AS decision_id, d.created_at AS resolved_at, {_DECISION} AS decision, {_content("d")} AS content
FROM moderation_decisions d {_joins("d")}
"""


_LATEST_RESOLVED = Keyset(
    ("d.created_at", "d.id"), (datetime, UUID), descending=True, names=("resolved_at", "decision_id")
)
_RESOLVED_REPORTS = """
SELECT decision_id, id, reason, explanation, created_at FROM moderation_reports
WHERE decision_id = ANY($1::uuid[]) ORDER BY created_at, id
"""


def _group(status: ReportStatus, row: Any, reports: list[dict[str, Any]]) -> ReportedItemRead:
    counts = Counter(r["reason"] for r in reports)
    return from_row(
        ReportedItemRead,
        {
            "status": status,
            "content": row["content"],
            "report_count": len(reports),
            "reasons": [
                {"reason": r, "count": n} for r, n in sorted(counts.items(), key=lambda i: (-i[1], i[0]))
            ],
            "reports": [
                {
                    "id": r["id"],
                    "reason": r["reason"],
                    "explanation": r["explanation"],
                    "createdAt": r["created_at"],
                }
                for r in reports[:MAX_REPORTS_SHOWN]
            ],
            "first_reported_at": reports[0]["created_at"],
            "last_reported_at": reports[-1]["created_at"],
            "decision": row["decision"],
        },
    )


def _by(key: str, rows: Any) -> dict[UUID, list[dict[str, Any]]]:
    grouped: dict[UUID, list[dict[str, Any]]] = {}
    for row in rows:
        grouped.setdefault(row[key], []).append(dict(row))
    return grouped


async def reported_items(
    db: Database, municipality_id: UUID, status: ReportStatus, *, limit: int, cursor: str
) -> ReportedItemPage:
    values = {"municipality": municipality_id}
    if status is ReportStatus.OPEN:
        page, next_cursor = await _FIRST_REPORTED.fetch(
            db, _open_page(), [], values, cursor=cursor, limit=limit
        )
        reports = _by(
            "content_id", await db.fetch(_OPEN_REPORTS, municipality_id, [r["content_id"] for r in page])
        )
        items = [_group(status, r, reports[r["content_id"]]) for r in page if r["content_id"] in reports]
    else:
        where = ["d.municipality_id = $municipality", "d.reports_resolved > 0"]
        page, next_cursor = await _LATEST_RESOLVED.fetch(
            db, _resolved_page(), where, values, cursor=cursor, limit=limit
        )
        reports = _by("decision_id", await db.fetch(_RESOLVED_REPORTS, [r["decision_id"] for r in page]))
        items = [_group(status, r, reports[r["decision_id"]]) for r in page if r["decision_id"] in reports]
    return ReportedItemPage(items=items, next_cursor=next_cursor)


@cache
def _decision_read() -> str:
    # Only a hidden thing with an author can be objected to, once: an anonymous poll answer and the
    # municipality's own comment have nobody who could.
    return f"""
SELECT s.*, s.action = 'hide' AND s.appeal IS NULL AND json_typeof(s.content -> 'author') = 'object' AS appealable
FROM (
    SELECT d.id, d.action, d.public_reason, d.reports_resolved, d.created_at, {_content("d")} AS content,
           CASE WHEN ap.id IS NULL THEN NULL ELSE json_build_object(
               'id', ap.id, 'explanation', ap.explanation, 'outcome', ap.outcome,
               'resolutionReason', ap.resolution_reason, 'createdAt', ap.created_at, 'resolvedAt', ap.resolved_at)
           END AS appeal
    FROM moderation_decisions d {_joins("d")} LEFT JOIN moderation_appeals ap ON ap.decision_id = d.id
    WHERE d.id = $1
) s
"""


async def decision(db: Database | Connection, decision_id: UUID) -> ModerationDecisionRead | None:
    row = await db.fetchrow(_decision_read(), decision_id)
    return from_row(ModerationDecisionRead, row) if row else None


@cache
def _appeal() -> str:
    return f"""
SELECT ap.id, ap.explanation, ap.outcome, ap.resolution_reason, ap.created_at, ap.resolved_at,
       {_DECISION} AS decision, {_content("d")} AS content
FROM moderation_appeals ap JOIN moderation_decisions d ON d.id = ap.decision_id {_joins("d")}
"""


_OPEN_APPEALS = Keyset(("ap.created_at", "ap.id"), (datetime, UUID))
_RESOLVED_APPEALS = Keyset(("ap.resolved_at", "ap.id"), (datetime, UUID), descending=True)


async def appeal(db: Database | Connection, appeal_id: UUID) -> ModerationAppealRead | None:
    row = await db.fetchrow(f"{_appeal()} WHERE ap.id = $1", appeal_id)
    return from_row(ModerationAppealRead, row) if row else None


async def appeals(
    db: Database, municipality_id: UUID, status: ReportStatus, *, limit: int, cursor: str
) -> ModerationAppealPage:
    is_open = status is ReportStatus.OPEN
    keyset = _OPEN_APPEALS if is_open else _RESOLVED_APPEALS
    where = ["ap.municipality_id = $municipality", f"ap.outcome IS {'' if is_open else 'NOT '}NULL"]
    rows, next_cursor = await keyset.fetch(
        db, _appeal(), where, {"municipality": municipality_id}, cursor=cursor, limit=limit
    )
    return ModerationAppealPage(items=from_rows(ModerationAppealRead, rows), next_cursor=next_cursor)


_BLOCK = f"""
SELECT b.id, b.municipality_id, b.reason, b.ends_at, b.created_at, (b.ends_at IS NULL OR b.ends_at > now()) AS active,
       json_build_object('id', a.id, 'displayName', {_NAME.format(a="a")}, 'email', a.email,
                         'emailVerified', a.email_verified_at IS NOT NULL) AS account,
       {person_json("bb", "b.municipality_id")} AS blocked_by
FROM posting_blocks b JOIN accounts a ON a.id = b.account_id LEFT JOIN accounts bb ON bb.id = b.blocked_by_id
"""


async def posting_block(db: Database | Connection, block_id: UUID) -> PostingBlockRead | None:
    row = await db.fetchrow(f"{_BLOCK} WHERE b.id = $1", block_id)
    return from_row(PostingBlockRead, row) if row else None


_NEWEST_BLOCK = Listing(
    _BLOCK, PostingBlockPage, Keyset(("b.created_at", "b.id"), (datetime, UUID), descending=True)
)


async def posting_blocks(db: Database, municipality_id: UUID, *, limit: int, cursor: str) -> PostingBlockPage:
    return await _NEWEST_BLOCK.read(
        db, Where("b.municipality_id = $municipality", municipality=municipality_id), cursor, limit
    )


async def open_reports(db: Database | Connection, kind: ContentType, ids: list[UUID]) -> dict[UUID, int]:
    """How many open reports each of these pieces of content has (absent: none)."""
    column = f"{kind.value}_id"
    rows = await db.fetch(
        f"""SELECT {column} AS id, count(*) AS n FROM moderation_reports
            WHERE {column} = ANY($1::uuid[]) AND decision_id IS NULL GROUP BY {column}""",
        ids,
    )
    return {r["id"]: r["n"] for r in rows}
