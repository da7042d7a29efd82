"""Bodies of the moderation endpoints: reports, the queue, decisions, appeals and posting blocks."""

from datetime import datetime
from enum import StrEnum
from typing import Annotated
from uuid import UUID

import msgspec

from api.domains.accounts.schemas import AccountSummary, Email
from api.domains.moderation.models import AppealOutcome, ContentType, ModerationAction, ReportReason
from api.domains.opgaven.schemas import PersonSummary
from api.lib.pagination import Items, Page
from api.lib.schema import Count, Heading, Schema, Text

Explanation = Annotated[Text, msgspec.Meta(max_length=2000)]
# Text with something to read in it: at least one character that is not a space or control.
SAYS_SOMETHING = r"^[^\x00]*[^\x00-\x20\x7f-\x9f][^\x00]*$"
Reason = Annotated[str, msgspec.Meta(min_length=1, max_length=1000, pattern=SAYS_SOMETHING)]


class ReportStatus(StrEnum):
    """Open: nobody decided yet. Resolved: a decision on the item closed the report."""

    OPEN = "open"
    RESOLVED = "resolved"


class ModerationReportCreate(Schema):
    """Een reactie of idee melden bij de moderatie van de gemeente."""

    reason: ReportReason
    explanation: Annotated[
        Explanation, msgspec.Meta(description="Optionele toelichting voor de moderatie.")
    ] = ""


class ModerationReportRead(Schema):
    """Een melding, zoals de melder die terugziet."""

    id: UUID
    content_type: ContentType
    content_id: UUID
    reason: ReportReason
    explanation: Explanation
    status: ReportStatus
    created_at: datetime


class ModeratedContent(Schema):
    """De inhoud waar het om gaat, zoals de moderatie die ziet (ook als die verborgen is)."""

    type: ContentType
    id: UUID
    opgave_id: UUID
    proposal_id: Annotated[UUID | None, msgspec.Meta(description="Het idee waar een reactie bij hoort.")]
    task_id: Annotated[UUID | None, msgspec.Meta(description="De taak waar een reactie bij hoort.")]
    title: Heading | None
    text: Annotated[str, msgspec.Meta(max_length=2000, description="De (begin van de) tekst.")]
    author: Annotated[
        PersonSummary | None,
        msgspec.Meta(description="De schrijver; `null` als de gemeente het zelf schreef (zie `clientName`)."),
    ]
    client_name: Annotated[
        Annotated[str, msgspec.Meta(max_length=120)] | None,
        msgspec.Meta(
            description="Het systeem (de API-client) dat namens de gemeente reageerde; anders `null`."
        ),
    ]
    hidden: bool
    hidden_reason: Annotated[str, msgspec.Meta(max_length=1000)] | None
    deleted: Annotated[bool, msgspec.Meta(description="Door de schrijver verwijderd.")]
    created_at: datetime
    poll_id: Annotated[UUID | None, msgspec.Meta(description="De peiling van een open antwoord.")] = None
    poll_title: Heading | None = None
    question_text: Annotated[
        Annotated[str, msgspec.Meta(max_length=300)] | None,
        msgspec.Meta(description="De vraag waarop een open antwoord het antwoord is."),
    ] = None
    anonymous: Annotated[
        bool,
        msgspec.Meta(description="Een antwoord in een anonieme peiling: zonder schrijver, zonder bezwaar."),
    ] = False


class ReasonCount(Schema):
    reason: ReportReason
    count: Count


class ReportSummary(Schema):
    """Eén melding in de wachtrij; wie meldde blijft buiten beeld."""

    id: UUID
    reason: ReportReason
    explanation: Explanation
    created_at: datetime


class ModerationDecisionSummary(Schema):
    id: UUID
    action: ModerationAction
    public_reason: Annotated[str, msgspec.Meta(max_length=1000)]
    created_at: datetime


class ReportedItemRead(Schema):
    """Een gemeld idee of een gemelde reactie, met de meldingen erover."""

    status: ReportStatus
    content: ModeratedContent
    report_count: Count
    reasons: Annotated[
        list[ReasonCount], msgspec.Meta(max_length=5, description="Aantal meldingen per reden.")
    ]
    reports: Annotated[
        list[ReportSummary], msgspec.Meta(max_length=50, description="De eerste 50 meldingen.")
    ]
    first_reported_at: datetime
    last_reported_at: datetime
    decision: Annotated[
        ModerationDecisionSummary | None, msgspec.Meta(description="Het besluit dat de meldingen sloot.")
    ]


