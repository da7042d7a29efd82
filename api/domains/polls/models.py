"""A poll, its questions, the responses and their answers, and who took part in an anonymous poll.

An anonymous poll keeps two things apart that must never be joined: *that* someone took part
(``poll_participations``: a keyed hash of poll and account, so one answer each, held by a unique
constraint) and *what* was answered (``poll_responses`` without an account, ``poll_answers``). The
rows of both get random ids and only the day as their time, so neither their order nor their
moment links one to the other.
"""

from datetime import datetime
from enum import StrEnum
from uuid import UUID

import sqlalchemy as sa
from advanced_alchemy.types import DateTimeUTC
from sqlalchemy.dialects.postgresql import ARRAY
from sqlalchemy.orm import Mapped, mapped_column

from api.db.base import TenantBase, TenantRecordBase, tenant_table_args
from api.db.constraints import filled_in_status, index_oldest_first
from api.db.mixins import Titled, Versioned
from api.db.types import account_ref, enum_column
from api.domains.moderation.content import moderated
from api.domains.moderation.models import ContentType
from api.domains.polls.moderated import POLL_ANSWER_SQL


class PollStatus(StrEnum):
    DRAFT = "draft"  # staff prepare it; nobody else sees it
    OPEN = "open"  # answers count (until ``closes_at``, if set)
    CLOSED = "closed"  # final; results for everyone


class QuestionKind(StrEnum):
    SINGLE_CHOICE = "single_choice"
    MULTIPLE_CHOICE = "multiple_choice"
    SCALE = "scale"
    OPEN_TEXT = "open_text"


class Poll(Titled, Versioned, TenantBase):
    """A short questionnaire of an opgave, or of one of its meetings."""

    __tablename__ = "polls"
    __table_args__ = tenant_table_args(
        sa.CheckConstraint("(status = 'draft') = (opened_at IS NULL)", name="opened_dated"),
        filled_in_status("closed_at", "closed", name="closed_dated"),
        index_oldest_first("ix_polls_opgave", "opgave_id"),
        sa.Index("ix_polls_meeting", "meeting_id", postgresql_where=sa.text("meeting_id IS NOT NULL")),
        sa.Index("ix_polls_closing", "closes_at", postgresql_where=sa.text("status = 'open'")),
        cascade={"opgave_id": "opgaven"},
        set_null={"meeting_id": "meetings"},
    )

    opgave_id: Mapped[UUID] = mapped_column()
    meeting_id: Mapped[UUID | None] = mapped_column()
    anonymous: Mapped[bool] = mapped_column(sa.Boolean, default=False, server_default="false")
    status: Mapped[PollStatus] = enum_column(PollStatus, "poll_status", default=PollStatus.DRAFT)
    # Answers are refused from then on, also before staff close it.
    closes_at: Mapped[datetime | None] = mapped_column(DateTimeUTC(timezone=True))
    opened_at: Mapped[datetime | None] = mapped_column(DateTimeUTC(timezone=True))
    closed_at: Mapped[datetime | None] = mapped_column(DateTimeUTC(timezone=True))
    created_by_id: Mapped[UUID | None] = account_ref("SET NULL")


class PollQuestion(TenantBase):
    """One question; its options (choices) or its scale (``scale_min`` to ``scale_max``, labelled)."""

    __tablename__ = "poll_questions"
    __table_args__ = tenant_table_args(
        sa.UniqueConstraint("poll_id", "position"),
        sa.CheckConstraint("cardinality(options) <= 10", name="options_bounded"),
        sa.CheckConstraint(
            "(kind IN ('single_choice', 'multiple_choice')) = (cardinality(options) >= 2)",
            name="choices_have_options",
        ),
        sa.CheckConstraint(
            "(kind = 'scale') = (scale_min IS NOT NULL AND scale_max IS NOT NULL)"
            " AND (scale_min IS NULL OR (scale_min BETWEEN 0 AND 1 AND scale_max BETWEEN scale_min + 2 AND 10))",
            name="scale_bounded",
        ),
        sa.CheckConstraint(
            "max_choices IS NULL OR (kind = 'multiple_choice' AND max_choices BETWEEN 1 AND 10)",
            name="max_choices_of_multiple",
        ),
        cascade={"poll_id": "polls"},
    )

    poll_id: Mapped[UUID] = mapped_column()
    position: Mapped[int] = mapped_column(sa.Integer)
    kind: Mapped[QuestionKind] = enum_column(QuestionKind, "poll_question_kind")
    text: Mapped[str] = mapped_column(sa.String(300))
    required: Mapped[bool] = mapped_column(sa.Boolean, default=True, server_default="true")
    options: Mapped[list[str]] = mapped_column(ARRAY(sa.String(100)), default=list, server_default="{}")
    max_choices: Mapped[int | None] = mapped_column(sa.Integer)
    scale_min: Mapped[int | None] = mapped_column(sa.Integer)
    scale_max: Mapped[int | None] = mapped_column(sa.Integer)
    min_label: Mapped[str] = mapped_column(sa.String(60), default="", server_default="")
    max_label: Mapped[str] = mapped_column(sa.String(60), default="", server_default="")


