"""The read side of organisations."""

from datetime import datetime
from uuid import UUID

from api.db.connection import Connection, Database
from api.domains.organisations.models import OrganisationKind
from api.domains.organisations.schemas import MemberPage, MemberRead, OrganisationPage, OrganisationRead
from api.lib.pagination import Keyset, Listing, Where
from api.lib.rows import from_row

_COLUMNS = """o.id, o.municipality_id, o.name, o.kind, o.kvk_number, o.description, o.website, o.created_at, o.version,
    (SELECT count(*) FROM organisation_members m WHERE m.organisation_id = o.id) AS member_count"""

_BY_NAME = Listing(
    f"SELECT {_COLUMNS} FROM organisations o", OrganisationPage, Keyset(("o.name", "o.id"), (str, UUID))
)


async def list_organisations(
    db: Database, *, municipality_id: UUID | None, kind: OrganisationKind | None, limit: int, cursor: str
) -> OrganisationPage:
    where = Where().given({"o.municipality_id = $municipality": municipality_id, "o.kind = $kind": kind})
    return await _BY_NAME.read(db, where, cursor, limit)


async def get_organisation(
    db: Database | Connection, organisation_id: UUID
) -> tuple[OrganisationRead, int] | None:
    row = await db.fetchrow(f"SELECT {_COLUMNS} FROM organisations o WHERE o.id = $1", organisation_id)
    return (from_row(OrganisationRead, row), row["version"]) if row else None


_MEMBER_COLUMNS = """m.id, m.organisation_id, m.account_id, coalesce(a.display_name, 'verwijderde deelnemer') AS display_name,
    m.is_admin, a.email_verified_at IS NOT NULL AS email_verified, m.created_at"""


_OLDEST_MEMBER = Listing(
    f"SELECT {_MEMBER_COLUMNS} FROM organisation_members m JOIN accounts a ON a.id = m.account_id",
    MemberPage,
    Keyset(("m.created_at", "m.id"), (datetime, UUID)),
)


async def list_members(db: Database, organisation_id: UUID, *, limit: int, cursor: str) -> MemberPage:
    return await _OLDEST_MEMBER.read(
        db, Where("m.organisation_id = $organisation", organisation=organisation_id), cursor, limit
    )


async def get_member(db: Database | Connection, member_id: UUID) -> MemberRead | None:
    row = await db.fetchrow(
        f"SELECT {_MEMBER_COLUMNS} FROM organisation_members m JOIN accounts a ON a.id = m.account_id WHERE m.id = $1",
        member_id,
    )
    return from_row(MemberRead, row) if row else None
