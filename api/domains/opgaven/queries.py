"""The read side of opgaven: hand-written SQL straight to structs, one statement per request.

Lists are keyset pages over indexes that match their order; counts of ideas, supporters, members
and open tasks, and the policy domains, come from columns the writes keep current; budget totals
are summed from their own table at read (a few index lookups per row); names are joined in the
same statement.
"""

from dataclasses import dataclass
from datetime import datetime
from typing import Any
from uuid import UUID

from api.db.connection import Connection, Database
from api.domains.accounts.people import person
from api.domains.opgaven.models import Phase
from api.domains.opgaven.schemas import (
    ActionLineList,
    ActionLineRead,
    DomainList,
    DomainRead,
    FormulationPage,
    FormulationRead,
    OpgaveListItem,
    OpgavePage,
    OpgaveRead,
    OpgaveSort,
    TeamMemberPage,
    TeamMemberRead,
)
from api.domains.organisations.refs import organisation_ref
from api.lib.pagination import Keyset, Listing, Where
from api.lib.rows import from_row, from_rows

# Counts and domains are the opgave's own columns, kept by the writes (triggers: migrations
# 9b734a096333, d789ade9e99d, 7d3e91a0c4b2); only the budgets are summed, in one pass (an aggregate
# gives one row, also without budgets). No SQL comments here: the benchmark sends these statements
# on one line.
_ITEM = """
o.id, o.slug, o.title, o.summary, o.phase, o.published, o.start_date, o.end_date, o.created_at, o.updated_at,
o.version, o.supporter_count,
json_build_object('id', mu.id, 'slug', mu.slug, 'name', mu.name) AS municipality,
(SELECT json_build_object('proposals', o.proposal_count, 'supporters', o.supporter_count,
                          'members', o.member_count, 'openTasks', o.open_task_count,
                          'budgetTotalCents', coalesce(sum(b.total_cents), 0),
                          'budgetGrantedCents', coalesce(sum(b.granted_cents), 0))
   FROM budgets b WHERE b.opgave_id = o.id) AS counts,
o.domain_list AS domains
"""

# Per sort: the order, which the cursor names so that it is refused in another order.
_SORTS: dict[OpgaveSort, Keyset] = {
    sort: Keyset(columns, types, descending=descending, tag=sort.value)
    for sort, columns, types, descending in [
        (OpgaveSort.NEWEST, ("o.created_at", "o.id"), (datetime, UUID), True),
        (OpgaveSort.OLDEST, ("o.created_at", "o.id"), (datetime, UUID), False),
        (OpgaveSort.TITLE, ("o.title", "o.id"), (str, UUID), False),
        (OpgaveSort.MOST_SUPPORTED, ("o.supporter_count", "o.id"), (int, UUID), True),
    ]
}


@dataclass(frozen=True)
class OpgaveFilter:
    municipality_id: UUID | None = None
    phase: Phase | None = None
    domain: str = ""
    organisation_id: UUID | None = None
    q: str = ""
    updated_since: datetime | None = None
    # Drafts are listed only in these municipalities (the caller's, as staff or client).
    drafts_in: tuple[UUID, ...] = ()


_LIST = f"SELECT {_ITEM} FROM opgaven o JOIN municipalities mu ON mu.id = o.municipality_id"


def list_statement(
    filters: OpgaveFilter, sort: OpgaveSort, after: list[Any] | None, limit: int
) -> tuple[str, list[Any]]:
    """The statement of one page; also used by the test that reads its query plan."""
    # A deactivated municipality's opgaven are not served (api.lib.deactivation).
    where = Where(
        "(o.published OR o.municipality_id = ANY($drafts::uuid[]))",
        "mu.deactivated_at IS NULL",
        drafts=list(filters.drafts_in),
    ).given(
        {
            "o.municipality_id = $municipality": filters.municipality_id,
            "o.phase = $phase": filters.phase,
            "EXISTS (SELECT 1 FROM opgave_domains od JOIN policy_domains pd ON pd.id = od.domain_id"
            " WHERE od.opgave_id = o.id AND pd.slug = $domain)": filters.domain or None,
            "EXISTS (SELECT 1 FROM opgave_members tm WHERE tm.opgave_id = o.id"
            " AND tm.organisation_id = $organisation AND tm.status = 'active')": filters.organisation_id,
            "o.search @@ websearch_to_tsquery('dutch', $q)": filters.q or None,
            "o.updated_at >= $updated": filters.updated_since,
        }
    )
    return _SORTS[sort].statement(_LIST, where.conditions, where.values, after=after, limit=limit)


async def list_opgaven(
    db: Database, filters: OpgaveFilter, *, sort: OpgaveSort, limit: int, cursor: str
) -> OpgavePage:
    keyset = _SORTS[sort]
    sql, args = list_statement(filters, sort, keyset.decode(cursor), limit)
    rows, next_cursor = keyset.page(await db.fetch(sql, *args), limit)
    return OpgavePage(items=from_rows(OpgaveListItem, rows), next_cursor=next_cursor)


_ONE = f"""
SELECT {_ITEM}, o.formulation, o.target_group, o.area, o.proposal_phases,
       {person("o.procesregisseur_id", "o.municipality_id")} AS procesregisseur,
       EXISTS (SELECT 1 FROM opgave_followers f WHERE f.opgave_id = o.id AND f.account_id = $2) AS followed_by_me
FROM opgaven o JOIN municipalities mu ON mu.id = o.municipality_id
WHERE o.id = $1
"""


