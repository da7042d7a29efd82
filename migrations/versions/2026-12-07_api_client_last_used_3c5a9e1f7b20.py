"""When an API client last fetched a token, for the beheerder's console

Revision ID: 3c5a9e1f7b20
Revises: 4b7e1c9a2d35
Create Date: 2026-12-07 14:20:00.000000+00:00
"""

import sqlalchemy as sa
from advanced_alchemy.types import DateTimeUTC
from alembic import op

revision = "3c5a9e1f7b20"
down_revision = "4b7e1c9a2d35"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("api_clients", sa.Column("last_used_at", DateTimeUTC(timezone=True), nullable=True))


def downgrade() -> None:
    op.drop_column("api_clients", "last_used_at")
