"""The read side of municipalities: SQL straight to structs."""

from uuid import UUID

from api.db.connection import Database
from api.domains.municipalities.schemas import MunicipalityPage, MunicipalityRead
from api.lib.pagination import decode_cursor, page_of
from api.lib.rows import from_row, from_rows

_COLUMNS = "id, slug, name, cbs_code, description, theme, version"


async def list_municipalities(db: Database, *, limit: int, cursor: str) -> MunicipalityPage:
    """Municipalities by name, one keyset page."""
    after = decode_cursor(cursor, (str, UUID))
    if after is None:
        rows = await db.fetch(f"SELECT {_COLUMNS} FROM municipalities ORDER BY name, id LIMIT $1", limit + 1)
    else:
        rows = await db.fetch(
            f"SELECT {_COLUMNS} FROM municipalities WHERE (name, id) > ($1, $2) ORDER BY name, id LIMIT $3",
            after[0],
            after[1],
            limit + 1,
        )
    items, next_cursor = page_of(from_rows(MunicipalityRead, rows), limit, lambda m: (m.name, m.id))
    return MunicipalityPage(items=items, next_cursor=next_cursor)


async def get_municipality(db: Database, slug: str) -> tuple[MunicipalityRead, int] | None:
    """One municipality by slug, with its version."""
    row = await db.fetchrow(f"SELECT {_COLUMNS} FROM municipalities WHERE slug = $1", slug)
    return (from_row(MunicipalityRead, row), row["version"]) if row else None
