"""Budgets of an opgave: contributions, claims on them, grants, and the ledger."""
