"""Roles in a municipality, for its beheerders."""

from typing import Annotated

from litestar import delete, patch
from litestar.params import JSONBody, QueryParameter

from api.db.uow import Uow
from api.domains.accounts import queries
from api.domains.accounts.guards import role_assignment_from_path
from api.domains.accounts.models import RoleName
from api.domains.accounts.role_services import RoleService
from api.domains.accounts.schemas import RoleAssignmentPage, RoleAssignmentRead, RoleAssignmentUpdate
from api.domains.municipalities.guards import municipality_from_path
from api.domains.municipalities.schemas import Slug
from api.lib.access import Role, access, role
from api.lib.openapi import problems
from api.lib.routes import Controller, Filter, PageOf, PathId, page_of_path

ROLE: Filter = (Annotated[RoleName | None, QueryParameter(name="role", description="Alleen deze rol.")], None)
beheerder = role(Role.BEHEERDER)


class MunicipalityRoleController(Controller):
    """Rollen in een gemeente. Iemand een rol geven is een uitnodiging: die route staat bij de
    uitnodigingen (``api.domains.invitations.controllers``)."""

    path = "/municipalities/{slug:str}/role-assignments"
    tags = ["Account"]

    list_role_assignments = page_of_path(
        "",
        opt=access(beheerder, target=municipality_from_path()),
        page=RoleAssignmentPage,
        query=queries.list_role_assignments,
        of=PageOf.municipality(Slug),
        filters={"role": ROLE},
    )


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
