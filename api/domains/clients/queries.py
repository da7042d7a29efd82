"""The read side of API clients."""

from datetime import datetime
from uuid import UUID

from api.db.connection import Database
from api.domains.clients.schemas import ApiClientPage, ApiClientRead
from api.lib.pagination import Keyset
from api.lib.rows import from_rows

_NEWEST = Keyset(("created_at", "id"), (datetime, UUID), descending=True)


async def list_api_clients(db: Database, municipality_id: UUID, *, limit: int, cursor: str) -> ApiClientPage:
    rows, next_cursor = await _NEWEST.fetch(
        db,
        "SELECT id, name, client_id, scopes, created_at, revoked_at, last_used_at FROM api_clients",
        ["municipality_id = $municipality"],
        {"municipality": municipality_id},
        cursor=cursor,
        limit=limit,
    )
    return ApiClientPage(items=from_rows(ApiClientRead, rows), next_cursor=next_cursor)
