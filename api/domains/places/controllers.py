"""Places: address suggestions and lookups through the geocoder, the background map's tiles, an opgave's
area and the wijken of its ideas. The API speaks to the map services on the site's behalf."""

import re
from dataclasses import dataclass
from typing import Annotated

from litestar import Response, get, put
from litestar.openapi.spec import OpenAPIMediaType, OpenAPIResponse, OpenAPIType, Operation
from litestar.openapi.spec import Schema as OpenAPISchema
from litestar.params import FromPath, JSONBody, QueryParameter

from api.db.connection import Db
from api.db.uow import Uow
from api.domains.municipalities import queries as municipality_queries
from api.domains.municipalities.guards import municipality_from_query
from api.domains.municipalities.schemas import RequiredMunicipalityParam
from api.domains.opgaven.controllers import read_opgave, run_opgave
from api.domains.opgaven.guards import opgave_from_path
from api.domains.places import areas
from api.domains.places.schemas import OpgaveArea, PlaceSuggestionList, WijkList
from api.domains.proposals.controllers import read_proposals
from api.domains.proposals.queries import wijken_of_opgave
from api.domains.proposals.schemas import WijkCountList
from api.lib import geocoder
from api.lib.access import access, everyone, signed_in
from api.lib.errors import NotFound
from api.lib.geocoder import PLACE_ID, Place
from api.lib.http import settings_of
from api.lib.openapi import problems
from api.lib.routes import AnyRequest, Controller, PathId, municipality_of, viewer_of
from api.lib.schema import NO_NUL

SuggestionQuery = Annotated[
    str,
    QueryParameter(
        name="q",
        min_length=2,
        max_length=100,
        pattern=NO_NUL,
        description="Wat u tot nu toe van het adres typte.",
    ),
]
MIN_ZOOM, MAX_ZOOM = 6, 19


@dataclass
class TileOperation(Operation):
    """A tile is an image, which Litestar cannot describe from the return type."""

    def __post_init__(self) -> None:
        ok = self.responses["200"] if self.responses else None
        if isinstance(ok, OpenAPIResponse):
            ok.description = "Eén tegel van de achtergrondkaart (Web Mercator, 256 × 256 beeldpunten)."
            ok.content = {
                media: OpenAPIMediaType(schema=OpenAPISchema(type=OpenAPIType.STRING, format="binary"))  # type: ignore[arg-type]
                for media in ("image/png", "image/jpeg")
            }


async def _cbs_code(request: AnyRequest, db: Db) -> str:
    """The CBS code of the municipality the access rule found (``?municipality=``)."""
    return await municipality_queries.cbs_code(db, municipality_of(request))


class PlaceController(Controller):
    """Adressen zoeken om een idee te plaatsen."""

    path = "/places"
    tags = ["Plaatsen"]

    @get(
        "/suggestions", opt=access(signed_in, target=municipality_from_query()), responses=problems(502, 504)
    )
    async def list_place_suggestions(
        self, request: AnyRequest, db: Db, q: SuggestionQuery, municipality: RequiredMunicipalityParam = ""
    ) -> PlaceSuggestionList:
        items = await geocoder.suggest(settings_of(request).maps, q.strip(), await _cbs_code(request, db))
        return PlaceSuggestionList(items=items)

    @get("/wijken", opt=access(signed_in, target=municipality_from_query()), responses=problems(502, 504))
    async def list_municipality_wijken(
        self, request: AnyRequest, db: Db, municipality: RequiredMunicipalityParam = ""
    ) -> WijkList:
        return WijkList(items=await geocoder.wijken(settings_of(request).maps, await _cbs_code(request, db)))

    @get("/{id:str}", opt=access(signed_in), responses=problems(404, 502, 504))
    async def get_place(self, request: AnyRequest, id: FromPath[str]) -> Place:
        if len(id) > 68 or not re.match(PLACE_ID, id):
            raise NotFound("Dit adres bestaat niet.")
        place = await geocoder.lookup(settings_of(request).maps, id)
        if place is None:
            raise NotFound("Dit adres bestaat niet.")
        return place


class MapTileController(Controller):
    """De achtergrondkaart."""

    path = "/map-tiles"
    tags = ["Plaatsen"]

    @get(
        "/{z:int}/{x:int}/{y:int}",
        operation_id="GetMapTile",
        summary="Een tegel van de achtergrondkaart",
        description=(
            "De BRT-Achtergrondkaart van PDOK (of de kaartdienst die de server noemt), via de API zodat de site "
            f"geen andere bron hoeft te vertrouwen. Zoomniveau {MIN_ZOOM} tot en met {MAX_ZOOM}."
        ),
        opt=access(everyone),
        responses=problems(404, 502, 504),
        operation_class=TileOperation,
    )
    async def tile(
        self, request: AnyRequest, z: FromPath[int], x: FromPath[int], y: FromPath[int]
    ) -> Response[bytes]:
        if not (MIN_ZOOM <= z <= MAX_ZOOM and 0 <= x < 2**z and 0 <= y < 2**z):
            raise NotFound("Deze tegel bestaat niet.")
        body, media = await geocoder.tile(settings_of(request).maps, z, x, y)
        return Response(body, media_type=media)


class OpgaveAreaController(Controller):
    """Het gebied van een opgave en de wijken van haar ideeën."""

    path = "/opgaven/{id:uuid}"
    tags = ["Plaatsen"]
    target = opgave_from_path

    @get("/area", opt=access(read_opgave))
    async def get_opgave_area(self, db: Db, id: PathId) -> OpgaveArea:
        return await areas.get_area(db, id)

    @put("/area", opt=access(run_opgave))
    async def set_opgave_area(
        self, request: AnyRequest, id: PathId, data: JSONBody[OpgaveArea], uow: Uow
    ) -> OpgaveArea:
        await areas.set_area(uow, municipality_of(request), id, data)
        return await uow.read(areas.get_area, id)

    @get("/wijken", opt=access(read_proposals))
    async def list_opgave_wijken(self, request: AnyRequest, db: Db, id: PathId) -> WijkCountList:
        return await wijken_of_opgave(db, id, viewer_of(request))
