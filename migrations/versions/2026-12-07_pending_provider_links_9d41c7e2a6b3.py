"""provider links that wait for the owner of the account to confirm them

Revision ID: 9d41c7e2a6b3
Revises: 52da4dc48e4a
Create Date: 2026-12-07 06:32:30.831463+00:00
"""

import sqlalchemy as sa
from advanced_alchemy.types import GUID, DateTimeUTC, JsonB
from alembic import op

# Autogenerate renders advanced-alchemy's types under the "sa." prefix.
sa.GUID = GUID  # type: ignore[attr-defined]
sa.DateTimeUTC = DateTimeUTC  # type: ignore[attr-defined]
sa.JsonB = JsonB  # type: ignore[attr-defined]

revision = "9d41c7e2a6b3"
down_revision = "52da4dc48e4a"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "pending_links",
        sa.Column("id", sa.GUID(length=16), nullable=False),
        sa.Column("municipality_id", sa.GUID(length=16), nullable=False),
        sa.Column("issuer", sa.String(length=300), nullable=False),
        sa.Column("subject", sa.String(length=255), nullable=False),
        sa.Column("account_id", sa.GUID(length=16), nullable=False),
        sa.Column("token_hash", sa.LargeBinary(length=32), nullable=False),
        sa.Column("browser_hash", sa.LargeBinary(length=32), nullable=False),
        sa.Column("expires_at", sa.DateTimeUTC(timezone=True), nullable=False),
        sa.Column("used_at", sa.DateTimeUTC(timezone=True), nullable=True),
        sa.Column(
            "created_at", sa.DateTimeUTC(timezone=True), server_default=sa.text("now()"), nullable=False
        ),
        sa.Column(
            "updated_at", sa.DateTimeUTC(timezone=True), server_default=sa.text("now()"), nullable=False
        ),
        sa.ForeignKeyConstraint(
            ["account_id"],
            ["accounts.id"],
            name=op.f("fk_pending_links_account_id_accounts"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["municipality_id"],
            ["municipalities.id"],
            name=op.f("fk_pending_links_municipality_id_municipalities"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_pending_links")),
        sa.UniqueConstraint("browser_hash", name=op.f("uq_pending_links_browser_hash")),
        sa.UniqueConstraint("municipality_id", "id", name=op.f("uq_pending_links_municipality_id_id")),
        sa.UniqueConstraint("token_hash", name=op.f("uq_pending_links_token_hash")),
    )
    op.create_index("ix_pending_links_account", "pending_links", ["account_id"], unique=False)
    op.create_index("ix_pending_links_expires", "pending_links", ["expires_at"], unique=False)


def downgrade() -> None:
    op.drop_index("ix_pending_links_expires", table_name="pending_links")
    op.drop_index("ix_pending_links_account", table_name="pending_links")
    op.drop_table("pending_links")
