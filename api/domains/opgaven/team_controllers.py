"""Formulations, action lines and the team of an opgave."""

from typing import Any
from uuid import UUID

from litestar import Controller, Request, Response, delete, get, patch, post
from litestar.params import FromPath, JSONBody

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
from api.lib.routes import Resource, delete_of_path, page_of_path

formulation_from_path = child_of_opgave("formulations", "formulering")
action_line_from_path = child_of_opgave("action_lines", "actielijn")
member_from_path = child_of_opgave("opgave_members", "deelnemer")


def _municipality(request: Request[Any, Any, Any]) -> UUID:
    municipality_id = target_of(request).municipality_id
    assert municipality_id is not None
    return municipality_id


ACTION_LINE = Resource(ActionLineRead, queries.action_line, "/action-lines")


class FormulationController(Controller):
    """Formuleringen van de opgave: iedereen mag er een voorstellen, de gemeente neemt er een aan."""

    path = ""
    tags = ["Opgaven"]

    list_formulations = page_of_path(
        "/opgaven/{id:uuid}/formulations",
        operation_id="ListFormulations",
        summary="Alle versies van de formulering",
        opt=access(read_opgave, target=opgave_from_path),
        page=FormulationPage,
        query=queries.formulations,
    )

    @post(
        "/opgaven/{id:uuid}/formulations",
        operation_id="ProposeFormulation",
        summary="Een formulering voorstellen",
        opt=access((verified & published) | staff, target=opgave_from_path),
    )
    async def propose(
        self, request: Request[Any, Any, Any], id: FromPath[UUID], data: JSONBody[FormulationCreate], uow: Uow
    ) -> Response[FormulationRead]:
        formulation_id = await FormulationService(uow).propose(id, _municipality(request), data)
        found = await uow.read(queries.formulation, formulation_id)
        return Response(found, status_code=201)

    @post(
        "/formulations/{id:uuid}/adoption",
        operation_id="AdoptFormulation",
        summary="Een formulering aannemen als de geldende",
        description=(
            "De vorige versies blijven bewaard; de aanname komt op de tijdlijn. Een eerdere versie kan "
            "opnieuw worden aangenomen; de geldende nog eens aannemen is 409 `already_adopted`."
        ),
        opt=access(staff, target=formulation_from_path),
        responses=problems(409),
    )
    async def adopt(self, id: FromPath[UUID], uow: Uow) -> FormulationRead:
        await FormulationService(uow).adopt(id)
        return await uow.read(queries.formulation, id)


class ActionLineController(Controller):
    """Actielijnen: de lijnen van het plan van aanpak."""

    path = ""
    tags = ["Opgaven"]

    @get(
        "/opgaven/{id:uuid}/action-lines",
        operation_id="ListActionLines",
        summary="De actielijnen van een opgave",
        opt=access(read_opgave, target=opgave_from_path),
    )
    async def list_lines(self, db: Db, id: FromPath[UUID]) -> ActionLineList:
        return await queries.action_lines(db, id)

    @post(
        "/opgaven/{id:uuid}/action-lines",
        operation_id="CreateActionLine",
        summary="Een actielijn toevoegen",
        opt=access(run_opgave, target=opgave_from_path),
        response_headers=[ETAG_HEADER],
    )
    async def create_line(
        self, request: Request[Any, Any, Any], id: FromPath[UUID], data: JSONBody[ActionLineCreate], uow: Uow
    ) -> Response[ActionLineRead]:
        line_id = await ActionLineService(uow).create(id, _municipality(request), data)
        return await ACTION_LINE.created(request, uow, line_id)

    get_line = ACTION_LINE.get(
        "/action-lines/{id:uuid}",
        operation_id="GetActionLine",
        summary="Eén actielijn",
        opt=access(read_opgave, target=action_line_from_path),
    )

    update_line = ACTION_LINE.update(
        "/action-lines/{id:uuid}",
        ActionLineUpdate,
        ActionLineService,
        operation_id="UpdateActionLine",
        summary="Een actielijn wijzigen of verplaatsen",
        opt=access(run_opgave, target=action_line_from_path),
        responses=problems(412, 428),
    )

    delete_line = delete_of_path(
        "/action-lines/{id:uuid}",
        ActionLineService,
        operation_id="DeleteActionLine",
        summary="Een actielijn verwijderen",
        opt=access(run_opgave, target=action_line_from_path),
        responses=problems(412, 428),
    )


class TeamController(Controller):
    """Het team van een opgave: personen en organisaties met een rol."""

    path = ""
    tags = ["Opgaven"]

    @get(
        "/opgaven/{id:uuid}/members",
        operation_id="ListTeamMembers",
        summary="Het team van een opgave",
        opt=access(read_opgave, target=opgave_from_path),
        response_headers=[LINK_HEADER],
    )
    async def list_members(
        self,
        request: Request[Any, Any, Any],
        db: Db,
        id: FromPath[UUID],
        limit: Limit = 20,
        cursor: Cursor = "",
    ) -> Response[TeamMemberPage]:
        principal = principal_of(request)
        viewer = principal.account_id if isinstance(principal, Person) else None
        everyone = staff.allows(principal, target_of(request))
        page = await queries.members(db, id, everyone=everyone, viewer=viewer, limit=limit, cursor=cursor)
        return page_response(request, page)

    @patch(
        "/members/{id:uuid}",
        operation_id="UpdateTeamMember",
        summary="Een uitnodiging aannemen, een verzoek goedkeuren of een rol wijzigen",
        opt=access(staff | the_invitee | scope("opgaven:write"), target=member_from_path),
        responses=problems(409),
    )
    async def update_member(
        self, id: FromPath[UUID], data: JSONBody[TeamMemberUpdate], uow: Uow
    ) -> TeamMemberRead:
        await TeamService(uow).update(id, data)
        return await uow.read(queries.member, id)

    @delete(
        "/members/{id:uuid}",
        operation_id="RemoveTeamMember",
        summary="Iemand van het team halen, of zelf vertrekken",
        opt=access(staff | the_invitee | scope("opgaven:write"), target=member_from_path),
        responses=problems(409),
    )
    async def remove_member(self, id: FromPath[UUID], uow: Uow) -> None:
        await TeamService(uow).remove(id)
