"""Money only from who has it: a partner's pledge waits until staff confirm it; corrections in the ledger

A contribution is ``pending``, ``confirmed`` or ``rejected``; only confirmed money is in a budget's
total (``confirmed_cents``, moved with its ledger entries). Every contribution made before this
change was already counted in its budget and its ledger, so it is confirmed as of when it was made.
The ledger gains ``correction`` entries, the only ones whose amount may be negative.

Revision ID: 9f32156eab9d
Revises: 5e31de2f345d
Create Date: 2026-12-07 07:20:00.000000+00:00
"""

import sqlalchemy as sa
from advanced_alchemy.types import GUID, DateTimeUTC
from alembic import op

revision = "9f32156eab9d"
down_revision = "5e31de2f345d"
branch_labels = None
depends_on = None

KINDS = [
    "proposal_answered",
    "comment_replied",
    "moderation_decision",
    "proposal_on_followed",
    "budget_claim_decided",
    "task_cancelled",
]


def _notification_kinds(kinds: list[str]) -> None:
    # Enums are VARCHAR with a CHECK (api.db.types.str_enum): a new value is a new constraint.
    op.drop_constraint(op.f("ck_notifications_notification_kind"), "notifications", type_="check")
    listed = ", ".join(f"'{kind}'" for kind in kinds)
    op.create_check_constraint(op.f("ck_notifications_notification_kind"), "notifications", f"kind IN ({listed})")


def _ledger_kinds(kinds: list[str]) -> None:
    op.drop_constraint(op.f("ck_ledger_entries_ledger_kind"), "ledger_entries", type_="check")
    listed = ", ".join(f"'{kind}'" for kind in kinds)
    op.create_check_constraint(op.f("ck_ledger_entries_ledger_kind"), "ledger_entries", f"kind IN ({listed})")


def upgrade() -> None:
    op.add_column(
        "budget_contributions",
        sa.Column(
            "status",
            sa.Enum(
                "pending",
                "confirmed",
                "rejected",
                name="contribution_status",
                native_enum=False,
                create_constraint=True,
                length=19,
            ),
            server_default="pending",
            nullable=False,
        ),
    )
    op.add_column("budget_contributions", sa.Column("confirmed_cents", sa.BigInteger(), nullable=True))
    op.add_column("budget_contributions", sa.Column("decided_by_id", GUID(length=16), nullable=True))
    op.add_column("budget_contributions", sa.Column("decided_at", DateTimeUTC(timezone=True), nullable=True))
    op.add_column("budget_contributions", sa.Column("decision_reason", sa.Text(), nullable=True))
    op.create_foreign_key(
        op.f("fk_budget_contributions_decided_by_id_accounts"),
        "budget_contributions",
        "accounts",
        ["decided_by_id"],
        ["id"],
        ondelete="SET NULL",
    )
    # What was counted stays counted: every earlier contribution is in its budget and its ledger.
    op.execute(
        """UPDATE budget_contributions
           SET status = 'confirmed', confirmed_cents = amount_cents, decided_by_id = pledged_by_id, decided_at = created_at"""
    )
    op.create_check_constraint(
        op.f("ck_budget_contributions_confirmed_counts"),
        "budget_contributions",
        "(status = 'confirmed') = (confirmed_cents IS NOT NULL) AND confirmed_cents >= 0",
    )
    op.create_check_constraint(
        op.f("ck_budget_contributions_decision_dated"),
        "budget_contributions",
        "status = 'pending' OR decided_at IS NOT NULL",
    )
    op.create_index(
        "ix_budget_contributions_pending",
        "budget_contributions",
        ["budget_id"],
        unique=False,
        postgresql_where=sa.text("status = 'pending'"),
    )

    _ledger_kinds(["contribution", "grant", "withdrawal", "correction"])
    op.drop_constraint(op.f("ck_ledger_entries_amount_positive"), "ledger_entries", type_="check")
    op.create_check_constraint(
        op.f("ck_ledger_entries_amount_by_kind"),
        "ledger_entries",
        "amount_cents > 0 OR (kind = 'correction' AND amount_cents <> 0)",
    )
    _notification_kinds([*KINDS, "contribution_decided"])


def downgrade() -> None:
    op.execute("DELETE FROM notifications WHERE kind = 'contribution_decided'")
    _notification_kinds(KINDS)
    # The ledger only grows (a trigger refuses deletes): corrections cannot be undone here.
    op.drop_constraint(op.f("ck_ledger_entries_amount_by_kind"), "ledger_entries", type_="check")
    op.create_check_constraint(op.f("ck_ledger_entries_amount_positive"), "ledger_entries", "amount_cents > 0")
    _ledger_kinds(["contribution", "grant", "withdrawal"])
    op.drop_index(
        "ix_budget_contributions_pending",
        table_name="budget_contributions",
        postgresql_where=sa.text("status = 'pending'"),
    )
    op.drop_constraint(op.f("ck_budget_contributions_decision_dated"), "budget_contributions", type_="check")
    op.drop_constraint(op.f("ck_budget_contributions_confirmed_counts"), "budget_contributions", type_="check")
    op.drop_constraint(
        op.f("fk_budget_contributions_decided_by_id_accounts"), "budget_contributions", type_="foreignkey"
    )
    op.drop_column("budget_contributions", "decision_reason")
    op.drop_column("budget_contributions", "decided_at")
    op.drop_column("budget_contributions", "decided_by_id")
    op.drop_column("budget_contributions", "confirmed_cents")
    op.drop_column("budget_contributions", "status")
