"""Bodies of the ballot endpoints. Money is in euro cents; who voted for what never appears."""

from datetime import datetime
from enum import StrEnum
from typing import Annotated
from uuid import UUID

import msgspec

from api.domains.ballots.models import AwardStatus, BallotMethod, BallotStatus, Eligibility
from api.lib.pagination import Items, Page
from api.lib.schema import LINE, Count, Heading, Positive, Prose, Schema, Text

Cents = Annotated[
    int, msgspec.Meta(ge=1, le=100_000_000_000, description="Bedrag in eurocent.", examples=[250000])
]
Title = Annotated[str, msgspec.Meta(min_length=3, max_length=200, pattern=LINE)]
Moment = Annotated[datetime, msgspec.Meta(tz=True, description="Tijdstip in UTC.")]
Postcode = Annotated[
    str,
    msgspec.Meta(
        pattern=r"^[1-9][0-9]{3} ?[A-Za-z]{2}$",
        max_length=7,
        description="Een Nederlandse postcode, zoals `3581 AB`.",
        examples=["3581 AB"],
    ),
]
MAX_OPTIONS = 50


class BallotOptionCreate(Schema):
    """Een idee van de opgave op het stembiljet, met wat het kost."""

    proposal_id: UUID
    cost_cents: Cents


class BallotCreate(Schema):
    """Een stemming openen over (een deel van) een budget: inwoners kiezen welke ideeën het geld krijgen.

    `knapsack`: kies ideeën zolang hun kosten samen binnen `amountCents` blijven. `approval`: kies
    hoogstens `maxChoices` ideeën. Het bedrag moet nu vrij zijn in het budget."""

    title: Title
    method: BallotMethod
    amount_cents: Cents
    opens_at: Moment
    closes_at: Moment
    options: Annotated[list[BallotOptionCreate], msgspec.Meta(min_length=1, max_length=MAX_OPTIONS)]
    description: Annotated[Text, msgspec.Meta(max_length=5000)] = ""
    max_choices: Annotated[int, msgspec.Meta(ge=1, le=MAX_OPTIONS)] | None = None
    eligibility: Eligibility = Eligibility.VERIFIED


class BallotUpdate(Schema):
    """Naam, toelichting en sluiting van een stemming die nog open is."""

    title: Title | msgspec.UnsetType = msgspec.UNSET
    description: Annotated[Text, msgspec.Meta(max_length=5000)] | msgspec.UnsetType = msgspec.UNSET
    closes_at: Moment | msgspec.UnsetType = msgspec.UNSET


class BallotOptionRead(Schema):
    """Een idee op het stembiljet. `votes`, `rank` en `funded` zijn er pas na de telling."""

    id: UUID
    proposal_id: UUID
    title: Heading
    cost_cents: Cents
    votes: Count | None
    rank: Positive | None
    funded: bool
    award: AwardStatus


class BallotRead(Schema):
    """Een stemming over een budget, met de ideeën en de gepubliceerde telregel."""

    id: UUID
    budget_id: UUID
    opgave_id: UUID
    title: Heading
    description: Prose
    method: BallotMethod
    amount_cents: Cents
    max_choices: Annotated[int, msgspec.Meta(ge=1, le=MAX_OPTIONS)] | None
    eligibility: Eligibility
    opens_at: datetime
    closes_at: datetime
    status: BallotStatus
    accepting_votes: Annotated[bool, msgspec.Meta(description="Of er nu gestemd kan worden.")]
    tallied_at: datetime | None
    voter_count: (
        Annotated[int, msgspec.Meta(ge=0, description="Hoeveel mensen stemden; pas na de telling.")] | None
    )
    rule: Annotated[str, msgspec.Meta(max_length=1000, description="De telregel, vooraf bekend.")]
    options: Annotated[list[BallotOptionRead], msgspec.Meta(max_length=MAX_OPTIONS)]
    created_at: datetime
    updated_at: datetime


class BallotPage(Page):
    """Een pagina stemmingen."""

    items: Items[BallotRead]


class VoteCreate(Schema):
    """Uw keuze: de ideeën (opties) die u steunt. Opnieuw insturen vervangt uw vorige keuze, tot de sluiting.
    Een lege lijst is een blanco stem."""

    choices: Annotated[list[UUID], msgspec.Meta(max_length=MAX_OPTIONS)]
    postcode: Postcode | None = None


class VoteRead(Schema):
    """Uw eigen stem; niemand anders ziet hem."""

    ballot_id: UUID
    choices: Annotated[list[UUID], msgspec.Meta(max_length=MAX_OPTIONS)]
    spent_cents: Annotated[int, msgspec.Meta(ge=0, description="Wat uw gekozen ideeën samen kosten.")]
    left_cents: Annotated[
        int, msgspec.Meta(ge=0, description="Wat er bij `knapsack` nog te verdelen overblijft.")
    ]
    updated_at: datetime


class BallotResultRow(Schema):
    """Eén idee in de uitslag: stemmen, plaats, en of het geld krijgt."""

    option_id: UUID
    proposal_id: UUID
    title: Heading
    cost_cents: Cents
    votes: Count
    rank: Positive
    funded: bool
    award: AwardStatus


class BallotResults(Schema):
    """De uitslag na de telling: alleen aantallen, nooit wie waarop stemde."""

    ballot_id: UUID
    amount_cents: Cents
    funded_cents: Count
    voter_count: Count
    rule: Annotated[str, msgspec.Meta(max_length=1000)]
    tallied_at: datetime
    rows: Annotated[list[BallotResultRow], msgspec.Meta(max_length=MAX_OPTIONS)]


class AwardDecision(StrEnum):
    GRANT = "grant"
    REJECT = "reject"


class AwardDecisionCreate(Schema):
    """Medewerkers bevestigen de toekenning aan een gekozen idee (met grondslag), of wijzen haar af (met reden)."""

    decision: AwardDecision
    legal_basis: Annotated[Text, msgspec.Meta(max_length=500)] = ""
    reason: Annotated[Text, msgspec.Meta(max_length=2000)] = ""
