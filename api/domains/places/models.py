"""An opgave's area: CBS wijken, a GeoJSON polygon in CRS84, or both."""

from typing import Any
from uuid import UUID

import sqlalchemy as sa
from sqlalchemy.dialects.postgresql import JSONB
from sqlalchemy.orm import Mapped, mapped_column

from api.db.base import TenantBase, tenant_table_args
from api.db.mixins import Versioned


class OpgaveArea(Versioned, TenantBase):
    """At most one per opgave; without one the opgave has no area."""

    __tablename__ = "opgave_areas"
    __table_args__ = tenant_table_args(
        sa.UniqueConstraint("opgave_id"),
        cascade={"opgave_id": "opgaven"},
    )

    opgave_id: Mapped[UUID] = mapped_column()
    # [{"code": "WK034401", "name": "West"}, ...]
    wijken: Mapped[list[dict[str, str]]] = mapped_column(JSONB, default=list, server_default="[]")
    # A GeoJSON Polygon (CRS84), checked before it is stored (api.domains.places.areas).
    polygon: Mapped[dict[str, Any] | None] = mapped_column(JSONB)
