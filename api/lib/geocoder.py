"""The geocoder (PDOK Locatieserver v3.1) and the background map's tiles, spoken to on the caller's
behalf: bounded in time and size, and every failure a 502 or 504 problem, never a 500.

Only ``suggest``, ``lookup``, ``reverse`` and ``free`` (a municipality's wijken) with the parameters the Locatieserver documents are sent
(v3.1 refuses unknown ones); what comes back is checked field by field, and what does not fit is left out.
"""

import asyncio
import re
from typing import Annotated, Any

import httpx2
import msgspec

from api.lib.errors import BadGateway, GatewayTimeout
from api.lib.schema import LINE, Schema
from api.settings import MapSettings

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


class PlaceSuggestion(Schema):
    """Een adres dat past bij wat u typte."""

    id: PlaceId
    label: Annotated[str, msgspec.Meta(max_length=200, examples=["Stadhuisbrug 1, 3511BM Utrecht"])]


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


_FIELDS = "id,weergavenaam,centroide_ll,wijkcode,wijknaam,buurtcode,buurtnaam"
_POINT = re.compile(r"^POINT\((-?\d{1,3}(?:\.\d+)?) (-?\d{1,2}(?:\.\d+)?)\)$")
_IMAGE_TYPES = ("image/png", "image/jpeg")


class _Docs(msgspec.Struct):
    docs: list[dict[str, Any]] = msgspec.field(default_factory=list)


class _Answer(msgspec.Struct):
    response: _Docs


async def _get(settings: MapSettings, url: str, params: dict[str, str | list[str]]) -> tuple[bytes, str]:
    """The body and content type of a GET, at most ``max_bytes``, within ``timeout_seconds`` in all."""
    try:
        async with (
            asyncio.timeout(settings.timeout_seconds),
            httpx2.AsyncClient(
                timeout=httpx2.Timeout(settings.timeout_seconds), follow_redirects=False, trust_env=False
            ) as client,
            client.stream("GET", url, params=params) as response,
        ):
            if response.status_code != 200:
                raise BadGateway("De kaartdienst gaf een fout.", code="upstream_error")
            body = bytearray()
            async for chunk in response.aiter_bytes():
                body += chunk
                if len(body) > settings.max_bytes:
                    raise BadGateway("De kaartdienst gaf een te groot antwoord.", code="upstream_too_large")
            return bytes(body), response.headers.get("content-type", "")
    except (TimeoutError, httpx2.TimeoutException):
        raise GatewayTimeout("De kaartdienst antwoordde niet op tijd.") from None
    except (httpx2.HTTPError, OSError):
        raise BadGateway("De kaartdienst is niet bereikbaar.", code="upstream_unreachable") from None


async def _docs(
    settings: MapSettings, service: str, params: dict[str, str | list[str]]
) -> list[dict[str, Any]]:
    body, _ = await _get(settings, f"{settings.geocoder_url.rstrip('/')}/{service}", params)
    try:
        return msgspec.json.decode(body, type=_Answer).response.docs
    except (msgspec.DecodeError, msgspec.ValidationError):
        raise BadGateway("De adreszoeker gaf een onleesbaar antwoord.", code="upstream_invalid") from None


def _text(doc: dict[str, Any], key: str, limit: int) -> str | None:
    value = doc.get(key)
    return value if isinstance(value, str) and 0 < len(value) <= limit else None


def _place(doc: dict[str, Any]) -> Place | None:
    """A place from a Locatieserver document, or None when the document lacks what a place needs."""
    place_id, label, point = (
        _text(doc, "id", 68),
        _text(doc, "weergavenaam", 200),
        _text(doc, "centroide_ll", 80),
    )
    found = _POINT.match(point or "")
    if not (place_id and re.match(PLACE_ID, place_id) and label and found):
        return None
    longitude, latitude = float(found.group(1)), float(found.group(2))
    if not (-180 <= longitude <= 180 and -90 <= latitude <= 90):
        return None
    wijk_code, wijk_name = _text(doc, "wijkcode", 8), _text(doc, "wijknaam", 100)
    buurt_code, buurt_name = _text(doc, "buurtcode", 10), _text(doc, "buurtnaam", 100)
    return Place(
        id=place_id,
        label=label,
        location=PlaceLocation(latitude=round(latitude, 6), longitude=round(longitude, 6)),
        wijk=WijkRef(code=wijk_code, name=wijk_name)
        if wijk_code and wijk_name and re.match(WIJK_CODE, wijk_code)
        else None,
        buurt=BuurtRef(code=buurt_code, name=buurt_name)
        if buurt_code and buurt_name and re.match(BUURT_CODE, buurt_code)
        else None,
    )


async def suggest(settings: MapSettings, q: str, municipality_code: str) -> list[PlaceSuggestion]:
    """Addresses in the municipality (its CBS code without ``GM``) that fit ``q``."""
    docs = await _docs(
        settings,
        "suggest",
        {
            "q": q,
            "fq": ["type:adres", f"gemeentecode:{municipality_code.removeprefix('GM')}"],
            "rows": "8",
            "fl": "id,weergavenaam",
        },
    )
    suggestions: list[PlaceSuggestion] = []
    for doc in docs[:10]:
        place_id, label = _text(doc, "id", 68), _text(doc, "weergavenaam", 200)
        if place_id and label and re.match(PLACE_ID, place_id):
            suggestions.append(PlaceSuggestion(id=place_id, label=label))
    return suggestions


async def lookup(settings: MapSettings, place_id: str) -> Place | None:
    """The place with this id, or None when the geocoder knows none."""
    docs = await _docs(settings, "lookup", {"id": place_id, "fl": _FIELDS})
    place = _place(docs[0]) if docs else None
    return place if place is not None and place.id == place_id else None


async def reverse(settings: MapSettings, latitude: float, longitude: float) -> Place | None:
    """The address nearest to a point (within 100 m), for the wijk of a place chosen on the map."""
    docs = await _docs(
        settings,
        "reverse",
        {
            "lat": f"{latitude:.6f}",
            "lon": f"{longitude:.6f}",
            "type": "adres",
            "rows": "1",
            "distance": "100",
            "fl": _FIELDS,
        },
    )
    return _place(docs[0]) if docs else None


async def wijken(settings: MapSettings, municipality_code: str) -> list[WijkRef]:
    """The CBS wijken of the municipality (its CBS code, ``GM`` and four digits), by name."""
    docs = await _docs(
        settings,
        "free",
        {
            "q": "*:*",
            "fq": ["type:wijk", f"gemeentecode:{municipality_code.removeprefix('GM')}"],
            "rows": "100",
            "fl": "wijkcode,wijknaam",
        },
    )
    found: dict[str, WijkRef] = {}
    for doc in docs[:100]:
        code, name = _text(doc, "wijkcode", 8), _text(doc, "wijknaam", 100)
        if code and name and re.match(WIJK_CODE, code) and re.match(LINE, name):
            found[code] = WijkRef(code=code, name=name)
    return sorted(found.values(), key=lambda wijk: (wijk.name, wijk.code))


async def tile(settings: MapSettings, z: int, x: int, y: int) -> tuple[bytes, str]:
    """One tile of the background map (an image) and its content type."""
    url = settings.tile_url.replace("{z}", str(z)).replace("{x}", str(x)).replace("{y}", str(y))
    body, content_type = await _get(settings, url, {})
    media = content_type.split(";")[0].strip().lower()
    if media not in _IMAGE_TYPES:
        raise BadGateway("De kaartdienst gaf geen afbeelding.", code="upstream_invalid")
    return body, media
