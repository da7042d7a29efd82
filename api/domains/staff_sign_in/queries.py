"""The read side of a municipality's OpenID provider (never its secret)."""

from uuid import UUID

from api.db.connection import Connection, Database
from api.domains.staff_sign_in.models import ProviderPurpose
from api.domains.staff_sign_in.schemas import IdentityProviderRead, ResidentBrokerRead
from api.lib.rows import from_row


async def identity_provider(
    db: Database, municipality_id: UUID, redirect_uri: str, purpose: ProviderPurpose = ProviderPurpose.STAFF
) -> tuple[IdentityProviderRead | ResidentBrokerRead, int] | None:
    """The provider of a municipality (of this purpose) and its version, if it has one."""
    row = await db.fetchrow(
        """SELECT issuer, client_id, label, new_staff_role, enabled, created_at, updated_at, version
           FROM identity_providers WHERE municipality_id = $1 AND purpose = $2""",
        municipality_id,
        purpose.value,
    )
    if row is None:
        return None
    values = dict(row) | {"redirect_uri": redirect_uri}
    if purpose == ProviderPurpose.RESIDENTS:
        del values["new_staff_role"]
        return from_row(ResidentBrokerRead, values), row["version"]
    return from_row(IdentityProviderRead, values), row["version"]


async def has_resident_broker(db: Database | Connection, municipality_id: UUID) -> bool:
    """Whether the municipality's residents can sign in through its broker now."""
    return bool(
        await db.fetchval(
            """SELECT EXISTS (SELECT 1 FROM identity_providers
                              WHERE municipality_id = $1 AND purpose = 'residents' AND enabled)""",
            municipality_id,
        )
    )


async def broker_vouches_for(db: Database | Connection, municipality_id: UUID, account_id: UUID) -> bool:
    """Whether the account has a current link to the municipality's residents' broker: linked in this
    municipality, by the broker as it is set now (same issuer) and enabled. A link another municipality's
    provider made, or a staff provider's link, is no such link."""
    return bool(
        await db.fetchval(
            """SELECT EXISTS (
                   SELECT 1 FROM external_identities e
                   JOIN identity_providers p
                     ON p.municipality_id = e.municipality_id AND p.purpose = e.purpose AND p.issuer = e.issuer
                   WHERE e.municipality_id = $1 AND e.account_id = $2 AND e.purpose = 'residents' AND p.enabled)""",
            municipality_id,
            account_id,
        )
    )
