"""Meetings of an opgave and who registered for them, in order, with a waiting list."""

from datetime import datetime
from enum import StrEnum
from uuid import UUID

import sqlalchemy as sa
from advanced_alchemy.types import DateTimeUTC
from sqlalchemy.orm import Mapped, mapped_column

from api.db.base import TenantBase, tenant_table_args
from api.db.constraints import filled_in_status, unique_where
from api.db.mixins import Titled, Versioned
from api.db.types import account_ref, enum_column


class MeetingKind(StrEnum):
    WORK_SESSION = "work_session"  # werksessie
    KNOWLEDGE_SESSION = "knowledge_session"  # kennissessie
    SOUNDING_BOARD = "sounding_board"  # klankbordgroep
    REFLECTION_MOMENT = "reflection_moment"  # reflectiemoment


class MeetingStatus(StrEnum):
    PLANNED = "planned"
    CANCELLED = "cancelled"


class RegistrationStatus(StrEnum):
    REGISTERED = "registered"
    WAITING = "waiting"
    CANCELLED = "cancelled"


class Meeting(Titled, Versioned, TenantBase):
    """A session of an opgave. ``registered_count`` is kept by the writes that register and cancel,
    under the meeting row's lock; the database refuses a count above the capacity."""

    __tablename__ = "meetings"
    __table_args__ = tenant_table_args(
        sa.CheckConstraint("ends_at > starts_at", name="ends_after_start"),
        sa.CheckConstraint("capacity BETWEEN 1 AND 10000", name="capacity_range"),
        sa.CheckConstraint("registered_count BETWEEN 0 AND capacity", name="within_capacity"),
        sa.CheckConstraint("location <> '' OR online_url <> ''", name="has_a_place"),
        sa.CheckConstraint(
            "kind = 'reflection_moment' OR reflection_id IS NULL", name="reflection_of_its_kind"
        ),
        sa.Index("ix_meetings_opgave", "opgave_id", "starts_at", "id"),
        sa.Index("ix_meetings_reminders", "starts_at", postgresql_where=sa.text("status = 'planned'")),
        cascade={"opgave_id": "opgaven"},
        set_null={"reflection_id": "reflection_moments"},
    )

    opgave_id: Mapped[UUID] = mapped_column()
    kind: Mapped[MeetingKind] = enum_column(MeetingKind, "meeting_kind")
    starts_at: Mapped[datetime] = mapped_column(DateTimeUTC(timezone=True))
    ends_at: Mapped[datetime] = mapped_column(DateTimeUTC(timezone=True))
    location: Mapped[str] = mapped_column(sa.String(300), default="", server_default="")
    online_url: Mapped[str] = mapped_column(sa.String(500), default="", server_default="")
    capacity: Mapped[int] = mapped_column(sa.Integer)
    registered_count: Mapped[int] = mapped_column(sa.Integer, default=0, server_default="0")
    status: Mapped[MeetingStatus] = enum_column(
        MeetingStatus, "meeting_status", default=MeetingStatus.PLANNED
    )
    # A reflection moment's time and place: the moment it is the meeting of.
    reflection_id: Mapped[UUID | None] = mapped_column()
    # Written afterwards: what was discussed, and what was decided.
    notes: Mapped[str] = mapped_column(sa.Text, default="", server_default="")
    decisions: Mapped[str] = mapped_column(sa.Text, default="", server_default="")
    created_by_id: Mapped[UUID | None] = account_ref("SET NULL")


class MeetingRegistration(TenantBase):
    """One person's registration; ``waiting`` ones move up in ``position`` order when a place frees."""

    __tablename__ = "meeting_registrations"
    __table_args__ = tenant_table_args(
        filled_in_status("cancelled_at", "cancelled", name="cancelled_dated"),
        # One live registration per person per meeting.
        unique_where(
            "uq_meeting_registrations_live", "meeting_id", "account_id", where="status <> 'cancelled'"
        ),
        sa.Index("ix_meeting_registrations_queue", "meeting_id", "status", "position"),
        sa.Index("ix_meeting_registrations_account", "account_id", "created_at"),
        cascade={"meeting_id": "meetings"},
    )

    meeting_id: Mapped[UUID] = mapped_column()
    account_id: Mapped[UUID] = account_ref("CASCADE")
    status: Mapped[RegistrationStatus] = enum_column(RegistrationStatus, "registration_status")
    # The order of arrival (a sequence): the waiting list moves up in this order.
    position: Mapped[int] = mapped_column(
        sa.BigInteger, server_default=sa.text("nextval('meeting_registration_position')")
    )
    cancelled_at: Mapped[datetime | None] = mapped_column(DateTimeUTC(timezone=True))
    reminded_at: Mapped[datetime | None] = mapped_column(DateTimeUTC(timezone=True))
