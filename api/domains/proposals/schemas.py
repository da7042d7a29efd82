"""Bodies of the proposal endpoints."""

from datetime import datetime
from enum import StrEnum
from typing import Annotated
from uuid import UUID

import msgspec

from api.domains.opgaven.schemas import ActionLineRef, OrganisationRef, PersonSummary, TaskRef
from api.domains.proposals.models import ProposalStatus
from api.lib.pagination import Items, Page
from api.lib.schema import LINE, Schema, Text

Title = Annotated[str, msgspec.Meta(min_length=3, max_length=200, pattern=LINE)]
Body = Annotated[
    Text,
    msgspec.Meta(
        min_length=1,
        max_length=20000,
        description="Alinea's, lijsten en links (HTML: p, br, ul, ol, li, a, strong, em); de rest wordt verwijderd.",
    ),
]


class Location(Schema):
    """Een punt in WGS84."""

    latitude: Annotated[float, msgspec.Meta(ge=-90, le=90, examples=[52.0907])]
    longitude: Annotated[float, msgspec.Meta(ge=-180, le=180, examples=[5.1214])]


class ProposalSort(StrEnum):
    """Volgorde van ideeën."""

    NEWEST = "-createdAt"
    OLDEST = "createdAt"
    MOST_SUPPORTED = "-supportCount"
    MOST_DISCUSSED = "-commentCount"
    TRENDING = "-trendingCount"


class ProposalCreate(Schema):
    """Een nieuw idee voor de opgave."""

    title: Title
    body: Body
    action_line_id: UUID | None = None
    location: Location | None = None
    organisation_id: Annotated[
        UUID | None, msgspec.Meta(description="Namens een organisatie waarvan u lid bent.")
    ] = None


class ProposalUpdate(Schema):
    """Wijzigen kan tot de gemeente het idee in behandeling neemt; intrekken met `status: withdrawn`."""

    title: Title | msgspec.UnsetType = msgspec.UNSET
    body: Body | msgspec.UnsetType = msgspec.UNSET
    action_line_id: UUID | msgspec.UnsetType | None = msgspec.UNSET
    location: Location | msgspec.UnsetType | None = msgspec.UNSET
    status: Annotated[ProposalStatus, msgspec.Meta(description="Alleen `withdrawn`.")] | msgspec.UnsetType = (
        msgspec.UNSET
    )


class MunicipalityResponse(Schema):
    """De openbare reactie van de gemeente."""

    text: Annotated[str, msgspec.Meta(max_length=10000)]
    responded_by: PersonSummary | None
    responded_at: datetime


class ProposalRead(Schema):
    """Een idee. Als het verborgen is, ziet iedereen behalve de auteur en de gemeente alleen de reden."""

    id: UUID
    opgave_id: UUID
    title: Annotated[str, msgspec.Meta(max_length=200)]
    body: Annotated[str, msgspec.Meta(max_length=20000)]
    author: PersonSummary
    organisation: OrganisationRef | None
    action_line: ActionLineRef | None
    tasks: Annotated[
        list[TaskRef], msgspec.Meta(max_length=100, description="De taken waartoe het idee leidde.")
    ]
    location: Location | None
    status: ProposalStatus
    response: MunicipalityResponse | None
    support_count: Annotated[int, msgspec.Meta(ge=0)]
    comment_count: Annotated[int, msgspec.Meta(ge=0)]
    supported_by_me: bool
    hidden: bool
    hidden_reason: Annotated[str, msgspec.Meta(max_length=2000)] | None
    created_at: datetime
    updated_at: datetime


class ProposalPage(Page):
    """Een pagina ideeën."""

    items: Items[ProposalRead]


class ResponseCreate(Schema):
    """Een statuswijziging met de openbare reactie van de gemeente."""

    status: Annotated[ProposalStatus, msgspec.Meta(description="under_review, adopted of declined.")]
    text: Annotated[Text, msgspec.Meta(max_length=10000, description="Verplicht bij afwijzen: de reden.")] = (
        ""
    )


class SupportState(Schema):
    """Mijn steun en de telling erna."""

    supported_by_me: bool
    support_count: Annotated[int, msgspec.Meta(ge=0)]


class SimilarProposal(Schema):
    """Een bestaand idee dat lijkt op wat u schrijft."""

    id: UUID
    title: Annotated[str, msgspec.Meta(max_length=200)]
    status: ProposalStatus
    support_count: Annotated[int, msgspec.Meta(ge=0)]


class SimilarProposalList(Schema):
    """Hooguit vijf ideeën, het meest gelijkende eerst."""

    items: Annotated[list[SimilarProposal], msgspec.Meta(max_length=5)]
