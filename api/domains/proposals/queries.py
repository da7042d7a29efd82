"""The read side of proposals: one statement per page, counts from their columns."""

import re
from dataclasses import dataclass
from datetime import datetime
from typing import Any
from uuid import UUID

from api.db.connection import Connection, Database
from api.db.sql import bind
from api.domains.accounts.people import person
from api.domains.opgaven.refs import action_line_ref
from api.domains.organisations.refs import organisation_ref
from api.domains.proposals.models import ProposalStatus
from api.domains.proposals.schemas import (
    ProposalPage,
    ProposalRead,
    ProposalSort,
    SimilarProposal,
    SimilarProposalList,
    WijkCount,
    WijkCountList,
)
from api.lib.pagination import Keyset, Where
from api.lib.rows import from_rows
from api.lib.visibility import Viewer

# $viewer: the account looking (or NULL); $staff: municipalities where the viewer is staff. What the
# moderation hid keeps its place, not its words: the one rule, proposal_shown (api.lib.visibility).
_SHOWN = "proposal_shown(p, $viewer, $staff)"
_COLUMNS = f"""
p.id, p.opgave_id, p.status, p.support_count, p.comment_count, p.trending_count, p.hidden, p.hidden_reason,
p.created_at, p.updated_at, proposal_title(p, $viewer, $staff) AS title,
CASE WHEN {_SHOWN} THEN p.body ELSE '' END AS body,
{person("p.author_id", "p.municipality_id")} AS author,
{organisation_ref("p.organisation_id")} AS organisation,
{action_line_ref("p.action_line_id")} AS action_line,
CASE WHEN p.latitude IS NULL OR NOT {_SHOWN} THEN NULL
     ELSE json_build_object('latitude', p.latitude::float8, 'longitude', p.longitude::float8) END AS location,
CASE WHEN {_SHOWN} THEN p.address END AS address,
CASE WHEN p.wijk_code IS NOT NULL AND {_SHOWN}
     THEN json_build_object('code', p.wijk_code, 'name', p.wijk_name) END AS wijk,
CASE WHEN p.buurt_code IS NOT NULL AND {_SHOWN}
     THEN json_build_object('code', p.buurt_code, 'name', p.buurt_name) END AS buurt,
CASE WHEN p.responded_at IS NULL THEN NULL ELSE json_build_object(
    'text', coalesce(p.response_text, ''), 'respondedAt', p.responded_at,
    'respondedBy', {person("p.responded_by_id", "p.municipality_id")}
) END AS response,
EXISTS (SELECT 1 FROM supports s WHERE s.proposal_id = p.id AND s.account_id = $viewer) AS supported_by_me,
coalesce((SELECT json_agg(json_build_object('id', t.id, 'title', t.title) ORDER BY t.created_at)
          FROM task_proposals tp JOIN tasks t ON t.id = tp.task_id WHERE tp.proposal_id = p.id), '[]') AS tasks
"""

_FROM = "FROM proposals p"

# Per sort: the order, which the cursor names so that it is refused in another order.
_SORTS: dict[ProposalSort, Keyset] = {
    sort: Keyset((column, "p.id"), (key_type, UUID), descending=descending, tag=sort.value)
    for sort, column, key_type, descending in [
        (ProposalSort.NEWEST, "p.created_at", datetime, True),
        (ProposalSort.OLDEST, "p.created_at", datetime, False),
        (ProposalSort.MOST_SUPPORTED, "p.support_count", int, True),
        (ProposalSort.MOST_DISCUSSED, "p.comment_count", int, True),
        (ProposalSort.TRENDING, "p.trending_count", int, True),
    ]
}


@dataclass(frozen=True)
class ProposalFilter:
    municipality_id: UUID | None = None
    opgave_id: UUID | None = None
    author_id: UUID | None = None
    status: ProposalStatus | None = None
    action_line_id: UUID | None = None
    q: str = ""
    updated_since: datetime | None = None
    wijk_code: str | None = None


def list_statement(
    filters: ProposalFilter, viewer: Viewer, sort: ProposalSort, after: list[Any] | None, limit: int
) -> tuple[str, list[Any]]:
    where = Where(**viewer.values()).given(
        {
            "p.municipality_id = $municipality": filters.municipality_id,
            "p.opgave_id = $opgave": filters.opgave_id,
            "p.author_id = $author": filters.author_id,
            "p.status = $status": filters.status,
            "p.action_line_id = $line": filters.action_line_id,
            "p.updated_at >= $updated": filters.updated_since,
            # Where a hidden idea is, is masked: it matches no wijk for those who may not read it.
            f"p.wijk_code = $wijk AND {_SHOWN}": filters.wijk_code,
            # Hidden words match nothing for those who may not read them.
            f"p.search @@ websearch_to_tsquery('dutch', $q) AND {_SHOWN}": filters.q or None,
        }
    )
    return _SORTS[sort].statement(
        f"SELECT {_COLUMNS} {_FROM}", where.conditions, where.values, after=after, limit=limit
    )


