"""Bodies of the reflection endpoints."""

from datetime import datetime
from typing import Annotated
from uuid import UUID

import msgspec

from api.domains.opgaven.models import Phase
from api.domains.opgaven.schemas import ActionLineRef, PersonSummary, TaskRef
from api.domains.reflections.models import DEFAULT_PROMPTS, FollowUpKind, ReflectionStatus
from api.domains.tasks.schemas import ProposalRef
from api.lib.pagination import Items, Page
from api.lib.schema import LINE, Count, Heading, Prose, Schema, Text
from api.lib.time import PlausibleDate

Title = Annotated[str, msgspec.Meta(min_length=3, max_length=200, pattern=LINE)]
Prompt = Annotated[str, msgspec.Meta(min_length=3, max_length=300, pattern=LINE)]
Prompts = Annotated[list[Prompt], msgspec.Meta(min_length=1, max_length=10)]
ProposalIds = Annotated[
    list[UUID], msgspec.Meta(max_length=50, description="De ideeën die het moment bespreekt.")
]


class ReflectionCreate(Schema):
    """Een reflectiemoment plannen. Zonder vragen: wat ging goed, wat niet, wat veranderen we."""

    title: Title
    held_on: PlausibleDate
    phase: Annotated[Phase | None, msgspec.Meta(description="Standaard de huidige fase van de opgave.")] = (
        None
    )
    prompts: Prompts = msgspec.field(default_factory=lambda: list(DEFAULT_PROMPTS))
    residents_invited: Annotated[bool, msgspec.Meta(description="Ook inwoners schrijven mee.")] = False
    proposal_ids: ProposalIds = msgspec.field(default_factory=list)


class ReflectionUpdate(Schema):
    """Wijzigen; vragen alleen zolang er nog niets geschreven is. Publiceren kan na afsluiten."""

    title: Title | msgspec.UnsetType = msgspec.UNSET
    held_on: PlausibleDate | msgspec.UnsetType = msgspec.UNSET
    prompts: Prompts | msgspec.UnsetType = msgspec.UNSET
    residents_invited: bool | msgspec.UnsetType = msgspec.UNSET
    proposal_ids: ProposalIds | msgspec.UnsetType = msgspec.UNSET
    summary: Annotated[Text, msgspec.Meta(max_length=10000)] | msgspec.UnsetType = msgspec.UNSET
    published: bool | msgspec.UnsetType = msgspec.UNSET


class FollowUpCreate(Schema):
    """Een vervolgactie. `task` maakt een taak, `formulation` een voorstel voor de formulering, `action_line`
    past het doel van een actielijn aan (met `actionLineId`) of maakt een nieuwe; `note` blijft een notitie."""

    kind: FollowUpKind
    description: Annotated[Text, msgspec.Meta(min_length=3, max_length=5000)]
    action_line_id: UUID | None = None


class ClosureCreate(Schema):
    """Het moment afsluiten met conclusies en vervolgacties, en eventueel meteen de samenvatting publiceren."""

    conclusions: Annotated[Text, msgspec.Meta(min_length=10, max_length=10000)]
    summary: Annotated[Text, msgspec.Meta(max_length=10000, description="De openbare samenvatting.")] = ""
    publish: bool = False
    actions: Annotated[list[FollowUpCreate], msgspec.Meta(max_length=20)] = msgspec.field(
        default_factory=list
    )


class FollowUpRead(Schema):
    kind: FollowUpKind
    description: Prose
    task: TaskRef | None
    formulation_id: UUID | None
    action_line: ActionLineRef | None


class ReflectionRead(Schema):
    """Een reflectiemoment. Voor wie niet in het team zit alleen als het gepubliceerd is."""

    id: UUID
    opgave_id: UUID
    title: Heading
    held_on: PlausibleDate
    phase: Phase
    prompts: Annotated[list[str], msgspec.Meta(max_length=10)]
    residents_invited: bool
    status: ReflectionStatus
    conclusions: Annotated[
        str, msgspec.Meta(max_length=10000, description="Voor het team en medewerkers; voor anderen leeg.")
    ]
    summary: Annotated[str, msgspec.Meta(max_length=10000, description="De openbare samenvatting.")]
    published: bool
    closed_at: datetime | None
    closed_by: PersonSummary | None
    entry_count: Count
    proposals: Annotated[list[ProposalRef], msgspec.Meta(max_length=50)]
    follow_up: Annotated[
        list[FollowUpRead],
        msgspec.Meta(max_length=20, description="Voor het team en medewerkers; voor anderen leeg."),
    ]
    created_at: datetime
    updated_at: datetime


class ReflectionPage(Page):
    """Reflectiemomenten, nieuwste eerst."""

    items: Items[ReflectionRead]


class EntryCreate(Schema):
    """Wat u schrijft bij één van de vragen (de index telt vanaf 0)."""

    prompt_index: Annotated[int, msgspec.Meta(ge=0, le=9)]
    body: Annotated[Text, msgspec.Meta(min_length=1, max_length=5000)]


class EntryRead(Schema):
    id: UUID
    moment_id: UUID
    prompt_index: Annotated[int, msgspec.Meta(ge=0, le=9)]
    author: PersonSummary | None
    body: Prose
    created_at: datetime


class EntryPage(Page):
    """Bijdragen, per vraag, oudste eerst."""

    items: Items[EntryRead]