class PollResponse(TenantBase):
    """One person's answers to a poll. Named: one per account (a unique constraint), replaced until
    the close. Anonymous: no account, a random id, and the day only as its time."""

    __tablename__ = "poll_responses"
    __table_args__ = tenant_table_args(
        sa.UniqueConstraint("poll_id", "account_id"),
        sa.Index(
            "ix_poll_responses_account", "account_id", postgresql_where=sa.text("account_id IS NOT NULL")
        ),
        cascade={"poll_id": "polls"},
    )

    poll_id: Mapped[UUID] = mapped_column()
    # NULL in an anonymous poll, and when the account was deleted (its answers stay, anonymised).
    account_id: Mapped[UUID | None] = account_ref("SET NULL")
    submissions: Mapped[int] = mapped_column(sa.Integer, default=1, server_default="1")


class PollParticipation(TenantRecordBase):
    """That someone took part in an anonymous poll, and nothing of what they answered: a keyed hash
    (HMAC with the platform's secret) of the poll and the account, unique per poll."""

    __tablename__ = "poll_participations"
    __table_args__ = tenant_table_args(
        sa.UniqueConstraint("poll_id", "voter_key"),
        sa.CheckConstraint("length(voter_key) = 32", name="key_is_a_hash"),
        cascade={"poll_id": "polls"},
    )

    poll_id: Mapped[UUID] = mapped_column()
    voter_key: Mapped[bytes] = mapped_column(sa.LargeBinary)


@moderated(ContentType.POLL_ANSWER, POLL_ANSWER_SQL)
class PollAnswer(TenantBase):
    """The answer to one question in one response: options chosen (by their number), a point on
    the scale, or a text. A text is moderated as a comment is, in the one moderation queue: reported, hidden with a reason, appealed by its named author."""

    __tablename__ = "poll_answers"
    __table_args__ = tenant_table_args(
        sa.UniqueConstraint("response_id", "question_id"),
        sa.CheckConstraint("num_nonnulls(choices, scale_value, body) = 1", name="one_kind_of_answer"),
        sa.CheckConstraint(
            "choices IS NULL OR cardinality(choices) BETWEEN 1 AND 10", name="choices_bounded"
        ),
        sa.CheckConstraint("body IS NULL OR char_length(body) BETWEEN 1 AND 2000", name="body_bounded"),
        sa.CheckConstraint("hidden OR hidden_reason IS NULL", name="reason_when_hidden"),
        sa.Index("ix_poll_answers_question", "question_id", "id"),
        sa.Index("ix_poll_answers_poll", "poll_id"),
        cascade={"poll_id": "polls", "response_id": "poll_responses", "question_id": "poll_questions"},
    )

    poll_id: Mapped[UUID] = mapped_column()
    response_id: Mapped[UUID] = mapped_column()
    question_id: Mapped[UUID] = mapped_column()
    choices: Mapped[list[int] | None] = mapped_column(ARRAY(sa.Integer))
    scale_value: Mapped[int | None] = mapped_column(sa.Integer)
    body: Mapped[str | None] = mapped_column(sa.Text)
    hidden: Mapped[bool] = mapped_column(sa.Boolean, default=False, server_default="false")
    hidden_reason: Mapped[str | None] = mapped_column(sa.Text)
