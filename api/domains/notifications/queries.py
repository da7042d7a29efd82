"""The read side of notifications: one person's, newest first, with how many are unread."""

from datetime import datetime
from uuid import UUID

from api.db.connection import Connection, Database
from api.domains.notifications.schemas import NotificationPage, NotificationRead
from api.lib.pagination import decode_cursor, page_of
from api.lib.rows import from_row, from_rows

_COLUMNS = """
id, kind, title, body, link, object_type, object_id, municipality_id, read_at IS NOT NULL AS read, read_at, created_at
"""


async def notifications(
    db: Database, account_id: UUID, *, unread_only: bool, limit: int, cursor: str
) -> NotificationPage:
    after = decode_cursor(cursor, (datetime, UUID))
    rows = await db.fetch(
        f"""SELECT {_COLUMNS} FROM notifications
            WHERE account_id = $1 AND (NOT $2 OR read_at IS NULL)
              AND ($3::timestamptz IS NULL OR (created_at, id) < ($3, $4::uuid))
            ORDER BY created_at DESC, id DESC LIMIT $5""",
        account_id,
        unread_only,
        after[0] if after else None,
        after[1] if after else None,
        limit + 1,
    )
    items, next_cursor = page_of(from_rows(NotificationRead, rows), limit, lambda n: (n.created_at, n.id))
    unread = await db.fetchval(
        "SELECT count(*) FROM notifications WHERE account_id = $1 AND read_at IS NULL", account_id
    )
    return NotificationPage(items=items, next_cursor=next_cursor, unread_count=unread)


async def notification(db: Database | Connection, notification_id: UUID) -> NotificationRead | None:
    row = await db.fetchrow(f"SELECT {_COLUMNS} FROM notifications WHERE id = $1", notification_id)
    return from_row(NotificationRead, row) if row else None
