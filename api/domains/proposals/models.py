"""Proposals and their supports."""

from datetime import datetime
from decimal import Decimal
from enum import StrEnum
from typing import Any
from uuid import UUID

from advanced_alchemy.types import DateTimeUTC
from sqlalchemy import (
    Boolean,
    CheckConstraint,
    Computed,
    ForeignKey,
    Index,
    Integer,
    Numeric,
    String,
    Text,
    UniqueConstraint,
    text,
)
from sqlalchemy.dialects.postgresql import TSVECTOR
from sqlalchemy.orm import Mapped, mapped_column

from api.db.base import TenantBase, TenantRecordBase, tenant_table_args
from api.db.mixins import Versioned
from api.db.types import str_enum
from api.domains.moderation.content import moderated
from api.domains.moderation.models import ContentType


class ProposalStatus(StrEnum):
    SUBMITTED = "submitted"
    UNDER_REVIEW = "under_review"
    ADOPTED = "adopted"
    DECLINED = "declined"
    WITHDRAWN = "withdrawn"


@moderated(ContentType.PROPOSAL)
class Proposal(Versioned, TenantBase):
    """An idea for an opgave. Support and comment counts are kept by the writes that change them."""

    __tablename__ = "proposals"
    __table_args__ = tenant_table_args(
        # ?updatedSince= of systems that keep a copy.
        Index("ix_proposals_opgave_updated", "opgave_id", "updated_at"),
        CheckConstraint("(latitude IS NULL) = (longitude IS NULL)", name="location_whole"),
        CheckConstraint(
            "latitude BETWEEN -90 AND 90 AND longitude BETWEEN -180 AND 180", name="location_wgs84"
        ),
        CheckConstraint(
            "support_count >= 0 AND comment_count >= 0 AND trending_count >= 0", name="counts_positive"
        ),
        Index("ix_proposals_opgave_recent", "opgave_id", text("created_at DESC"), text("id DESC")),
        Index(
            "ix_proposals_opgave_status_recent",
            "opgave_id",
            "status",
            text("created_at DESC"),
            text("id DESC"),
        ),
        Index(
            "ix_proposals_opgave_line_recent",
            "opgave_id",
            "action_line_id",
            text("created_at DESC"),
            text("id DESC"),
        ),
        Index("ix_proposals_opgave_supported", "opgave_id", text("support_count DESC"), text("id DESC")),
        Index("ix_proposals_opgave_discussed", "opgave_id", text("comment_count DESC"), text("id DESC")),
        # ?wijk= on an opgave's ideas, newest first.
        Index(
            "ix_proposals_opgave_wijk_recent",
            "opgave_id",
            "wijk_code",
            text("created_at DESC"),
            text("id DESC"),
        ),
        CheckConstraint("wijk_code IS NULL OR latitude IS NOT NULL", name="wijk_placed"),
        Index("ix_proposals_opgave_trending", "opgave_id", text("trending_count DESC"), text("id DESC")),
        Index("ix_proposals_author", "author_id", text("created_at DESC")),
        # The review queue of a municipality: by status, the longest waiting first (or last).
        Index("ix_proposals_municipality_status_created", "municipality_id", "status", "created_at", "id"),
        Index("ix_proposals_search", "search", postgresql_using="gin"),
        references={
            "opgave_id": "opgaven",
            "action_line_id": "action_lines",
            "organisation_id": "organisations",
        },
        # An idea outlives the action line it was filed under.
        on_delete={"action_line_id": "SET NULL (action_line_id)"},
    )

    opgave_id: Mapped[UUID] = mapped_column()
    title: Mapped[str] = mapped_column(String(200))
    body: Mapped[str] = mapped_column(Text)
    # The body as plain text, for search and for mails.
    body_text: Mapped[str] = mapped_column(Text)
    action_line_id: Mapped[UUID | None] = mapped_column()
    latitude: Mapped[Decimal | None] = mapped_column(Numeric(9, 6))
    longitude: Mapped[Decimal | None] = mapped_column(Numeric(9, 6))
    # What the geocoder said of the place when it was chosen: its address (placed by address) and
    # the CBS wijk and buurt it lies in (by address, or the nearest address to a point on the map).
    address: Mapped[str | None] = mapped_column(String(200))
    wijk_code: Mapped[str | None] = mapped_column(String(8))
    wijk_name: Mapped[str | None] = mapped_column(String(100))
    buurt_code: Mapped[str | None] = mapped_column(String(10))
    buurt_name: Mapped[str | None] = mapped_column(String(100))
    author_id: Mapped[UUID] = mapped_column(ForeignKey("accounts.id", ondelete="RESTRICT"))
    organisation_id: Mapped[UUID | None] = mapped_column()
    status: Mapped[ProposalStatus] = mapped_column(
        str_enum(ProposalStatus, "proposal_status"),
        default=ProposalStatus.SUBMITTED,
        server_default="submitted",
    )
    response_text: Mapped[str | None] = mapped_column(Text)
    responded_by_id: Mapped[UUID | None] = mapped_column(ForeignKey("accounts.id", ondelete="SET NULL"))
    responded_at: Mapped[datetime | None] = mapped_column(DateTimeUTC(timezone=True))
    support_count: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    comment_count: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    # Supports in the last seven days; raised by each support, recomputed regularly.
    trending_count: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    hidden: Mapped[bool] = mapped_column(Boolean, default=False, server_default="false")
    hidden_reason: Mapped[str | None] = mapped_column(Text)
    search: Mapped[Any] = mapped_column(
        TSVECTOR,
        Computed(
            "setweight(to_tsvector('dutch', coalesce(title, '')), 'A') || "
            "setweight(to_tsvector('dutch', coalesce(body_text, '')), 'B')",
            persisted=True,
        ),
    )


class Support(TenantRecordBase):
    """One person's support of a proposal: at most one each, by a unique constraint."""

    __tablename__ = "supports"
    __table_args__ = tenant_table_args(
        UniqueConstraint("proposal_id", "account_id"),
        Index("ix_supports_account", "account_id"),
        Index("ix_supports_recent", "created_at", "proposal_id"),
        references={"proposal_id": "proposals"},
        on_delete={"proposal_id": "CASCADE"},
    )

    proposal_id: Mapped[UUID] = mapped_column()
    account_id: Mapped[UUID] = mapped_column(ForeignKey("accounts.id", ondelete="CASCADE"))
