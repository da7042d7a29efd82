"""Sign-in attempts whose password check is under way are counted apart from settled failures

Revision ID: 3c5e8a71d0b4
Revises: e96275189048
Create Date: 2026-12-07 14:30:00.000000+00:00

Right passwords sent at once were refused (each attempt under way counted as a failure past the
free ones) and attempts raced on the transaction's clock; the throttle now waits for the outcome of
the attempts under way instead (api/domains/accounts/throttle.py).
"""

import sqlalchemy as sa
from alembic import op

revision = "3c5e8a71d0b4"
down_revision = "e96275189048"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("sign_in_throttles", sa.Column("pending", sa.Integer(), server_default="0", nullable=False))


def downgrade() -> None:
    op.drop_column("sign_in_throttles", "pending")
