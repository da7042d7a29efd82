"""The read side of budgets: totals from their columns, funders and parties in the same statement."""

from datetime import datetime
from typing import Any
from uuid import UUID

from api.db.connection import Connection, Database
from api.db.sql import bind
from api.domains.accounts.people import person_json
from api.domains.budgets.models import ClaimStatus
from api.domains.budgets.schemas import (
    BudgetClaimPage,
    BudgetClaimRead,
    BudgetPage,
    BudgetRead,
    ContributionPage,
    ContributionRead,
    LedgerEntryRead,
    LedgerPage,
)
from api.lib.pagination import decode_cursor, encode_cursor
from api.lib.rows import from_rows

# The municipality funds without an organisation; it is shown by its own name.

_BUDGET = """
SELECT b.id, b.opgave_id, b.title, b.description, b.total_cents, b.granted_cents,
       b.total_cents - b.granted_cents AS available_cents, b.requested_cents, b.created_at, b.updated_at, b.version,
       (SELECT coalesce(sum(p.amount_cents), 0)::bigint FROM budget_contributions p
        WHERE p.budget_id = b.id AND p.status = 'pending') AS pending_cents,
       CASE WHEN l.id IS NULL THEN NULL ELSE json_build_object('id', l.id, 'title', l.title) END AS action_line,
       coalesce((
           SELECT json_agg(json_build_object(
                      'organisation', CASE WHEN f.organisation_id IS NULL THEN NULL
                                      ELSE json_build_object('id', f.organisation_id, 'name', f.name) END,
                      'name', f.name, 'amountCents', f.amount) ORDER BY f.amount DESC, f.name)
           FROM (SELECT c.organisation_id, coalesce(o.name, 'Gemeente ' || m.name) AS name, sum(c.confirmed_cents) AS amount
                 FROM budget_contributions c LEFT JOIN organisations o ON o.id = c.organisation_id
                 WHERE c.budget_id = b.id AND c.status = 'confirmed'
                 GROUP BY c.organisation_id, coalesce(o.name, 'Gemeente ' || m.name)
                 HAVING sum(c.confirmed_cents) > 0) f
       ), '[]') AS funders
FROM budgets b JOIN municipalities m ON m.id = b.municipality_id LEFT JOIN action_lines l ON l.id = b.action_line_id
"""

_CLAIM = f"""
SELECT c.id, c.budget_id, b.opgave_id, c.amount_cents, c.motivation, c.status, c.granted_cents, c.legal_basis,
       c.decision_reason, c.decided_at, c.withdrawal_reason, c.withdrawn_at, c.created_at,
       json_build_object('id', o.id, 'name', o.name) AS organisation,
       CASE WHEN t.id IS NULL THEN NULL ELSE json_build_object('id', t.id, 'title', t.title) END AS task,
       {person_json("r", "c.municipality_id")} AS requested_by,
       {person_json("d", "c.municipality_id")} AS decided_by
FROM budget_claims c JOIN budgets b ON b.id = c.budget_id JOIN organisations o ON o.id = c.organisation_id
LEFT JOIN tasks t ON t.id = c.task_id LEFT JOIN accounts r ON r.id = c.requested_by_id
LEFT JOIN accounts d ON d.id = c.decided_by_id
"""


def _page(rows: Any, limit: int, key: tuple[str, str]) -> str | None:
    if len(rows) <= limit:
        return None
    last = rows[limit - 1]
    return encode_cursor((last[key[0]], last[key[1]]))


async def list_budgets(db: Database, opgave_id: UUID, *, limit: int, cursor: str) -> BudgetPage:
    after = decode_cursor(cursor, (datetime, UUID))
    values: dict[str, Any] = {"opgave": opgave_id, "limit": limit + 1}
    where = ["b.opgave_id = $opgave"]
    if after is not None:
        where.append("(b.created_at, b.id) > ($k1, $k2)")
        values["k1"], values["k2"] = after
    sql, args = bind(
        f"{_BUDGET} WHERE {' AND '.join(where)} ORDER BY b.created_at, b.id LIMIT $limit", values
    )
    rows = await db.fetch(sql, *args)
    return BudgetPage(
        items=from_rows(BudgetRead, rows[:limit]), next_cursor=_page(rows, limit, ("created_at", "id"))
    )


async def get_budget(db: Database | Connection, budget_id: UUID) -> tuple[BudgetRead, int] | None:
    row = await db.fetchrow(f"{_BUDGET} WHERE b.id = $1", budget_id)
    return (from_rows(BudgetRead, [row])[0], row["version"]) if row else None


