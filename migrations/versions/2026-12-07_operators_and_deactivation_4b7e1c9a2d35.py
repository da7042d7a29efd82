"""platform operators, municipalities that can be deactivated, and the dashboard's index on comments

Revision ID: 4b7e1c9a2d35
Revises: 3c5e8a71d0b4
Create Date: 2026-12-07 14:20:00.000000+00:00
"""

import sqlalchemy as sa
from advanced_alchemy.types import GUID, DateTimeUTC
from alembic import op

revision = "4b7e1c9a2d35"
down_revision = "3c5e8a71d0b4"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "platform_operators",
        sa.Column("id", GUID(length=16), nullable=False),
        sa.Column("account_id", GUID(length=16), nullable=False),
        sa.Column("granted_by", sa.String(length=200), server_default="", nullable=False),
        sa.Column("created_at", DateTimeUTC(timezone=True), server_default=sa.text("now()"), nullable=False),
        sa.ForeignKeyConstraint(
            ["account_id"],
            ["accounts.id"],
            name=op.f("fk_platform_operators_account_id_accounts"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_platform_operators")),
        sa.UniqueConstraint("account_id", name=op.f("uq_platform_operators_account_id")),
    )
    op.add_column("municipalities", sa.Column("deactivated_at", DateTimeUTC(timezone=True), nullable=True))
    op.create_index("ix_comments_opgave_all", "comments", ["opgave_id", "created_at"], unique=False)


def downgrade() -> None:
    op.drop_index("ix_comments_opgave_all", table_name="comments")
    op.drop_column("municipalities", "deactivated_at")
    op.drop_table("platform_operators")
