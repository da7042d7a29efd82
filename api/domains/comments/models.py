"""Comments, their edits, and the stance they take."""

from datetime import datetime
from enum import StrEnum
from uuid import UUID

import sqlalchemy as sa
from advanced_alchemy.types import DateTimeUTC
from sqlalchemy.orm import Mapped, mapped_column

from api.db.base import TenantBase, TenantRecordBase, tenant_table_args
from api.db.constraints import index_oldest_first
from api.db.types import account_ref, enum_column
from api.domains.moderation.content import moderated
from api.domains.moderation.models import ContentType


class Stance(StrEnum):
    FOR = "for"
    AGAINST = "against"
    NEUTRAL = "neutral"


@moderated(ContentType.COMMENT)
class Comment(TenantBase):
    """A comment on an opgave, or on one of its proposals or tasks. A reply's parent is a
    top-level comment on the same thing. Its author is a person, or the municipality itself: one of
    its systems posting in its name (``author_client_id``)."""

    __tablename__ = "comments"
    __table_args__ = tenant_table_args(
        index_oldest_first(
            "ix_comments_opgave",
            "opgave_id",
            postgresql_where=sa.text("proposal_id IS NULL AND task_id IS NULL AND parent_id IS NULL"),
        ),
        index_oldest_first(
            "ix_comments_proposal", "proposal_id", postgresql_where=sa.text("parent_id IS NULL")
        ),
        index_oldest_first("ix_comments_task", "task_id", postgresql_where=sa.text("parent_id IS NULL")),
        index_oldest_first("ix_comments_parent", "parent_id"),
        # Every comment of an opgave, whatever it is on: the municipality's dashboard counts them.
        sa.Index("ix_comments_opgave_all", "opgave_id", "created_at"),
        sa.Index("ix_comments_author", "author_id", sa.text("created_at DESC")),
        sa.CheckConstraint("proposal_id IS NULL OR task_id IS NULL", name="one_target"),
        # Written by a person, or by a system of the municipality in its name: exactly one.
        sa.CheckConstraint("(author_id IS NULL) <> (author_client_id IS NULL)", name="one_author"),
        sa.CheckConstraint("reply_count >= 0", name="reply_count_positive"),
        references={"author_client_id": "api_clients"},
        cascade={
            "opgave_id": "opgaven",
            "proposal_id": "proposals",
            "parent_id": "comments",
            "task_id": "tasks",
        },
    )

    opgave_id: Mapped[UUID] = mapped_column()
    proposal_id: Mapped[UUID | None] = mapped_column()
    task_id: Mapped[UUID | None] = mapped_column()
    parent_id: Mapped[UUID | None] = mapped_column()
    author_id: Mapped[UUID | None] = account_ref("RESTRICT")
    # A comment in the municipality's name: the system (API client) of that municipality that posted it.
    author_client_id: Mapped[UUID | None] = mapped_column()
    body: Mapped[str] = mapped_column(sa.Text)
    stance: Mapped[Stance | None] = enum_column(Stance, "stance")
    reply_count: Mapped[int] = mapped_column(sa.Integer, default=0, server_default="0")
    edited_at: Mapped[datetime | None] = mapped_column(DateTimeUTC(timezone=True))
    deleted_at: Mapped[datetime | None] = mapped_column(DateTimeUTC(timezone=True))
    hidden: Mapped[bool] = mapped_column(sa.Boolean, default=False, server_default="false")
    hidden_reason: Mapped[str | None] = mapped_column(sa.Text)


class CommentRevision(TenantRecordBase):
    """A comment as it was before an edit: edits are kept, not overwritten."""

    __tablename__ = "comment_revisions"
    __table_args__ = tenant_table_args(
        sa.Index("ix_comment_revisions_comment", "comment_id", "created_at"),
        cascade={"comment_id": "comments"},
    )

    comment_id: Mapped[UUID] = mapped_column()
    body: Mapped[str] = mapped_column(sa.Text)
    stance: Mapped[Stance | None] = enum_column(Stance, "stance")
