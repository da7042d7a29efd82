"""proposals: the municipality's review queue index

Revision ID: 5e1d2c7a9b40
Revises: 21fed560aab3
Create Date: 2026-11-28 18:00:00.000000+00:00
"""

from alembic import op

revision = "5e1d2c7a9b40"
down_revision = "21fed560aab3"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index(
        "ix_proposals_municipality_status_created",
        "proposals",
        ["municipality_id", "status", "created_at", "id"],
        unique=False,
    )


def downgrade() -> None:
    op.drop_index("ix_proposals_municipality_status_created", table_name="proposals")
