"""The read side of a municipality's OpenID provider (never its secret)."""

from uuid import UUID

from api.db.connection import Database
from api.domains.staff_sign_in.schemas import IdentityProviderRead
from api.lib.rows import from_row


async def identity_provider(
    db: Database, municipality_id: UUID, redirect_uri: str
) -> tuple[IdentityProviderRead, int] | None:
    """The provider of a municipality and its version, if it has one."""
    row = await db.fetchrow(
        """SELECT issuer, client_id, label, new_staff_role, enabled, created_at, updated_at, version
           FROM identity_providers WHERE municipality_id = $1""",
        municipality_id,
    )
    if row is None:
        return None
    return from_row(IdentityProviderRead, dict(row) | {"redirect_uri": redirect_uri}), row["version"]
