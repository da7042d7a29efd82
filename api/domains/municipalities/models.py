"""The municipality table."""

from datetime import datetime
from typing import Any

from advanced_alchemy.types import DateTimeUTC
from sqlalchemy import CheckConstraint, String, Text
from sqlalchemy.dialects.postgresql import JSONB
from sqlalchemy.orm import Mapped, mapped_column

from api.db.base import Base
from api.db.mixins import Versioned


class Municipality(Versioned, Base):
    """A gemeente: name, slug, CBS code and the theme of its site."""

    __tablename__ = "municipalities"
    __table_args__ = (CheckConstraint("cbs_code ~ '^GM[0-9]{4}$'", name="cbs_code_format"),)

    slug: Mapped[str] = mapped_column(String(60), unique=True)
    name: Mapped[str] = mapped_column(String(120))
    cbs_code: Mapped[str] = mapped_column(String(6), unique=True)
    description: Mapped[str] = mapped_column(Text, default="", server_default="")
    theme: Mapped[dict[str, Any]] = mapped_column(JSONB, default=dict, server_default="{}")
    # A deactivated municipality keeps every row; its pages and sign-ins refuse (410) until reactivated.
    deactivated_at: Mapped[datetime | None] = mapped_column(DateTimeUTC(timezone=True))
