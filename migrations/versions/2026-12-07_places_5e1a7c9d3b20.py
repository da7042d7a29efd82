"""Places: an idea's address and its CBS wijk and buurt (from the geocoder), ideas by wijk, an opgave's area.

Revision ID: 5e1a7c9d3b20
Revises: 5b7e2d9a4c13
Create Date: 2026-12-07 17:50:00.000000+00:00
"""

import sqlalchemy as sa
from advanced_alchemy.types import GUID, DateTimeUTC
from alembic import op
from sqlalchemy.dialects import postgresql

sa.GUID = GUID  # type: ignore[attr-defined]
sa.DateTimeUTC = DateTimeUTC  # type: ignore[attr-defined]

revision = "5e1a7c9d3b20"
down_revision = "5b7e2d9a4c13"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("proposals", sa.Column("address", sa.String(length=200), nullable=True))
    op.add_column("proposals", sa.Column("wijk_code", sa.String(length=8), nullable=True))
    op.add_column("proposals", sa.Column("wijk_name", sa.String(length=100), nullable=True))
    op.add_column("proposals", sa.Column("buurt_code", sa.String(length=10), nullable=True))
    op.add_column("proposals", sa.Column("buurt_name", sa.String(length=100), nullable=True))
    op.create_check_constraint(
        op.f("ck_proposals_wijk_placed"), "proposals", "wijk_code IS NULL OR latitude IS NOT NULL"
    )
    op.create_index(
        "ix_proposals_opgave_wijk_recent",
        "proposals",
        ["opgave_id", "wijk_code", sa.text("created_at DESC"), sa.text("id DESC")],
        unique=False,
    )
    op.create_table(
        "opgave_areas",
        sa.Column("id", sa.GUID(length=16), nullable=False),
        sa.Column("municipality_id", sa.GUID(length=16), nullable=False),
        sa.Column("opgave_id", sa.GUID(length=16), nullable=False),
        sa.Column("wijken", postgresql.JSONB(astext_type=sa.Text()), server_default="[]", nullable=False),
        sa.Column("polygon", postgresql.JSONB(astext_type=sa.Text()), nullable=True),
        sa.Column("version", sa.Integer(), server_default="1", nullable=False),
        sa.Column(
            "created_at", sa.DateTimeUTC(timezone=True), server_default=sa.text("now()"), nullable=False
        ),
        sa.Column(
            "updated_at", sa.DateTimeUTC(timezone=True), server_default=sa.text("now()"), nullable=False
        ),
        sa.ForeignKeyConstraint(
            ["municipality_id", "opgave_id"],
            ["opgaven.municipality_id", "opgaven.id"],
            name=op.f("fk_opgave_areas_municipality_id_opgaven"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["municipality_id"],
            ["municipalities.id"],
            name=op.f("fk_opgave_areas_municipality_id_municipalities"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_opgave_areas")),
        sa.UniqueConstraint("municipality_id", "id", name=op.f("uq_opgave_areas_municipality_id_id")),
        sa.UniqueConstraint("opgave_id", name=op.f("uq_opgave_areas_opgave_id")),
    )


def downgrade() -> None:
    op.drop_table("opgave_areas")
    op.drop_index("ix_proposals_opgave_wijk_recent", table_name="proposals")
    op.drop_constraint(op.f("ck_proposals_wijk_placed"), "proposals", type_="check")
    for column in ("buurt_name", "buurt_code", "wijk_name", "wijk_code", "address"):
        op.drop_column("proposals", column)
