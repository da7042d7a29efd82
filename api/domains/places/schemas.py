"""Bodies of places: suggestions and an opgave's area (GeoJSON). A looked-up place, its wijk and
buurt are the geocoder's (``api.lib.geocoder``)."""

from typing import Annotated, Literal

import msgspec

from api.lib.geocoder import PlaceSuggestion, Position, WijkRef
from api.lib.schema import Schema

MAX_RING_VERTICES = 500
MAX_RINGS = 10


class PlaceSuggestionList(Schema):
    """Hooguit tien adressen, het best passende eerst."""

    items: Annotated[list[PlaceSuggestion], msgspec.Meta(max_length=10)]


class WijkList(Schema):
    """De wijken van een gemeente, op naam."""

    items: Annotated[list[WijkRef], msgspec.Meta(max_length=100)]


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
