"""Bodies of the task and claim endpoints."""

from datetime import datetime
from typing import Annotated
from uuid import UUID

import msgspec

from api.domains.opgaven.schemas import ActionLineRef, OrganisationRef, PersonSummary
from api.domains.proposals.models import ProposalStatus
from api.domains.tasks.models import TaskStatus
from api.lib.pagination import Items, Page
from api.lib.schema import LINE, Count, Heading, Paragraph, Positive, Prose, Schema, Text
from api.lib.time import PlausibleDate

Title = Annotated[str, msgspec.Meta(min_length=3, max_length=200, pattern=LINE)]
Description = Annotated[Text, msgspec.Meta(max_length=10000)]
Skill = Annotated[str, msgspec.Meta(min_length=1, max_length=60, pattern=LINE, examples=["schuldhulp"])]
Skills = Annotated[
    list[Skill], msgspec.Meta(max_length=20, description="Domeinen of vaardigheden die de taak vraagt.")
]
Effort = Annotated[int, msgspec.Meta(ge=1, le=100000, description="Geschatte inzet in uren.")]
Capacity = Annotated[
    int, msgspec.Meta(ge=1, le=50, description="Hoeveel organisaties de taak kunnen oppakken (standaard 1).")
]
ProposalIds = Annotated[
    list[UUID], msgspec.Meta(max_length=20, description="De ideeën waaruit de taak voortkwam.")
]
Commitment = Annotated[Text, msgspec.Meta(max_length=2000, description="Wat de organisatie toezegt.")]
Percent = Annotated[int, msgspec.Meta(ge=0, le=100)]


class TaskCreate(Schema):
    """Een taak in het plan van de opgave."""

    title: Title
    description: Description = ""
    action_line_id: UUID | None = None
    effort_hours: Effort | None = None
    due_date: PlausibleDate | None = None
    capacity: Capacity = 1
    skills: Skills = msgspec.field(default_factory=list)
    proposal_ids: ProposalIds = msgspec.field(default_factory=list)


class TaskUpdate(Schema):
    """Een taak wijzigen, of haar status: `done`, of `cancelled` met een reden, of terug naar `open`."""

    title: Title | msgspec.UnsetType = msgspec.UNSET
    description: Description | msgspec.UnsetType = msgspec.UNSET
    action_line_id: UUID | msgspec.UnsetType | None = msgspec.UNSET
    effort_hours: Effort | msgspec.UnsetType | None = msgspec.UNSET
    due_date: PlausibleDate | msgspec.UnsetType | None = msgspec.UNSET
    capacity: Capacity | msgspec.UnsetType = msgspec.UNSET
    skills: Skills | msgspec.UnsetType = msgspec.UNSET
    proposal_ids: ProposalIds | msgspec.UnsetType = msgspec.UNSET
    status: TaskStatus | msgspec.UnsetType = msgspec.UNSET
    cancel_reason: (
        Annotated[Text, msgspec.Meta(max_length=2000, description="Verplicht bij `cancelled`.")]
        | msgspec.UnsetType
    ) = msgspec.UNSET


class ProposalRef(Schema):
    id: UUID
    title: Heading
    status: ProposalStatus


class ClaimRead(Schema):
    """Een organisatie die de taak oppakt."""

    id: UUID
    task_id: UUID
    organisation: OrganisationRef
    claimed_by: PersonSummary | None
    commitment: Paragraph
    progress_percent: Percent
    released_at: datetime | None
    created_at: datetime
    updated_at: datetime


class TaskRead(Schema):
    """Een taak, met de organisaties die haar nu oppakken."""

    id: UUID
    opgave_id: UUID
    action_line: ActionLineRef | None
    title: Heading
    description: Annotated[str, msgspec.Meta(max_length=10000)]
    effort_hours: Positive | None
    due_date: PlausibleDate | None
    capacity: Positive
    claimed_count: Count
    places_left: Count
    skills: Annotated[list[str], msgspec.Meta(max_length=20)]
    status: TaskStatus
    cancel_reason: Paragraph | None
    proposals: Annotated[list[ProposalRef], msgspec.Meta(max_length=20)]
    claims: Annotated[list[ClaimRead], msgspec.Meta(max_length=50, description="De lopende claims.")]
    created_at: datetime
    updated_at: datetime


class TaskPage(Page):
    """Een pagina taken."""

    items: Items[TaskRead]


class ClaimCreate(Schema):
    """Een taak oppakken namens een organisatie in het team waarvan u lid bent."""

    organisation_id: UUID
    commitment: Commitment = ""


class ClaimUpdate(Schema):
    """De toezegging bijwerken, of de taak overdragen aan een andere organisatie in het team."""

    commitment: Commitment | msgspec.UnsetType = msgspec.UNSET
    organisation_id: (
        Annotated[UUID, msgspec.Meta(description="Overdragen aan deze organisatie.")] | msgspec.UnsetType
    ) = msgspec.UNSET


class ClaimPage(Page):
    """Een pagina claims."""

    items: Items[ClaimRead]


class ProgressUpdateCreate(Schema):
    """Hoe het gaat: een korte tekst en hoe ver de taak is."""

    text: Annotated[Text, msgspec.Meta(min_length=1, max_length=5000)]
    percent: Percent


class ProgressUpdateRead(Schema):
    id: UUID
    claim_id: UUID
    author: PersonSummary | None
    text: Prose
    percent: Percent
    created_at: datetime


class ProgressUpdatePage(Page):
    """Voortgangsberichten, nieuwste eerst."""

    items: Items[ProgressUpdateRead]
