"""The read side of the audit log."""

from datetime import datetime
from uuid import UUID

from api.db.connection import Database
from api.domains.audit.schemas import AuditEventPage, AuditEventRead
from api.lib.pagination import decode_cursor, page_of
from api.lib.rows import from_rows


async def list_events(
    db: Database, municipality_id: UUID, *, actor: str, object_id: str, limit: int, cursor: str
) -> AuditEventPage:
    after = decode_cursor(cursor, (datetime, UUID))
    rows = await db.fetch(
        """
        SELECT id, created_at, actor_type, actor_id, action, object_type, object_id, result, request_id, details
        FROM audit_events
        WHERE municipality_id = $1
          AND ($2::text IS NULL OR actor_id = $2)
          AND ($3::text IS NULL OR object_id = $3)
          AND ($4::timestamptz IS NULL OR (created_at, id) < ($4, $5::uuid))
        ORDER BY created_at DESC, id DESC
        LIMIT $6
        """,
        municipality_id,
        actor or None,
        object_id or None,
        after[0] if after else None,
        after[1] if after else None,
        limit + 1,
    )
    items, next_cursor = page_of(from_rows(AuditEventRead, rows), limit, lambda e: (e.created_at, e.id))
    return AuditEventPage(items=items, next_cursor=next_cursor)
