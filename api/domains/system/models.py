"""Tables the platform itself needs: rate-limit counters and the outgoing mail queue."""

from datetime import datetime

import sqlalchemy as sa
from advanced_alchemy.types import DateTimeUTC
from sqlalchemy.dialects.postgresql import JSONB
from sqlalchemy.orm import Mapped, mapped_column

from api.db.base import AdvancedDeclarativeBase, CommonTableAttributes, RecordBase


class RateLimitCounter(CommonTableAttributes, AdvancedDeclarativeBase):
    """Hits of one key in its current window, shared by every worker.

    Unlogged: a hit commits without waiting for the disk, and a crash only restarts the windows.
    """

    __tablename__ = "rate_limit_counters"
    __table_args__ = {"prefixes": ["UNLOGGED"]}

    key: Mapped[str] = mapped_column(sa.String(200), primary_key=True)
    window_start: Mapped[datetime] = mapped_column(DateTimeUTC(timezone=True), server_default=sa.func.now())
    hits: Mapped[int] = mapped_column(sa.Integer, default=1, server_default="1")


class OutgoingMail(RecordBase):
    """A message written in the transaction that caused it, delivered after commit (the outbox)."""

    __tablename__ = "outgoing_mails"
    __table_args__ = (
        sa.Index("ix_outgoing_mails_pending", "next_attempt_at", postgresql_where=sa.text("sent_at IS NULL")),
    )

    to_address: Mapped[str] = mapped_column(sa.String(254))
    subject: Mapped[str] = mapped_column(sa.String(200))
    body: Mapped[str] = mapped_column(sa.Text)
    next_attempt_at: Mapped[datetime] = mapped_column(
        DateTimeUTC(timezone=True), server_default=sa.func.now()
    )
    attempts: Mapped[int] = mapped_column(sa.Integer, default=0, server_default="0")
    sent_at: Mapped[datetime | None] = mapped_column(DateTimeUTC(timezone=True))
    last_error: Mapped[str | None] = mapped_column(sa.String(500))


class IdempotencyRecord(CommonTableAttributes, AdvancedDeclarativeBase):
    """The first response to a POST with an ``Idempotency-Key``, stored in the same transaction as
    the change it made, so a retry gets the same answer and changes nothing."""

    __tablename__ = "idempotency_records"
    __table_args__ = (sa.Index("ix_idempotency_records_created", "created_at"),)

    scope: Mapped[str] = mapped_column(sa.String(120), primary_key=True)
    key: Mapped[str] = mapped_column(sa.String(200), primary_key=True)
    request_hash: Mapped[bytes] = mapped_column(sa.LargeBinary(32))
    status_code: Mapped[int] = mapped_column(sa.Integer)
    headers: Mapped[dict[str, str]] = mapped_column(JSONB)
    body: Mapped[bytes] = mapped_column(sa.LargeBinary)
    created_at: Mapped[datetime] = mapped_column(DateTimeUTC(timezone=True), server_default=sa.func.now())
