"""Reports, moderation decisions, appeals and posting blocks.

A report or decision concerns one comment, proposal or open poll answer: nullable columns, exactly one set,
each a composite reference within the municipality. Decisions are append-only (the database
refuses updates); an appeal is written once and settled once. All of them go when the content
they concern is deleted; the audit log keeps who decided what.
"""

from datetime import datetime
from enum import StrEnum
from uuid import UUID

import sqlalchemy as sa
from advanced_alchemy.types import DateTimeUTC
from sqlalchemy.orm import Mapped, mapped_column

from api.db.base import TenantBase, TenantRecordBase, per_person_table_args, tenant_table_args
from api.db.constraints import index_newest_first, index_oldest_first, unique_where
from api.db.types import account_ref, enum_column


class ContentType(StrEnum):
    """What can be reported and moderated."""

    COMMENT = "comment"
    PROPOSAL = "proposal"
    POLL_ANSWER = "poll_answer"


class ReportReason(StrEnum):
    SPAM = "spam"
    OFFENSIVE = "offensive"
    PERSONAL_DATA = "personal_data"
    OFF_TOPIC = "off_topic"
    OTHER = "other"


class ModerationAction(StrEnum):
    HIDE = "hide"
    RESTORE = "restore"
    DISMISS = "dismiss"


class AppealOutcome(StrEnum):
    UPHELD = "upheld"  # the decision stands
    OVERTURNED = "overturned"  # the content is shown again


_ONE_TARGET = "num_nonnulls(comment_id, proposal_id, poll_answer_id) = 1"
_ON_CONTENT = {"comment_id": "comments", "proposal_id": "proposals", "poll_answer_id": "poll_answers"}


class ModerationDecision(TenantRecordBase):
    """What staff decided about one piece of content, and the public reason. Never changed."""

    __tablename__ = "moderation_decisions"
    __table_args__ = tenant_table_args(
        sa.CheckConstraint(_ONE_TARGET, name="one_target"),
        sa.CheckConstraint("reports_resolved >= 0", name="reports_resolved_positive"),
        sa.Index(
            "ix_moderation_decisions_comment",
            "comment_id",
            postgresql_where=sa.text("comment_id IS NOT NULL"),
        ),
        sa.Index(
            "ix_moderation_decisions_proposal",
            "proposal_id",
            postgresql_where=sa.text("proposal_id IS NOT NULL"),
        ),
        sa.Index(
            "ix_moderation_decisions_poll_answer",
            "poll_answer_id",
            postgresql_where=sa.text("poll_answer_id IS NOT NULL"),
        ),
        index_newest_first(
            "ix_moderation_decisions_resolving",
            "municipality_id",
            postgresql_where=sa.text("reports_resolved > 0"),
        ),
        cascade=_ON_CONTENT,
    )

    comment_id: Mapped[UUID | None] = mapped_column()
    proposal_id: Mapped[UUID | None] = mapped_column()
    # An open answer of a quick poll (its author: the named response's account, or nobody).
    poll_answer_id: Mapped[UUID | None] = mapped_column()
    action: Mapped[ModerationAction] = enum_column(ModerationAction, "moderation_action")
    public_reason: Mapped[str] = mapped_column(sa.Text, default="", server_default="")
    decided_by_id: Mapped[UUID] = account_ref("RESTRICT")
    # How many open reports this decision closed.
    reports_resolved: Mapped[int] = mapped_column(sa.Integer, default=0, server_default="0")


