"""Proposals: list, submit, read, edit or withdraw, answer, support; similar ideas while writing."""

from dataclasses import dataclass
from datetime import datetime
from typing import Annotated, Any
from uuid import UUID

import msgspec
from litestar import MediaType, Response, delete, get, patch, post, put
from litestar.openapi import ResponseSpec
from litestar.openapi.spec import (
    OpenAPIHeader,
    OpenAPIMediaType,
    OpenAPIResponse,
    OpenAPIType,
    Operation,
    Reference,
)
from litestar.openapi.spec import Schema as OpenAPISchema
from litestar.params import JSONBody, QueryParameter

from api.db.connection import Db
from api.db.uow import HOT_WRITE, Uow
from api.domains.municipalities.guards import municipality_from_query
from api.domains.municipalities.schemas import RequiredMunicipalityParam
from api.domains.opgaven.guards import opgave_from_path, published
from api.domains.proposals import queries, services
from api.domains.proposals.guards import author, proposal_from_path
from api.domains.proposals.models import ProposalStatus
from api.domains.proposals.places import PlaceFacts, resolve
from api.domains.proposals.queries import ProposalFilter
from api.domains.proposals.schemas import (
    PointGeometry,
    ProposalCreate,
    ProposalFeature,
    ProposalFeatureCollection,
    ProposalPage,
    ProposalRead,
    ProposalSort,
    ProposalUpdate,
    ResponseCreate,
    SimilarProposalList,
    SupportState,
)
from api.domains.proposals.services import ProposalService
from api.lib import pagination
from api.lib.access import access, person_of, scope, signed_in, staff, target_of, verified
from api.lib.etag import ETAG_HEADER, LOCATION_HEADER, IfMatch, with_etag
from api.lib.geocoder import WIJK_CODE
from api.lib.http import settings_of
from api.lib.openapi import problems
from api.lib.pagination import LINK_HEADER, Cursor, Limit, page_response, since, updated_since
from api.lib.ratelimit import per_person_hourly
from api.lib.routes import AnyRequest, Controller, PageOf, PathId, Resource, page_of_path, viewer_of
from api.lib.schema import NO_NUL
from api.lib.visibility import Viewer
from api.settings import API_PREFIX

StatusParam = Annotated[ProposalStatus | None, pagination.status_filter("ideeën")]
ActionLineParam = Annotated[UUID | None, pagination.action_line_filter("ideeën")]
WijkParam = Annotated[
    str | None,
    QueryParameter(
        name="wijk",
        pattern=WIJK_CODE,
        max_length=8,
        description="Alleen ideeën in deze CBS-wijk (zie `ListOpgaveWijken`).",
    ),
]
SearchParam = Annotated[
    str,
    QueryParameter(
        name="q", max_length=200, pattern=NO_NUL, description="Zoeken in titel en tekst (Nederlands)."
    ),
]
SortParam = Annotated[
    ProposalSort,
    QueryParameter(
        name="sort",
        description=(
            "Nieuwste, oudste, meest gesteund, meest besproken, of trending (steun in de laatste zeven dagen)."
        ),
    ),
]
TextParam = Annotated[
    str,
    QueryParameter(
        name="text", min_length=1, max_length=2000, pattern=NO_NUL, description="Wat u tot nu toe schreef."
    ),
]

read_proposals = published | staff | scope("proposals:read")
answer_proposals = staff | scope("proposals:write")
# Taking part: a confirmed address on a public opgave; staff also where it is not yet public.
take_part = verified & (published | staff)

UpdatedSince = Annotated[
    datetime | None,
    updated_since(
        "Tellingen die andere schrijfacties bijhouden, verschuiven `updatedAt` niet: `supportCount`, "
        "`commentCount` en `trendingCount`. Een reactie staat als `comment.posted` in `GET /events`, steun "
        "niet: haal het idee daarvoor opnieuw op."
    ),
]


GEOJSON = "application/geo+json"
CRS84 = "http://www.opengis.net/def/crs/OGC/1.3/CRS84"


