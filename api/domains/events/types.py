"""Every event type: its reverse-DNS name, what it is about, who may read it, and its data.

The data of an event names things by id and states what changed (a phase, a status, an amount);
titles and texts stay out, so an event never carries what was later hidden or renamed, nor
personal data. A receiver that wants the text reads the resource at ``subject``.
"""

from dataclasses import dataclass

from api.domains.events.schema import (
    ActionLineEventData,
    BallotEventData,
    BudgetEventData,
    CommentEventData,
    DivisionEventData,
    FormulationEventData,
    IndicatorEventData,
    MeasurementEventData,
    MeetingEventData,
    MemberEventData,
    MoneyEventData,
    OpgaveEventData,
    PhaseChangedData,
    PollEventData,
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
    "BallotEventData",
    "BudgetEventData",
    "CommentEventData",
    "DivisionEventData",
    "EventType",
    "FormulationEventData",
    "IndicatorEventData",
    "MeasurementEventData",
    "MeetingEventData",
    "MemberEventData",
    "MoneyEventData",
    "OpgaveEventData",
    "PhaseChangedData",
    "PollEventData",
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


OPGAVE_CREATED = _type(
    "opgave.created",
    "opgave",
    "opgaven:read",
    "Een opgave is aangemaakt (eventueel als concept).",
    OpgaveEventData,
)
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
MEMBER_ADDED = _type(
    "opgave.member-added",
    "opgave_member",
    "opgaven:read",
    "Een persoon of organisatie is uitgenodigd, vroeg om mee te doen of doet mee in het team.",
    MemberEventData,
)
MEMBER_CHANGED = _type(
    "opgave.member-changed",
    "opgave_member",
    "opgaven:read",
    "De rol of de status van een deelnemer is veranderd (zoals een aangenomen uitnodiging).",
    MemberEventData,
)
MEMBER_REMOVED = _type(
    "opgave.member-removed",
    "opgave_member",
    "opgaven:read",
    "Een deelnemer is van het team gegaan.",
    MemberEventData,
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
PROPOSAL_RESTORED = _type(
    "proposal.restored",
    "proposal",
    "proposals:read",
    "De moderatie maakte een verborgen idee weer zichtbaar.",
    ProposalEventData,
)
COMMENT_POSTED = _type(
    "comment.posted",
    "comment",
    "proposals:read",
    "Iemand plaatste een reactie (of een antwoord op een reactie).",
    CommentEventData,
)
COMMENT_HIDDEN = _type(
    "comment.hidden", "comment", "proposals:read", "De moderatie verborg een reactie.", CommentEventData
)
COMMENT_RESTORED = _type(
    "comment.restored",
    "comment",
    "proposals:read",
    "De moderatie maakte een verborgen reactie weer zichtbaar.",
    CommentEventData,
)
TASK_PLANNED = _type("task.planned", "task", "tasks:read", "Een taak is gepland.", TaskEventData)
TASK_CLAIMED = _type(
    "task.claimed", "task", "tasks:read", "Een organisatie nam een taak op zich.", TaskClaimedData
)
CLAIM_RELEASED = _type(
    "task.claim-released",
    "task",
    "tasks:read",
    "Een organisatie gaf een taak die zij op zich had genomen terug.",
    TaskClaimedData,
)
TASK_DONE = _type("task.done", "task", "tasks:read", "Een taak is af.", TaskEventData)
TASK_CANCELLED = _type("task.cancelled", "task", "tasks:read", "Een taak gaat niet door.", TaskEventData)
BUDGET_CREATED = _type(
    "budget.created", "budget", "budgets:read", "Een budget is ingesteld bij de opgave.", BudgetEventData
)
BUDGET_CHANGED = _type(
    "budget.changed",
    "budget",
    "budgets:read",
    "De naam, de beschrijving of de actielijn van een budget is veranderd.",
    BudgetEventData,
)
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
BUDGET_CLAIM_REJECTED = _type(
    "budget-claim.rejected",
    "budget_claim",
    "budgets:read",
    "Een budgetaanvraag is afgewezen (het bedrag is wat gevraagd was).",
    MoneyEventData,
)
BUDGET_CLAIM_WITHDRAWN = _type(
    "budget-claim.withdrawn",
    "budget_claim",
    "budgets:read",
    "Een toekenning is (deels) teruggetrokken.",
    MoneyEventData,
)
BALLOT_OPENED = _type(
    "ballot.opened", "ballot", "budgets:read", "Een stemming over een budget is geopend.", BallotEventData
)
BALLOT_TALLIED = _type(
    "ballot.tallied", "ballot", "budgets:read", "Een stemming over een budget is geteld.", BallotEventData
)
BALLOT_AWARD_GRANTED = _type(
    "ballot-award.granted",
    "ballot_option",
    "budgets:read",
    "Geld is toegekend aan een idee dat inwoners kozen.",
    MoneyEventData,
)
BUDGET_ROUND_OPENED = _type(
    "budget-round.opened",
    "budget_round",
    "budgets:read",
    "Partners in het team verdelen samen een budget: een ronde is geopend.",
    DivisionEventData,
)
DIVISION_PROPOSED = _type(
    "division.proposed",
    "division_proposal",
    "budgets:read",
    "Een (nieuw) voorstel voor de verdeling van een budget; eerdere reacties vervallen.",
    DivisionEventData,
)
DIVISION_RESPONDED = _type(
    "division.responded",
    "division_proposal",
    "budgets:read",
    "Een organisatie stemde in met een verdeelvoorstel, maakte bezwaar of onthield zich.",
    DivisionEventData,
)
BUDGET_ROUND_FINALISED = _type(
    "budget-round.finalised",
    "budget_round",
    "budgets:read",
    "Een verdeelvoorstel is vastgesteld; de toekenningen staan in het kasboek.",
    DivisionEventData,
)
REFLECTION_PUBLISHED = _type(
    "reflection.published",
    "reflection",
    "opgaven:read",
    "De samenvatting van een reflectiemoment is gepubliceerd.",
    ReflectionEventData,
)
REFLECTION_CLOSED = _type(
    "reflection.closed",
    "reflection",
    "opgaven:read",
    "Een reflectiemoment is afgesloten met zijn conclusies.",
    ReflectionEventData,
)
INDICATOR_CREATED = _type(
    "indicator.created",
    "indicator",
    "opgaven:read",
    "Een indicator is toegevoegd aan de opgave.",
    IndicatorEventData,
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
POLL_OPENED = _type(
    "poll.opened",
    "poll",
    "opgaven:read",
    "Een peiling van een opgave staat open voor antwoorden.",
    PollEventData,
)
POLL_CLOSED = _type(
    "poll.closed", "poll", "opgaven:read", "Een peiling is gesloten; de uitslag is er.", PollEventData
)

ALL: tuple[EventType, ...] = (
    OPGAVE_CREATED,
    OPGAVE_PUBLISHED,
    OPGAVE_PHASE_CHANGED,
    FORMULATION_ADOPTED,
    ACTION_LINE_CREATED,
    MEMBER_ADDED,
    MEMBER_CHANGED,
    MEMBER_REMOVED,
    PROPOSAL_SUBMITTED,
    PROPOSAL_ANSWERED,
    PROPOSAL_WITHDRAWN,
    PROPOSAL_HIDDEN,
    PROPOSAL_RESTORED,
    COMMENT_POSTED,
    COMMENT_HIDDEN,
    COMMENT_RESTORED,
    TASK_PLANNED,
    TASK_CLAIMED,
    CLAIM_RELEASED,
    TASK_DONE,
    TASK_CANCELLED,
    BUDGET_CREATED,
    BUDGET_CHANGED,
    CONTRIBUTION_ADDED,
    BUDGET_CLAIM_GRANTED,
    BUDGET_CLAIM_REJECTED,
    BUDGET_CLAIM_WITHDRAWN,
    BALLOT_OPENED,
    BALLOT_TALLIED,
    BALLOT_AWARD_GRANTED,
    BUDGET_ROUND_OPENED,
    DIVISION_PROPOSED,
    DIVISION_RESPONDED,
    BUDGET_ROUND_FINALISED,
    REFLECTION_CLOSED,
    REFLECTION_PUBLISHED,
    INDICATOR_CREATED,
    MEASUREMENT_RECORDED,
    MEETING_PLANNED,
    MEETING_CANCELLED,
    MEETING_RECORDED,
    POLL_OPENED,
    POLL_CLOSED,
)
BY_NAME: dict[str, EventType] = {t.name: t for t in ALL}
NAMES: tuple[str, ...] = tuple(BY_NAME)
