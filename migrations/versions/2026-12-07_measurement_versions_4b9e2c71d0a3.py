"""A measurement has a version: PATCH and DELETE need If-Match, like every shared object

Revision ID: 4b9e2c71d0a3
Revises: 1f811acdeca2
Create Date: 2026-12-07 09:00:00.000000+00:00
"""

import sqlalchemy as sa
from alembic import op

revision = "4b9e2c71d0a3"
down_revision = "1f811acdeca2"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("measurements", sa.Column("version", sa.Integer(), server_default="1", nullable=False))


def downgrade() -> None:
    op.drop_column("measurements", "version")
