"""Where an idea is: resolved through the geocoder (``api.lib.geocoder``) before anything is written.

Placed by address (``placeId``): the geocoder's lookup gives the point, the address and the CBS wijk
and buurt; when it cannot be reached the request fails (502/504) and nothing changes. Placed on the
map (``location``): the point stands as given, and the wijk and buurt are those of the nearest address
within 100 m, when the geocoder can say so; when it cannot, the point is kept without a wijk, so that
placing on the map never depends on the geocoder.
"""

import logging
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from api.lib import geocoder
from api.lib.errors import BadGateway, GatewayTimeout, InvalidInput
from api.lib.geocoder import Place
from api.settings import MapSettings

logger = logging.getLogger("api.places")


@dataclass(frozen=True)
class PlaceFacts:
    """The columns of a proposal's place (all None: not placed)."""

    latitude: Decimal | None = None
    longitude: Decimal | None = None
    address: str | None = None
    wijk_code: str | None = None
    wijk_name: str | None = None
    buurt_code: str | None = None
    buurt_name: str | None = None

    def columns(self) -> dict[str, Any]:
        return dict(self.__dict__)


def _degrees(value: float) -> Decimal:
    return Decimal(str(round(value, 6)))


def _facts(latitude: float, longitude: float, place: Place | None, *, address: bool) -> PlaceFacts:
    return PlaceFacts(
        latitude=_degrees(latitude),
        longitude=_degrees(longitude),
        address=place.label if place is not None and address else None,
        wijk_code=place.wijk.code if place is not None and place.wijk else None,
        wijk_name=place.wijk.name if place is not None and place.wijk else None,
        buurt_code=place.buurt.code if place is not None and place.buurt else None,
        buurt_name=place.buurt.name if place is not None and place.buurt else None,
    )


async def resolve(
    settings: MapSettings, place_id: str | None, latitude: float | None, longitude: float | None
) -> PlaceFacts:
    """The place of an idea from ``placeId`` or from a point (``location``), not both."""
    if place_id is not None and latitude is not None:
        raise InvalidInput.one(
            "placeId", "place_conflict", "Kies een adres of een punt op de kaart, niet allebei."
        )
    if place_id is not None:
        place = await geocoder.lookup(settings, place_id)
        if place is None:
            raise InvalidInput.one("placeId", "unknown_place", "Dit adres is niet (meer) bekend.")
        return _facts(place.location.latitude, place.location.longitude, place, address=True)
    if latitude is None or longitude is None:
        return PlaceFacts()
    try:
        nearest = await geocoder.reverse(settings, latitude, longitude)
    except (BadGateway, GatewayTimeout) as error:
        logger.warning("geocoder unavailable for a point on the map (%s): kept without a wijk", error.code)
        nearest = None
    return _facts(latitude, longitude, nearest, address=False)