class ReportedItemPage(Page):
    """Open: oudste melding eerst. Afgehandeld: laatste besluit eerst."""

    items: Items[ReportedItemRead]


class ModerationTarget(Schema):
    type: ContentType
    id: UUID


class ModerationDecisionCreate(Schema):
    """Verbergen, terugzetten, of de meldingen afwijzen zonder iets te veranderen."""

    target: ModerationTarget
    action: ModerationAction
    public_reason: Annotated[
        Annotated[Text, msgspec.Meta(max_length=1000)],
        msgspec.Meta(
            description="Waarom; bij verbergen verplicht en openbaar zichtbaar op de plaats van de inhoud."
        ),
    ] = ""


class ModerationAppealSummary(Schema):
    id: UUID
    explanation: Explanation
    outcome: AppealOutcome | None
    resolution_reason: Annotated[str, msgspec.Meta(max_length=1000)] | None
    created_at: datetime
    resolved_at: datetime | None


class ModerationDecisionRead(Schema):
    """Een moderatiebesluit, voor de schrijver van de inhoud en de moderatie."""

    id: UUID
    content: ModeratedContent
    action: ModerationAction
    public_reason: Annotated[str, msgspec.Meta(max_length=1000)]
    reports_resolved: Count
    created_at: datetime
    appeal: ModerationAppealSummary | None
    appealable: Annotated[
        bool,
        msgspec.Meta(description="Of de schrijver nog bezwaar kan maken (één keer, alleen tegen verbergen)."),
    ]


class ModerationAppealCreate(Schema):
    """Bezwaar tegen een besluit over uw inhoud."""

    explanation: Annotated[str, msgspec.Meta(min_length=1, max_length=2000, pattern=SAYS_SOMETHING)]


class ModerationAppealUpdate(Schema):
    """Het bezwaar afhandelen: het besluit blijft staan, of wordt teruggedraaid (de inhoud komt terug)."""

    outcome: AppealOutcome
    reason: Annotated[Reason, msgspec.Meta(description="Uitleg aan de schrijver.")]


class ModerationAppealRead(Schema):
    """Een bezwaar, met het besluit en de inhoud waar het om gaat."""

    id: UUID
    decision: ModerationDecisionSummary
    content: ModeratedContent
    explanation: Explanation
    outcome: AppealOutcome | None
    resolution_reason: Annotated[str, msgspec.Meta(max_length=1000)] | None
    created_at: datetime
    resolved_at: datetime | None


class ModerationAppealPage(Page):
    """Open: oudste eerst. Afgehandeld: laatst afgehandeld eerst."""

    items: Items[ModerationAppealRead]


class PostingBlockCreate(Schema):
    """Iemand uitsluiten van bijdragen in de gemeente: noem het e-mailadres óf het account."""

    reason: Annotated[Reason, msgspec.Meta(description="Waarom; de persoon krijgt dit te zien.")]
    email: Email | msgspec.UnsetType = msgspec.UNSET
    account_id: UUID | msgspec.UnsetType = msgspec.UNSET
    ends_at: (
        Annotated[
            datetime,
            msgspec.Meta(
                tz=True,
                description="Tot wanneer (in de toekomst); zonder: tot de uitsluiting wordt opgeheven.",
            ),
        ]
        | msgspec.UnsetType
    ) = msgspec.UNSET


class PostingBlockRead(Schema):
    """Een uitsluiting van bijdragen."""

    id: UUID
    municipality_id: UUID
    account: AccountSummary
    reason: Annotated[str, msgspec.Meta(max_length=1000)]
    ends_at: datetime | None
    active: Annotated[bool, msgspec.Meta(description="Of de uitsluiting nu geldt.")]
    blocked_by: PersonSummary | None
    created_at: datetime


class PostingBlockPage(Page):
    """Uitsluitingen, nieuwste eerst."""

    items: Items[PostingBlockRead]
