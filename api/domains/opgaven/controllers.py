"""Opgaven: list, create, read, change, move through phases, follow; the timeline."""

from datetime import datetime
from typing import Annotated
from uuid import UUID

from litestar import Response, delete, get, patch, post, put
from litestar.params import JSONBody, PathParameter, QueryParameter

from api.db.connection import Db
from api.db.uow import Uow
from api.domains.municipalities.guards import (
    municipality_from_body,
    municipality_from_path,
    municipality_id_of,
)
from api.domains.municipalities.schemas import MunicipalityParam, Slug
from api.domains.opgaven import queries
from api.domains.opgaven.domains import PolicyDomainService
from api.domains.opgaven.guards import (
    LoadedPage,
    opgave_from_path,
    opgave_page_from_path,
    procesregisseur,
    published,
    staff_municipalities,
)
from api.domains.opgaven.models import Phase
from api.domains.opgaven.queries import OpgaveFilter
from api.domains.opgaven.schemas import (
    DomainCreate,
    DomainList,
    DomainRead,
    DomainUpdate,
    OpgaveCreate,
    OpgavePage,
    OpgaveRead,
    OpgaveSort,
    OpgaveUpdate,
    PhaseTransitionCreate,
    PhaseTransitionRead,
)
from api.domains.opgaven.services import OpgaveService
from api.lib.access import (
    Person,
    Role,
    access,
    everyone,
    person_of,
    principal_of,
    role,
    scope,
    signed_in,
    staff,
    target_of,
)
from api.lib.etag import ETAG_HEADER, with_etag
from api.lib.openapi import problems
from api.lib.pagination import LINK_HEADER, Cursor, Limit, page_response, since, updated_since
from api.lib.routes import AnyRequest, Controller, PathId, Resource, municipality_of
from api.lib.schema import NO_NUL
from api.lib.time import utcnow

PhaseParam = Annotated[Phase | None, QueryParameter(name="phase", description="Alleen opgaven in deze fase.")]
DomainParam = Annotated[
    str,
    QueryParameter(
        name="domain", max_length=60, pattern=r"^[a-z0-9-]*$", description="Slug van een beleidsdomein."
    ),
]
OrganisationParam = Annotated[
    UUID | None,
    QueryParameter(name="organisation", description="Alleen opgaven met deze organisatie in het team."),
]
SearchParam = Annotated[
    str,
    QueryParameter(
        name="q",
        max_length=200,
        pattern=NO_NUL,
        description="Zoeken in titel, samenvatting en formulering (Nederlands).",
    ),
]
SortParam = Annotated[
    OpgaveSort, QueryParameter(name="sort", description="Volgorde; standaard nieuwste eerst.")
]

read_opgave = published | staff | scope("opgaven:read")
run_opgave = staff | scope("opgaven:write")

UpdatedSince = Annotated[
    datetime | None,
    updated_since(
        "Tellingen die andere schrijfacties bijhouden, verschuiven `updatedAt` niet: `supporterCount` "
        "en `counts` (ideeën, steun, deelnemers, open taken, budget). Wat ze doet veranderen, staat als "
        "gebeurtenis in `GET /events` (een nieuw idee, een teamwijziging, een taak, budget), steun niet: "
        "haal de opgave daarvoor opnieuw op."
    ),
]


def _viewer(request: AnyRequest) -> UUID | None:
    principal = principal_of(request)
    return principal.account_id if isinstance(principal, Person) else None


OPGAVE = Resource(OpgaveRead, queries.get_opgave, "/opgaven", _viewer)


