"""The organisations on a cancelled task hear it: a notification of its own kind

Revision ID: 7c3e9a1d5b26
Revises: d21876fa8b71
Create Date: 2026-11-28 20:50:00.000000+00:00
"""

from alembic import op

revision = "7c3e9a1d5b26"
down_revision = "d21876fa8b71"
branch_labels = None
depends_on = None

KINDS = ["proposal_answered", "comment_replied", "moderation_decision", "proposal_on_followed", "budget_claim_decided"]


def _allow(kinds: list[str]) -> None:
    # Enums are VARCHAR with a CHECK (api.db.types.str_enum): a new value is a new constraint.
    op.drop_constraint(op.f("ck_notifications_notification_kind"), "notifications", type_="check")
    listed = ", ".join(f"'{kind}'" for kind in kinds)
    op.create_check_constraint(op.f("ck_notifications_notification_kind"), "notifications", f"kind IN ({listed})")


def upgrade() -> None:
    _allow([*KINDS, "task_cancelled"])


def downgrade() -> None:
    op.execute("DELETE FROM notifications WHERE kind = 'task_cancelled'")
    _allow(KINDS)
