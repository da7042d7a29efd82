"""Proposals and their supports."""

from datetime import datetime
from decimal import Decimal
from enum import StrEnum
from typing import Any
from uuid import UUID

import sqlalchemy as sa
from advanced_alchemy.types import DateTimeUTC
from sqlalchemy.dialects.postgresql import TSVECTOR
from sqlalchemy.orm import Mapped, mapped_column

from api.db.base import TenantBase, TenantRecordBase, per_person_table_args, tenant_table_args
from api.db.constraints import index_newest_first, index_oldest_first
from api.db.mixins import Versioned
from api.db.types import account_ref, enum_column
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
        sa.Index("ix_proposals_opgave_updated", "opgave_id", "updated_at"),
        sa.CheckConstraint("(latitude IS NULL) = (longitude IS NULL)", name="location_whole"),
        sa.CheckConstraint(
            "latitude BETWEEN -90 AND 90 AND longitude BETWEEN -180 AND 180", name="location_wgs84"
        ),
        sa.CheckConstraint(
            "support_count >= 0 AND comment_count >= 0 AND trending_count >= 0", name="counts_positive"
        ),
        index_newest_first("ix_proposals_opgave_recent", "opgave_id"),
        index_newest_first("ix_proposals_opgave_status_recent", "opgave_id", "status"),
        index_newest_first("ix_proposals_opgave_line_recent", "opgave_id", "action_line_id"),
        sa.Index(
            "ix_proposals_opgave_supported", "opgave_id", sa.text("support_count DESC"), sa.text("id DESC")
        ),
        sa.Index(
            "ix_proposals_opgave_discussed", "opgave_id", sa.text("comment_count DESC"), sa.text("id DESC")
        ),
        # ?wijk= on an opgave's ideas, newest first.
        index_newest_first("ix_proposals_opgave_wijk_recent", "opgave_id", "wijk_code"),
        sa.CheckConstraint("wijk_code IS NULL OR latitude IS NOT NULL", name="wijk_placed"),
        sa.Index(
            "ix_proposals_opgave_trending", "opgave_id", sa.text("trending_count DESC"), sa.text("id DESC")
        ),
        sa.Index("ix_proposals_author", "author_id", sa.text("created_at DESC")),
        # The review queue of a municipality: by status, the longest waiting first (or last).
        index_oldest_first("ix_proposals_municipality_status_created", "municipality_id", "status"),
        sa.Index("ix_proposals_search", "search", postgresql_using="gin"),
        references={"opgave_id": "opgaven", "organisation_id": "organisations"},
        # An idea outlives the action line it was filed under.
        set_null={"action_line_id": "action_lines"},
    )

    opgave_id: Mapped[UUID] = mapped_column()
    title: Mapped[str] = mapped_column(sa.String(200))
    body: Mapped[str] = mapped_column(sa.Text)
    # The body as plain text, for search and for mails.
    body_text: Mapped[str] = mapped_column(sa.Text)
    action_line_id: Mapped[UUID | None] = mapped_column()
    latitude: Mapped[Decimal | None] = mapped_column(sa.Numeric(9, 6))
    longitude: Mapped[Decimal | None] = mapped_column(sa.Numeric(9, 6))
    # What the geocoder said of the place when it was chosen: its address (placed by address) and
    # the CBS wijk and buurt it lies in (by address, or the nearest address to a point on the map).
    address: Mapped[str | None] = mapped_column(sa.String(200))
    wijk_code: Mapped[str | None] = mapped_column(sa.String(8))
    wijk_name: Mapped[str | None] = mapped_column(sa.String(100))
    buurt_code: Mapped[str | None] = mapped_column(sa.String(10))
    buurt_name: Mapped[str | None] = mapped_column(sa.String(100))
    author_id: Mapped[UUID] = account_ref("RESTRICT")
    organisation_id: Mapped[UUID | None] = mapped_column()
    status: Mapped[ProposalStatus] = enum_column(
        ProposalStatus, "proposal_status", default=ProposalStatus.SUBMITTED
    )
    response_text: Mapped[str | None] = mapped_column(sa.Text)
    responded_by_id: Mapped[UUID | None] = account_ref("SET NULL")
    responded_at: Mapped[datetime | None] = mapped_column(DateTimeUTC(timezone=True))
    support_count: Mapped[int] = mapped_column(sa.Integer, default=0, server_default="0")
    comment_count: Mapped[int] = mapped_column(sa.Integer, default=0, server_default="0")
    # Supports in the last seven days; raised by each support, recomputed regularly.
    trending_count: Mapped[int] = mapped_column(sa.Integer, default=0, server_default="0")
    hidden: Mapped[bool] = mapped_column(sa.Boolean, default=False, server_default="false")
    hidden_reason: Mapped[str | None] = mapped_column(sa.Text)
    search: Mapped[Any] = mapped_column(
        TSVECTOR,
        sa.Computed(
            "setweight(to_tsvector('dutch', coalesce(title, '')), 'A') || "
            "setweight(to_tsvector('dutch', coalesce(body_text, '')), 'B')",
            persisted=True,
        ),
    )


class Support(TenantRecordBase):
    """One person's support of a proposal: at most one each, by a unique constraint."""

    __tablename__ = "supports"
    __table_args__ = per_person_table_args(
        "supports",
        "proposal_id",
        sa.Index("ix_supports_recent", "created_at", "proposal_id"),
        cascade={"proposal_id": "proposals"},
    )

    proposal_id: Mapped[UUID] = mapped_column()
    account_id: Mapped[UUID] = account_ref("CASCADE")
