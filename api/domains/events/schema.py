"""The data of each event type (``types`` says which type carries which), documented in the spec."""

from datetime import datetime
from typing import Annotated, ClassVar
from uuid import UUID

import msgspec

from api.lib.schema import Schema
from api.lib.time import PlausibleDate

Word = Annotated[str, msgspec.Meta(max_length=40)]


class EventData(Schema):
    """The data of an event type; the spec lists each under its name (``in_spec``)."""

    in_spec: ClassVar[bool] = True


class OpgaveEventData(EventData):
    """Een opgave."""

    opgave_id: UUID


class PhaseChangedData(EventData):
    """Een opgave ging naar een andere fase."""

    opgave_id: UUID
    from_phase: Annotated[Word, msgspec.Meta(description="De fase ervoor (`exploring` … `completed`).")]
    to_phase: Annotated[Word, msgspec.Meta(description="De nieuwe fase.")]
    direction: Annotated[Word, msgspec.Meta(description="`forward` of `back`.")]
    reason: Annotated[str, msgspec.Meta(max_length=2000, description="De reden (verplicht bij terug).")]


class FormulationEventData(EventData):
    opgave_id: UUID
    formulation_id: UUID


class ActionLineEventData(EventData):
    opgave_id: UUID
    action_line_id: UUID


class ProposalEventData(EventData):
    opgave_id: UUID
    proposal_id: UUID
    status: Annotated[Word, msgspec.Meta(description="De status van het idee na de gebeurtenis.")]


class TaskEventData(EventData):
    opgave_id: UUID
    task_id: UUID
    status: Annotated[Word, msgspec.Meta(description="De status van de taak na de gebeurtenis.")]


class TaskClaimedData(EventData):
    opgave_id: UUID
    task_id: UUID
    claim_id: UUID
    organisation_id: UUID


class MoneyEventData(EventData):
    """Geld dat in een budget kwam of eruit ging (toegekend of teruggetrokken)."""

    opgave_id: UUID
    budget_id: UUID
    object_id: Annotated[
        UUID,
        msgspec.Meta(description="De bijdrage, de budgetaanvraag of het gekozen idee op een stembiljet."),
    ]
    organisation_id: UUID | None
    amount_cents: Annotated[int, msgspec.Meta(ge=0, le=10**13)]


class BallotEventData(EventData):
    """Een stemming over een budget werd geopend of geteld; de uitslag staat bij `subject`."""

    opgave_id: UUID
    budget_id: UUID
    ballot_id: UUID
    status: Annotated[str, msgspec.Meta(max_length=40)]


class DivisionEventData(EventData):
    """Een ronde waarin partners samen een budget verdelen: geopend, een (nieuw) voorstel, een reactie van
    een organisatie, of vastgesteld. Bij een reactie: de organisatie en haar `position` (`consent`, `object` of `abstain`). Alles is openbaar met de opgave; de ronde staat bij `subject`."""

    opgave_id: UUID
    budget_id: UUID
    round_id: UUID
    proposal_id: UUID | None
    # Of a response: the organisation, and `consent`, `object` or `abstain`.
    organisation_id: UUID | None
    position: Annotated[str, msgspec.Meta(max_length=40)] | None
    status: Annotated[str, msgspec.Meta(max_length=40)]


class ReflectionEventData(EventData):
    opgave_id: UUID
    reflection_id: UUID


class MeetingEventData(EventData):
    """Een bijeenkomst van een opgave: welke soort, en wanneer."""

    opgave_id: UUID
    meeting_id: UUID
    kind: Word
    starts_at: datetime


class PollEventData(EventData):
    """Een peiling van een opgave (of van een van haar bijeenkomsten) ging open of dicht; de uitslag staat bij `subject`."""

    opgave_id: UUID
    poll_id: UUID
    meeting_id: UUID | None
    status: Annotated[str, msgspec.Meta(max_length=40)]


class MeasurementEventData(EventData):
    opgave_id: UUID
    indicator_id: UUID
    measurement_id: UUID
    measured_on: PlausibleDate
    value: float


class CommentEventData(EventData):
    """Een reactie: bij de opgave zelf, of bij een idee of een taak ervan."""

    opgave_id: UUID
    comment_id: UUID
    proposal_id: UUID | None
    task_id: UUID | None
    parent_id: Annotated[UUID | None, msgspec.Meta(description="De reactie waarop dit een antwoord is.")]


class MemberEventData(EventData):
    """Een deelnemer van het team van een opgave. Een persoon wordt niet genoemd, een organisatie wel."""

    opgave_id: UUID
    member_id: UUID
    organisation_id: UUID | None
    role: Annotated[Word, msgspec.Meta(description="De rol (`core_team`, `partner`, `resident`, …).")]
    status: Annotated[
        Word,
        msgspec.Meta(
            description=(
                "`invited`, `requested` of `active`: de status na de gebeurtenis (bij vertrek: die ervoor). "
                "Alleen gebeurtenissen over actieve deelnemers zijn openbaar, zoals het team zelf."
            )
        ),
    ]


class BudgetEventData(EventData):
    opgave_id: UUID
    budget_id: UUID
    action_line_id: UUID | None


class IndicatorEventData(EventData):
    opgave_id: UUID
    indicator_id: UUID
    action_line_id: UUID | None
