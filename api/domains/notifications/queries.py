"""The read side of notifications: one person's, newest first, with how many are unread."""

from datetime import datetime
from uuid import UUID

from api.db.connection import Connection, Database
from api.db.sql import bind
from api.domains.notifications.schemas import NotificationPage, NotificationRead
from api.lib.pagination import Keyset
from api.lib.rows import from_row, from_rows
from api.lib.visibility import Viewer

# A notification about an idea the moderation hid keeps its place and link, not the idea's words,
# unless its reader may read them (the one rule, api.lib.visibility; $viewer is the reader).
_COLUMNS = """
n.id, n.kind, n.link, n.object_type, n.object_id, n.municipality_id, n.read_at IS NOT NULL AS read, n.read_at,
n.created_at,
CASE WHEN p.id IS NULL OR proposal_shown(p, $viewer, $staff) THEN n.title
     WHEN n.kind = 'proposal_on_followed' THEN 'Nieuw idee: Verborgen idee'
     ELSE 'Verborgen idee' END AS title,
CASE WHEN p.id IS NULL OR proposal_shown(p, $viewer, $staff) THEN n.body ELSE '' END AS body
"""
_FROM = "FROM notifications n LEFT JOIN proposals p ON n.object_type = 'proposal' AND p.id = n.object_id"

_NEWEST = Keyset(("n.created_at", "n.id"), (datetime, UUID), descending=True)


async def notifications(
    db: Database, reader: Viewer, *, unread_only: bool, limit: int, cursor: str
) -> NotificationPage:
    """The reader's own notifications."""
    assert reader.account_id is not None
    where = ["n.account_id = $viewer", "n.read_at IS NULL"] if unread_only else ["n.account_id = $viewer"]
    rows, next_cursor = await _NEWEST.fetch(
        db,
        f"SELECT {_COLUMNS} {_FROM}",
        where,
        {"viewer": reader.account_id, "staff": reader.staff},
        cursor=cursor,
        limit=limit,
    )
    items = from_rows(NotificationRead, rows)
    unread = await db.fetchval(
        "SELECT count(*) FROM notifications WHERE account_id = $1 AND read_at IS NULL", reader.account_id
    )
    return NotificationPage(items=items, next_cursor=next_cursor, unread_count=unread)


async def notification(
    db: Database | Connection, notification_id: UUID, reader: Viewer
) -> NotificationRead | None:
    sql, args = bind(
        f"SELECT {_COLUMNS} {_FROM} WHERE n.id = $id",
        {"id": notification_id, "viewer": reader.account_id, "staff": reader.staff},
    )
    row = await db.fetchrow(sql, *args)
    return from_row(NotificationRead, row) if row else None
