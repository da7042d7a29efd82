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


class _Family:
    """The event types about one kind of object: its name, who may read them, and their data
    (one of them may carry other data)."""

    def __init__(self, object_type: str, read_scope: str, data: type[Schema]) -> None:
        self.object_type, self.read_scope, self.data = object_type, read_scope, data

    def __call__(self, suffix: str, summary: str, data: type[Schema] | None = None) -> EventType:
        return EventType(PREFIX + suffix, self.object_type, self.read_scope, summary, data or self.data)


_OPGAVE = _Family("opgave", "opgaven:read", OpgaveEventData)
_FORMULATION = _Family("formulation", "opgaven:read", FormulationEventData)
_ACTION_LINE = _Family("action_line", "opgaven:read", ActionLineEventData)
_OPGAVE_MEMBER = _Family("opgave_member", "opgaven:read", MemberEventData)
_PROPOSAL = _Family("proposal", "proposals:read", ProposalEventData)
_COMMENT = _Family("comment", "proposals:read", CommentEventData)
_TASK = _Family("task", "tasks:read", TaskEventData)
_BUDGET = _Family("budget", "budgets:read", BudgetEventData)
_CONTRIBUTION = _Family("contribution", "budgets:read", MoneyEventData)
_BUDGET_CLAIM = _Family("budget_claim", "budgets:read", MoneyEventData)
_BALLOT = _Family("ballot", "budgets:read", BallotEventData)
_BALLOT_OPTION = _Family("ballot_option", "budgets:read", MoneyEventData)
_BUDGET_ROUND = _Family("budget_round", "budgets:read", DivisionEventData)
_DIVISION_PROPOSAL = _Family("division_proposal", "budgets:read", DivisionEventData)
_REFLECTION = _Family("reflection", "opgaven:read", ReflectionEventData)
_INDICATOR = _Family("indicator", "opgaven:read", IndicatorEventData)
_MEASUREMENT = _Family("measurement", "opgaven:read", MeasurementEventData)
_MEETING = _Family("meeting", "opgaven:read", MeetingEventData)
_POLL = _Family("poll", "opgaven:read", PollEventData)

