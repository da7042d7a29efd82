"""Targets of budget routes: they act on the opgave the budget belongs to."""

from typing import Any

from litestar.connection import ASGIConnection

from api.domains.opgaven.guards import load_opgave
from api.lib.access import Rule, Target, row_of_path, scope, staff

run_budgets: Rule = staff | scope("budgets:write")
"""Who sets budgets, brings in the municipality's money and decides on requests and pledges: its
staff, and its systems (a machine client with ``budgets:write``) acting in its name."""


async def budget_from_path(connection: ASGIConnection[Any, Any, Any, Any]) -> Target:
    row = await row_of_path(
        connection, "SELECT opgave_id FROM budgets WHERE id = $1", "Dit budget bestaat niet."
    )
    return await load_opgave(connection, row["opgave_id"])


async def budget_claim_from_path(connection: ASGIConnection[Any, Any, Any, Any]) -> Target:
    row = await row_of_path(
        connection,
        """SELECT b.opgave_id
           FROM budget_claims c JOIN budgets b ON b.id = c.budget_id WHERE c.id = $1""",
        "Deze aanvraag bestaat niet.",
    )
    return await load_opgave(connection, row["opgave_id"])


async def contribution_from_path(connection: ASGIConnection[Any, Any, Any, Any]) -> Target:
    row = await row_of_path(
        connection,
        """SELECT b.opgave_id
           FROM budget_contributions c JOIN budgets b ON b.id = c.budget_id WHERE c.id = $1""",
        "Deze bijdrage bestaat niet.",
    )
    return await load_opgave(connection, row["opgave_id"])
