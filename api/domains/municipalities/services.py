"""Changing a municipality's description and theme (its beheerder's job)."""

from uuid import UUID

import msgspec

from api.db.uow import Service
from api.domains.municipalities.contrast import check_theme_tokens
from api.domains.municipalities.models import Municipality
from api.domains.municipalities.schemas import MunicipalityUpdate
from api.lib.schema import apply_sent


class MunicipalityService(Service):
    async def update(self, municipality_id: UUID, data: MunicipalityUpdate, if_match: str) -> None:
        if not isinstance(data.theme, msgspec.UnsetType):
            check_theme_tokens(data.theme.tokens)
        municipality = await self.uow.locked(
            Municipality, municipality_id, "Deze gemeente bestaat niet.", if_match=if_match
        )
        changed = apply_sent(municipality, data, "description")
        changed += apply_sent(municipality, data, "theme", clean=msgspec.to_builtins)
        self.uow.audit(
            "municipality.updated", "municipality", municipality.id, municipality.id, {"fields": changed}
        )
