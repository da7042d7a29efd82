"""The read side of API clients."""

from datetime import datetime
from uuid import UUID

from api.db.connection import Database
from api.domains.clients.schemas import ApiClientPage
from api.lib.pagination import Keyset, Listing, Where

_NEWEST = Listing(
    "SELECT id, name, client_id, scopes, created_at, revoked_at, last_used_at FROM api_clients",
    ApiClientPage,
    Keyset(("created_at", "id"), (datetime, UUID), descending=True),
)


async def list_api_clients(db: Database, municipality_id: UUID, *, limit: int, cursor: str) -> ApiClientPage:
    return await _NEWEST.read(
        db, Where("municipality_id = $municipality", municipality=municipality_id), cursor, limit
    )
