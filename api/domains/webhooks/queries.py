"""The read side of webhooks: subscriptions (never their secret) and the delivery log."""

from datetime import datetime
from uuid import UUID

from api.db.connection import Connection, Database
from api.domains.webhooks.schemas import (
    WebhookDeliveryPage,
    WebhookDeliveryRead,
    WebhookSubscriptionPage,
    WebhookSubscriptionRead,
)
from api.lib.pagination import Keyset, Listing, Where
from api.lib.rows import from_row

SUBSCRIPTION = """
s.id, s.municipality_id, s.url, s.event_types, s.opgave_id, s.description, s.status, s.status_reason,
CASE WHEN s.owner_client_id IS NULL THEN 'person' ELSE 'client' END AS owner, s.created_at, s.updated_at
"""
_DELIVERY = """
d.id, d.subscription_id, d.event_id, e.type AS event_type, d.status, d.attempts, d.next_attempt_at,
d.last_attempt_at, d.last_status_code, d.last_error, d.delivered_at, d.created_at
"""


async def subscription(
    db: Database | Connection, subscription_id: UUID
) -> tuple[WebhookSubscriptionRead, int] | None:
    row = await db.fetchrow(
        f"SELECT {SUBSCRIPTION}, s.version FROM webhook_subscriptions s WHERE s.id = $1", subscription_id
    )
    return (from_row(WebhookSubscriptionRead, row), row["version"]) if row else None


_BY_ID = Listing(
    f"SELECT {SUBSCRIPTION} FROM webhook_subscriptions s", WebhookSubscriptionPage, Keyset(("s.id",), (UUID,))
)


async def subscriptions(
    db: Database, municipality_id: UUID, *, limit: int, cursor: str
) -> WebhookSubscriptionPage:
    return await _BY_ID.read(
        db, Where("s.municipality_id = $municipality", municipality=municipality_id), cursor, limit
    )


async def delivery(db: Database | Connection, delivery_id: UUID) -> WebhookDeliveryRead | None:
    row = await db.fetchrow(
        f"SELECT {_DELIVERY} FROM webhook_deliveries d JOIN events e ON e.id = d.event_id WHERE d.id = $1",
        delivery_id,
    )
    return from_row(WebhookDeliveryRead, row) if row else None


_NEWEST_DELIVERY = Listing(
    f"SELECT {_DELIVERY} FROM webhook_deliveries d JOIN events e ON e.id = d.event_id",
    WebhookDeliveryPage,
    Keyset(("d.created_at", "d.id"), (datetime, UUID), descending=True),
)


async def deliveries(db: Database, subscription_id: UUID, *, limit: int, cursor: str) -> WebhookDeliveryPage:
    return await _NEWEST_DELIVERY.read(
        db, Where("d.subscription_id = $subscription", subscription=subscription_id), cursor, limit
    )
