"""Bodies of the budget endpoints. Money is in euro cents, always whole numbers."""

from datetime import datetime
from enum import StrEnum
from typing import Annotated
from uuid import UUID

import msgspec

from api.domains.budgets.models import ClaimStatus, ContributionStatus, LedgerKind
from api.domains.opgaven.schemas import ActionLineRef, OrganisationRef, PersonSummary, TaskRef
from api.lib.pagination import Items, Page
from api.lib.schema import LINE, Heading, Paragraph, Positive, Prose, Schema, Text

Cents = Annotated[
    int, msgspec.Meta(ge=1, le=100_000_000_000, description="Bedrag in eurocent.", examples=[250000])
]
Total = Annotated[int, msgspec.Meta(ge=0, description="Bedrag in eurocent.")]
Title = Annotated[str, msgspec.Meta(min_length=3, max_length=200, pattern=LINE)]


class BudgetCreate(Schema):
    """Een budget voor de opgave, eventueel voor één actielijn. Het vult zich met bijdragen."""

    title: Title
    description: Annotated[Text, msgspec.Meta(max_length=5000)] = ""
    action_line_id: UUID | None = None


class BudgetUpdate(Schema):
    title: Title | msgspec.UnsetType = msgspec.UNSET
    description: Annotated[Text, msgspec.Meta(max_length=5000)] | msgspec.UnsetType = msgspec.UNSET
    action_line_id: UUID | msgspec.UnsetType | None = msgspec.UNSET


class Funder(Schema):
    """Wie bijdraagt: de gemeente (zonder organisatie) of een partnerorganisatie."""

    organisation: OrganisationRef | None
    name: Heading
    amount_cents: Annotated[
        int,
        msgspec.Meta(
            ge=0,
            description=(
                "Bedrag in eurocent: wat bevestigd is en telt (na correcties); bij een toezegging die nog wacht "
                "of is afgewezen, wat werd toegezegd."
            ),
        ),
    ]


class BudgetRead(Schema):
    """Een budget: wat erin zit, wat is toegekend, wat nog gevraagd wordt, en van wie het geld komt."""

    id: UUID
    opgave_id: UUID
    action_line: ActionLineRef | None
    title: Heading
    description: Prose
    total_cents: Total
    granted_cents: Total
    available_cents: Total
    requested_cents: Annotated[int, msgspec.Meta(ge=0, description="Aangevraagd en nog niet besloten.")]
    pending_cents: Annotated[
        int,
        msgspec.Meta(
            ge=0, description="Toegezegd door partners en nog niet bevestigd: telt niet mee in het budget."
        ),
    ]
    funders: Annotated[
        list[Funder], msgspec.Meta(max_length=1000, description="Wie bevestigd geld inbracht, en hoeveel.")
    ]
    created_at: datetime
    updated_at: datetime


class BudgetPage(Page):
    """Een pagina budgetten."""

    items: Items[BudgetRead]


class ContributionCreate(Schema):
    """Geld in het budget: namens de gemeente (zonder `organisationId`, medewerkers; telt meteen) of een
    organisatie in het team (een toezegging die telt zodra medewerkers van de gemeente haar bevestigen)."""

    amount_cents: Cents
    organisation_id: UUID | None = None
    note: Annotated[Text, msgspec.Meta(max_length=2000)] = ""


class ContributionRead(Schema):
    """Een bijdrage: toegezegd, bevestigd (en dan telt zij) of afgewezen."""

    id: UUID
    budget_id: UUID
    funder: Funder
    status: ContributionStatus
    pledged_cents: Annotated[
        Cents, msgspec.Meta(description="Wat werd toegezegd; een correctie verandert dit niet.")
    ]
    note: Paragraph
    pledged_by: PersonSummary | None
    decided_by: PersonSummary | None
    decided_at: datetime | None
    decision_reason: Prose | None
    created_at: datetime


class ContributionPage(Page):
    """Bijdragen, oudste eerst."""

    items: Items[ContributionRead]


