"""The read side of accounts: who is signed in, and what they see of themselves."""

from datetime import datetime
from typing import Any
from uuid import UUID

from api.db.connection import Connection, Database
from api.domains.accounts.schemas import (
    MeRead,
    RoleAssignmentPage,
    RoleAssignmentRead,
)
from api.lib.access import Membership, Person, Role
from api.lib.pagination import Keyset, Listing, Where
from api.lib.rows import from_row

# Until its address is verified an account holds nothing above inwoner, whatever rows say (rows
# written before this rule, or by hand): the roles and memberships that count, for every read.
HELD_ROLE = "(a.email_verified_at IS NOT NULL OR r.role = 'inwoner')"
HELD_MEMBERSHIP = "a.email_verified_at IS NOT NULL"

# One round trip: the session, its account, roles and memberships.
_SESSION_PRINCIPAL = f"""
SELECT s.id AS session_id, s.csrf_token, s.expires_at, s.last_seen_at,
       a.id AS account_id, a.display_name, a.email_verified_at IS NOT NULL AS email_verified,
       coalesce((SELECT json_agg(json_build_array(r.municipality_id, r.role))
                 FROM role_assignments r WHERE r.account_id = a.id AND {HELD_ROLE}), '[]') AS roles,
       coalesce((SELECT json_agg(json_build_array(m.organisation_id, m.municipality_id, m.is_admin))
                 FROM organisation_members m WHERE m.account_id = a.id AND {HELD_MEMBERSHIP}), '[]') AS memberships,
       a.email_verified_at IS NOT NULL
           AND EXISTS (SELECT 1 FROM platform_operators o WHERE o.account_id = a.id) AS operator
FROM sessions s JOIN accounts a ON a.id = s.account_id
WHERE s.token_hash = $1 AND s.expires_at > now() AND a.deleted_at IS NULL
"""

_ME = f"""
SELECT a.id, a.email, a.display_name, a.email_verified_at IS NOT NULL AS email_verified, a.email_notifications,
       a.language, a.created_at, a.version,
       coalesce((SELECT json_agg(json_build_object(
                    'municipality', json_build_object('id', m.id, 'slug', m.slug, 'name', m.name),
                    'role', r.role) ORDER BY m.name)
                 FROM role_assignments r JOIN municipalities m ON m.id = r.municipality_id
                 WHERE r.account_id = a.id AND {HELD_ROLE}), '[]') AS roles,
       coalesce((SELECT json_agg(json_build_object(
                    'id', o.id, 'name', o.name, 'isAdmin', om.is_admin,
                    'municipality', json_build_object('id', m.id, 'slug', m.slug, 'name', m.name)) ORDER BY o.name)
                 FROM organisation_members om
                 JOIN organisations o ON o.id = om.organisation_id
                 JOIN municipalities m ON m.id = om.municipality_id
                 WHERE om.account_id = a.id AND {HELD_MEMBERSHIP}), '[]') AS organisations
FROM accounts a WHERE a.id = $1 AND a.deleted_at IS NULL
"""


def person_from_row(row: Any) -> Person:
    return Person(
        account_id=row["account_id"],
        display_name=row["display_name"] or "",
        email_verified=row["email_verified"],
        roles={UUID(m): Role.from_api(r) for m, r in row["roles"]},
        memberships=tuple(Membership(UUID(o), UUID(m), bool(a)) for o, m, a in row["memberships"]),
        session_id=row["session_id"],
        operator=row["operator"],
        csrf_token=row["csrf_token"],
    )


async def session_principal(db: Database, token_hash: bytes) -> tuple[Person, Any] | None:
    """The person of a live session, and the session row."""
    row = await db.fetchrow(_SESSION_PRINCIPAL, token_hash)
    if row is None:
        return None
    return person_from_row(row), row


async def me(
    connection: Connection | Database, account_id: UUID, csrf_token: str | None
) -> tuple[MeRead, int] | None:
    row = await connection.fetchrow(_ME, account_id)
    if row is None:
        return None
    data = dict(row) | {"csrf_token": csrf_token}
    return from_row(MeRead, data), row["version"]


_ASSIGNMENT = """
SELECT r.id, r.municipality_id, r.role, r.created_at, r.updated_at,
       json_build_object('id', a.id, 'displayName', coalesce(a.display_name, 'verwijderde deelnemer'), 'email', a.email,
                         'emailVerified', a.email_verified_at IS NOT NULL) AS account
FROM role_assignments r JOIN accounts a ON a.id = r.account_id
"""
_NEWEST_ASSIGNMENT = Listing(
    _ASSIGNMENT, RoleAssignmentPage, Keyset(("r.created_at", "r.id"), (datetime, UUID), descending=True)
)


async def list_role_assignments(
    db: Database, municipality_id: UUID, *, role: str | None, limit: int, cursor: str
) -> RoleAssignmentPage:
    where = Where("r.municipality_id = $municipality", municipality=municipality_id).given(
        {"r.role = $role": role}
    )
    return await _NEWEST_ASSIGNMENT.read(db, where, cursor, limit)


async def get_role_assignment(db: Database | Connection, assignment_id: UUID) -> RoleAssignmentRead | None:
    row = await db.fetchrow(f"{_ASSIGNMENT} WHERE r.id = $1", assignment_id)
    return from_row(RoleAssignmentRead, row) if row else None
