"""Bodies of places: suggestions, a looked-up place, wijken and buurten, an opgave's area (GeoJSON)."""

from typing import Annotated, Literal

import msgspec

from api.lib.schema import LINE, Schema

PLACE_ID = r"^[a-z]{3}-[0-9a-f]{16,64}$"
PlaceId = Annotated[
    str,
    msgspec.Meta(
        pattern=PLACE_ID,
        max_length=68,
        description="Het kenmerk van een adres in de PDOK Locatieserver (uit `ListPlaceSuggestions`).",
        examples=["adr-a1b2c3d4e5f60718293a4b5c6d7e8f90"],
    ),
]
WIJK_CODE = r"^WK[0-9]{6}$"
BUURT_CODE = r"^BU[0-9]{8}$"
WijkCode = Annotated[str, msgspec.Meta(pattern=WIJK_CODE, max_length=8, examples=["WK034401"])]
AreaName = Annotated[str, msgspec.Meta(min_length=1, max_length=100, pattern=LINE)]
Longitude = Annotated[float, msgspec.Meta(ge=-180, le=180)]
Latitude = Annotated[float, msgspec.Meta(ge=-90, le=90)]
Position = tuple[Longitude, Latitude]
"""A GeoJSON position in CRS84: longitude first, then latitude."""

MAX_RING_VERTICES = 500
MAX_RINGS = 10


class PlaceSuggestion(Schema):
    """Een adres dat past bij wat u typte."""

    id: PlaceId
    label: Annotated[str, msgspec.Meta(max_length=200, examples=["Stadhuisbrug 1, 3511BM Utrecht"])]


class PlaceSuggestionList(Schema):
    """Hooguit tien adressen, het best passende eerst."""

    items: Annotated[list[PlaceSuggestion], msgspec.Meta(max_length=10)]


class WijkRef(Schema):
    """Een wijk van het CBS."""

    code: WijkCode
    name: AreaName


class BuurtRef(Schema):
    """Een buurt van het CBS."""

    code: Annotated[str, msgspec.Meta(pattern=BUURT_CODE, max_length=10, examples=["BU03440101"])]
    name: AreaName


class PlaceLocation(Schema):
    """Een punt in WGS84."""

    latitude: Latitude
    longitude: Longitude


class Place(Schema):
    """Een adres met zijn punt (WGS84) en de wijk en buurt van het CBS waarin het ligt."""

    id: PlaceId
    label: Annotated[str, msgspec.Meta(max_length=200)]
    location: PlaceLocation
    wijk: WijkRef | None
    buurt: BuurtRef | None


class Polygon(Schema):
    """Een GeoJSON-polygoon in CRS84 (lengtegraad, breedtegraad): een buitenring en eventueel gaten,
    elke ring gesloten (eerste punt = laatste punt), met 4 tot 500 punten."""

    type: Literal["Polygon"]
    coordinates: Annotated[
        list[Annotated[list[Position], msgspec.Meta(min_length=4, max_length=MAX_RING_VERTICES)]],
        msgspec.Meta(min_length=1, max_length=MAX_RINGS),
    ]


class OpgaveArea(Schema):
    """Het gebied van een opgave: wijken van het CBS, een polygoon, of beide (leeg: geen gebied).

    Het gebied kadert de kaart van de opgave. Een idee buiten het gebied wordt niet geweigerd: een
    plek net over de grens kan er evengoed toe doen."""

    wijken: Annotated[list[WijkRef], msgspec.Meta(max_length=100)] = msgspec.field(default_factory=list)
    polygon: Polygon | None = None


class WijkCount(Schema):
    """Een wijk en hoeveel ideeën er liggen."""

    code: WijkCode
    name: AreaName
    proposal_count: Annotated[int, msgspec.Meta(ge=0)]


class WijkCountList(Schema):
    """De wijken op naam."""

    items: Annotated[list[WijkCount], msgspec.Meta(max_length=1000)]