class ContributionDecision(StrEnum):
    CONFIRM = "confirm"
    REJECT = "reject"


class ContributionDecisionCreate(Schema):
    """Een toezegging bevestigen (dan telt zij in het budget) of afwijzen met een reden."""

    decision: ContributionDecision
    reason: Annotated[Text, msgspec.Meta(max_length=5000, description="Bij afwijzen verplicht.")] = ""


class ContributionCorrectionCreate(Schema):
    """Wat een bevestigde bijdrage werkelijk is: het verschil komt als correctie in het kasboek."""

    amount_cents: Annotated[
        int,
        msgspec.Meta(
            ge=0, le=100_000_000_000, description="Het juiste bedrag in eurocent.", examples=[400000]
        ),
    ]
    reason: Annotated[Text, msgspec.Meta(max_length=5000, description="Waarom: verplicht.")] = ""


class BudgetClaimCreate(Schema):
    """Een deel van het budget vragen, namens een organisatie in het team waarvan u lid bent."""

    organisation_id: UUID
    amount_cents: Cents
    motivation: Annotated[
        Text,
        msgspec.Meta(
            min_length=10,
            max_length=5000,
            description="Waarvoor: de activiteiten die het geld mogelijk maakt.",
        ),
    ]
    task_id: UUID | None = None


class BudgetClaimRead(Schema):
    """Een aanvraag en het besluit erover. Bij een toekenning staan de gegevens die de Woo vraagt te publiceren:
    grondslag, ontvanger, activiteiten, bedrag, datum, en een eventuele intrekking."""

    id: UUID
    budget_id: UUID
    opgave_id: UUID
    organisation: OrganisationRef
    task: TaskRef | None
    requested_by: PersonSummary | None
    amount_cents: Cents
    motivation: Prose
    status: ClaimStatus
    granted_cents: Positive | None
    legal_basis: Paragraph | None
    decision_reason: Prose | None
    decided_by: PersonSummary | None
    decided_at: datetime | None
    withdrawal_reason: Prose | None
    withdrawn_at: datetime | None
    created_at: datetime


class BudgetClaimPage(Page):
    """Aanvragen, nieuwste eerst."""

    items: Items[BudgetClaimRead]


class Decision(StrEnum):
    GRANT = "grant"
    REJECT = "reject"
    WITHDRAW = "withdraw"


class DecisionCreate(Schema):
    """Toekennen (helemaal of deels, met grondslag), afwijzen met een reden, of een toekenning intrekken met een reden."""

    decision: Decision
    amount_cents: (
        Annotated[Cents, msgspec.Meta(description="Bij toekennen: hoeveel; standaard het gevraagde bedrag.")]
        | None
    ) = None
    legal_basis: Annotated[
        Text, msgspec.Meta(max_length=2000, description="Bij toekennen verplicht: de juridische grondslag.")
    ] = ""
    reason: Annotated[
        Text, msgspec.Meta(max_length=5000, description="Bij afwijzen en intrekken verplicht.")
    ] = ""


class LedgerEntryRead(Schema):
    """Eén regel in het kasboek, met de stand erna."""

    id: UUID
    budget_id: UUID
    number: Annotated[int, msgspec.Meta(ge=1, description="Volgnummer in het kasboek van dit budget.")]
    kind: LedgerKind
    amount_cents: Annotated[
        int,
        msgspec.Meta(
            ge=-100_000_000_000,
            le=100_000_000_000,
            description="Bedrag in eurocent; alleen een correctie kan negatief zijn (omlaag).",
        ),
    ]
    total_after_cents: Total
    granted_after_cents: Total
    party: Annotated[str, msgspec.Meta(max_length=200, description="De bijdrager of de ontvanger.")]
    organisation: OrganisationRef | None
    reason: Prose
    actor: PersonSummary | None
    object_type: Annotated[str, msgspec.Meta(max_length=40)]
    object_id: UUID
    created_at: datetime


class LedgerPage(Page):
    """Het kasboek, oudste eerst."""

    items: Items[LedgerEntryRead]
