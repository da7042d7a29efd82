"""Bodies of the opgave endpoints."""

from datetime import datetime
from enum import StrEnum
from typing import Annotated, Any
from uuid import UUID

import msgspec

from api.domains.accounts.schemas import Email, MunicipalitySlug, MunicipalitySummary
from api.domains.opgaven.models import MemberRole, MemberStatus, PartnerRole, Phase
from api.lib.pagination import Items, Page
from api.lib.schema import LINE, Count, Heading, Paragraph, Positive, Schema, Text
from api.lib.time import PlausibleDate

Title = Annotated[str, msgspec.Meta(min_length=3, max_length=200, pattern=LINE)]
LongText = Annotated[Text, msgspec.Meta(max_length=20000)]
ShortText = Annotated[Text, msgspec.Meta(max_length=4000)]
Slug = Annotated[str, msgspec.Meta(min_length=2, max_length=80, pattern=r"^[a-z0-9]+(-[a-z0-9]+)*$")]
DomainSlug = Annotated[
    str, msgspec.Meta(max_length=60, pattern=r"^[a-z0-9-]+$", examples=["werk-en-inkomen"])
]
Area = Annotated[
    list[Annotated[str, msgspec.Meta(min_length=1, max_length=120, pattern=LINE)]],
    msgspec.Meta(max_length=50, description="Wijken of buurten."),
]
Domains = Annotated[list[DomainSlug], msgspec.Meta(max_length=20, description="Beleidsdomeinen (slugs).")]
ProposalPhases = Annotated[
    list[Phase], msgspec.Meta(max_length=5, description="De fasen waarin de opgave ideeën aanneemt.")
]


class OpgaveSort(StrEnum):
    """Volgorde van een lijst opgaven."""

    NEWEST = "-createdAt"
    OLDEST = "createdAt"
    TITLE = "title"
    MOST_SUPPORTED = "-supporterCount"


class PersonBadge(StrEnum):
    """Wat iemand is, naast de naam die die persoon zelf koos."""

    STAFF = "staff"


class PersonSummary(Schema):
    """Een persoon zoals iedereen die ziet: de openbare naam, en een kenmerk dat de naam niet kan
    nadoen. `badge` is `staff` voor wie nu medewerker of beheerder is van de gemeente waar het getoonde
    over gaat (een naam als 'Gemeente Putten (medewerker)' kan niemand kiezen); anders `null`."""

    id: UUID
    display_name: Annotated[str, msgspec.Meta(max_length=80)]
    badge: PersonBadge | None


# A municipality's summary, under the name the contract has always given it where an opgave shows
# its municipality (no docstring: that would add a description to the contract).
class MunicipalityRef(MunicipalitySummary):
    pass


class DomainRead(Schema):
    """Een beleidsdomein."""

    slug: DomainSlug
    name: Annotated[str, msgspec.Meta(max_length=120)]


class DomainCreate(Schema):
    """Een nieuw beleidsdomein."""

    slug: Annotated[DomainSlug, msgspec.Meta(description="Korte naam in adressen en filters; blijft.")]
    name: Annotated[str, msgspec.Meta(min_length=2, max_length=120, pattern=LINE)]


class DomainUpdate(Schema):
    """Een andere naam voor een beleidsdomein (de korte naam blijft)."""

    name: Annotated[str, msgspec.Meta(min_length=2, max_length=120, pattern=LINE)]


class DomainList(Schema):
    """De beleidsdomeinen van een gemeente."""

    items: Annotated[list[DomainRead], msgspec.Meta(max_length=200)]


