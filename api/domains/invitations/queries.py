"""The read side of invitations: one shape, read by whoever may see them."""

from datetime import datetime
from uuid import UUID

from api.db.connection import Connection, Database
from api.domains.invitations.schemas import InvitationPage, InvitationRead
from api.lib.pagination import Keyset
from api.lib.rows import from_row, from_rows

_READ = """
SELECT i.id, i.kind, i.email, i.role, i.is_admin, i.team_role, i.created_at, i.expires_at,
       CASE WHEN i.status = 'pending' AND i.expires_at <= now() THEN 'expired' ELSE i.status END AS status,
       json_build_object('id', m.id, 'slug', m.slug, 'name', m.name) AS municipality,
       CASE WHEN o.id IS NOT NULL THEN json_build_object('id', o.id, 'name', o.name) END AS organisation,
       CASE WHEN op.id IS NOT NULL THEN json_build_object('id', op.id, 'title', op.title) END AS opgave,
       inviter.display_name AS invited_by
FROM invitations i
JOIN municipalities m ON m.id = i.municipality_id
LEFT JOIN organisations o ON o.id = i.organisation_id
LEFT JOIN opgaven op ON op.id = i.opgave_id
LEFT JOIN accounts inviter ON inviter.id = i.invited_by_id
"""

# Which invitations a list shows: of a municipality, an organisation, an opgave, or for my address.
_WHERE = {
    "municipality": "i.municipality_id = $of",
    "organisation": "i.organisation_id = $of",
    "opgave": "i.opgave_id = $of",
    "mine": """lower(i.email) = (SELECT lower(a.email) FROM accounts a WHERE a.id = $of)
               AND i.status = 'pending' AND i.expires_at > now()""",
}
_NEWEST = Keyset(("i.created_at", "i.id"), (datetime, UUID), descending=True)


async def get_invitation(db: Database | Connection, invitation_id: UUID) -> InvitationRead | None:
    row = await db.fetchrow(f"{_READ} WHERE i.id = $1", invitation_id)
    return from_row(InvitationRead, row) if row else None


async def list_invitations(db: Database, of: str, key: UUID, *, limit: int, cursor: str) -> InvitationPage:
    """A page of invitations, newest first; ``of`` names the list (see ``_WHERE``)."""
    rows, next_cursor = await _NEWEST.fetch(db, _READ, [_WHERE[of]], {"of": key}, cursor=cursor, limit=limit)
    return InvitationPage(items=from_rows(InvitationRead, rows), next_cursor=next_cursor)
