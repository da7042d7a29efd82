"""Bodies of the organisation endpoints."""

from datetime import datetime
from typing import Annotated
from uuid import UUID

import msgspec

from api.domains.accounts.schemas import Email, MunicipalitySlug
from api.domains.organisations.models import OrganisationKind
from api.lib.pagination import Items, Page
from api.lib.schema import LINE, Count, Schema, Text

Name = Annotated[str, msgspec.Meta(min_length=2, max_length=200, pattern=LINE)]
KvkNumber = Annotated[str, msgspec.Meta(pattern=r"^[0-9]{8}$", description="KvK-nummer (8 cijfers).")]
Description = Annotated[Text, msgspec.Meta(max_length=4000)]
Website = Annotated[str, msgspec.Meta(max_length=300, pattern=r"^https://[^\x00-\x20\x7f-\x9f<>\"']+$")]


class OrganisationCreate(Schema):
    """Een partnerorganisatie in een gemeente."""

    municipality: MunicipalitySlug
    name: Name
    kind: OrganisationKind
    kvk_number: KvkNumber | None = None
    description: Description = ""
    website: Website | None = None


class OrganisationUpdate(Schema):
    """Wijzigingen; velden die ontbreken blijven zoals ze zijn."""

    name: Name | msgspec.UnsetType = msgspec.UNSET
    kind: OrganisationKind | msgspec.UnsetType = msgspec.UNSET
    kvk_number: KvkNumber | msgspec.UnsetType | None = msgspec.UNSET
    description: Description | msgspec.UnsetType = msgspec.UNSET
    website: Website | msgspec.UnsetType | None = msgspec.UNSET


class OrganisationRead(Schema):
    """Een partnerorganisatie, zoals iedereen haar ziet."""

    id: UUID
    municipality_id: UUID
    name: Name
    kind: OrganisationKind
    kvk_number: KvkNumber | None
    description: Description
    website: Website | None
    member_count: Count
    created_at: datetime


class OrganisationPage(Page):
    """Een pagina organisaties, op naam."""

    items: Items[OrganisationRead]


class MemberCreate(Schema):
    """Iemand uitnodigen lid te worden van de organisatie; die wordt lid door met dit (bevestigde) adres aan te nemen."""

    email: Email
    is_admin: bool = False


class MemberUpdate(Schema):
    is_admin: bool


class MemberRead(Schema):
    """Een lid van een organisatie."""

    id: UUID
    organisation_id: UUID
    account_id: UUID
    display_name: Annotated[str, msgspec.Meta(max_length=80)]
    is_admin: bool
    email_verified: Annotated[
        bool,
        msgspec.Meta(
            description="Of het e-mailadres bevestigd is; tot dan handelt het lid niet namens de organisatie."
        ),
    ]
    created_at: datetime


class MemberPage(Page):
    """Een pagina leden."""

    items: Items[MemberRead]
