"""The read side of organisations."""

from uuid import UUID

from api.db.connection import Connection, Database
from api.domains.organisations.models import OrganisationKind
from api.domains.organisations.schemas import MemberPage, MemberRead, OrganisationPage, OrganisationRead
from api.lib.pagination import decode_cursor, page_of
from api.lib.rows import from_row, from_rows

_COLUMNS = """o.id, o.municipality_id, o.name, o.kind, o.kvk_number, o.description, o.website, o.created_at, o.version,
    (SELECT count(*) FROM organisation_members m WHERE m.organisation_id = o.id) AS member_count"""


async def list_organisations(
    db: Database, *, municipality_id: UUID | None, kind: OrganisationKind | None, limit: int, cursor: str
) -> OrganisationPage:
    after = decode_cursor(cursor, (str, UUID))
    rows = await db.fetch(
        f"""
        SELECT {_COLUMNS} FROM organisations o
        WHERE ($1::uuid IS NULL OR o.municipality_id = $1)
          AND ($2::text IS NULL OR o.kind = $2)
          AND ($3::text IS NULL OR (o.name, o.id) > ($3, $4::uuid))
        ORDER BY o.name, o.id LIMIT $5
        """,
        municipality_id,
        kind.value if kind else None,
        after[0] if after else None,
        after[1] if after else None,
        limit + 1,
    )
    items, next_cursor = page_of(from_rows(OrganisationRead, rows), limit, lambda o: (o.name, o.id))
    return OrganisationPage(items=items, next_cursor=next_cursor)


async def get_organisation(
    db: Database | Connection, organisation_id: UUID
) -> tuple[OrganisationRead, int] | None:
    row = await db.fetchrow(f"SELECT {_COLUMNS} FROM organisations o WHERE o.id = $1", organisation_id)
    return (from_row(OrganisationRead, row), row["version"]) if row else None


_MEMBER_COLUMNS = """m.id, m.organisation_id, m.account_id, coalesce(a.display_name, 'verwijderde deelnemer') AS display_name,
    m.is_admin, a.email_verified_at IS NOT NULL AS email_verified, m.created_at"""


async def list_members(db: Database, organisation_id: UUID, *, limit: int, cursor: str) -> MemberPage:
    from datetime import datetime

    after = decode_cursor(cursor, (datetime, UUID))
    rows = await db.fetch(
        f"""
        SELECT {_MEMBER_COLUMNS} FROM organisation_members m JOIN accounts a ON a.id = m.account_id
        WHERE m.organisation_id = $1 AND ($2::timestamptz IS NULL OR (m.created_at, m.id) > ($2, $3::uuid))
        ORDER BY m.created_at, m.id LIMIT $4
        """,
        organisation_id,
        after[0] if after else None,
        after[1] if after else None,
        limit + 1,
    )
    items, next_cursor = page_of(from_rows(MemberRead, rows), limit, lambda m: (m.created_at, m.id))
    return MemberPage(items=items, next_cursor=next_cursor)


async def get_member(db: Database | Connection, member_id: UUID) -> MemberRead | None:
    row = await db.fetchrow(
        f"SELECT {_MEMBER_COLUMNS} FROM organisation_members m JOIN accounts a ON a.id = m.account_id WHERE m.id = $1",
        member_id,
    )
    return from_row(MemberRead, row) if row else None