class OpgaveController(Controller):
    """Opgaven: gedeelde lokale maatschappelijke opgaven."""

    path = "/opgaven"
    tags = ["Opgaven"]

    @get("", opt=access(everyone), response_headers=[LINK_HEADER])
    async def list_opgaven(
        self,
        request: AnyRequest,
        db: Db,
        municipality: MunicipalityParam = "",
        phase: PhaseParam = None,
        domain: DomainParam = "",
        organisation: OrganisationParam = None,
        q: SearchParam = "",
        sort: SortParam = OpgaveSort.NEWEST,
        updated_since: UpdatedSince = None,
        limit: Limit = 20,
        cursor: Cursor = "",
    ) -> Response[OpgavePage]:
        municipality_id = await municipality_id_of(db, municipality) if municipality else None
        if municipality and municipality_id is None:
            return page_response(
                request, OpgavePage(items=[], next_cursor=None)
            )  # a filter that matches nothing
        filters = OpgaveFilter(
            municipality_id=municipality_id,
            phase=phase,
            domain=domain,
            organisation_id=organisation,
            q=q.strip(),
            updated_since=since(updated_since),
            drafts_in=tuple(staff_municipalities(principal_of(request), "opgaven:read")),
        )
        page = await queries.list_opgaven(db, filters, sort=sort, limit=limit, cursor=cursor)
        return page_response(request, page)

    create_opgave = OPGAVE.create_in_municipality(
        "",
        OpgaveCreate,
        OpgaveService,
        opt=access(run_opgave, target=municipality_from_body()),
        responses=problems(403, 409),
    )

    @get("/{id:uuid}", opt=access(read_opgave, target=opgave_page_from_path), response_headers=[ETAG_HEADER])
    async def get_opgave(self, request: AnyRequest, id: PathId) -> Response[OpgaveRead]:
        loaded = target_of(request).fact(LoadedPage)
        return with_etag(loaded.page, loaded.version)

    update_opgave = OPGAVE.update(
        "/{id:uuid}",
        OpgaveUpdate,
        OpgaveService,
        opt=access(run_opgave, target=opgave_from_path),
        responses=problems(403, 412, 428),
    )

    @post(
        "/{id:uuid}/phase-transitions",
        opt=access(procesregisseur | role(Role.BEHEERDER) | scope("opgaven:write"), target=opgave_from_path),
        responses=problems(409),
    )
    async def transition_opgave_phase(
        self, id: PathId, data: JSONBody[PhaseTransitionCreate], uow: Uow
    ) -> PhaseTransitionRead:
        before, after, direction = await OpgaveService(uow).transition(id, data)
        return PhaseTransitionRead(
            from_phase=before,
            to_phase=after,
            direction=direction,
            reason=data.reason.strip(),
            created_at=utcnow(),
        )

    @put(
        "/{id:uuid}/following", status_code=204, opt=access(signed_in & read_opgave, target=opgave_from_path)
    )
    async def follow_opgave(self, request: AnyRequest, id: PathId, uow: Uow) -> None:
        await OpgaveService(uow).follow(id, municipality_of(request), person_of(request))

    @delete("/{id:uuid}/following", opt=access(signed_in & read_opgave, target=opgave_from_path))
    async def unfollow_opgave(self, request: AnyRequest, id: PathId, uow: Uow) -> None:
        await OpgaveService(uow).unfollow(id, municipality_of(request), person_of(request))


DomainSlugPath = Annotated[
    str,
    PathParameter(max_length=60, pattern=r"^[a-z0-9-]+$", description="De korte naam van het beleidsdomein."),
]


class DomainController(Controller):
    """Beleidsdomeinen van een gemeente."""

    path = "/municipalities/{slug:str}/domains"
    tags = ["Opgaven"]
    target = municipality_from_path()

    @get("", opt=access(everyone))
    async def list_policy_domains(self, request: AnyRequest, db: Db, slug: Slug) -> DomainList:
        return await queries.domains(db, municipality_of(request))

    @post("", opt=access(role(Role.BEHEERDER)), responses=problems(401, 403, 409))
    async def create_policy_domain(
        self, request: AnyRequest, slug: Slug, data: JSONBody[DomainCreate], uow: Uow
    ) -> DomainRead:
        return await PolicyDomainService(uow).create(municipality_of(request), data)

    @patch("/{domain:str}", opt=access(role(Role.BEHEERDER)), responses=problems(401, 403, 404))
    async def rename_policy_domain(
        self, request: AnyRequest, slug: Slug, domain: DomainSlugPath, data: JSONBody[DomainUpdate], uow: Uow
    ) -> DomainRead:
        return await PolicyDomainService(uow).rename(municipality_of(request), domain, data)

    @delete("/{domain:str}", opt=access(role(Role.BEHEERDER)), responses=problems(401, 403, 404, 409))
    async def delete_policy_domain(
        self, request: AnyRequest, slug: Slug, domain: DomainSlugPath, uow: Uow
    ) -> None:
        await PolicyDomainService(uow).remove(municipality_of(request), domain)