@dataclass
class GeoJsonListOperation(Operation):
    """The list also answers as a GeoJSON FeatureCollection, when asked with ``Accept``."""

    def __post_init__(self) -> None:
        ok = self.responses["200"] if self.responses else None
        if isinstance(ok, OpenAPIResponse) and ok.content:
            ok.content = {
                MediaType.JSON: OpenAPIMediaType(schema=Reference(ref="#/components/schemas/ProposalPage")),
                **ok.content,
            }
            ok.headers = {
                **(ok.headers or {}),
                "Link": OpenAPIHeader(
                    description=LINK_HEADER.description,
                    required=False,
                    deprecated=False,
                    schema=OpenAPISchema(type=OpenAPIType.STRING),
                ),
            }


def _feature(item: ProposalRead) -> ProposalFeature:
    point = (
        PointGeometry(type="Point", coordinates=(item.location.longitude, item.location.latitude))
        if item.location is not None
        else None
    )
    return ProposalFeature(type="Feature", id=item.id, geometry=point, properties=item)


def _as_geojson(response: Response[ProposalPage]) -> Response[ProposalFeatureCollection]:
    page = response.content
    collection = ProposalFeatureCollection(
        type="FeatureCollection",
        features=[_feature(item) for item in page.items],
        next_cursor=page.next_cursor,
    )
    return Response(collection, media_type=GEOJSON, headers={**response.headers, "Content-Crs": CRS84})


async def place_of(request: AnyRequest, place_id: str | None, location: Any) -> PlaceFacts:
    return await resolve(
        settings_of(request).maps,
        place_id,
        location.latitude if location is not None else None,
        location.longitude if location is not None else None,
    )


PROPOSAL = Resource(ProposalRead, queries.get_proposal, "/proposals", viewer_of)


class OpgaveProposalController(Controller):
    """Ideeën bij een opgave."""

    path = "/opgaven/{id:uuid}/proposals"
    tags = ["Ideeën"]
    target = opgave_from_path

    @get(
        "",
        opt=access(read_proposals),
        response_headers=[LINK_HEADER],
        responses={
            200: ResponseSpec(
                data_container=ProposalFeatureCollection,
                media_type=GEOJSON,
                description="Een pagina ideeën, als JSON of (met `Accept: application/geo+json`) als GeoJSON.",
                generate_examples=False,
            )
        },
        operation_class=GeoJsonListOperation,
    )
    async def list_proposals(
        self,
        request: AnyRequest,
        db: Db,
        id: PathId,
        status: StatusParam = None,
        action_line: ActionLineParam = None,
        wijk: WijkParam = None,
        q: SearchParam = "",
        sort: SortParam = ProposalSort.NEWEST,
        updated_since: UpdatedSince = None,
        limit: Limit = 20,
        cursor: Cursor = "",
    ) -> Response[Any]:
        filters = ProposalFilter(
            opgave_id=id,
            status=status,
            action_line_id=action_line,
            q=q.strip(),
            updated_since=since(updated_since),
            wijk_code=wijk,
        )
        page = await queries.list_proposals(
            db, filters, viewer_of(request), sort=sort, limit=limit, cursor=cursor
        )
        response = page_response(request, page)
        if request.accept.best_match([MediaType.JSON, GEOJSON], default=MediaType.JSON) == GEOJSON:
            return _as_geojson(response)
        return response

    @post(
        "",
        opt=access(take_part) | HOT_WRITE,
        responses=problems(409, 429),
        response_headers=[ETAG_HEADER, LOCATION_HEADER],
    )
    async def submit_proposal(
        self, request: AnyRequest, id: PathId, data: JSONBody[ProposalCreate], uow: Uow
    ) -> Response[ProposalRead]:
        person = person_of(request)
        await per_person_hourly(
            uow, "proposal", person.account_id, settings_of(request).participation.proposals_per_hour
        )
        place = await place_of(request, data.place_id, data.location)
        proposal_id = await services.submit(uow, target_of(request), data, place)
        found = await uow.read(queries.get_proposal, proposal_id, viewer_of(request))
        return with_etag(*found, status_code=201, location=f"{API_PREFIX}/proposals/{proposal_id}")

    @get("/similar", opt=access(read_proposals))
    async def list_similar_proposals(self, db: Db, id: PathId, text: TextParam) -> SimilarProposalList:
        return await queries.similar(db, id, text)


