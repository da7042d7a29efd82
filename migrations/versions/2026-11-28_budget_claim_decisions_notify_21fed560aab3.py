"""A budget claim's decision is a notification of its own kind

Revision ID: 21fed560aab3
Revises: 6ca832efdd93
Create Date: 2026-11-28 17:05:23.029310+00:00
"""

from alembic import op

revision = "21fed560aab3"
down_revision = "6ca832efdd93"
branch_labels = None
depends_on = None

KINDS = ["proposal_answered", "comment_replied", "moderation_decision", "proposal_on_followed"]


def _allow(kinds: list[str]) -> None:
    # Enums are VARCHAR with a CHECK (api.db.types.str_enum): a new value is a new constraint.
    op.drop_constraint(op.f("ck_notifications_notification_kind"), "notifications", type_="check")
    listed = ", ".join(f"'{kind}'" for kind in kinds)
    op.create_check_constraint(op.f("ck_notifications_notification_kind"), "notifications", f"kind IN ({listed})")


def upgrade() -> None:
    _allow([*KINDS, "budget_claim_decided"])


def downgrade() -> None:
    op.execute("DELETE FROM notifications WHERE kind = 'budget_claim_decided'")
    _allow(KINDS)
