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
from api.lib.pagination import decode_cursor, page_of
from api.lib.rows import from_row, from_rows

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


async def subscriptions(
    db: Database, municipality_id: UUID, *, limit: int, cursor: str
) -> WebhookSubscriptionPage:
    after = decode_cursor(cursor, (UUID,))
    rows = await db.fetch(
        f"""SELECT {SUBSCRIPTION} FROM webhook_subscriptions s
            WHERE s.municipality_id = $1 AND ($2::uuid IS NULL OR s.id > $2)
            ORDER BY s.id LIMIT $3""",
        municipality_id,
        after[0] if after else None,
        limit + 1,
    )
    items, next_cursor = page_of(from_rows(WebhookSubscriptionRead, rows), limit, lambda s: (s.id,))
    return WebhookSubscriptionPage(items=items, next_cursor=next_cursor)


async def delivery(db: Database | Connection, delivery_id: UUID) -> WebhookDeliveryRead | None:
    row = await db.fetchrow(
        f"SELECT {_DELIVERY} FROM webhook_deliveries d JOIN events e ON e.id = d.event_id WHERE d.id = $1",
        delivery_id,
    )
    return from_row(WebhookDeliveryRead, row) if row else None


async def deliveries(db: Database, subscription_id: UUID, *, limit: int, cursor: str) -> WebhookDeliveryPage:
    after = decode_cursor(cursor, (datetime, UUID))
    rows = await db.fetch(
        f"""SELECT {_DELIVERY} FROM webhook_deliveries d JOIN events e ON e.id = d.event_id
            WHERE d.subscription_id = $1
              AND ($2::timestamptz IS NULL OR (d.created_at, d.id) < ($2, $3::uuid))
            ORDER BY d.created_at DESC, d.id DESC LIMIT $4""",
        subscription_id,
        after[0] if after else None,
        after[1] if after else None,
        limit + 1,
    )
    items, next_cursor = page_of(from_rows(WebhookDeliveryRead, rows), limit, lambda d: (d.created_at, d.id))
    return WebhookDeliveryPage(items=items, next_cursor=next_cursor)
