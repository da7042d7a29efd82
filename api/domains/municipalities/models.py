"""The municipality table."""

from datetime import datetime
from typing import Any

import sqlalchemy as sa
from advanced_alchemy.types import DateTimeUTC
from sqlalchemy.dialects.postgresql import JSONB
from sqlalchemy.orm import Mapped, mapped_column

from api.db.base import Base, TenantRecordBase, tenant_table_args
from api.db.mixins import Versioned


class Municipality(Versioned, Base):
    """A gemeente: name, slug, CBS code and the theme of its site."""

    __tablename__ = "municipalities"
    __table_args__ = (sa.CheckConstraint("cbs_code ~ '^GM[0-9]{4}$'", name="cbs_code_format"),)

    slug: Mapped[str] = mapped_column(sa.String(60), unique=True)
    name: Mapped[str] = mapped_column(sa.String(120))
    cbs_code: Mapped[str] = mapped_column(sa.String(6), unique=True)
    description: Mapped[str] = mapped_column(sa.Text, default="", server_default="")
    theme: Mapped[dict[str, Any]] = mapped_column(JSONB, default=dict, server_default="{}")
    # A deactivated municipality keeps every row; its pages and sign-ins refuse (410) until reactivated.
    deactivated_at: Mapped[datetime | None] = mapped_column(DateTimeUTC(timezone=True))


class PostcodeRange(TenantRecordBase):
    """Postcodes (their four digits, inclusive) where the municipality's residents live, set by its
    beheerder: a ballot open to residents by postcode lets in only these."""

    __tablename__ = "postcode_ranges"
    __table_args__ = tenant_table_args(
        sa.CheckConstraint(
            "first_digits BETWEEN 1000 AND 9999 AND last_digits BETWEEN first_digits AND 9999",
            name="range_valid",
        ),
        sa.Index("ix_postcode_ranges_municipality", "municipality_id", "first_digits"),
    )

    first_digits: Mapped[int] = mapped_column(sa.Integer)
    last_digits: Mapped[int] = mapped_column(sa.Integer)
