"""Tasks, the proposals they came from, claims on them by organisations, and progress."""

from datetime import date, datetime
from enum import StrEnum
from uuid import UUID

import sqlalchemy as sa
from advanced_alchemy.types import DateTimeUTC
from sqlalchemy.orm import Mapped, mapped_column

from api.db.base import TenantBase, TenantRecordBase, link_table_args, tenant_table_args
from api.db.constraints import filled_in_status, index_newest_first, index_oldest_first, unique_where
from api.db.mixins import Titled, Versioned
from api.db.types import account_ref, enum_column


class TaskStatus(StrEnum):
    OPEN = "open"
    IN_PROGRESS = "in_progress"
    DONE = "done"
    CANCELLED = "cancelled"


class Task(Titled, Versioned, TenantBase):
    """A piece of co-creation work. ``claimed_count`` moves only in the statement that claims or
    releases, and can never pass ``capacity``: a CHECK holds it there whatever writes it."""

    __tablename__ = "tasks"
    __table_args__ = tenant_table_args(
        sa.CheckConstraint("capacity BETWEEN 1 AND 50", name="capacity_range"),
        sa.CheckConstraint("claimed_count >= 0 AND claimed_count <= capacity", name="claims_within_capacity"),
        sa.CheckConstraint("effort_hours IS NULL OR effort_hours BETWEEN 1 AND 100000", name="effort_range"),
        filled_in_status("cancel_reason", "cancelled", name="cancel_reason_given"),
        index_oldest_first("ix_tasks_opgave", "opgave_id"),
        # ?updatedSince= of systems that keep a copy.
        sa.Index("ix_tasks_opgave_updated", "opgave_id", "updated_at"),
        index_oldest_first("ix_tasks_opgave_status", "opgave_id", "status"),
        index_oldest_first("ix_tasks_opgave_line", "opgave_id", "action_line_id"),
        cascade={"opgave_id": "opgaven"},
        set_null={"action_line_id": "action_lines"},
    )

    opgave_id: Mapped[UUID] = mapped_column()
    action_line_id: Mapped[UUID | None] = mapped_column()
    effort_hours: Mapped[int | None] = mapped_column(sa.Integer)
    due_date: Mapped[date | None] = mapped_column(sa.Date)
    capacity: Mapped[int] = mapped_column(sa.Integer, default=1, server_default="1")
    claimed_count: Mapped[int] = mapped_column(sa.Integer, default=0, server_default="0")
    skills: Mapped[list[str]] = mapped_column(sa.ARRAY(sa.String(60)), default=list, server_default="{}")
    status: Mapped[TaskStatus] = enum_column(TaskStatus, "task_status", default=TaskStatus.OPEN)
    cancel_reason: Mapped[str | None] = mapped_column(sa.Text)
    created_by_id: Mapped[UUID | None] = account_ref("SET NULL")


class TaskProposal(TenantBase):
    """A proposal a task came from: an adopted idea's author can follow what became of it."""

    __tablename__ = "task_proposals"
    __table_args__ = link_table_args("task_proposals", task_id="tasks", proposal_id="proposals")

    task_id: Mapped[UUID] = mapped_column()
    proposal_id: Mapped[UUID] = mapped_column()


class TaskClaim(TenantBase):
    """An organisation taking on a task. Released claims stay, for the record; at most one active
    claim per organisation and task (a partial unique index)."""

    __tablename__ = "task_claims"
    __table_args__ = tenant_table_args(
        sa.CheckConstraint("progress_percent BETWEEN 0 AND 100", name="percent_range"),
        unique_where("uq_task_claims_active", "task_id", "organisation_id", where="released_at IS NULL"),
        index_oldest_first("ix_task_claims_task", "task_id"),
        index_newest_first("ix_task_claims_organisation", "organisation_id"),
        references={"organisation_id": "organisations"},
        cascade={"task_id": "tasks"},
    )

    task_id: Mapped[UUID] = mapped_column()
    organisation_id: Mapped[UUID] = mapped_column()
    claimed_by_id: Mapped[UUID | None] = account_ref("SET NULL")
    commitment: Mapped[str] = mapped_column(sa.Text, default="", server_default="")
    progress_percent: Mapped[int] = mapped_column(sa.Integer, default=0, server_default="0")
    released_at: Mapped[datetime | None] = mapped_column(DateTimeUTC(timezone=True))


class ProgressUpdate(TenantRecordBase):
    """What a claimant reports: a text and how far along. Append-only."""

    __tablename__ = "progress_updates"
    __table_args__ = tenant_table_args(
        sa.CheckConstraint("percent BETWEEN 0 AND 100", name="percent_range"),
        index_oldest_first("ix_progress_updates_claim", "claim_id"),
        cascade={"claim_id": "task_claims"},
    )

    claim_id: Mapped[UUID] = mapped_column()
    author_id: Mapped[UUID | None] = account_ref("SET NULL")
    text: Mapped[str] = mapped_column(sa.Text)
    percent: Mapped[int] = mapped_column(sa.Integer)