class OpgaveCounts(Schema):
    """Tellingen: ideeën, steun en deelnemers, taken die nog op te pakken zijn en het budget."""

    proposals: Count
    supporters: Annotated[int, msgspec.Meta(ge=0, description="Steunbetuigingen op de ideeën van de opgave.")]
    members: Annotated[int, msgspec.Meta(ge=0, description="Actieve deelnemers in het team.")]
    open_tasks: Annotated[
        int,
        msgspec.Meta(ge=0, description="Taken met de status open: nog door geen organisatie opgepakt."),
    ]
    budget_total_cents: Annotated[
        int, msgspec.Meta(ge=0, description="Wat alle budgetten van de opgave samen bevatten, in centen.")
    ]
    budget_granted_cents: Annotated[
        int, msgspec.Meta(ge=0, description="Wat daarvan is toegekend, in centen.")
    ]


class OpgaveCreate(Schema):
    """Een nieuwe opgave (standaard als concept)."""

    municipality: MunicipalitySlug
    title: Title
    slug: Slug | None = None
    summary: ShortText = ""
    formulation: Annotated[LongText, msgspec.Meta(description="De eerste formulering van de opgave.")] = ""
    target_group: ShortText = ""
    area: Area = msgspec.field(default_factory=list)
    domains: Domains = msgspec.field(default_factory=list)
    procesregisseur_id: Annotated[
        UUID | None,
        msgspec.Meta(
            description=(
                "Een medewerker van de gemeente; zonder (of `null`) wie de opgave aanmaakt. "
                "Een systeem (client) is geen medewerker en noemt er daarom altijd een: anders 400 `required`."
            )
        ),
    ] = None
    start_date: PlausibleDate | None = None
    end_date: PlausibleDate | None = None
    published: bool = False
    proposal_phases: ProposalPhases | None = None


class OpgaveUpdate(Schema):
    """Wijzigingen; velden die ontbreken blijven zoals ze zijn. De fase gaat via fasewisselingen,
    de formulering via het aannemen van een formulering."""

    title: Title | msgspec.UnsetType = msgspec.UNSET
    summary: ShortText | msgspec.UnsetType = msgspec.UNSET
    target_group: ShortText | msgspec.UnsetType = msgspec.UNSET
    area: Area | msgspec.UnsetType = msgspec.UNSET
    domains: Domains | msgspec.UnsetType = msgspec.UNSET
    procesregisseur_id: UUID | msgspec.UnsetType = msgspec.UNSET
    start_date: PlausibleDate | msgspec.UnsetType | None = msgspec.UNSET
    end_date: PlausibleDate | msgspec.UnsetType | None = msgspec.UNSET
    published: bool | msgspec.UnsetType = msgspec.UNSET
    proposal_phases: ProposalPhases | msgspec.UnsetType = msgspec.UNSET


class OpgaveListItem(Schema):
    """Een opgave in een lijst, met haar tellingen."""

    id: UUID
    municipality: MunicipalityRef
    slug: Slug
    title: Title
    summary: ShortText
    phase: Phase
    domains: Annotated[list[DomainRead], msgspec.Meta(max_length=20)]
    published: bool
    start_date: PlausibleDate | None
    end_date: PlausibleDate | None
    counts: OpgaveCounts
    created_at: datetime
    updated_at: datetime


class OpgaveRead(OpgaveListItem):
    """Een opgave met alles wat erbij hoort."""

    formulation: LongText
    target_group: ShortText
    area: Area
    proposal_phases: ProposalPhases
    procesregisseur: PersonSummary
    followed_by_me: Annotated[
        bool, msgspec.Meta(description="Volg ik deze opgave? Altijd false zonder aanmelding.")
    ]


class OpgavePage(Page):
    """Een pagina opgaven."""

    items: Items[OpgaveListItem]


class PhaseTransitionCreate(Schema):
    """Een stap naar de volgende fase, of terug naar de vorige (met reden)."""

    to_phase: Phase
    reason: Annotated[Text, msgspec.Meta(max_length=2000, description="Verplicht bij een stap terug.")] = ""


class PhaseTransitionRead(Schema):
    from_phase: Phase
    to_phase: Phase
    direction: Annotated[str, msgspec.Meta(max_length=10, examples=["forward", "back"])]
    reason: Paragraph
    created_at: datetime


