"""Bodies of onboarding, deactivation and the dashboard."""

from datetime import datetime
from typing import Annotated
from uuid import UUID

import msgspec

from api.domains.accounts.schemas import Email
from api.domains.municipalities.schemas import MunicipalityTheme
from api.lib.schema import LINE, Count, Heading, Schema, Text


class MunicipalityCreate(Schema):
    """Een nieuwe gemeente, en haar eerste beheerder (per uitnodiging)."""

    slug: Annotated[
        str,
        msgspec.Meta(
            min_length=2,
            max_length=60,
            pattern=r"^[a-z0-9]+(-[a-z0-9]+)*$",
            description="Kleine letters, cijfers en streepjes; het adres van de gemeente op de site.",
            examples=["ede"],
        ),
    ]
    name: Annotated[str, msgspec.Meta(min_length=2, max_length=120, pattern=LINE, examples=["Ede"])]
    cbs_code: Annotated[
        str,
        msgspec.Meta(pattern=r"^GM[0-9]{4}$", description="Gemeentecode van het CBS.", examples=["GM0228"]),
    ]
    beheerder_email: Annotated[
        Email,
        msgspec.Meta(
            description=(
                "Het adres van de eerste beheerder. Die krijgt een uitnodiging en wordt beheerder door "
                "die aan te nemen, met dit adres bevestigd."
            )
        ),
    ]
    description: Annotated[Text, msgspec.Meta(max_length=4000)] = ""
    theme: MunicipalityTheme = msgspec.field(default_factory=MunicipalityTheme)


class MunicipalityDeactivation(Schema):
    """Sinds wanneer een gemeente niet meer meedoet: haar pagina's en aanmeldingen weigeren, haar
    gegevens blijven bewaard."""

    deactivated_at: datetime


Cents = Annotated[int, msgspec.Meta(description="Eurocent.")]


class ParticipationFigures(Schema):
    """Wie meedoet en hoe, over een periode of een groep opgaven."""

    people: Annotated[
        Count,
        msgspec.Meta(description="Verschillende personen die een idee indienden, steunden of reageerden."),
    ]
    ideas: Count
    supports: Count
    comments: Count
    answers: Annotated[Count, msgspec.Meta(description="Ideeën die de gemeente beantwoordde.")]
    median_answer_days: Annotated[
        Annotated[float, msgspec.Meta(ge=0)] | None,
        msgspec.Meta(
            description="Hoe lang een antwoord duurde (mediaan, in dagen); `null` zonder antwoorden."
        ),
    ]
    tasks: Annotated[Count, msgspec.Meta(description="Taken die werden aangemaakt.")]
    tasks_done: Count
    claims: Annotated[Count, msgspec.Meta(description="Keren dat een organisatie een taak oppakte.")]
    contributed_cents: Annotated[
        Cents, msgspec.Meta(description="Bevestigde inbreng in budgetten (eurocent).")
    ]
    granted_cents: Annotated[
        Cents, msgspec.Meta(description="Toegekend uit budgetten, min ingetrokken toekenningen (eurocent).")
    ]


class MonthFigures(ParticipationFigures):
    month: Annotated[str, msgspec.Meta(pattern=r"^[0-9]{4}-[0-9]{2}$", examples=["2026-11"])]


class OpgaveRef(Schema):
    id: UUID
    title: Heading


class OpgaveFigures(ParticipationFigures):
    opgave: OpgaveRef


class WijkFigures(ParticipationFigures):
    wijk: Annotated[
        Annotated[str, msgspec.Meta(max_length=120)] | None,
        msgspec.Meta(description="De wijk (uit het gebied van de opgaven); `null`: de hele gemeente."),
    ]
    opgaven: Count


class MunicipalityStatistics(Schema):
    """Het dashboard van een gemeente: wat zij aan de raad rapporteert."""

    municipality: Annotated[str, msgspec.Meta(max_length=60)]
    opgave: Annotated[UUID | None, msgspec.Meta(description="Alleen deze opgave; `null`: alle opgaven.")]
    generated_at: datetime
    totals: ParticipationFigures
    months: Annotated[
        list[MonthFigures],
        msgspec.Meta(max_length=60, description="Per maand (Nederlandse tijd), oudste eerst."),
    ]
    opgaven: Annotated[list[OpgaveFigures], msgspec.Meta(max_length=500)]
    wijken: Annotated[list[WijkFigures], msgspec.Meta(max_length=500)]