# Money only counts once confirmed: the funder's amount is what counts now, or what was pledged.
_CONTRIBUTION = f"""
SELECT c.id, c.budget_id, c.note, c.created_at, c.status, c.amount_cents AS pledged_cents, c.decided_at,
       c.decision_reason, {person_json("a", "c.municipality_id")} AS pledged_by,
       {person_json("d", "c.municipality_id")} AS decided_by,
       json_build_object('organisation', CASE WHEN o.id IS NULL THEN NULL
                                         ELSE json_build_object('id', o.id, 'name', o.name) END,
                         'name', coalesce(o.name, 'Gemeente ' || m.name),
                         'amountCents', coalesce(c.confirmed_cents, c.amount_cents)) AS funder
FROM budget_contributions c JOIN municipalities m ON m.id = c.municipality_id
LEFT JOIN organisations o ON o.id = c.organisation_id LEFT JOIN accounts a ON a.id = c.pledged_by_id
LEFT JOIN accounts d ON d.id = c.decided_by_id
"""


async def contributions(db: Database, budget_id: UUID, *, limit: int, cursor: str) -> ContributionPage:
    after = decode_cursor(cursor, (datetime, UUID))
    values: dict[str, Any] = {"budget": budget_id, "limit": limit + 1}
    where = ["c.budget_id = $budget"]
    if after is not None:
        where.append("(c.created_at, c.id) > ($k1, $k2)")
        values["k1"], values["k2"] = after
    sql, args = bind(
        f"{_CONTRIBUTION} WHERE {' AND '.join(where)} ORDER BY c.created_at, c.id LIMIT $limit", values
    )
    rows = await db.fetch(sql, *args)
    return ContributionPage(
        items=from_rows(ContributionRead, rows[:limit]), next_cursor=_page(rows, limit, ("created_at", "id"))
    )


async def get_contribution(db: Database | Connection, contribution_id: UUID) -> ContributionRead:
    row = await db.fetchrow(f"{_CONTRIBUTION} WHERE c.id = $1", contribution_id)
    assert row is not None
    return from_rows(ContributionRead, [row])[0]


async def budget_claims(
    db: Database,
    *,
    budget_id: UUID | None = None,
    organisation_id: UUID | None = None,
    status: ClaimStatus | None = None,
    limit: int,
    cursor: str,
) -> BudgetClaimPage:
    after = decode_cursor(cursor, (datetime, UUID))
    values: dict[str, Any] = {"limit": limit + 1}
    where: list[str] = []
    if budget_id is not None:
        where.append("c.budget_id = $budget")
        values["budget"] = budget_id
    if organisation_id is not None:
        where.append("c.organisation_id = $org")
        values["org"] = organisation_id
    if status is not None:
        where.append("c.status = $status")
        values["status"] = status.value
    if after is not None:
        where.append("(c.created_at, c.id) < ($k1, $k2)")
        values["k1"], values["k2"] = after
    sql, args = bind(
        f"{_CLAIM} WHERE {' AND '.join(where) or 'true'} ORDER BY c.created_at DESC, c.id DESC LIMIT $limit",
        values,
    )
    rows = await db.fetch(sql, *args)
    return BudgetClaimPage(
        items=from_rows(BudgetClaimRead, rows[:limit]), next_cursor=_page(rows, limit, ("created_at", "id"))
    )


async def get_budget_claim(db: Database | Connection, claim_id: UUID) -> BudgetClaimRead | None:
    row = await db.fetchrow(f"{_CLAIM} WHERE c.id = $1", claim_id)
    return from_rows(BudgetClaimRead, [row])[0] if row else None


async def ledger(db: Database, budget_id: UUID, *, limit: int, cursor: str) -> LedgerPage:
    after = decode_cursor(cursor, (int,))
    values: dict[str, Any] = {"budget": budget_id, "limit": limit + 1}
    where = ["e.budget_id = $budget"]
    if after is not None:
        where.append("e.number > $after")
        values["after"] = after[0]
    sql, args = bind(
        f"""SELECT e.id, e.budget_id, e.kind, e.amount_cents, e.total_after_cents, e.granted_after_cents, e.reason,
                   e.number, e.object_type, e.object_id, e.created_at, e.party ->> 'name' AS party,
                   CASE WHEN o.id IS NULL THEN NULL ELSE json_build_object('id', o.id, 'name', o.name) END AS organisation,
                   {person_json("a", "e.municipality_id")} AS actor
            FROM ledger_entries e LEFT JOIN organisations o ON o.id = (e.party ->> 'organisationId')::uuid
            LEFT JOIN accounts a ON a.id = e.actor_id
            WHERE {" AND ".join(where)} ORDER BY e.number LIMIT $limit""",
        values,
    )
    rows = await db.fetch(sql, *args)
    # The ledger is ordered by its own numbering, so the cursor is the last number shown.
    next_cursor = encode_cursor((rows[limit - 1]["number"],)) if len(rows) > limit else None
    return LedgerPage(items=from_rows(LedgerEntryRead, rows[:limit]), next_cursor=next_cursor)
