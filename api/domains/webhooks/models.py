"""Subscriptions and their deliveries."""

from datetime import datetime
from enum import StrEnum
from uuid import UUID

import sqlalchemy as sa
from advanced_alchemy.types import DateTimeUTC
from sqlalchemy.orm import Mapped, mapped_column

from api.db.base import TenantBase, tenant_table_args
from api.db.constraints import index_newest_first
from api.db.mixins import Versioned
from api.db.types import account_ref, str_enum


class SubscriptionStatus(StrEnum):
    ACTIVE = "active"
    PAUSED = "paused"  # by its owner, or by the platform after persistent failure
    ENDED = "ended"  # the receiver answered 410 Gone


class DeliveryStatus(StrEnum):
    PENDING = "pending"
    DELIVERED = "delivered"
    FAILED = "failed"  # gave up after about three days of retries
    CANCELLED = "cancelled"  # the subscription ended


class WebhookSubscription(Versioned, TenantBase):
    """An endpoint of a municipal system, subscribed to some event types (all when none)."""

    __tablename__ = "webhook_subscriptions"
    __table_args__ = tenant_table_args(
        sa.Index("ix_webhook_subscriptions_status", "status"),
        cascade={"owner_client_id": "api_clients"},
    )

    url: Mapped[str] = mapped_column(sa.String(500))
    event_types: Mapped[list[str]] = mapped_column(
        sa.ARRAY(sa.String(100)), default=list, server_default="{}"
    )
    opgave_id: Mapped[UUID | None] = mapped_column()
    description: Mapped[str] = mapped_column(sa.String(200), default="", server_default="")
    # The Standard Webhooks secret, sealed with the platform key (shown once, at registration).
    secret_sealed: Mapped[bytes] = mapped_column(sa.LargeBinary)
    # Whose reading rights the deliveries follow: a person (a beheerder) or a machine client.
    owner_account_id: Mapped[UUID | None] = account_ref("CASCADE")
    owner_client_id: Mapped[UUID | None] = mapped_column()
    status: Mapped[SubscriptionStatus] = mapped_column(
        str_enum(SubscriptionStatus, "webhook_subscription_status"), default=SubscriptionStatus.ACTIVE
    )
    status_reason: Mapped[str] = mapped_column(sa.Text, default="", server_default="")
    # How far the dispatcher has read the event log for it: (transaction, event id).
    cursor_tx: Mapped[int] = mapped_column(sa.BigInteger, default=0, server_default="0")
    cursor_id: Mapped[UUID | None] = mapped_column()


class WebhookDelivery(TenantBase):
    """One event for one subscription: sent until the receiver took it, or given up."""

    __tablename__ = "webhook_deliveries"
    __table_args__ = tenant_table_args(
        sa.UniqueConstraint("subscription_id", "event_id"),
        sa.Index(
            "ix_webhook_deliveries_due",
            "next_attempt_at",
            postgresql_where=sa.text("status = 'pending'"),
        ),
        index_newest_first("ix_webhook_deliveries_subscription", "subscription_id"),
        cascade={"subscription_id": "webhook_subscriptions"},
    )

    subscription_id: Mapped[UUID] = mapped_column()
    event_id: Mapped[UUID] = mapped_column()
    status: Mapped[DeliveryStatus] = mapped_column(
        str_enum(DeliveryStatus, "webhook_delivery_status"), default=DeliveryStatus.PENDING
    )
    attempts: Mapped[int] = mapped_column(sa.Integer, default=0, server_default="0")
    next_attempt_at: Mapped[datetime] = mapped_column(
        DateTimeUTC(timezone=True), server_default=sa.text("now()")
    )
    # A worker sending it holds it until then; one that died lets it go when the lease ends.
    leased_until: Mapped[datetime | None] = mapped_column(DateTimeUTC(timezone=True))
    last_status_code: Mapped[int | None] = mapped_column(sa.Integer)
    last_error: Mapped[str] = mapped_column(sa.String(500), default="", server_default="")
    last_attempt_at: Mapped[datetime | None] = mapped_column(DateTimeUTC(timezone=True))
    delivered_at: Mapped[datetime | None] = mapped_column(DateTimeUTC(timezone=True))
