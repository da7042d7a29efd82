"""Bodies of the proposal endpoints."""

from datetime import datetime
from enum import StrEnum
from typing import Annotated, Literal
from uuid import UUID

import msgspec

from api.domains.opgaven.schemas import ActionLineRef, OrganisationRef, PersonSummary, TaskRef
from api.domains.proposals.models import ProposalStatus
from api.lib.geocoder import AreaName, BuurtRef, PlaceId, Position, WijkCode, WijkRef
from api.lib.pagination import Items, Page
from api.lib.schema import LINE, Count, Heading, Paragraph, Schema, Text

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
    location: Annotated[
        Location | None, msgspec.Meta(description="Een punt gekozen op de kaart; of geef `placeId`.")
    ] = None
    place_id: Annotated[
        PlaceId | None,
        msgspec.Meta(
            description="Een adres uit `ListPlaceSuggestions`: de API zoekt punt, wijk en buurt op."
        ),
    ] = None
    organisation_id: Annotated[
        UUID | None, msgspec.Meta(description="Namens een organisatie waarvan u lid bent.")
    ] = None


class ProposalUpdate(Schema):
    """Wijzigen kan tot de gemeente het idee in behandeling neemt; intrekken met `status: withdrawn`."""

    title: Title | msgspec.UnsetType = msgspec.UNSET
    body: Body | msgspec.UnsetType = msgspec.UNSET
    action_line_id: UUID | msgspec.UnsetType | None = msgspec.UNSET
    location: Location | msgspec.UnsetType | None = msgspec.UNSET
    place_id: PlaceId | msgspec.UnsetType = msgspec.UNSET
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
    title: Heading
    body: Annotated[str, msgspec.Meta(max_length=20000)]
    author: PersonSummary
    organisation: OrganisationRef | None
    action_line: ActionLineRef | None
    tasks: Annotated[
        list[TaskRef], msgspec.Meta(max_length=100, description="De taken waartoe het idee leidde.")
    ]
    location: Location | None
    address: (
        Annotated[
            str, msgspec.Meta(max_length=200, description="Het adres, als het idee op adres geplaatst is.")
        ]
        | None
    )
    wijk: Annotated[WijkRef | None, msgspec.Meta(description="De CBS-wijk van de plek, als die bekend is.")]
    buurt: Annotated[
        BuurtRef | None, msgspec.Meta(description="De CBS-buurt van de plek, als die bekend is.")
    ]
    status: ProposalStatus
    response: MunicipalityResponse | None
    support_count: Count
    comment_count: Count
    supported_by_me: bool
    hidden: bool
    hidden_reason: Paragraph | None
    created_at: datetime
    updated_at: datetime


class ProposalPage(Page):
    """Een pagina ideeën."""

    items: Items[ProposalRead]


class PointGeometry(Schema):
    """Een GeoJSON-punt in CRS84: lengtegraad, dan breedtegraad."""

    type: Literal["Point"]
    coordinates: Position


class ProposalFeature(Schema):
    """Een idee als GeoJSON Feature; zonder plek is `geometry` null."""

    type: Literal["Feature"]
    id: UUID
    geometry: PointGeometry | None
    properties: ProposalRead


class ProposalFeatureCollection(Schema):
    """Een pagina ideeën als GeoJSON FeatureCollection (RFC 7946, CRS84)."""

    type: Literal["FeatureCollection"]
    features: Items[ProposalFeature]
    next_cursor: Annotated[
        str | None, msgspec.Meta(description="Cursor van de volgende pagina, of null op de laatste.")
    ]


class ResponseCreate(Schema):
    """Een statuswijziging met de openbare reactie van de gemeente."""

    status: Annotated[ProposalStatus, msgspec.Meta(description="under_review, adopted of declined.")]
    text: Annotated[Text, msgspec.Meta(max_length=10000, description="Verplicht bij afwijzen: de reden.")] = (
        ""
    )


class SupportState(Schema):
    """Mijn steun en de telling erna."""

    supported_by_me: bool
    support_count: Count


class SimilarProposal(Schema):
    """Een bestaand idee dat lijkt op wat u schrijft."""

    id: UUID
    title: Heading
    status: ProposalStatus
    support_count: Count


class SimilarProposalList(Schema):
    """Hooguit vijf ideeën, het meest gelijkende eerst."""

    items: Annotated[list[SimilarProposal], msgspec.Meta(max_length=5)]


class WijkCount(Schema):
    """Een wijk en hoeveel ideeën er liggen."""

    code: WijkCode
    name: AreaName
    proposal_count: Count


class WijkCountList(Schema):
    """De wijken op naam."""

    items: Annotated[list[WijkCount], msgspec.Meta(max_length=1000)]