class ProposalController(Controller):
    """Eén idee: lezen, wijzigen of intrekken, beantwoorden, steunen."""

    path = "/proposals/{id:uuid}"
    tags = ["Ideeën"]
    target = proposal_from_path

    get_proposal = PROPOSAL.get("", "Dit idee bestaat niet.", opt=access(read_proposals))

    @patch(
        "",
        opt=access(signed_in & author),
        responses=problems(409, 412, 428, 502, 504),
        response_headers=[ETAG_HEADER],
    )
    async def update_proposal(
        self,
        request: AnyRequest,
        id: PathId,
        data: JSONBody[ProposalUpdate],
        uow: Uow,
        if_match: IfMatch = "",
    ) -> Response[ProposalRead]:
        # The place is looked up before the idea is locked: the geocoder may take seconds.
        place = None
        if data.place_id is not msgspec.UNSET or data.location is not msgspec.UNSET:
            place = await place_of(
                request,
                data.place_id if data.place_id is not msgspec.UNSET else None,
                data.location if data.location is not msgspec.UNSET else None,
            )
        await ProposalService(uow).update(id, data, if_match, place)
        return await PROPOSAL.respond(request, uow, id)

    @post(
        "/responses",
        status_code=200,
        opt=access(answer_proposals),
        responses=problems(409),
        response_headers=[ETAG_HEADER],
    )
    async def respond_to_proposal(
        self, request: AnyRequest, id: PathId, data: JSONBody[ResponseCreate], uow: Uow
    ) -> Response[ProposalRead]:
        await ProposalService(uow).respond(id, data)
        return await PROPOSAL.respond(request, uow, id)

    @put("/support", opt=access(take_part & read_proposals) | HOT_WRITE, responses=problems(409, 429))
    async def support_proposal(self, request: AnyRequest, id: PathId, uow: Uow) -> SupportState:
        person = person_of(request)
        target = target_of(request)
        count = await services.support(await uow.connection(), target, person.account_id)
        # Counted last: the person's counter row stays locked only until the commit that follows.
        await per_person_hourly(
            uow, "support", person.account_id, settings_of(request).participation.supports_per_hour
        )
        uow.audit("proposal.supported", "proposal", id, target.municipality_id)
        return SupportState(supported_by_me=True, support_count=count)

    @delete("/support", status_code=200, opt=access(signed_in & read_proposals) | HOT_WRITE)
    async def withdraw_support(self, request: AnyRequest, id: PathId, uow: Uow) -> SupportState:
        person = person_of(request)
        target = target_of(request)
        count = await services.withdraw_support(await uow.connection(), target, person.account_id)
        uow.audit("proposal.support_withdrawn", "proposal", id, target.municipality_id)
        return SupportState(supported_by_me=False, support_count=count)


async def _municipality_proposals(
    db: Db, municipality_id: UUID, viewer: Viewer, *, status: ProposalStatus | None, q: str, **page: Any
) -> ProposalPage:
    filters = ProposalFilter(municipality_id=municipality_id, status=status, q=q.strip())
    return await queries.list_proposals(db, filters, viewer, **page)


async def _my_proposals(
    db: Db, viewer: Viewer, *, status: ProposalStatus | None, **page: Any
) -> ProposalPage:
    filters = ProposalFilter(author_id=viewer.account_id, status=status)
    return await queries.list_proposals(db, filters, viewer, sort=ProposalSort.NEWEST, **page)


class MunicipalityProposalController(Controller):
    """De ideeën van een hele gemeente, voor wie ze beoordeelt."""

    path = "/proposals"
    tags = ["Ideeën"]

    list_municipality_proposals = page_of_path(
        "",
        opt=access(staff | scope("proposals:read"), target=municipality_from_query()),
        page=ProposalPage,
        query=_municipality_proposals,
        of=PageOf.municipality(RequiredMunicipalityParam, name="municipality", default=""),
        viewer=viewer_of,
        filters={
            "status": (StatusParam, None),
            "q": (SearchParam, ""),
            "sort": (SortParam, ProposalSort.OLDEST),
        },
    )


class MyProposalController(Controller):
    """Mijn ideeën."""

    path = "/me/proposals"
    tags = ["Ideeën"]

    list_my_proposals = page_of_path(
        "",
        opt=access(signed_in),
        page=ProposalPage,
        query=_my_proposals,
        of=None,
        viewer=viewer_of,
        filters={"status": (StatusParam, None)},
    )
