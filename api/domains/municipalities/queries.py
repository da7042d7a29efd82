"""The read side of municipalities: SQL straight to structs."""

from uuid import UUID

from api.db.connection import Connection, Database
from api.domains.municipalities.schemas import MunicipalityPage, MunicipalityRead
from api.lib.deactivation import refused
from api.lib.pagination import decode_cursor, page_of
from api.lib.rows import from_row, from_rows

# The staff sign-in button shows only while the municipality's provider is enabled.
_COLUMNS = """m.id, m.slug, m.name, m.cbs_code, m.description, m.theme, m.version, m.deactivated_at,
    CASE WHEN p.enabled THEN json_build_object('label', p.label) END AS staff_sign_in"""
_FROM = "municipalities m LEFT JOIN identity_providers p ON p.municipality_id = m.id"


async def list_municipalities(db: Database, *, q: str, limit: int, cursor: str) -> MunicipalityPage:
    """Municipalities by name, one keyset page; ``q`` keeps those whose name contains it."""
    after = decode_cursor(cursor, (str, UUID))
    pattern = f"%{_escape_like(q)}%" if q else None
    rows = await db.fetch(
        f"""
        SELECT {_COLUMNS} FROM {_FROM}
        WHERE m.deactivated_at IS NULL AND ($1::text IS NULL OR m.name ILIKE $1)
          AND ($2::text IS NULL OR (m.name, m.id) > ($2, $3::uuid))
        ORDER BY m.name, m.id
        LIMIT $4
        """,
        pattern,
        after[0] if after else None,
        after[1] if after else None,
        limit + 1,
    )
    items, next_cursor = page_of(from_rows(MunicipalityRead, rows), limit, lambda m: (m.name, m.id))
    return MunicipalityPage(items=items, next_cursor=next_cursor)


def _escape_like(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


async def get_municipality(
    db: Database | Connection, slug: str, *, deactivated: bool = False
) -> tuple[MunicipalityRead, int] | None:
    """One municipality by slug, with its version; a deactivated one is refused (404
    ``municipality_deactivated``) unless ``deactivated`` asks for it too."""
    row = await db.fetchrow(f"SELECT {_COLUMNS} FROM {_FROM} WHERE m.slug = $1", slug)
    if row is None:
        return None
    if row["deactivated_at"] is not None and not deactivated:
        raise refused(row["name"])
    return from_row(MunicipalityRead, row), row["version"]
