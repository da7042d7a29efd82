"""The read side of budgets: totals from their columns, funders and parties in the same statement."""

from datetime import datetime
from uuid import UUID

from api.db.connection import Connection, Database
from api.domains.accounts.people import person
from api.domains.budgets.models import ClaimStatus
from api.domains.budgets.schemas import (
    BudgetClaimPage,
    BudgetClaimRead,
    BudgetPage,
    BudgetRead,
    ContributionPage,
    ContributionRead,
    LedgerPage,
)
from api.domains.municipalities.refs import municipality_name
from api.domains.opgaven.refs import action_line_ref
from api.domains.organisations.refs import organisation_name, organisation_ref
from api.domains.tasks.refs import task_ref
from api.lib.pagination import Keyset, Listing, Where
from api.lib.rows import from_rows

# The municipality funds without an organisation; it is shown by its own name.

_FUNDER_NAME = "coalesce({org}, 'Gemeente ' || {mun})"

_BUDGET = f"""
SELECT b.id, b.opgave_id, b.title, b.description, b.total_cents, b.granted_cents,
       b.total_cents - b.granted_cents AS available_cents, b.requested_cents, b.created_at, b.updated_at, b.version,
       (SELECT coalesce(sum(p.amount_cents), 0)::bigint FROM budget_contributions p
        WHERE p.budget_id = b.id AND p.status = 'pending') AS pending_cents,
       {action_line_ref("b.action_line_id")} AS action_line,
       coalesce((
           SELECT json_agg(json_build_object(
                      'organisation', CASE WHEN f.organisation_id IS NULL THEN NULL
                                      ELSE json_build_object('id', f.organisation_id, 'name', f.name) END,
                      'name', f.name, 'amountCents', f.amount) ORDER BY f.amount DESC, f.name)
           FROM (SELECT c.organisation_id, n.name, sum(c.confirmed_cents) AS amount
                 FROM budget_contributions c
                 CROSS JOIN LATERAL (SELECT {_FUNDER_NAME.format(org=organisation_name("c.organisation_id"), mun="bm.name")} AS name) n
                 WHERE c.budget_id = b.id AND c.status = 'confirmed'
                 GROUP BY c.organisation_id, n.name
                 HAVING sum(c.confirmed_cents) > 0) f
       ), '[]') AS funders
FROM budgets b CROSS JOIN LATERAL (SELECT {municipality_name("b.municipality_id")} AS name) bm
"""

_CLAIM = f"""
SELECT c.id, c.budget_id, b.opgave_id, c.amount_cents, c.motivation, c.status, c.granted_cents, c.legal_basis,
       c.decision_reason, c.decided_at, c.withdrawal_reason, c.withdrawn_at, c.created_at,
       {organisation_ref("c.organisation_id")} AS organisation,
       {task_ref("c.task_id")} AS task,
       {person("c.requested_by_id", "c.municipality_id")} AS requested_by,
       {person("c.decided_by_id", "c.municipality_id")} AS decided_by
FROM budget_claims c JOIN budgets b ON b.id = c.budget_id
"""


_NEWEST_CLAIM = Listing(
    _CLAIM, BudgetClaimPage, Keyset(("c.created_at", "c.id"), (datetime, UUID), descending=True)
)

_OLDEST_BUDGET = Listing(_BUDGET, BudgetPage, Keyset(("b.created_at", "b.id"), (datetime, UUID)))


async def list_budgets(db: Database, opgave_id: UUID, *, limit: int, cursor: str) -> BudgetPage:
    return await _OLDEST_BUDGET.read(db, Where("b.opgave_id = $opgave", opgave=opgave_id), cursor, limit)


async def get_budget(db: Database | Connection, budget_id: UUID) -> tuple[BudgetRead, int] | None:
    row = await db.fetchrow(f"{_BUDGET} WHERE b.id = $1", budget_id)
    return (from_rows(BudgetRead, [row])[0], row["version"]) if row else None


# Money only counts once confirmed: the funder's amount is what counts now, or what was pledged.
_CONTRIBUTION = f"""
SELECT c.id, c.budget_id, c.note, c.created_at, c.status, c.amount_cents AS pledged_cents, c.decided_at,
       c.decision_reason, {person("c.pledged_by_id", "c.municipality_id")} AS pledged_by,
       {person("c.decided_by_id", "c.municipality_id")} AS decided_by,
       json_build_object('organisation', {organisation_ref("c.organisation_id")},
                         'name', {_FUNDER_NAME.format(org=organisation_name("c.organisation_id"), mun=municipality_name("c.municipality_id"))},
                         'amountCents', coalesce(c.confirmed_cents, c.amount_cents)) AS funder
FROM budget_contributions c
"""


_OLDEST_CONTRIBUTION = Listing(
    _CONTRIBUTION, ContributionPage, Keyset(("c.created_at", "c.id"), (datetime, UUID))
)


async def contributions(db: Database, budget_id: UUID, *, limit: int, cursor: str) -> ContributionPage:
    return await _OLDEST_CONTRIBUTION.read(
        db, Where("c.budget_id = $budget", budget=budget_id), cursor, limit
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
    where = Where().given(
        {
            "c.budget_id = $budget": budget_id,
            "c.organisation_id = $org": organisation_id,
            "c.status = $status": status,
        }
    )
    return await _NEWEST_CLAIM.read(db, where, cursor, limit)


async def get_budget_claim(db: Database | Connection, claim_id: UUID) -> BudgetClaimRead | None:
    row = await db.fetchrow(f"{_CLAIM} WHERE c.id = $1", claim_id)
    return from_rows(BudgetClaimRead, [row])[0] if row else None


# The ledger is ordered by its own numbering, so the cursor is the last number shown.
_LEDGER = Listing(
    f"""SELECT e.id, e.budget_id, e.kind, e.amount_cents, e.total_after_cents, e.granted_after_cents, e.reason,
                   e.number, e.object_type, e.object_id, e.created_at, e.party ->> 'name' AS party,
                   {organisation_ref("(e.party ->> 'organisationId')::uuid")} AS organisation,
                   {person("e.actor_id", "e.municipality_id")} AS actor
            FROM ledger_entries e""",
    LedgerPage,
    Keyset(("e.number",), (int,)),
)


async def ledger(db: Database, budget_id: UUID, *, limit: int, cursor: str) -> LedgerPage:
    return await _LEDGER.read(db, Where("e.budget_id = $budget", budget=budget_id), cursor, limit)
