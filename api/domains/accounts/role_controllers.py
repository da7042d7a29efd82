"""Roles in a municipality, for its beheerders."""

from typing import Annotated

from litestar import Response, delete, get, patch
from litestar.params import JSONBody, QueryParameter

from api.db.connection import Db
from api.db.uow import Uow
from api.domains.accounts import queries
from api.domains.accounts.guards import role_assignment_from_path
from api.domains.accounts.models import RoleName
from api.domains.accounts.role_services import RoleService
from api.domains.accounts.schemas import RoleAssignmentPage, RoleAssignmentRead, RoleAssignmentUpdate
from api.domains.municipalities.guards import municipality_from_path
from api.domains.municipalities.schemas import Slug
from api.lib.access import Role, access, role, target_of
from api.lib.openapi import problems
from api.lib.pagination import LINK_HEADER, Cursor, Limit, page_response
from api.lib.routes import AnyRequest, Controller, PathId

RoleParam = Annotated[RoleName | None, QueryParameter(name="role", description="Alleen deze rol.")]
beheerder = role(Role.BEHEERDER)


class MunicipalityRoleController(Controller):
    """Rollen in een gemeente. Iemand een rol geven is een uitnodiging: die route staat bij de
    uitnodigingen (``api.domains.invitations.controllers``)."""

    path = "/municipalities/{slug:str}/role-assignments"
    tags = ["Account"]

    @get("", opt=access(beheerder, target=municipality_from_path()), response_headers=[LINK_HEADER])
    async def list_role_assignments(
        self,
        request: AnyRequest,
        db: Db,
        slug: Slug,
        role: RoleParam = None,
        limit: Limit = 20,
        cursor: Cursor = "",
    ) -> Response[RoleAssignmentPage]:
        municipality_id = target_of(request).municipality_id
        assert municipality_id is not None
        page = await queries.list_role_assignments(
            db, municipality_id, role=role.value if role else None, limit=limit, cursor=cursor
        )
        return page_response(request, page)


class RoleAssignmentController(Controller):
    """Eén rol wijzigen of intrekken."""

    path = "/role-assignments"
    tags = ["Account"]
    target = role_assignment_from_path

    @patch("/{id:uuid}", opt=access(beheerder), responses=problems(409))
    async def change_role(
        self, id: PathId, data: JSONBody[RoleAssignmentUpdate], uow: Uow
    ) -> RoleAssignmentRead:
        await RoleService(uow).change(id, data.role)
        return await uow.read(queries.get_role_assignment, id)

    @delete("/{id:uuid}", opt=access(beheerder), responses=problems(409))
    async def remove_role(self, id: PathId, uow: Uow) -> None:
        await RoleService(uow).remove(id)
