"""Formulations, action lines and the team of an opgave."""

from litestar import Response, delete, get, patch, post
from litestar.params import JSONBody

from api.db.connection import Db
from api.db.uow import Uow
from api.domains.opgaven import queries
from api.domains.opgaven.controllers import read_opgave, run_opgave
from api.domains.opgaven.guards import child_of_opgave, opgave_from_path, published, the_invitee
from api.domains.opgaven.schemas import (
    ActionLineCreate,
    ActionLineList,
    ActionLineRead,
    ActionLineUpdate,
    FormulationCreate,
    FormulationPage,
    FormulationRead,
    TeamMemberPage,
    TeamMemberRead,
    TeamMemberUpdate,
)
from api.domains.opgaven.team_services import ActionLineService, FormulationService, TeamService
from api.lib.access import Person, access, principal_of, scope, staff, target_of, verified
from api.lib.etag import ETAG_HEADER
from api.lib.openapi import problems
from api.lib.pagination import LINK_HEADER, Cursor, Limit, page_response
from api.lib.routes import (
    AnyRequest,
    Controller,
    PathId,
    Resource,
    delete_of_path,
    municipality_of,
    page_of_path,
)

formulation_from_path = child_of_opgave("formulations", "formulering")
action_line_from_path = child_of_opgave("action_lines", "actielijn")
member_from_path = child_of_opgave("opgave_members", "deelnemer")


ACTION_LINE = Resource(ActionLineRead, queries.action_line, "/action-lines")


class FormulationController(Controller):
    """Formuleringen van de opgave: iedereen mag er een voorstellen, de gemeente neemt er een aan."""

    path = ""
    tags = ["Opgaven"]

    list_formulations = page_of_path(
        "/opgaven/{id:uuid}/formulations",
        opt=access(read_opgave, target=opgave_from_path),
        page=FormulationPage,
        query=queries.formulations,
    )

    @post(
        "/opgaven/{id:uuid}/formulations", opt=access((verified & published) | staff, target=opgave_from_path)
    )
    async def propose_formulation(
        self, request: AnyRequest, id: PathId, data: JSONBody[FormulationCreate], uow: Uow
    ) -> Response[FormulationRead]:
        formulation_id = await FormulationService(uow).propose(id, municipality_of(request), data)
        found = await uow.read(queries.formulation, formulation_id)
        return Response(found, status_code=201)

    @post(
        "/formulations/{id:uuid}/adoption",
        opt=access(staff, target=formulation_from_path),
        responses=problems(409),
    )
    async def adopt_formulation(self, id: PathId, uow: Uow) -> FormulationRead:
        await FormulationService(uow).adopt(id)
        return await uow.read(queries.formulation, id)


class ActionLineController(Controller):
    """Actielijnen: de lijnen van het plan van aanpak."""

    path = ""
    tags = ["Opgaven"]

    @get("/opgaven/{id:uuid}/action-lines", opt=access(read_opgave, target=opgave_from_path))
    async def list_action_lines(self, db: Db, id: PathId) -> ActionLineList:
        return await queries.action_lines(db, id)

    @post(
        "/opgaven/{id:uuid}/action-lines",
        opt=access(run_opgave, target=opgave_from_path),
        response_headers=[ETAG_HEADER],
    )
    async def create_action_line(
        self, request: AnyRequest, id: PathId, data: JSONBody[ActionLineCreate], uow: Uow
    ) -> Response[ActionLineRead]:
        line_id = await ActionLineService(uow).create(id, municipality_of(request), data)
        return await ACTION_LINE.created(request, uow, line_id)

    get_action_line = ACTION_LINE.get(
        "/action-lines/{id:uuid}", opt=access(read_opgave, target=action_line_from_path)
    )

    update_action_line = ACTION_LINE.update(
        "/action-lines/{id:uuid}",
        ActionLineUpdate,
        ActionLineService,
        opt=access(run_opgave, target=action_line_from_path),
        responses=problems(412, 428),
    )

    delete_action_line = delete_of_path(
        "/action-lines/{id:uuid}",
        ActionLineService,
        opt=access(run_opgave, target=action_line_from_path),
        responses=problems(412, 428),
    )


class TeamController(Controller):
    """Het team van een opgave: personen en organisaties met een rol."""

    path = ""
    tags = ["Opgaven"]

    @get(
        "/opgaven/{id:uuid}/members",
        opt=access(read_opgave, target=opgave_from_path),
        response_headers=[LINK_HEADER],
    )
    async def list_team_members(
        self, request: AnyRequest, db: Db, id: PathId, limit: Limit = 20, cursor: Cursor = ""
    ) -> Response[TeamMemberPage]:
        principal = principal_of(request)
        viewer = principal.account_id if isinstance(principal, Person) else None
        everyone = staff.allows(principal, target_of(request))
        page = await queries.members(db, id, everyone=everyone, viewer=viewer, limit=limit, cursor=cursor)
        return page_response(request, page)

    @patch(
        "/members/{id:uuid}",
        opt=access(staff | the_invitee | scope("opgaven:write"), target=member_from_path),
        responses=problems(409),
    )
    async def update_team_member(
        self, id: PathId, data: JSONBody[TeamMemberUpdate], uow: Uow
    ) -> TeamMemberRead:
        await TeamService(uow).update(id, data)
        return await uow.read(queries.member, id)

    @delete(
        "/members/{id:uuid}",
        opt=access(staff | the_invitee | scope("opgaven:write"), target=member_from_path),
        responses=problems(409),
    )
    async def remove_team_member(self, id: PathId, uow: Uow) -> None:
        await TeamService(uow).remove(id)
