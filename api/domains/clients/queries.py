"""The read side of API clients."""

from datetime import datetime
from uuid import UUID

from api.db.connection import Database
from api.domains.clients.schemas import ApiClientPage, ApiClientRead
from api.lib.pagination import decode_cursor, page_of
from api.lib.rows import from_rows


async def list_api_clients(db: Database, municipality_id: UUID, *, limit: int, cursor: str) -> ApiClientPage:
    after = decode_cursor(cursor, (datetime, UUID))
    rows = await db.fetch(
        """
        SELECT id, name, client_id, scopes, created_at, revoked_at, last_used_at FROM api_clients
        WHERE municipality_id = $1 AND ($2::timestamptz IS NULL OR (created_at, id) < ($2, $3::uuid))
        ORDER BY created_at DESC, id DESC LIMIT $4
        """,
        municipality_id,
        after[0] if after else None,
        after[1] if after else None,
        limit + 1,
    )
    items, next_cursor = page_of(from_rows(ApiClientRead, rows), limit, lambda c: (c.created_at, c.id))
    return ApiClientPage(items=items, next_cursor=next_cursor)
