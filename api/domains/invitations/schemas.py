"""Bodies of the invitation endpoints."""

from datetime import datetime
from enum import StrEnum
from typing import Annotated
from uuid import UUID

import msgspec

from api.domains.accounts.models import RoleName
from api.domains.accounts.schemas import Email, MunicipalitySummary
from api.domains.invitations.models import InvitationKind
from api.domains.opgaven.models import MemberRole
from api.lib.pagination import Items, Page
from api.lib.schema import Heading, Schema


class InvitationState(StrEnum):
    """Where an invitation stands; ``expired`` is a pending one past its date."""

    PENDING = "pending"
    ACCEPTED = "accepted"
    DECLINED = "declined"
    WITHDRAWN = "withdrawn"
    EXPIRED = "expired"


class InvitationAnswer(StrEnum):
    ACCEPT = "accept"
    DECLINE = "decline"


class InvitedOrganisation(Schema):
    id: UUID
    name: Heading


class InvitedOpgave(Schema):
    id: UUID
    title: Heading


class InvitationRead(Schema):
    """Een uitnodiging aan een e-mailadres. Wie uitnodigt krijgt voor elk adres hetzelfde antwoord: of
    er een account bij hoort, blijkt pas als die persoon (met een bevestigd adres) aanneemt."""

    id: UUID
    kind: Annotated[
        InvitationKind,
        msgspec.Meta(
            description="Een rol in de gemeente, lid van een organisatie, of in het team van een opgave."
        ),
    ]
    email: Email
    municipality: MunicipalitySummary
    role: Annotated[RoleName | None, msgspec.Meta(description="Bij `role`: de rol die de persoon krijgt.")]
    organisation: Annotated[InvitedOrganisation | None, msgspec.Meta(description="Bij `organisation`.")]
    is_admin: Annotated[
        bool, msgspec.Meta(description="Bij `organisation`: als beheerder van de organisatie.")
    ]
    opgave: Annotated[InvitedOpgave | None, msgspec.Meta(description="Bij `team`.")]
    team_role: Annotated[MemberRole | None, msgspec.Meta(description="Bij `team`: de rol in het team.")]
    status: InvitationState
    invited_by: Annotated[
        Annotated[str, msgspec.Meta(max_length=80)] | None,
        msgspec.Meta(description="De openbare naam van wie uitnodigde."),
    ]
    created_at: datetime
    expires_at: datetime


class InvitationPage(Page):
    """Een pagina uitnodigingen, nieuwste eerst."""

    items: Items[InvitationRead]


class InvitationResponseCreate(Schema):
    """Een uitnodiging aannemen of afslaan."""

    answer: InvitationAnswer
