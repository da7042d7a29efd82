"""Accounts have a language: followers are told, and mailed, in their own

Revision ID: 4c7e1b9a2d53
Revises: 3c5a9e1f7b20
Create Date: 2026-12-07 14:30:00.000000+00:00
"""

import sqlalchemy as sa
from alembic import op

revision = "4c7e1b9a2d53"
down_revision = "3c5a9e1f7b20"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("accounts", sa.Column("language", sa.String(length=2), server_default="nl", nullable=False))
    op.create_check_constraint(op.f("ck_accounts_language_known"), "accounts", "language IN ('nl', 'en')")


def downgrade() -> None:
    op.drop_constraint(op.f("ck_accounts_language_known"), "accounts", type_="check")
    op.drop_column("accounts", "language")
