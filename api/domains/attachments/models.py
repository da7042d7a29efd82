"""Attachments: a file's row. The bytes are in the object store under ``storage_key``."""

from enum import StrEnum
from uuid import UUID

import sqlalchemy as sa
from sqlalchemy.orm import Mapped, mapped_column

from api.db.base import TenantBase, tenant_table_args
from api.db.constraints import index_oldest_first
from api.db.types import account_ref, enum_column
from api.domains.attachments.content import Kind


class SubjectType(StrEnum):
    """What a file is attached to."""

    OPGAVE = "opgave"
    PROPOSAL = "proposal"
    TASK = "task"
    PROGRESS_UPDATE = "progress_update"
    REFLECTION = "reflection"


class Attachment(TenantBase):
    """One uploaded file of an opgave or of something in it. Deleting that thing deletes the row,
    and with it every way to reach the file."""

    __tablename__ = "attachments"
    __table_args__ = tenant_table_args(
        sa.CheckConstraint(
            "num_nonnulls(proposal_id, task_id, progress_update_id, reflection_id)"
            " = CASE WHEN subject_type = 'opgave' THEN 0 ELSE 1 END",
            name="one_subject",
        ),
        sa.CheckConstraint("kind <> 'image' OR length(alt_text) > 0", name="image_has_alt_text"),
        sa.CheckConstraint("size_bytes > 0", name="size_positive"),
        index_oldest_first("ix_attachments_opgave", "opgave_id", "subject_type"),
        sa.Index("ix_attachments_proposal", "proposal_id", postgresql_where="proposal_id IS NOT NULL"),
        sa.Index("ix_attachments_task", "task_id", postgresql_where="task_id IS NOT NULL"),
        sa.Index(
            "ix_attachments_progress_update",
            "progress_update_id",
            postgresql_where="progress_update_id IS NOT NULL",
        ),
        sa.Index("ix_attachments_reflection", "reflection_id", postgresql_where="reflection_id IS NOT NULL"),
        sa.Index("ix_attachments_uploader", "uploaded_by_id", "created_at"),
        cascade={
            "opgave_id": "opgaven",
            "proposal_id": "proposals",
            "task_id": "tasks",
            "progress_update_id": "progress_updates",
            "reflection_id": "reflection_moments",
        },
    )

    opgave_id: Mapped[UUID] = mapped_column()
    subject_type: Mapped[SubjectType] = enum_column(SubjectType, "attachment_subject")
    proposal_id: Mapped[UUID | None] = mapped_column()
    task_id: Mapped[UUID | None] = mapped_column()
    progress_update_id: Mapped[UUID | None] = mapped_column()
    reflection_id: Mapped[UUID | None] = mapped_column()
    kind: Mapped[Kind] = enum_column(Kind, "attachment_kind")
    media_type: Mapped[str] = mapped_column(sa.String(100))
    file_name: Mapped[str] = mapped_column(sa.String(200))
    alt_text: Mapped[str] = mapped_column(sa.String(300), default="", server_default="")
    # What is stored (all widths of an image together): what counts towards the uploader's quota.
    size_bytes: Mapped[int] = mapped_column(sa.BigInteger)
    width: Mapped[int | None] = mapped_column(sa.Integer)
    height: Mapped[int | None] = mapped_column(sa.Integer)
    widths: Mapped[list[int]] = mapped_column(sa.ARRAY(sa.Integer), default=list, server_default="{}")
    storage_key: Mapped[str] = mapped_column(sa.String(200), unique=True)
    uploaded_by_id: Mapped[UUID | None] = account_ref("SET NULL")
