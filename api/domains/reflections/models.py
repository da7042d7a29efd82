"""Reflection moments, the entries written in them, the ideas they discuss, and their follow-up."""

from datetime import date, datetime
from enum import StrEnum
from uuid import UUID

import sqlalchemy as sa
from advanced_alchemy.types import DateTimeUTC
from sqlalchemy.orm import Mapped, mapped_column

from api.db.base import TenantBase, link_table_args, tenant_table_args
from api.db.constraints import filled_in_status, index_oldest_first
from api.db.mixins import Versioned
from api.db.types import account_ref, enum_column
from api.domains.opgaven.models import Phase


class ReflectionStatus(StrEnum):
    OPEN = "open"
    CLOSED = "closed"


DEFAULT_PROMPTS = ["Wat ging goed?", "Wat ging niet goed?", "Wat veranderen we?"]


class ReflectionMoment(Versioned, TenantBase):
    """A moment when the team looks back. Open for entries; the procesregisseur closes it with
    conclusions and follow-up actions; its summary is public once published."""

    __tablename__ = "reflection_moments"
    __table_args__ = tenant_table_args(
        sa.CheckConstraint("cardinality(prompts) BETWEEN 1 AND 10", name="prompts_count"),
        filled_in_status("closed_at", "closed", name="closed_dated"),
        sa.CheckConstraint("NOT published OR status = 'closed'", name="published_when_closed"),
        sa.Index("ix_reflection_moments_opgave", "opgave_id", "held_on", "id"),
        cascade={"opgave_id": "opgaven"},
    )

    opgave_id: Mapped[UUID] = mapped_column()
    title: Mapped[str] = mapped_column(sa.String(200))
    held_on: Mapped[date] = mapped_column(sa.Date)
    phase: Mapped[Phase] = enum_column(Phase, "reflection_phase")
    prompts: Mapped[list[str]] = mapped_column(sa.ARRAY(sa.String(300)))
    # The team always takes part; with this, residents (any confirmed account) may write too.
    residents_invited: Mapped[bool] = mapped_column(sa.Boolean, default=False, server_default="false")
    status: Mapped[ReflectionStatus] = enum_column(
        ReflectionStatus, "reflection_status", default=ReflectionStatus.OPEN
    )
    conclusions: Mapped[str] = mapped_column(sa.Text, default="", server_default="")
    summary: Mapped[str] = mapped_column(sa.Text, default="", server_default="")
    published: Mapped[bool] = mapped_column(sa.Boolean, default=False, server_default="false")
    closed_at: Mapped[datetime | None] = mapped_column(DateTimeUTC(timezone=True))
    closed_by_id: Mapped[UUID | None] = account_ref("SET NULL")
    created_by_id: Mapped[UUID | None] = account_ref("SET NULL")


class ReflectionProposal(TenantBase):
    """An idea the moment discusses: the idea's trail shows the reflections about it."""

    __tablename__ = "reflection_proposals"
    __table_args__ = link_table_args(
        "reflection_proposals", moment_id="reflection_moments", proposal_id="proposals"
    )

    moment_id: Mapped[UUID] = mapped_column()
    proposal_id: Mapped[UUID] = mapped_column()


class ReflectionEntry(TenantBase):
    """What one participant writes under one prompt."""

    __tablename__ = "reflection_entries"
    __table_args__ = tenant_table_args(
        sa.CheckConstraint("prompt_index BETWEEN 0 AND 9", name="prompt_index_range"),
        index_oldest_first("ix_reflection_entries_moment", "moment_id", "prompt_index"),
        sa.Index("ix_reflection_entries_author", "author_id"),
        cascade={"moment_id": "reflection_moments"},
    )

    moment_id: Mapped[UUID] = mapped_column()
    prompt_index: Mapped[int] = mapped_column(sa.Integer)
    author_id: Mapped[UUID] = account_ref("RESTRICT")
    body: Mapped[str] = mapped_column(sa.Text)


class FollowUpKind(StrEnum):
    TASK = "task"
    FORMULATION = "formulation"
    ACTION_LINE = "action_line"
    NOTE = "note"


class FollowUpAction(TenantBase):
    """What the team will do differently, and what it became: a task, a formulation proposal, a
    change to an action line, or simply a note."""

    __tablename__ = "follow_up_actions"
    __table_args__ = tenant_table_args(
        sa.Index("ix_follow_up_actions_moment", "moment_id", "position"),
        references={"formulation_id": "formulations"},
        cascade={"moment_id": "reflection_moments"},
        set_null={"task_id": "tasks", "action_line_id": "action_lines"},
    )

    moment_id: Mapped[UUID] = mapped_column()
    position: Mapped[int] = mapped_column(sa.Integer)
    kind: Mapped[FollowUpKind] = enum_column(FollowUpKind, "follow_up_kind")
    description: Mapped[str] = mapped_column(sa.Text)
    task_id: Mapped[UUID | None] = mapped_column()
    formulation_id: Mapped[UUID | None] = mapped_column()
    action_line_id: Mapped[UUID | None] = mapped_column()
