"""Lists that systems keep a copy of filter on updatedSince: an index for each

Revision ID: 8e2f0c4b7a19
Revises: 4c7e1b9a2d53
Create Date: 2026-12-07 14:55:00.000000+00:00
"""

from alembic import op

revision = "8e2f0c4b7a19"
down_revision = "4c7e1b9a2d53"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index("ix_opgaven_updated", "opgaven", ["updated_at"])
    op.create_index("ix_proposals_opgave_updated", "proposals", ["opgave_id", "updated_at"])
    op.create_index("ix_tasks_opgave_updated", "tasks", ["opgave_id", "updated_at"])


def downgrade() -> None:
    op.drop_index("ix_tasks_opgave_updated", table_name="tasks")
    op.drop_index("ix_proposals_opgave_updated", table_name="proposals")
    op.drop_index("ix_opgaven_updated", table_name="opgaven")