class TimelineEventRead(Schema):
    """Een mijlpaal op de tijdlijn van een opgave."""

    id: UUID
    kind: Annotated[str, msgspec.Meta(max_length=40, examples=["phase_changed", "formulation_adopted"])]
    title: Annotated[str, msgspec.Meta(max_length=300)]
    details: dict[str, Any]
    actor: PersonSummary | None
    object_type: Annotated[str, msgspec.Meta(max_length=40)] | None
    object_id: UUID | None
    created_at: datetime


class TimelinePage(Page):
    """Een pagina van de tijdlijn, oudste eerst."""

    items: Items[TimelineEventRead]


class FormulationCreate(Schema):
    """Een voorstel voor de formulering van de opgave."""

    text: Annotated[Text, msgspec.Meta(min_length=10, max_length=20000)]
    rationale: Annotated[Text, msgspec.Meta(max_length=4000, description="Waarom deze formulering?")] = ""


class FormulationRead(Schema):
    """Een versie van de formulering."""

    id: UUID
    opgave_id: UUID
    text: LongText
    rationale: ShortText
    proposed_by: PersonSummary
    adopted_at: datetime | None
    adopted_by: PersonSummary | None
    current: Annotated[bool, msgspec.Meta(description="De formulering die nu geldt.")]
    created_at: datetime


class FormulationPage(Page):
    """Alle versies van de formulering, oudste eerst."""

    items: Items[FormulationRead]


class ActionLineCreate(Schema):
    """Een actielijn in het plan."""

    title: Title
    goal: ShortText = ""
    position: (
        Annotated[int, msgspec.Meta(ge=1, le=100, description="Plaats in de volgorde; standaard achteraan.")]
        | None
    ) = None


class ActionLineUpdate(Schema):
    title: Title | msgspec.UnsetType = msgspec.UNSET
    goal: ShortText | msgspec.UnsetType = msgspec.UNSET
    position: Annotated[int, msgspec.Meta(ge=1, le=100)] | msgspec.UnsetType = msgspec.UNSET


class ActionLineRead(Schema):
    """Een actielijn."""

    id: UUID
    opgave_id: UUID
    position: Positive
    title: Title
    goal: ShortText


class ActionLineList(Schema):
    """De actielijnen van een opgave, op volgorde."""

    items: Annotated[list[ActionLineRead], msgspec.Meta(max_length=100)]


class OrganisationRef(Schema):
    id: UUID
    name: Heading


class ActionLineRef(Schema):
    id: UUID
    title: Heading


class TaskRef(Schema):
    id: UUID
    title: Heading


class TeamMemberCreate(Schema):
    """Iemand of een organisatie in het team: door de gemeente uitgenodigd, of die zelf vraagt mee te doen.

    Zonder `email` en `organisationId` vraagt u zelf mee te doen. Met `organisationId` vraagt een beheerder
    van die organisatie namens haar; de gemeente nodigt uit met `email` of `organisationId`."""

    role: MemberRole
    email: Email | None = None
    organisation_id: UUID | None = None
    partner_role: PartnerRole | None = None


class TeamMemberUpdate(Schema):
    """Een uitnodiging aannemen of een verzoek goedkeuren (`status: active`), of een rol wijzigen."""

    status: MemberStatus | msgspec.UnsetType = msgspec.UNSET
    role: MemberRole | msgspec.UnsetType = msgspec.UNSET
    partner_role: PartnerRole | msgspec.UnsetType = msgspec.UNSET


class TeamMemberRead(Schema):
    """Een deelnemer in het team."""

    id: UUID
    opgave_id: UUID
    person: PersonSummary | None
    organisation: OrganisationRef | None
    role: MemberRole
    partner_role: PartnerRole | None
    status: MemberStatus
    created_at: datetime


class TeamMemberPage(Page):
    """Het team; wie nog is uitgenodigd of nog wacht, ziet alleen de gemeente (en de persoon zelf)."""

    items: Items[TeamMemberRead]
