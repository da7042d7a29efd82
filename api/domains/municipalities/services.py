"""Changing a municipality's description and theme (its beheerder's job)."""

from uuid import UUID

import msgspec
from sqlalchemy import select

from api.db.uow import UnitOfWork
from api.domains.municipalities.models import Municipality
from api.domains.municipalities.schemas import MunicipalityUpdate
from api.lib.errors import NotFound
from api.lib.etag import require_if_match


class MunicipalityService:
    def __init__(self, uow: UnitOfWork) -> None:
        self.uow = uow

    async def update(self, municipality_id: UUID, data: MunicipalityUpdate, if_match: str) -> None:
        municipality = await self.uow.session.scalar(
            select(Municipality).where(Municipality.id == municipality_id).with_for_update()
        )
        if municipality is None:
            raise NotFound("Deze gemeente bestaat niet.")
        require_if_match(if_match, municipality.version)
        changed: list[str] = []
        if data.description is not msgspec.UNSET:
            municipality.description = data.description
            changed.append("description")
        if data.theme is not msgspec.UNSET:
            municipality.theme = msgspec.to_builtins(data.theme)
            changed.append("theme")
        self.uow.audit(
            "municipality.updated", "municipality", municipality.id, municipality.id, {"fields": changed}
        )
