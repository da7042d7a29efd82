"""Bodies of the poll endpoints. Results are counts; who answered what never appears."""

from datetime import datetime
from typing import Annotated
from uuid import UUID

import msgspec

from api.domains.moderation.models import ModerationAction, ReportReason
from api.domains.polls.models import PollStatus, QuestionKind
from api.lib.pagination import Items, Page
from api.lib.schema import LINE, Count, Heading, Prose, Schema, Text

MAX_QUESTIONS = 20
MAX_OPTIONS = 10
MAX_TEXT = 2000
# Below this many respondents an anonymous poll shows no results: a count of one is an answer.
ANONYMITY_THRESHOLD = 5

Title = Annotated[str, msgspec.Meta(min_length=3, max_length=200, pattern=LINE)]
QuestionText = Annotated[str, msgspec.Meta(min_length=3, max_length=300, pattern=LINE)]
OptionText = Annotated[str, msgspec.Meta(min_length=1, max_length=100, pattern=LINE)]
ScaleLabel = Annotated[str, msgspec.Meta(max_length=60, pattern=r"^[^\x00-\x1f\x7f-\x9f]*$")]
Description = Annotated[Text, msgspec.Meta(max_length=5000)]
Moment = Annotated[datetime, msgspec.Meta(tz=True, description="Tijdstip in UTC.")]


class QuestionCreate(Schema):
    """Eén vraag. `single_choice` en `multiple_choice` hebben 2 tot 10 `options` (bij meerkeuze
    optioneel `maxChoices`); `scale` loopt van `scaleMin` (0 of 1) tot `scaleMax` (hoogstens 10) met
    optionele labels aan de uiteinden; `open_text` vraagt een tekst van hoogstens 2000 tekens."""

    kind: QuestionKind
    text: QuestionText
    required: bool = True
    options: Annotated[list[OptionText], msgspec.Meta(max_length=MAX_OPTIONS)] = []
    max_choices: Annotated[int, msgspec.Meta(ge=1, le=MAX_OPTIONS)] | None = None
    scale_min: Annotated[int, msgspec.Meta(ge=0, le=1)] | None = None
    scale_max: Annotated[int, msgspec.Meta(ge=2, le=10)] | None = None
    min_label: ScaleLabel = ""
    max_label: ScaleLabel = ""


Questions = Annotated[list[QuestionCreate], msgspec.Meta(min_length=1, max_length=MAX_QUESTIONS)]


class PollCreate(Schema):
    """Een peiling bij de opgave (of, met `meetingId`, bij een van haar bijeenkomsten). Ze begint
    als concept (`draft`): alleen medewerkers zien haar, tot ze haar openen. Met `anonymous` wordt
    nergens bewaard wie wat antwoordde; een antwoord is dan ook niet meer te wijzigen."""

    title: Title
    questions: Questions
    description: Description = ""
    meeting_id: UUID | None = None
    anonymous: bool = False
    closes_at: Moment | None = None


class PollUpdate(Schema):
    """Een concept wijzigen (alles, ook de vragen), of de status: `open` (vanuit `draft`) en
    `closed` (vanuit `open`). Van een open peiling kunnen naam, toelichting en sluiting nog veranderen."""

    title: Title | msgspec.UnsetType = msgspec.UNSET
    description: Description | msgspec.UnsetType = msgspec.UNSET
    questions: Questions | msgspec.UnsetType = msgspec.UNSET
    anonymous: bool | msgspec.UnsetType = msgspec.UNSET
    closes_at: Moment | msgspec.UnsetType | None = msgspec.UNSET
    status: PollStatus | msgspec.UnsetType = msgspec.UNSET


class QuestionRead(Schema):
    """Een vraag van de peiling."""

    id: UUID
    position: Annotated[int, msgspec.Meta(ge=1, le=MAX_QUESTIONS)]
    kind: QuestionKind
    text: Annotated[str, msgspec.Meta(max_length=300)]
    required: bool
    options: Annotated[
        list[Annotated[str, msgspec.Meta(max_length=100)]], msgspec.Meta(max_length=MAX_OPTIONS)
    ]
    max_choices: Annotated[int, msgspec.Meta(ge=1, le=MAX_OPTIONS)] | None
    scale_min: Annotated[int, msgspec.Meta(ge=0, le=1)] | None
    scale_max: Annotated[int, msgspec.Meta(ge=2, le=10)] | None
    min_label: Annotated[str, msgspec.Meta(max_length=60)]
    max_label: Annotated[str, msgspec.Meta(max_length=60)]


class PollRead(Schema):
    """Een peiling met haar vragen."""

    id: UUID
    opgave_id: UUID
    meeting_id: UUID | None
    title: Heading
    description: Prose
    anonymous: bool
    status: PollStatus
    accepting_answers: Annotated[bool, msgspec.Meta(description="Of er nu geantwoord kan worden.")]
    closes_at: datetime | None
    opened_at: datetime | None
    closed_at: datetime | None
    questions: Annotated[list[QuestionRead], msgspec.Meta(max_length=MAX_QUESTIONS)]
    created_at: datetime
    updated_at: datetime