async def list_proposals(
    db: Database, filters: ProposalFilter, viewer: Viewer, *, sort: ProposalSort, limit: int, cursor: str
) -> ProposalPage:
    keyset = _SORTS[sort]
    sql, args = list_statement(filters, viewer, sort, keyset.decode(cursor), limit)
    rows, next_cursor = keyset.page(await db.fetch(sql, *args), limit)
    return ProposalPage(items=from_rows(ProposalRead, rows), next_cursor=next_cursor)


async def get_proposal(
    db: Database | Connection, proposal_id: UUID, viewer: Viewer
) -> tuple[ProposalRead, int] | None:
    sql, args = bind(
        f"SELECT {_COLUMNS}, p.version {_FROM} WHERE p.id = $id",
        {"id": proposal_id, **viewer.values()},
    )
    row = await db.fetchrow(sql, *args)
    return (from_rows(ProposalRead, [row])[0], row["version"]) if row else None


_WORD = re.compile(r"[^\W\d_]{3,}", re.UNICODE)


async def similar(db: Database, opgave_id: UUID, text: str) -> SimilarProposalList:
    """Ideas sharing the most (stemmed) words with ``text``: any word counts, rarer matches rank higher.
    What the moderation hid is left out for everyone, its author and staff too: this list is for
    someone about to write an idea, to join one that already stands."""
    words = list(dict.fromkeys(w.lower() for w in _WORD.findall(text)))[:30]
    if not words:
        return SimilarProposalList(items=[])
    rows = await db.fetch(
        """
        WITH query AS (
            SELECT to_tsquery('dutch', string_agg(quote_literal(word), ' | ')) AS q
            FROM unnest($2::text[]) AS word
            WHERE numnode(to_tsquery('dutch', quote_literal(word))) > 0
        )
        SELECT p.id, p.title, p.status, p.support_count
        FROM proposals p, query
        WHERE p.opgave_id = $1 AND proposal_shown(p, NULL, NULL) AND p.status NOT IN ('withdrawn')
          AND query.q IS NOT NULL AND p.search @@ query.q
        ORDER BY ts_rank_cd(p.search, query.q) DESC, p.support_count DESC, p.id
        LIMIT 5
        """,
        opgave_id,
        words,
    )
    return SimilarProposalList(items=from_rows(SimilarProposal, rows))


async def titles(db: Database | Connection, proposal_ids: list[UUID], viewer: Viewer) -> dict[UUID, str]:
    """The titles of ``proposal_ids`` as ``viewer`` may see them (the one masking rule), for other
    domains that show an idea by name."""
    sql, args = bind(
        "SELECT p.id, proposal_title(p, $viewer, $staff) AS title FROM proposals p WHERE p.id = ANY($ids::uuid[])",
        {"ids": proposal_ids, **viewer.values()},
    )
    rows = await db.fetch(sql, *args)
    return {row["id"]: row["title"] for row in rows}


async def candidates(
    db: Database | Connection, opgave_id: UUID, proposal_ids: list[UUID]
) -> dict[UUID, datetime]:
    """Of ``proposal_ids``, the ideas of ``opgave_id`` that can still be chosen (not hidden, not
    withdrawn nor declined), with when each was submitted."""
    rows = await db.fetch(
        """SELECT id, created_at FROM proposals
           WHERE id = ANY($1::uuid[]) AND opgave_id = $2 AND NOT hidden AND status NOT IN ('withdrawn', 'declined')""",
        proposal_ids,
        opgave_id,
    )
    return {row["id"]: row["created_at"] for row in rows}


async def wijken_of_opgave(db: Database, opgave_id: UUID, viewer: Viewer) -> WijkCountList:
    """The wijken an opgave's ideas lie in, as the viewer may see them (the one masking rule)."""
    rows = await db.fetch(
        """
        SELECT p.wijk_code AS code, min(p.wijk_name) AS name, count(*) AS proposal_count
        FROM proposals p
        WHERE p.opgave_id = $1 AND p.wijk_code IS NOT NULL AND proposal_shown(p, $2, $3)
        GROUP BY p.wijk_code
        ORDER BY min(p.wijk_name), p.wijk_code
        LIMIT 1000
        """,
        opgave_id,
        viewer.account_id,
        viewer.staff,
    )
    return WijkCountList(items=from_rows(WijkCount, rows))
