"""Reflection moments of an opgave, the entries written in them, closing and publishing them."""

from dataclasses import replace

from litestar import Response, post
from litestar.params import JSONBody

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
from api.lib.routes import AnyRequest, Controller, PathId, Resource, page_of_path
from api.lib.visibility import Viewer

# The team and staff look back together; the rest of the world reads what is published.
insiders = (signed_in & team_member) | staff | scope("opgaven:read")
# Residents a moment invites write in it, so they read it (and find it in the list) while it is open.
invited = signed_in & invited_resident
read_moment = published_reflection | insiders | invited
participant = signed_in & (team_member | staff | invited_resident)
run_moment = staff | scope("opgaven:write")
close_moment = procesregisseur | role(Role.BEHEERDER)


def reader_of(request: AnyRequest) -> queries.Reader:
    """Whether the caller reads the moments as an insider, and who they are for the linked ideas."""
    principal = principal_of(request)
    return queries.Reader(inside=insiders.allows(principal, target_of(request)), viewer=Viewer.of(principal))


def _may_be_invited(request: AnyRequest) -> bool:
    """Whether residents are invited is per moment: a verified resident also sees the ones that invite them."""
    target = target_of(request)
    return invited.allows(
        principal_of(request), replace(target, facts=(*target.facts, ResidentsInvited(True)))
    )


MOMENT = Resource(ReflectionRead, queries.get_moment, "/reflections", reader_of)


class OpgaveReflectionController(Controller):
    """De reflectiemomenten van een opgave."""

    path = "/opgaven/{id:uuid}/reflections"
    tags = ["Reflectie"]
    target = opgave_from_path

    list_reflections = page_of_path(
        "",
        opt=access(published | insiders),
        page=ReflectionPage,
        query=queries.list_moments,
        viewer=reader_of,
        from_request={"with_invitations": _may_be_invited},
    )

    plan_reflection = MOMENT.create("", ReflectionCreate, ReflectionService, opt=access(run_moment))


class ReflectionController(Controller):
    """Eén reflectiemoment."""

    path = "/reflections/{id:uuid}"
    tags = ["Reflectie"]
    target = reflection_from_path

    get_reflection = MOMENT.get("", opt=access(read_moment))

    update_reflection = MOMENT.update(
        "", ReflectionUpdate, ReflectionService, opt=access(run_moment), responses=problems(409, 412, 428)
    )

    list_reflection_entries = page_of_path(
        "/entries",
        opt=access(participant | scope("opgaven:read")),
        page=EntryPage,
        query=queries.entries,
        limit=50,
    )

    @post("/entries", opt=access(participant), responses=problems(409))
    async def write_reflection_entry(
        self, request: AnyRequest, id: PathId, data: JSONBody[EntryCreate], uow: Uow
    ) -> EntryRead:
        entry_id = await ReflectionService(uow).write(target_of(request), data)
        return await uow.read(queries.get_entry, entry_id)

    @post(
        "/closure",
        status_code=200,
        opt=access(close_moment),
        responses=problems(409),
        response_headers=[ETAG_HEADER],
    )
    async def close_reflection(
        self, request: AnyRequest, id: PathId, data: JSONBody[ClosureCreate], uow: Uow
    ) -> Response[ReflectionRead]:
        await ReflectionService(uow).close(target_of(request), data)
        return await MOMENT.respond(request, uow, id)
