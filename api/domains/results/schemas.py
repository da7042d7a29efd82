"""Bodies of the results endpoints."""

from datetime import datetime
from enum import StrEnum
from typing import Annotated
from uuid import UUID

import msgspec

from api.domains.budgets.models import ClaimStatus
from api.domains.indicators.schemas import IndicatorRead
from api.domains.opgaven.models import Phase
from api.domains.opgaven.schemas import ActionLineRef, OrganisationRef, PersonSummary
from api.domains.proposals.models import ProposalStatus
from api.domains.tasks.models import TaskStatus
from api.lib.schema import Count, Heading, Schema
from api.lib.time import PlausibleDate

Cents = Annotated[int, msgspec.Meta(ge=0, description="In eurocenten.")]


class TaskCounts(Schema):
    total: Count
    open: Count
    in_progress: Count
    done: Count
    cancelled: Count


class BudgetTotals(Schema):
    """Over alle budgetten van de opgave samen."""

    budgets: Count
    contributed_cents: Cents
    requested_cents: Annotated[
        int, msgspec.Meta(ge=0, description="Aangevraagd en nog niet besloten, in eurocenten.")
    ]
    granted_cents: Cents
    open_cents: Annotated[
        int, msgspec.Meta(ge=0, description="Ingebracht en nog niet toegekend, in eurocenten.")
    ]


class ProposalCounts(Schema):
    """Ideeën die niet verborgen zijn."""

    total: Count
    submitted: Count
    under_review: Count
    adopted: Count
    declined: Count
    withdrawn: Count


class ReflectionCounts(Schema):
    planned: Annotated[int, msgspec.Meta(ge=0, description="Nog open.")]
    held: Annotated[int, msgspec.Meta(ge=0, description="Afgesloten.")]
    published: Count


class ReflectionSummary(Schema):
    """Een gepubliceerd reflectiemoment, met zijn openbare samenvatting."""

    id: UUID
    title: Heading
    held_on: PlausibleDate
    summary: Annotated[str, msgspec.Meta(max_length=10000)]


class ProgressRead(Schema):
    """Waar een opgave staat: taken, budget, indicatoren, reflecties en ideeën in één antwoord."""

    opgave_id: UUID
    phase: Phase
    tasks: TaskCounts
    budget: BudgetTotals
    proposals: ProposalCounts
    reflections: ReflectionCounts
    published_reflections: Annotated[
        list[ReflectionSummary],
        msgspec.Meta(max_length=10, description="De tien laatst gehouden, nieuwste eerst."),
    ]
    indicators: Annotated[list[IndicatorRead], msgspec.Meta(max_length=100)]


class TrailProposal(Schema):
    id: UUID
    opgave_id: UUID
    title: Heading
    status: ProposalStatus


class TrailResponse(Schema):
    """Het openbare antwoord van de gemeente."""

    text: Annotated[str, msgspec.Meta(max_length=10000)]
    responded_at: datetime
    responded_by: PersonSummary | None


class TrailClaim(Schema):
    """Een organisatie die de taak oppakte; `releasedAt` als zij ermee stopte of hem overdroeg."""

    organisation: OrganisationRef
    progress_percent: Annotated[int, msgspec.Meta(ge=0, le=100)]
    claimed_at: datetime
    released_at: datetime | None


class TrailGrant(Schema):
    """Budget dat voor de taak is toegekend (of later ingetrokken)."""

    id: UUID
    organisation: OrganisationRef
    granted_cents: Cents
    status: ClaimStatus
    decided_at: datetime
    withdrawn_at: datetime | None


class TrailTask(Schema):
    id: UUID
    title: Heading
    status: TaskStatus
    claims: Annotated[list[TrailClaim], msgspec.Meta(max_length=100)]
    grants: Annotated[list[TrailGrant], msgspec.Meta(max_length=100)]


class TrailRead(Schema):
    """Wat er van een idee werd: het antwoord, de taken die eruit voortkwamen en wie ze oppakte, het budget
    daarvoor, de indicatoren van zijn actielijn en de gepubliceerde reflecties waarin het besproken werd."""

    proposal: TrailProposal
    response: TrailResponse | None
    action_line: ActionLineRef | None
    tasks: Annotated[list[TrailTask], msgspec.Meta(max_length=100)]
    indicators: Annotated[list[IndicatorRead], msgspec.Meta(max_length=100)]
    reflections: Annotated[list[ReflectionSummary], msgspec.Meta(max_length=100)]


class Dataset(StrEnum):
    OPGAVEN = "opgaven"
    PROPOSALS = "proposals"
    TASKS = "tasks"
    GRANTS = "grants"
    INDICATORS = "indicators"
    MEASUREMENTS = "measurements"


class ExportFormat(StrEnum):
    JSON = "json"
    CSV = "csv"
