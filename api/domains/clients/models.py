"""Machine clients of a municipality."""

from datetime import datetime
from uuid import UUID

import sqlalchemy as sa
from advanced_alchemy.types import DateTimeUTC
from sqlalchemy.dialects.postgresql import ARRAY
from sqlalchemy.orm import Mapped, mapped_column

from api.db.base import TenantBase, tenant_table_args
from api.db.types import account_ref


class ApiClient(TenantBase):
    """A system of the municipality that calls the API with client credentials."""

    __tablename__ = "api_clients"
    __table_args__ = tenant_table_args()

    name: Mapped[str] = mapped_column(sa.String(120))
    client_id: Mapped[str] = mapped_column(sa.String(60), unique=True)
    # The secret is 256 random bits, so a plain SHA-256 is enough to store it safely.
    secret_hash: Mapped[bytes] = mapped_column(sa.LargeBinary(32))
    scopes: Mapped[list[str]] = mapped_column(ARRAY(sa.String(40)))
    created_by_id: Mapped[UUID | None] = account_ref("SET NULL")
    revoked_at: Mapped[datetime | None] = mapped_column(DateTimeUTC(timezone=True))
    # When it last fetched a token (its tokens live minutes, so this is when it was last at work).
    last_used_at: Mapped[datetime | None] = mapped_column(DateTimeUTC(timezone=True))
