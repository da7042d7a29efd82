"""The append-only audit table. A trigger (see the migration) refuses UPDATE, DELETE and TRUNCATE."""

from typing import Any
from uuid import UUID

import sqlalchemy as sa
from sqlalchemy.dialects.postgresql import JSONB
from sqlalchemy.orm import Mapped, mapped_column

from api.db.base import RecordBase
from api.db.constraints import index_newest_first


class AuditEvent(RecordBase):
    """One change (or refused attempt) by a person, client or the system."""

    __tablename__ = "audit_events"
    __table_args__ = (
        index_newest_first("ix_audit_events_municipality_recent", "municipality_id"),
        index_newest_first("ix_audit_events_actor", "municipality_id", "actor_id"),
        index_newest_first("ix_audit_events_object", "municipality_id", "object_id"),
        sa.Index("ix_audit_events_actor_only", "actor_type", "actor_id"),
    )

    municipality_id: Mapped[UUID | None] = mapped_column(
        sa.ForeignKey("municipalities.id", ondelete="RESTRICT")
    )
    actor_type: Mapped[str] = mapped_column(sa.String(20))
    actor_id: Mapped[str | None] = mapped_column(sa.String(100))
    action: Mapped[str] = mapped_column(sa.String(80))
    object_type: Mapped[str] = mapped_column(sa.String(40))
    object_id: Mapped[str | None] = mapped_column(sa.String(100))
    result: Mapped[str] = mapped_column(sa.String(20), default="success", server_default="success")
    request_id: Mapped[str] = mapped_column(sa.String(64), default="", server_default="")
    details: Mapped[dict[str, Any]] = mapped_column(JSONB, default=dict, server_default="{}")
