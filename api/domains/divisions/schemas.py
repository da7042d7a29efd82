"""Bodies of the budget-round endpoints: money in euro cents, every step public with the opgave."""

from datetime import datetime
from typing import Annotated
from uuid import UUID

import msgspec

from api.domains.divisions.models import Position, RoundStatus
from api.lib.pagination import Items, Page
from api.lib.schema import LINE, Heading, Paragraph, Positive, Prose, Schema, Text

Cents = Annotated[
    int, msgspec.Meta(ge=1, le=100_000_000_000, description="Bedrag in eurocent.", examples=[250000])
]
Title = Annotated[str, msgspec.Meta(min_length=3, max_length=200, pattern=LINE)]
Moment = Annotated[datetime, msgspec.Meta(tz=True, description="Tijdstip in UTC.")]
Name = Heading
Purpose = Annotated[Text, msgspec.Meta(min_length=3, max_length=2000)]
MAX_LINES = 50
MAX_ORGANISATIONS = 200
MAX_VERSIONS = 100


class BudgetRoundCreate(Schema):
    """Een ronde openen waarin de partnerorganisaties in het team samen (een deel van) het budget verdelen."""

    title: Title
    respond_by: Annotated[Moment, msgspec.Meta(description="Tot wanneer organisaties reageren.")]
    description: Annotated[Text, msgspec.Meta(max_length=5000)] = ""


class DivisionLineCreate(Schema):
    """Eén regel van de verdeling: welke organisatie, hoeveel, waarvoor (en eventueel voor welke taak)."""

    organisation_id: UUID
    amount_cents: Cents
    purpose: Purpose
    task_id: UUID | None = None


class DivisionProposalCreate(Schema):
    """Een (nieuw) voorstel; de reacties op het vorige vervallen. Met `respondBy` schuift de termijn op
    (nodig als die al voorbij is)."""

    lines: Annotated[list[DivisionLineCreate], msgspec.Meta(min_length=1, max_length=MAX_LINES)]
    note: Annotated[Text, msgspec.Meta(max_length=5000)] = ""
    respond_by: Moment | None = None


class DivisionResponseCreate(Schema):
    """Namens een organisatie in het team: instemmen (`consent`), bezwaar maken (`object`, met reden) of
    zich onthouden (`abstain`). Opnieuw insturen vervangt de vorige reactie op dit voorstel."""

    organisation_id: UUID
    position: Position
    reason: Annotated[Text, msgspec.Meta(max_length=2000)] = ""


class BudgetRoundFinalisationCreate(Schema):
    """Het huidige voorstel vaststellen; `proposalId` zegt welk u zag (409 `not_current` als er een nieuwer is)."""

    proposal_id: UUID
    legal_basis: Annotated[Text, msgspec.Meta(min_length=5, max_length=500)]


class DivisionLineRead(Schema):
    """Eén regel van een voorstel; na de vaststelling met de toekenning (`budgetClaimId`) die ze werd."""

    id: UUID
    organisation_id: UUID
    organisation_name: Name
    task_id: UUID | None
    task_title: Name | None
    amount_cents: Cents
    purpose: Paragraph
    budget_claim_id: UUID | None


class DivisionResponseRead(Schema):
    """De reactie van een organisatie op een voorstel."""

    organisation_id: UUID
    organisation_name: Name
    position: Position
    reason: Paragraph
    responded_at: datetime


class DivisionProposalRead(Schema):
    """Een versie van de verdeling, met haar regels en de reacties erop."""

    id: UUID
    round_id: UUID
    number: Positive
    current: bool
    note: Prose
    total_cents: Cents
    lines: Annotated[list[DivisionLineRead], msgspec.Meta(max_length=MAX_LINES)]
    responses: Annotated[list[DivisionResponseRead], msgspec.Meta(max_length=MAX_ORGANISATIONS)]
    created_at: datetime


class TeamOrganisation(Schema):
    """Een partnerorganisatie in het team van de opgave, die op het huidige voorstel reageert."""

    organisation_id: UUID
    organisation_name: Name


class BudgetRoundRead(Schema):
    """Een ronde waarin partners samen een budget verdelen: alle voorstellen (nieuwste eerst) en wie nog
    moet reageren. `canFinalise` zegt of het huidige voorstel nu vastgesteld kan worden."""

    id: UUID
    budget_id: UUID
    opgave_id: UUID
    title: Heading
    description: Prose
    respond_by: datetime
    status: RoundStatus
    accepting_responses: Annotated[bool, msgspec.Meta(description="Of organisaties nu kunnen reageren.")]
    open_objections: Annotated[int, msgspec.Meta(ge=0, description="Bezwaren tegen het huidige voorstel.")]
    can_finalise: bool
    organisations: Annotated[list[TeamOrganisation], msgspec.Meta(max_length=MAX_ORGANISATIONS)]
    waiting_for: Annotated[
        list[UUID],
        msgspec.Meta(max_length=MAX_ORGANISATIONS, description="Organisaties die nog niet reageerden."),
    ]
    proposals: Annotated[list[DivisionProposalRead], msgspec.Meta(max_length=MAX_VERSIONS)]
    finalised_proposal_id: UUID | None
    finalised_at: datetime | None
    legal_basis: Annotated[str, msgspec.Meta(max_length=500)] | None
    created_at: datetime
    updated_at: datetime


class BudgetRoundPage(Page):
    """Een pagina verdeelrondes."""

    items: Items[BudgetRoundRead]
