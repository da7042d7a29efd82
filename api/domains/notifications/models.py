"""Notifications to a person."""

from datetime import datetime
from enum import StrEnum
from uuid import UUID

import sqlalchemy as sa
from advanced_alchemy.types import DateTimeUTC
from sqlalchemy.orm import Mapped, mapped_column

from api.db.base import RecordBase
from api.db.constraints import index_newest_first
from api.db.types import account_ref, enum_column


class NotificationKind(StrEnum):
    PROPOSAL_ANSWERED = "proposal_answered"  # a response or status change on my proposal
    COMMENT_REPLIED = "comment_replied"  # a reply to my comment
    MODERATION_DECISION = "moderation_decision"  # my content was hidden or restored
    PROPOSAL_ON_FOLLOWED = "proposal_on_followed"  # a new proposal on an opgave I follow
    BUDGET_CLAIM_DECIDED = "budget_claim_decided"  # my organisation's request granted, rejected or withdrawn
    CONTRIBUTION_DECIDED = "contribution_decided"  # my organisation's pledge confirmed or rejected
    TASK_CANCELLED = "task_cancelled"  # a task my organisation took on does not go ahead
    MEETING_UPDATE = "meeting_update"  # a place freed up for me, or a meeting I registered for is cancelled
    OPGAVE_UPDATE = (
        "opgave_update"  # a phase, formulation, task, grant, reflection or result of an opgave I follow
    )


class Notification(RecordBase):
    """Something that happened that concerns one person."""

    __tablename__ = "notifications"
    __table_args__ = (
        index_newest_first("ix_notifications_account_recent", "account_id"),
        sa.Index("ix_notifications_unread", "account_id", postgresql_where=sa.text("read_at IS NULL")),
        sa.Index(
            "ix_notifications_unmailed",
            "created_at",
            postgresql_where=sa.text("emailed_at IS NULL AND mail_wanted"),
        ),
    )

    account_id: Mapped[UUID] = account_ref("CASCADE")
    municipality_id: Mapped[UUID | None] = mapped_column(
        sa.ForeignKey("municipalities.id", ondelete="CASCADE")
    )
    kind: Mapped[NotificationKind] = enum_column(NotificationKind, "notification_kind")
    title: Mapped[str] = mapped_column(sa.String(300))
    body: Mapped[str] = mapped_column(sa.Text, default="", server_default="")
    # A path on the site, such as /ideeen/<id>.
    link: Mapped[str] = mapped_column(sa.String(300), default="", server_default="")
    object_type: Mapped[str | None] = mapped_column(sa.String(40))
    object_id: Mapped[UUID | None] = mapped_column()
    read_at: Mapped[datetime | None] = mapped_column(DateTimeUTC(timezone=True))
    # Whether this kind goes out by mail at all (the person's choice decides when).
    mail_wanted: Mapped[bool] = mapped_column(default=False, server_default="false")
    emailed_at: Mapped[datetime | None] = mapped_column(DateTimeUTC(timezone=True))