class PollPage(Page):
    """Een pagina peilingen."""

    items: Items[PollRead]


class AnswerCreate(Schema):
    """Het antwoord op één vraag: `choices` (de nummers van de gekozen opties, vanaf 0) bij een
    keuzevraag, `value` bij een schaal, `text` bij een open vraag."""

    question_id: UUID
    choices: (
        Annotated[
            list[Annotated[int, msgspec.Meta(ge=0, le=MAX_OPTIONS - 1)]], msgspec.Meta(max_length=MAX_OPTIONS)
        ]
        | None
    ) = None
    value: Annotated[int, msgspec.Meta(ge=0, le=10)] | None = None
    text: Annotated[Text, msgspec.Meta(max_length=MAX_TEXT)] | None = None


class PollResponseCreate(Schema):
    """Uw antwoorden, hoogstens één per vraag; elke verplichte vraag beantwoord."""

    answers: Annotated[list[AnswerCreate], msgspec.Meta(max_length=MAX_QUESTIONS)]


class AnswerRead(Schema):
    """Uw antwoord op één vraag."""

    question_id: UUID
    choices: Annotated[list[int], msgspec.Meta(max_length=MAX_OPTIONS)] | None
    value: Annotated[int, msgspec.Meta(ge=0, le=10)] | None
    text: Annotated[str, msgspec.Meta(max_length=MAX_TEXT)] | None


class MyPollResponse(Schema):
    """Of u antwoordde, en (bij een peiling op naam) wat. Bij een anonieme peiling weet niemand
    wat u antwoordde, ook het platform niet: `answers` is dan leeg."""

    poll_id: UUID
    answered: bool
    changeable: Annotated[bool, msgspec.Meta(description="Of u uw antwoord nog kunt wijzigen.")]
    answers: Annotated[list[AnswerRead], msgspec.Meta(max_length=MAX_QUESTIONS)]


class ResultRow(Schema):
    """Eén optie of één punt van de schaal, met hoe vaak het gekozen werd."""

    label: Annotated[str, msgspec.Meta(max_length=100)]
    value: Annotated[
        int, msgspec.Meta(ge=0, le=10, description="Het nummer van de optie, of het punt op de schaal.")
    ]
    count: Count


class QuestionResult(Schema):
    """De uitslag van één vraag; bij een open vraag alleen het aantal zichtbare antwoorden (de teksten
    staan bij `GET /polls/{id}/open-answers`)."""

    question_id: UUID
    position: Annotated[int, msgspec.Meta(ge=1, le=MAX_QUESTIONS)]
    kind: QuestionKind
    text: Annotated[str, msgspec.Meta(max_length=300)]
    answer_count: Count
    rows: Annotated[list[ResultRow], msgspec.Meta(max_length=11)]
    min_label: Annotated[str, msgspec.Meta(max_length=60)]
    max_label: Annotated[str, msgspec.Meta(max_length=60)]
    mean: Annotated[float, msgspec.Meta(ge=0, le=10, description="Het gemiddelde, bij een schaal.")] | None


class PollResults(Schema):
    """De uitslag per vraag: alleen aantallen, nooit wie wat antwoordde. Verborgen open antwoorden tellen niet mee."""

    poll_id: UUID
    status: PollStatus
    anonymous: bool
    respondent_count: Count
    questions: Annotated[list[QuestionResult], msgspec.Meta(max_length=MAX_QUESTIONS)]


class OpenAnswerRead(Schema):
    """Een antwoord op een open vraag. Medewerkers zien ook verborgen antwoorden, met de reden en het
    aantal open meldingen."""

    id: UUID
    question_id: UUID
    text: Annotated[str, msgspec.Meta(max_length=MAX_TEXT)]
    hidden: bool
    hidden_reason: Annotated[str, msgspec.Meta(max_length=1000)] | None
    open_reports: Count


class OpenAnswerPage(Page):
    """Een pagina open antwoorden, in willekeurige maar vaste volgorde (nooit die van binnenkomst)."""

    items: Items[OpenAnswerRead]


class PollAnswerReportCreate(Schema):
    """Een open antwoord melden bij de moderatie van de gemeente."""

    reason: ReportReason
    explanation: Annotated[Text, msgspec.Meta(max_length=2000)] = ""


class PollAnswerReportRead(Schema):
    """Uw melding."""

    id: UUID
    answer_id: UUID
    reason: ReportReason
    created_at: datetime


class PollAnswerDecisionCreate(Schema):
    """Verbergen (met een reden die iedereen ziet), weer tonen, of de meldingen afwijzen."""

    action: ModerationAction
    public_reason: Annotated[Text, msgspec.Meta(max_length=1000)] = ""