def _for_viewer(sql: str, opgave_id: UUID | None, viewer: UUID | None) -> tuple[str, list[Any]]:
    """``sql`` ($1 the opgave, $2 the viewer) as sent: for an anonymous reader without the viewer
    parameter, so that PostgreSQL keeps one generic plan for it (api.db.sql.Inline)."""
    if viewer is None:
        return sql.replace("$2", "NULL::uuid"), [opgave_id]
    return sql, [opgave_id, viewer]


def one(opgave_id: UUID, viewer: UUID | None) -> tuple[str, list[Any]]:
    """The statement of GET /opgaven/{id} without its access target, and its arguments."""
    return _for_viewer(_ONE, opgave_id, viewer)


async def get_opgave(
    db: Database | Connection, opgave_id: UUID, viewer: UUID | None
) -> tuple[OpgaveRead, int] | None:
    sql, args = one(opgave_id, viewer)
    row = await db.fetchrow(sql, *args)
    return (from_row(OpgaveRead, row), row["version"]) if row else None


# The page and what the access rules need of it, for GET /opgaven/{id}: one statement per request.
ONE_WITH_TARGET = _ONE.replace(
    "FROM opgaven o JOIN",
    """, o.municipality_id, o.procesregisseur_id,
       ARRAY(SELECT m.organisation_id FROM opgave_members m
             WHERE m.opgave_id = o.id AND m.status = 'active' AND m.organisation_id IS NOT NULL) AS team_organisations,
       ARRAY(SELECT m.account_id FROM opgave_members m
             WHERE m.opgave_id = o.id AND m.status = 'active' AND m.account_id IS NOT NULL) AS team_accounts
FROM opgaven o JOIN""",
)


def one_with_target(opgave_id: UUID | None, viewer: UUID | None) -> tuple[str, list[Any]]:
    """``ONE_WITH_TARGET`` for this viewer, and its arguments."""
    return _for_viewer(ONE_WITH_TARGET, opgave_id, viewer)


_FORMULATION = f"""
SELECT f.id, f.opgave_id, f.text, f.rationale, f.adopted_at, f.created_at,
       {person("f.proposed_by_id", "f.municipality_id")} AS proposed_by,
       {person("f.adopted_by_id", "f.municipality_id")} AS adopted_by,
       coalesce(f.id = (SELECT c.id FROM formulations c WHERE c.opgave_id = f.opgave_id AND c.adopted_at IS NOT NULL
                        ORDER BY c.adopted_at DESC, c.id DESC LIMIT 1), false) AS current
FROM formulations f
"""


_OLDEST_FORMULATION = Listing(
    _FORMULATION, FormulationPage, Keyset(("f.created_at", "f.id"), (datetime, UUID))
)


async def formulations(db: Database, opgave_id: UUID, *, limit: int, cursor: str) -> FormulationPage:
    return await _OLDEST_FORMULATION.read(db, Where("f.opgave_id = $opgave", opgave=opgave_id), cursor, limit)


async def formulation(db: Database | Connection, formulation_id: UUID) -> FormulationRead | None:
    row = await db.fetchrow(f"{_FORMULATION} WHERE f.id = $1", formulation_id)
    return from_row(FormulationRead, row) if row else None


async def action_lines(db: Database | Connection, opgave_id: UUID) -> ActionLineList:
    rows = await db.fetch(
        "SELECT id, opgave_id, position, title, goal FROM action_lines WHERE opgave_id = $1 ORDER BY position, id",
        opgave_id,
    )
    return ActionLineList(items=from_rows(ActionLineRead, rows))


async def action_line(db: Database | Connection, line_id: UUID) -> tuple[ActionLineRead, int] | None:
    row = await db.fetchrow(
        "SELECT id, opgave_id, position, title, goal, version FROM action_lines WHERE id = $1", line_id
    )
    return (from_row(ActionLineRead, row), row["version"]) if row else None


_MEMBER = f"""
SELECT m.id, m.opgave_id, m.role, m.partner_role, m.status, m.created_at,
       {person("m.account_id", "m.municipality_id")} AS person,
       {organisation_ref("m.organisation_id")} AS organisation
FROM opgave_members m
"""
_OLDEST_MEMBER = Keyset(("m.created_at", "m.id"), (datetime, UUID))


async def members(
    db: Database, opgave_id: UUID, *, everyone: bool, viewer: UUID | None, limit: int, cursor: str
) -> TeamMemberPage:
    """The team. Pending invitations and requests only for staff (``everyone``) and the person concerned."""
    where = ["m.opgave_id = $opgave"]
    values: dict[str, Any] = {"opgave": opgave_id}
    if not everyone:
        where.append("(m.status = 'active' OR m.account_id = $viewer)")
        values["viewer"] = viewer
    rows, next_cursor = await _OLDEST_MEMBER.fetch(db, _MEMBER, where, values, cursor=cursor, limit=limit)
    return TeamMemberPage(items=from_rows(TeamMemberRead, rows), next_cursor=next_cursor)


async def member(db: Database | Connection, member_id: UUID) -> TeamMemberRead | None:
    row = await db.fetchrow(f"{_MEMBER} WHERE m.id = $1", member_id)
    return from_row(TeamMemberRead, row) if row else None


async def domains(db: Database, municipality_id: UUID) -> DomainList:
    rows = await db.fetch(
        "SELECT slug, name FROM policy_domains WHERE municipality_id = $1 ORDER BY name", municipality_id
    )
    return DomainList(items=from_rows(DomainRead, rows))
