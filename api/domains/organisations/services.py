"""Organisations and their members: the rules."""

from uuid import UUID

from sqlalchemy.exc import IntegrityError

from api.db.errors import violated_constraint
from api.db.uow import Service
from api.domains.accounts.names import check_display_name
from api.domains.organisations.models import Organisation, OrganisationMember
from api.domains.organisations.schemas import OrganisationCreate, OrganisationUpdate
from api.lib.access import Person, Role
from api.lib.errors import Conflict
from api.lib.schema import sent

_NAME_TAKEN = "uq_organisations_name"


class OrganisationService(Service):
    async def _flush(self) -> None:
        try:
            await self.uow.session.flush()
        except IntegrityError as error:
            if violated_constraint(error) == _NAME_TAKEN:
                raise Conflict(
                    "Er is in deze gemeente al een organisatie met deze naam.", code="name_taken"
                ) from None
            raise

    async def create(self, municipality_id: UUID, data: OrganisationCreate) -> UUID:
        organisation = Organisation(
            municipality_id=municipality_id,
            name=data.name.strip(),
            kind=data.kind,
            kvk_number=data.kvk_number,
            description=data.description,
            website=data.website,
        )
        self.uow.session.add(organisation)
        await self._flush()
        self.uow.audit("organisation.created", "organisation", organisation.id, municipality_id)
        return organisation.id

    async def update(self, organisation_id: UUID, data: OrganisationUpdate, if_match: str) -> None:
        organisation = await self.uow.locked(
            Organisation, organisation_id, "Deze organisatie bestaat niet.", if_match=if_match
        )
        changes = sent(data)
        actor = self.uow.principal
        if (
            "name" in changes
            and isinstance(actor, Person)
            and actor.role_in(organisation.municipality_id) < Role.MEDEWERKER
        ):
            # Staff name organisations as they are called ("Politie Utrecht", "GGD"); an
            # organisation's own admin may not rename it into an authority it is not.
            check_display_name(changes["name"], "name")
        for field, value in changes.items():
            setattr(organisation, field, value.strip() if field == "name" else value)
        await self._flush()
        self.uow.audit(
            "organisation.updated",
            "organisation",
            organisation.id,
            organisation.municipality_id,
            {"fields": sorted(changes)},
        )

    async def _member(self, member_id: UUID) -> OrganisationMember:
        return await self.uow.locked(OrganisationMember, member_id, "Dit lidmaatschap bestaat niet.")

    async def update_member(self, member_id: UUID, is_admin: bool) -> None:
        member = await self._member(member_id)
        member.is_admin = is_admin
        self.uow.audit(
            "organisation.member_updated",
            "organisation_member",
            member.id,
            member.municipality_id,
            {"isAdmin": is_admin},
        )

    async def remove_member(self, member_id: UUID) -> None:
        member = await self._member(member_id)
        await self.uow.session.delete(member)
        self.uow.audit(
            "organisation.member_removed", "organisation_member", member.id, member.municipality_id
        )
