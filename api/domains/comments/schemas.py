"""Bodies of the comment endpoints."""

from datetime import datetime
from enum import StrEnum
from typing import Annotated
from uuid import UUID

import msgspec

from api.domains.comments.models import Stance
from api.domains.opgaven.schemas import MunicipalityRef, PersonSummary
from api.lib.pagination import Items, Page
from api.lib.schema import Count, Paragraph, Prose, Schema, Text

Body = Annotated[
    Text,
    msgspec.Meta(
        min_length=1,
        max_length=5000,
        description="Platte tekst; regeleinden blijven staan, HTML wordt nooit als HTML getoond.",
    ),
]


class CommentSort(StrEnum):
    """Volgorde van reacties."""

    OLDEST = "createdAt"
    NEWEST = "-createdAt"


class CommentCreate(Schema):
    """Een reactie, of een antwoord op een reactie (één niveau diep)."""

    body: Body
    stance: Annotated[Stance | None, msgspec.Meta(description="Voor, tegen of neutraal; mag leeg.")] = None
    parent_id: Annotated[
        UUID | None,
        msgspec.Meta(description="De reactie waarop u antwoordt; die moet zelf geen antwoord zijn."),
    ] = None


class CommentUpdate(Schema):
    """Wijzigen kan kort na plaatsen; de vorige tekst blijft bewaard."""

    body: Body | msgspec.UnsetType = msgspec.UNSET
    stance: Stance | msgspec.UnsetType | None = msgspec.UNSET


class MunicipalityAuthor(Schema):
    """De gemeente als schrijver: een systeem van de gemeente plaatste de reactie namens haar."""

    municipality: MunicipalityRef
    client_name: Annotated[
        Annotated[str, msgspec.Meta(max_length=120)] | None,
        msgspec.Meta(
            description=(
                "Het systeem (de API-client) dat de reactie plaatste; alleen voor medewerkers van de gemeente "
                "en haar systemen, anders `null`."
            ),
        ),
    ]


class ReplyRead(Schema):
    """Een reactie. Verwijderd of verborgen: de tekst is leeg, de plaats blijft (met de reden als verborgen)."""

    id: UUID
    opgave_id: UUID
    proposal_id: UUID | None
    task_id: UUID | None
    parent_id: UUID | None
    author: Annotated[
        PersonSummary | None,
        msgspec.Meta(
            description="Wie de reactie schreef; `null` als ze verwijderd is of van de gemeente is."
        ),
    ]
    municipality_author: Annotated[
        MunicipalityAuthor | None,
        msgspec.Meta(
            description="Gezet als de gemeente zelf de reactie schreef (via een van haar systemen)."
        ),
    ]
    body: Prose
    stance: Stance | None
    deleted: bool
    hidden: bool
    hidden_reason: Paragraph | None
    created_at: datetime
    edited_at: datetime | None
    editable_until: Annotated[
        datetime, msgspec.Meta(description="Tot dan kan de auteur de reactie wijzigen.")
    ]


class CommentRead(ReplyRead):
    """Een reactie met de eerste antwoorden; de rest met `?parent=`."""

    reply_count: Count
    replies: Annotated[list[ReplyRead], msgspec.Meta(max_length=3, description="De eerste drie antwoorden.")]


class CommentPage(Page):
    """Een pagina reacties."""

    items: Items[CommentRead]


class RevisionRead(Schema):
    """Hoe een reactie luidde vóór een wijziging."""

    body: Prose
    stance: Stance | None
    replaced_at: datetime


class RevisionList(Schema):
    """De eerdere versies, oudste eerst."""

    items: Annotated[list[RevisionRead], msgspec.Meta(max_length=1000)]