class ModerationReport(TenantBase):
    """One person's report of a comment or proposal. Open until a decision on the item closes it."""

    __tablename__ = "moderation_reports"
    __table_args__ = tenant_table_args(
        sa.CheckConstraint(_ONE_TARGET, name="one_target"),
        sa.CheckConstraint("(decision_id IS NULL) = (resolved_at IS NULL)", name="resolved_whole"),
        # One open report per person per item, also under parallel requests.
        unique_where(
            "uq_moderation_reports_open_comment",
            "comment_id",
            "reporter_id",
            where="decision_id IS NULL AND comment_id IS NOT NULL",
        ),
        unique_where(
            "uq_moderation_reports_open_proposal",
            "proposal_id",
            "reporter_id",
            where="decision_id IS NULL AND proposal_id IS NOT NULL",
        ),
        unique_where(
            "uq_moderation_reports_open_poll_answer",
            "poll_answer_id",
            "reporter_id",
            where="decision_id IS NULL AND poll_answer_id IS NOT NULL",
        ),
        sa.Index(
            "ix_moderation_reports_open", "municipality_id", postgresql_where=sa.text("decision_id IS NULL")
        ),
        sa.Index(
            "ix_moderation_reports_decision",
            "decision_id",
            postgresql_where=sa.text("decision_id IS NOT NULL"),
        ),
        sa.Index("ix_moderation_reports_reporter", "reporter_id"),
        cascade={**_ON_CONTENT, "decision_id": "moderation_decisions"},
    )

    comment_id: Mapped[UUID | None] = mapped_column()
    proposal_id: Mapped[UUID | None] = mapped_column()
    # An open answer of a quick poll (its author: the named response's account, or nobody).
    poll_answer_id: Mapped[UUID | None] = mapped_column()
    reporter_id: Mapped[UUID] = account_ref("CASCADE")
    reason: Mapped[ReportReason] = enum_column(ReportReason, "report_reason")
    explanation: Mapped[str] = mapped_column(sa.Text, default="", server_default="")
    decision_id: Mapped[UUID | None] = mapped_column()
    resolved_at: Mapped[datetime | None] = mapped_column(DateTimeUTC(timezone=True))


class ModerationAppeal(TenantBase):
    """The author's objection to a decision: at most one per decision, settled once by staff."""

    __tablename__ = "moderation_appeals"
    __table_args__ = tenant_table_args(
        sa.UniqueConstraint("decision_id"),
        sa.CheckConstraint(
            "(outcome IS NULL) = (resolved_at IS NULL) AND (outcome IS NULL) = (resolved_by_id IS NULL)"
            " AND (outcome IS NULL) = (resolution_reason IS NULL)",
            name="settled_whole",
        ),
        index_oldest_first(
            "ix_moderation_appeals_open", "municipality_id", postgresql_where=sa.text("outcome IS NULL")
        ),
        sa.Index(
            "ix_moderation_appeals_settled",
            "municipality_id",
            sa.text("resolved_at DESC"),
            sa.text("id DESC"),
            postgresql_where=sa.text("outcome IS NOT NULL"),
        ),
        cascade={"decision_id": "moderation_decisions"},
    )

    decision_id: Mapped[UUID] = mapped_column()
    author_id: Mapped[UUID] = account_ref("RESTRICT")
    explanation: Mapped[str] = mapped_column(sa.Text)
    outcome: Mapped[AppealOutcome | None] = enum_column(AppealOutcome, "appeal_outcome")
    resolution_reason: Mapped[str | None] = mapped_column(sa.Text)
    resolved_by_id: Mapped[UUID | None] = account_ref("RESTRICT")
    resolved_at: Mapped[datetime | None] = mapped_column(DateTimeUTC(timezone=True))


class PostingBlock(TenantBase):
    """A person may not post in this municipality, until ``ends_at`` or until lifted."""

    __tablename__ = "posting_blocks"
    __table_args__ = per_person_table_args(
        "posting_blocks", "municipality_id", index_newest_first("ix_posting_blocks_recent", "municipality_id")
    )

    account_id: Mapped[UUID] = account_ref("CASCADE")
    reason: Mapped[str] = mapped_column(sa.Text)
    ends_at: Mapped[datetime | None] = mapped_column(DateTimeUTC(timezone=True))
    blocked_by_id: Mapped[UUID | None] = account_ref("SET NULL")
