"""A municipality comes onto the platform, and leaves it (for a while, or for good).

Onboarding makes the municipality (its policy domains come with it, by a trigger of the
migrations) and invites its first beheerder through the invitations every beheerder uses: nothing
is granted to an address until a person who proved it accepts. Deactivating keeps every row and
stops serving them (``api.lib.deactivation``)."""

from datetime import datetime
from uuid import UUID

import msgspec

from api.db.uow import UnitOfWork, json_text
from api.domains.accounts.models import RoleName
from api.domains.invitations.services import InvitationService, role_offer
from api.domains.operations.schemas import MunicipalityCreate
from api.lib.errors import Conflict, NotFound
from api.lib.ids import new_id
from api.settings import Settings

_TAKEN = """
SELECT coalesce(bool_or(slug = $1), false) AS slug, coalesce(bool_or(cbs_code = $2), false) AS cbs_code
FROM municipalities WHERE slug = $1 OR cbs_code = $2
"""
_INSERT = """
INSERT INTO municipalities (id, slug, name, cbs_code, description, theme)
VALUES ($1, $2, $3, $4, $5, $6::text::jsonb)
ON CONFLICT DO NOTHING RETURNING id
"""


class OnboardingService:
    def __init__(self, uow: UnitOfWork, settings: Settings) -> None:
        self.uow = uow
        self.settings = settings

    async def create(self, data: MunicipalityCreate) -> UUID:
        """The municipality, and an invitation to its first beheerder; 409 when the slug or the CBS
        code is someone else's already."""
        connection = await self.uow.connection()
        taken = await connection.fetchrow(_TAKEN, data.slug, data.cbs_code)
        assert taken is not None  # an aggregate without GROUP BY has one row
        if taken["slug"] or taken["cbs_code"]:
            raise _taken(slug=taken["slug"])
        municipality_id: UUID | None = await connection.fetchval(
            _INSERT,
            new_id(),
            data.slug,
            data.name,
            data.cbs_code,
            data.description,
            json_text(msgspec.to_builtins(data.theme)),
        )
        if municipality_id is None:  # made at the same moment by someone else
            raise _taken(slug=True)
        self.uow.audit(
            "municipality.created",
            "municipality",
            municipality_id,
            municipality_id,
            {"slug": data.slug, "cbsCode": data.cbs_code},
        )
        await InvitationService(self.uow, self.settings).invite(
            municipality_id, data.beheerder_email, role_offer(RoleName.BEHEERDER)
        )
        return municipality_id

    async def deactivate(self, municipality_id: UUID) -> datetime:
        """From now on nothing of it is served; again changes nothing (the first moment stays)."""
        connection = await self.uow.connection()
        row = await connection.fetchrow(
            """UPDATE municipalities SET deactivated_at = coalesce(deactivated_at, now()),
                      version = version + (deactivated_at IS NULL)::int, updated_at = now()
               WHERE id = $1 RETURNING deactivated_at""",
            municipality_id,
        )
        if row is None:
            raise NotFound("Deze gemeente bestaat niet.")
        self.uow.audit("municipality.deactivated", "municipality", municipality_id, municipality_id)
        at: datetime = row["deactivated_at"]
        return at

    async def reactivate(self, municipality_id: UUID) -> None:
        connection = await self.uow.connection()
        await connection.execute(
            """UPDATE municipalities SET deactivated_at = NULL, version = version + 1, updated_at = now()
               WHERE id = $1 AND deactivated_at IS NOT NULL""",
            municipality_id,
        )
        self.uow.audit("municipality.reactivated", "municipality", municipality_id, municipality_id)


def _taken(*, slug: bool) -> Conflict:
    if slug:
        return Conflict("Er is al een gemeente met deze slug.", code="slug_taken")
    return Conflict("Er is al een gemeente met deze CBS-code.", code="cbs_code_taken")
