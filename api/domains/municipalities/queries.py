"""The read side of municipalities: SQL straight to structs."""

from uuid import UUID

from api.db.connection import Connection, Database
from api.domains.municipalities.schemas import MunicipalityPage, MunicipalityRead
from api.lib.deactivation import refused
from api.lib.pagination import Keyset
from api.lib.rows import from_row, from_rows

# The staff and residents' sign-in buttons show only while the municipality's provider is enabled.
_COLUMNS = """m.id, m.slug, m.name, m.cbs_code, m.description, m.theme, m.version, m.deactivated_at,
    CASE WHEN p.enabled THEN json_build_object('label', p.label) END AS staff_sign_in,
    CASE WHEN r.enabled THEN json_build_object('label', r.label) END AS resident_sign_in"""
_FROM = """municipalities m
    LEFT JOIN identity_providers p ON p.municipality_id = m.id AND p.purpose = 'staff'
    LEFT JOIN identity_providers r ON r.municipality_id = m.id AND r.purpose = 'residents'"""
_BY_NAME = Keyset(("m.name", "m.id"), (str, UUID))


async def list_municipalities(db: Database, *, q: str, limit: int, cursor: str) -> MunicipalityPage:
    """Municipalities by name, one keyset page; ``q`` keeps those whose name contains it."""
    where = ["m.deactivated_at IS NULL"]
    values: dict[str, object] = {}
    if q:
        where.append("m.name ILIKE $name_like")
        values["name_like"] = f"%{_escape_like(q)}%"
    rows, next_cursor = await _BY_NAME.fetch(
        db, f"SELECT {_COLUMNS} FROM {_FROM}", where, values, cursor=cursor, limit=limit
    )
    return MunicipalityPage(items=from_rows(MunicipalityRead, rows), next_cursor=next_cursor)


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


async def cbs_code(db: Database | Connection, municipality_id: UUID) -> str:
    """The municipality's CBS code (``GM`` and four digits), by which the geocoder knows it."""
    code: str = await db.fetchval("SELECT cbs_code FROM municipalities WHERE id = $1", municipality_id)
    return code
