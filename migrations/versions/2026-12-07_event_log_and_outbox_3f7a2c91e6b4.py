"""The event log and outbox: every change that matters outside, written in its own transaction

Revision ID: 3f7a2c91e6b4
Revises: 4b9e2c71d0a3
Create Date: 2026-12-07 10:00:00.000000+00:00
"""

import sqlalchemy as sa
from advanced_alchemy.types import GUID, DateTimeUTC
from alembic import op
from sqlalchemy.dialects import postgresql

sa.GUID = GUID  # type: ignore[attr-defined]
sa.DateTimeUTC = DateTimeUTC  # type: ignore[attr-defined]

revision = "3f7a2c91e6b4"
down_revision = "4b9e2c71d0a3"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "events",
        sa.Column("id", sa.GUID(length=16), nullable=False),
        sa.Column("municipality_id", sa.GUID(length=16), nullable=False),
        sa.Column("tx", sa.BigInteger(), nullable=False),
        sa.Column("type", sa.String(length=100), nullable=False),
        sa.Column("subject", sa.String(length=200), nullable=False),
        sa.Column("opgave_id", sa.GUID(length=16), nullable=True),
        sa.Column("object_type", sa.String(length=40), nullable=False),
        sa.Column("object_id", sa.GUID(length=16), nullable=False),
        sa.Column("actor_id", sa.GUID(length=16), nullable=True),
        sa.Column("data", postgresql.JSONB(astext_type=sa.Text()), server_default="{}", nullable=False),
        sa.Column(
            "created_at", sa.DateTimeUTC(timezone=True), server_default=sa.text("now()"), nullable=False
        ),
        sa.ForeignKeyConstraint(
            ["municipality_id"],
            ["municipalities.id"],
            name=op.f("fk_events_municipality_id_municipalities"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_events")),
        sa.UniqueConstraint("municipality_id", "id", name=op.f("uq_events_municipality_id_id")),
    )
    op.create_index("ix_events_position", "events", ["tx", "id"], unique=False)
    op.create_index("ix_events_opgave", "events", ["opgave_id", "tx", "id"], unique=False)
    op.create_index("ix_events_object", "events", ["object_id", "created_at"], unique=False)
    # What happened does not change afterwards (old events may be deleted, never rewritten).
    op.execute(
        "CREATE TRIGGER events_append_only BEFORE UPDATE ON events FOR EACH ROW EXECUTE FUNCTION refuse_change()"
    )


def downgrade() -> None:
    op.execute("DROP TRIGGER events_append_only ON events")
    op.drop_index("ix_events_object", table_name="events")
    op.drop_index("ix_events_opgave", table_name="events")
    op.drop_index("ix_events_position", table_name="events")
    op.drop_table("events")
