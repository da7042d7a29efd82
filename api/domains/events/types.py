"""Every event type: its reverse-DNS name, what it is about, who may read it, and its data.

The data of an event names things by id and states what changed (a phase, a status, an amount);
titles and texts stay out, so an event never carries what was later hidden or renamed, nor
personal data. A receiver that wants the text reads the resource at ``subject``.
"""

from dataclasses import dataclass

from api.domains.events.schema import (
    ActionLineEventData,
    FormulationEventData,
    MeasurementEventData,
    MeetingEventData,
    MoneyEventData,
    OpgaveEventData,
    PhaseChangedData,
    ProposalEventData,
    ReflectionEventData,
    TaskClaimedData,
    TaskEventData,
)
from api.lib.schema import Schema

__all__ = [
    "ALL",
    "BY_NAME",
    "NAMES",
    "ActionLineEventData",
    "EventType",
    "FormulationEventData",
    "MeasurementEventData",
    "MeetingEventData",
    "MoneyEventData",
    "OpgaveEventData",
    "PhaseChangedData",
    "ProposalEventData",
    "ReflectionEventData",
    "TaskClaimedData",
    "TaskEventData",
]

PREFIX = "nl.samenspel."


@dataclass(frozen=True)
class EventType:
    """One kind of event. ``read_scope`` is what a machine client needs to receive it when the
    object is not public (a draft opgave, a hidden idea)."""

    name: str
    object_type: str
    read_scope: str
    summary: str
    data: type[Schema]


def _type(suffix: str, object_type: str, read_scope: str, summary: str, data: type[Schema]) -> EventType:
    return EventType(PREFIX + suffix, object_type, read_scope, summary, data)


OPGAVE_PUBLISHED = _type(
    "opgave.published", "opgave", "opgaven:read", "Een opgave is gepubliceerd.", OpgaveEventData
)
OPGAVE_PHASE_CHANGED = _type(
    "opgave.phase-changed",
    "opgave",
    "opgaven:read",
    "Een opgave ging naar een andere fase.",
    PhaseChangedData,
)
FORMULATION_ADOPTED = _type(
    "formulation.adopted",
    "formulation",
    "opgaven:read",
    "Een formulering van de opgave is vastgesteld.",
    FormulationEventData,
)
ACTION_LINE_CREATED = _type(
    "action-line.created", "action_line", "opgaven:read", "Een actielijn is toegevoegd.", ActionLineEventData
)
PROPOSAL_SUBMITTED = _type(
    "proposal.submitted", "proposal", "proposals:read", "Een idee is ingediend.", ProposalEventData
)
PROPOSAL_ANSWERED = _type(
    "proposal.answered",
    "proposal",
    "proposals:read",
    "De gemeente beantwoordde een idee of veranderde zijn status.",
    ProposalEventData,
)
PROPOSAL_WITHDRAWN = _type(
    "proposal.withdrawn", "proposal", "proposals:read", "De indiener trok een idee in.", ProposalEventData
)
PROPOSAL_HIDDEN = _type(
    "proposal.hidden", "proposal", "proposals:read", "De moderatie verborg een idee.", ProposalEventData
)
TASK_PLANNED = _type("task.planned", "task", "tasks:read", "Een taak is gepland.", TaskEventData)
TASK_CLAIMED = _type(
    "task.claimed", "task", "tasks:read", "Een organisatie nam een taak op zich.", TaskClaimedData
)
TASK_DONE = _type("task.done", "task", "tasks:read", "Een taak is af.", TaskEventData)
TASK_CANCELLED = _type("task.cancelled", "task", "tasks:read", "Een taak gaat niet door.", TaskEventData)
CONTRIBUTION_ADDED = _type(
    "budget.contribution-added",
    "contribution",
    "budgets:read",
    "Een financier bracht geld in een budget in.",
    MoneyEventData,
)
BUDGET_CLAIM_GRANTED = _type(
    "budget-claim.granted",
    "budget_claim",
    "budgets:read",
    "Een budgetaanvraag is toegekend.",
    MoneyEventData,
)
BUDGET_CLAIM_WITHDRAWN = _type(
    "budget-claim.withdrawn",
    "budget_claim",
    "budgets:read",
    "Een toekenning is (deels) teruggetrokken.",
    MoneyEventData,
)
REFLECTION_PUBLISHED = _type(
    "reflection.published",
    "reflection",
    "opgaven:read",
    "De samenvatting van een reflectiemoment is gepubliceerd.",
    ReflectionEventData,
)
MEASUREMENT_RECORDED = _type(
    "measurement.recorded",
    "measurement",
    "opgaven:read",
    "Een meting van een indicator is vastgelegd.",
    MeasurementEventData,
)
MEETING_PLANNED = _type(
    "meeting.planned",
    "meeting",
    "opgaven:read",
    "Een bijeenkomst van een opgave is gepland.",
    MeetingEventData,
)
MEETING_CANCELLED = _type(
    "meeting.cancelled", "meeting", "opgaven:read", "Een bijeenkomst gaat niet door.", MeetingEventData
)
MEETING_RECORDED = _type(
    "meeting.recorded",
    "meeting",
    "opgaven:read",
    "De aantekeningen of besluiten van een bijeenkomst zijn vastgelegd.",
    MeetingEventData,
)

ALL: tuple[EventType, ...] = (
    OPGAVE_PUBLISHED,
    OPGAVE_PHASE_CHANGED,
    FORMULATION_ADOPTED,
    ACTION_LINE_CREATED,
    PROPOSAL_SUBMITTED,
    PROPOSAL_ANSWERED,
    PROPOSAL_WITHDRAWN,
    PROPOSAL_HIDDEN,
    TASK_PLANNED,
    TASK_CLAIMED,
    TASK_DONE,
    TASK_CANCELLED,
    CONTRIBUTION_ADDED,
    BUDGET_CLAIM_GRANTED,
    BUDGET_CLAIM_WITHDRAWN,
    REFLECTION_PUBLISHED,
    MEASUREMENT_RECORDED,
    MEETING_PLANNED,
    MEETING_CANCELLED,
    MEETING_RECORDED,
)
BY_NAME: dict[str, EventType] = {t.name: t for t in ALL}
NAMES: tuple[str, ...] = tuple(BY_NAME)
