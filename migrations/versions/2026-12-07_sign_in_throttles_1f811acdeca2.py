"""Failed sign-ins slow the guesser down instead of locking the account: the counters

Revision ID: 1f811acdeca2
Revises: 9f32156eab9d
Create Date: 2026-12-07 08:00:00.000000+00:00

Per account and address, per address, per account, and the addresses an account signed in from,
each under a keyed hash (api/domains/accounts/throttle.py). The sign-in counters in
rate_limit_counters are no longer used; they expire with their window.
"""

import sqlalchemy as sa
from advanced_alchemy.types import DateTimeUTC
from alembic import op

revision = "1f811acdeca2"
down_revision = "9f32156eab9d"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "sign_in_throttles",
        sa.Column("key", sa.String(length=80), nullable=False),
        sa.Column("failures", sa.Integer(), server_default="0", nullable=False),
        sa.Column("last_at", DateTimeUTC(timezone=True), server_default=sa.text("now()"), nullable=False),
        sa.PrimaryKeyConstraint("key", name=op.f("pk_sign_in_throttles")),
    )
    op.create_index(op.f("ix_sign_in_throttles_last_at"), "sign_in_throttles", ["last_at"])
    op.execute("DELETE FROM rate_limit_counters WHERE key LIKE 'login:%'")


def downgrade() -> None:
    op.drop_index(op.f("ix_sign_in_throttles_last_at"), table_name="sign_in_throttles")
    op.drop_table("sign_in_throttles")
