"""Targets of budget routes: they act on the opgave the budget belongs to."""

from api.domains.opgaven.guards import in_opgave
from api.lib.access import Rule, scope, staff

run_budgets: Rule = staff | scope("budgets:write")
"""Who sets budgets, brings in the municipality's money and decides on requests and pledges: its
staff, and its systems (a machine client with ``budgets:write``) acting in its name."""


budget_from_path = in_opgave("SELECT opgave_id FROM budgets WHERE id = $1", "Dit budget bestaat niet.")
budget_claim_from_path = in_opgave(
    "SELECT b.opgave_id FROM budget_claims c JOIN budgets b ON b.id = c.budget_id WHERE c.id = $1",
    "Deze aanvraag bestaat niet.",
)
contribution_from_path = in_opgave(
    "SELECT b.opgave_id FROM budget_contributions c JOIN budgets b ON b.id = c.budget_id WHERE c.id = $1",
    "Deze bijdrage bestaat niet.",
)