OPGAVE_CREATED = _OPGAVE("opgave.created", "Een opgave is aangemaakt (eventueel als concept).")
OPGAVE_PUBLISHED = _OPGAVE("opgave.published", "Een opgave is gepubliceerd.")
OPGAVE_PHASE_CHANGED = _OPGAVE(
    "opgave.phase-changed", "Een opgave ging naar een andere fase.", PhaseChangedData
)
FORMULATION_ADOPTED = _FORMULATION("formulation.adopted", "Een formulering van de opgave is vastgesteld.")
ACTION_LINE_CREATED = _ACTION_LINE("action-line.created", "Een actielijn is toegevoegd.")
MEMBER_ADDED = _OPGAVE_MEMBER(
    "opgave.member-added",
    "Een persoon of organisatie is uitgenodigd, vroeg om mee te doen of doet mee in het team.",
)
MEMBER_CHANGED = _OPGAVE_MEMBER(
    "opgave.member-changed",
    "De rol of de status van een deelnemer is veranderd (zoals een aangenomen uitnodiging).",
)
MEMBER_REMOVED = _OPGAVE_MEMBER("opgave.member-removed", "Een deelnemer is van het team gegaan.")
PROPOSAL_SUBMITTED = _PROPOSAL("proposal.submitted", "Een idee is ingediend.")
PROPOSAL_ANSWERED = _PROPOSAL(
    "proposal.answered", "De gemeente beantwoordde een idee of veranderde zijn status."
)
PROPOSAL_WITHDRAWN = _PROPOSAL("proposal.withdrawn", "De indiener trok een idee in.")
PROPOSAL_HIDDEN = _PROPOSAL("proposal.hidden", "De moderatie verborg een idee.")
PROPOSAL_RESTORED = _PROPOSAL("proposal.restored", "De moderatie maakte een verborgen idee weer zichtbaar.")
COMMENT_POSTED = _COMMENT("comment.posted", "Iemand plaatste een reactie (of een antwoord op een reactie).")
COMMENT_HIDDEN = _COMMENT("comment.hidden", "De moderatie verborg een reactie.")
COMMENT_RESTORED = _COMMENT("comment.restored", "De moderatie maakte een verborgen reactie weer zichtbaar.")
TASK_PLANNED = _TASK("task.planned", "Een taak is gepland.")
TASK_CLAIMED = _TASK("task.claimed", "Een organisatie nam een taak op zich.", TaskClaimedData)
CLAIM_RELEASED = _TASK(
    "task.claim-released", "Een organisatie gaf een taak die zij op zich had genomen terug.", TaskClaimedData
)
TASK_DONE = _TASK("task.done", "Een taak is af.")
TASK_CANCELLED = _TASK("task.cancelled", "Een taak gaat niet door.")
BUDGET_CREATED = _BUDGET("budget.created", "Een budget is ingesteld bij de opgave.")
BUDGET_CHANGED = _BUDGET(
    "budget.changed", "De naam, de beschrijving of de actielijn van een budget is veranderd."
)
CONTRIBUTION_ADDED = _CONTRIBUTION("budget.contribution-added", "Een financier bracht geld in een budget in.")
BUDGET_CLAIM_GRANTED = _BUDGET_CLAIM("budget-claim.granted", "Een budgetaanvraag is toegekend.")
BUDGET_CLAIM_REJECTED = _BUDGET_CLAIM(
    "budget-claim.rejected", "Een budgetaanvraag is afgewezen (het bedrag is wat gevraagd was)."
)
BUDGET_CLAIM_WITHDRAWN = _BUDGET_CLAIM("budget-claim.withdrawn", "Een toekenning is (deels) teruggetrokken.")
BALLOT_OPENED = _BALLOT("ballot.opened", "Een stemming over een budget is geopend.")
BALLOT_TALLIED = _BALLOT("ballot.tallied", "Een stemming over een budget is geteld.")
BALLOT_AWARD_GRANTED = _BALLOT_OPTION(
    "ballot-award.granted", "Geld is toegekend aan een idee dat inwoners kozen."
)
BUDGET_ROUND_OPENED = _BUDGET_ROUND(
    "budget-round.opened", "Partners in het team verdelen samen een budget: een ronde is geopend."
)
DIVISION_PROPOSED = _DIVISION_PROPOSAL(
    "division.proposed", "Een (nieuw) voorstel voor de verdeling van een budget; eerdere reacties vervallen."
)
DIVISION_RESPONDED = _DIVISION_PROPOSAL(
    "division.responded",
    "Een organisatie stemde in met een verdeelvoorstel, maakte bezwaar of onthield zich.",
)
BUDGET_ROUND_FINALISED = _BUDGET_ROUND(
    "budget-round.finalised", "Een verdeelvoorstel is vastgesteld; de toekenningen staan in het kasboek."
)
REFLECTION_PUBLISHED = _REFLECTION(
    "reflection.published", "De samenvatting van een reflectiemoment is gepubliceerd."
)
REFLECTION_CLOSED = _REFLECTION("reflection.closed", "Een reflectiemoment is afgesloten met zijn conclusies.")
INDICATOR_CREATED = _INDICATOR("indicator.created", "Een indicator is toegevoegd aan de opgave.")
MEASUREMENT_RECORDED = _MEASUREMENT("measurement.recorded", "Een meting van een indicator is vastgelegd.")
MEETING_PLANNED = _MEETING("meeting.planned", "Een bijeenkomst van een opgave is gepland.")
MEETING_CANCELLED = _MEETING("meeting.cancelled", "Een bijeenkomst gaat niet door.")
MEETING_RECORDED = _MEETING(
    "meeting.recorded", "De aantekeningen of besluiten van een bijeenkomst zijn vastgelegd."
)
POLL_OPENED = _POLL("poll.opened", "Een peiling van een opgave staat open voor antwoorden.")
POLL_CLOSED = _POLL("poll.closed", "Een peiling is gesloten; de uitslag is er.")

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
