"""The event log: one row per domain event, written in the transaction of the change."""

from typing import Any
from uuid import UUID

import sqlalchemy as sa
from sqlalchemy.dialects.postgresql import JSONB
from sqlalchemy.orm import Mapped, mapped_column

from api.db.base import Base, TenantRecordBase, tenant_table_args


class EventConsumer(Base):
    """How far a reader inside the platform (followers' notifications) has read the event log."""

    __tablename__ = "event_consumers"

    name: Mapped[str] = mapped_column(sa.String(60), unique=True)
    cursor_tx: Mapped[int] = mapped_column(sa.BigInteger)
    cursor_id: Mapped[UUID | None] = mapped_column()


class Event(TenantRecordBase):
    """A domain event. Append-only; its ``id`` is the CloudEvent id, so a redelivery keeps it.

    ``tx`` is the id of the transaction that wrote it. Readers take only events of transactions
    older than every transaction still running (the snapshot's ``xmin``), in ``(tx, id)`` order: a
    position in that order never gets an event inserted before it later, so a cursor over it
    never skips an event that committed late.
    """

    __tablename__ = "events"
    __table_args__ = tenant_table_args(
        sa.Index("ix_events_position", "tx", "id"),
        sa.Index("ix_events_opgave", "opgave_id", "tx", "id"),
        sa.Index("ix_events_object", "object_id", "created_at"),
    )

    tx: Mapped[int] = mapped_column(sa.BigInteger)
    type: Mapped[str] = mapped_column(sa.String(100))
    subject: Mapped[str] = mapped_column(sa.String(200))
    # An event about an opgave or something in it: the filter of the feed and of followers.
    opgave_id: Mapped[UUID | None] = mapped_column()
    object_type: Mapped[str] = mapped_column(sa.String(40))
    object_id: Mapped[UUID] = mapped_column()
    # Who caused it, for the timeline only: never in what leaves the platform.
    actor_id: Mapped[UUID | None] = mapped_column()
    data: Mapped[dict[str, Any]] = mapped_column(JSONB, default=dict, server_default="{}")
