"""Reflection moments of an opgave, the entries written in them, closing and publishing them."""

from dataclasses import replace
from typing import Any
from uuid import UUID

from litestar import Controller, Request, Response, get, post
from litestar.params import FromPath, JSONBody

from api.db.connection import Db
from api.db.uow import Uow
from api.domains.opgaven.guards import opgave_from_path, procesregisseur, published, team_member
from api.domains.reflections import queries
from api.domains.reflections.guards import (
    ResidentsInvited,
    invited_resident,
    published_reflection,
    reflection_from_path,
)
from api.domains.reflections.schemas import (
    ClosureCreate,
    EntryCreate,
    EntryPage,
    EntryRead,
    ReflectionCreate,
    ReflectionPage,
    ReflectionRead,
    ReflectionUpdate,
)
from api.domains.reflections.services import ReflectionService
from api.lib.access import Role, access, principal_of, role, scope, signed_in, staff, target_of
from api.lib.etag import ETAG_HEADER
from api.lib.openapi import problems
from api.lib.pagination import LINK_HEADER, Cursor, Limit, page_response
from api.lib.routes import Resource
from api.lib.visibility import Viewer

# The team and staff look back together; the rest of the world reads what is published.
insiders = (signed_in & team_member) | staff | scope("opgaven:read")
# Residents a moment invites write in it, so they read it (and find it in the list) while it is open.
invited = signed_in & invited_resident
read_moment = published_reflection | insiders | invited
participant = signed_in & (team_member | staff | invited_resident)
run_moment = staff | scope("opgaven:write")
close_moment = procesregisseur | role(Role.BEHEERDER)


def reader_of(request: Request[Any, Any, Any]) -> queries.Reader:
    """Whether the caller reads the moments as an insider, and who they are for the linked ideas."""
    principal = principal_of(request)
    return queries.Reader(inside=insiders.allows(principal, target_of(request)), viewer=Viewer.of(principal))


MOMENT = Resource(ReflectionRead, queries.get_moment, "/reflections", reader_of)


class OpgaveReflectionController(Controller):
    """De reflectiemomenten van een opgave."""

    path = "/opgaven/{id:uuid}/reflections"
    tags = ["Reflectie"]

    @get(
        "",
        operation_id="ListReflections",
        summary="De reflectiemomenten van een opgave",
        description=(
            "Het team en medewerkers zien alle momenten; anderen de gepubliceerde, en inwoners met een bevestigd "
            "e-mailadres ook de momenten die inwoners uitnodigen, zonder conclusies en vervolgacties. Nieuwste eerst."
        ),
        opt=access(published | insiders, target=opgave_from_path),
        response_headers=[LINK_HEADER],
    )
    async def list_moments(
        self,
        request: Request[Any, Any, Any],
        db: Db,
        id: FromPath[UUID],
        limit: Limit = 20,
        cursor: Cursor = "",
    ) -> Response[ReflectionPage]:
        principal, target = principal_of(request), target_of(request)
        # Whether residents are invited is per moment: a verified resident also sees the ones that invite them.
        may_be_invited = invited.allows(
            principal,
            replace(target, facts=(*target.facts, ResidentsInvited(True))),
        )
        page = await queries.list_moments(
            db,
            id,
            reader_of(request),
            with_invitations=may_be_invited,
            limit=limit,
            cursor=cursor,
        )
        return page_response(request, page)

    plan = MOMENT.create(
        "",
        ReflectionCreate,
        ReflectionService,
        operation_id="PlanReflection",
        summary="Een reflectiemoment plannen",
        opt=access(run_moment, target=opgave_from_path),
    )


class ReflectionController(Controller):
    """Eén reflectiemoment."""

    path = "/reflections/{id:uuid}"
    tags = ["Reflectie"]

    get_moment = MOMENT.get(
        "",
        operation_id="GetReflection",
        summary="Eén reflectiemoment",
        description=(
            "Wie niet in het team zit en geen medewerker is, leest de openbare samenvatting: de conclusies en "
            "vervolgacties blijven leeg."
        ),
        opt=access(read_moment, target=reflection_from_path),
    )

    update_moment = MOMENT.update(
        "",
        ReflectionUpdate,
        ReflectionService,
        operation_id="UpdateReflection",
        summary="Een reflectiemoment wijzigen of publiceren",
        description="Vragen kunnen veranderen zolang er niets bij geschreven is (409 `prompts_in_use`); publiceren kan na afsluiten.",
        opt=access(run_moment, target=reflection_from_path),
        responses=problems(409, 412, 428),
    )

    @get(
        "/entries",
        operation_id="ListReflectionEntries",
        summary="Wat deelnemers schreven",
        description="Voor het team, medewerkers en (als zij zijn uitgenodigd) inwoners. Per vraag, oudste eerst.",
        opt=access(participant | scope("opgaven:read"), target=reflection_from_path),
        response_headers=[LINK_HEADER],
    )
    async def list_entries(
        self,
        request: Request[Any, Any, Any],
        db: Db,
        id: FromPath[UUID],
        limit: Limit = 50,
        cursor: Cursor = "",
    ) -> Response[EntryPage]:
        return page_response(request, await queries.entries(db, id, limit=limit, cursor=cursor))

    @post(
        "/entries",
        operation_id="WriteReflectionEntry",
        summary="Schrijven bij een vraag",
        description="Zolang het moment open is (anders 409 `reflection_closed`).",
        opt=access(participant, target=reflection_from_path),
        responses=problems(409),
    )
    async def write(
        self, request: Request[Any, Any, Any], id: FromPath[UUID], data: JSONBody[EntryCreate], uow: Uow
    ) -> EntryRead:
        entry_id = await ReflectionService(uow).write(target_of(request), data)
        return await uow.read(queries.get_entry, entry_id)

    @post(
        "/closure",
        operation_id="CloseReflection",
        summary="Een reflectiemoment afsluiten",
        description=(
            "Met conclusies en vervolgacties: een taak, een voorstel voor de formulering, een aangepaste of nieuwe "
            "actielijn, of een notitie. Met `publish` wordt de samenvatting meteen openbaar."
        ),
        status_code=200,
        opt=access(close_moment, target=reflection_from_path),
        responses=problems(409),
        response_headers=[ETAG_HEADER],
    )
    async def close(
        self, request: Request[Any, Any, Any], id: FromPath[UUID], data: JSONBody[ClosureCreate], uow: Uow
    ) -> Response[ReflectionRead]:
        await ReflectionService(uow).close(target_of(request), data)
        return await MOMENT.respond(request, uow, id)
