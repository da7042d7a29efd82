"""HTTP endpoints of municipalities."""

from typing import Annotated

from litestar import Response, get, patch
from litestar.datastructures import ResponseHeader
from litestar.params import JSONBody, QueryParameter

from api.db.connection import Db
from api.db.uow import Uow
from api.domains.municipalities import queries
from api.domains.municipalities.guards import municipality_from_path
from api.domains.municipalities.schemas import MunicipalityPage, MunicipalityRead, MunicipalityUpdate, Slug
from api.domains.municipalities.services import MunicipalityService
from api.lib.access import Role, access, everyone, role
from api.lib.errors import NotFound
from api.lib.etag import ETAG_HEADER, IfMatch, etag, with_etag
from api.lib.openapi import problems
from api.lib.pagination import LINK_HEADER, Cursor, Limit, page_response
from api.lib.routes import AnyRequest, Controller, municipality_of
from api.lib.schema import NO_NUL

NameQuery = Annotated[
    str,
    QueryParameter(
        name="q", max_length=100, pattern=NO_NUL, description="Alleen gemeenten waarvan de naam dit bevat."
    ),
]


class MunicipalityController(Controller):
    """Gemeenten: openbaar leesbaar."""

    path = "/municipalities"
    tags = ["Gemeenten"]

    @get("", opt=access(everyone), response_headers=[LINK_HEADER])
    async def list_municipalities(
        self, request: AnyRequest, db: Db, q: NameQuery = "", limit: Limit = 20, cursor: Cursor = ""
    ) -> Response[MunicipalityPage]:
        page = await queries.list_municipalities(db, q=q.strip(), limit=limit, cursor=cursor)
        return page_response(request, page)

    @get(
        "/{slug:str}",
        opt=access(everyone),
        responses=problems(404),
        response_headers=[
            ResponseHeader(name="ETag", description="Versie van de gemeente.", documentation_only=True)
        ],
    )
    async def get_municipality(self, db: Db, slug: Slug) -> Response[MunicipalityRead]:
        found = await queries.get_municipality(db, slug)
        if found is None:
            raise NotFound(f"Er is geen gemeente met slug {slug!r}.")
        municipality, version = found
        return Response(municipality, headers={"ETag": etag(version)})

    @patch(
        "/{slug:str}",
        opt=access(role(Role.BEHEERDER), target=municipality_from_path()),
        responses=problems(412, 428),
        response_headers=[ETAG_HEADER],
    )
    async def update_municipality(
        self,
        request: AnyRequest,
        slug: Slug,
        data: JSONBody[MunicipalityUpdate],
        uow: Uow,
        if_match: IfMatch = "",
    ) -> Response[MunicipalityRead]:
        await MunicipalityService(uow).update(municipality_of(request), data, if_match)
        found = await uow.read(queries.get_municipality, slug)
        return with_etag(*found)
