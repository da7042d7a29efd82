"""Tasks of an opgave, claims on them by partner organisations, and their progress."""

from datetime import datetime
from typing import Annotated
from uuid import UUID

from litestar import Response, delete, get, patch, post
from litestar.params import JSONBody, QueryParameter

from api.db.connection import Db
from api.db.uow import HOT_WRITE, Uow
from api.domains.opgaven.guards import opgave_from_path, partner_on_team, published
from api.domains.organisations.guards import organisation_from_path, organisation_member
from api.domains.tasks import queries
from api.domains.tasks.guards import claim_from_path, task_from_path
from api.domains.tasks.models import TaskStatus
from api.domains.tasks.queries import TaskFilter
from api.domains.tasks.schemas import (
    ClaimCreate,
    ClaimPage,
    ClaimRead,
    ClaimUpdate,
    ProgressUpdateCreate,
    ProgressUpdatePage,
    ProgressUpdateRead,
    TaskCreate,
    TaskPage,
    TaskRead,
    TaskUpdate,
)
from api.domains.tasks.services import ClaimService, TaskService, claim_task
from api.lib import pagination
from api.lib.access import access, scope, signed_in, staff, target_of
from api.lib.openapi import problems
from api.lib.pagination import LINK_HEADER, Cursor, Limit, page_response, since, updated_since
from api.lib.routes import AnyRequest, Controller, PathId, Resource, page_of_path, viewer_of

read_tasks = published | staff | scope("tasks:read")
plan_tasks = staff | scope("tasks:write")
# A member of the claiming organisation; staff of the municipality may step in.
claimant = signed_in & (organisation_member | staff)

StatusParam = Annotated[TaskStatus | None, pagination.status_filter("taken")]
ActionLineParam = Annotated[UUID | None, pagination.action_line_filter("taken")]
OrganisationParam = Annotated[
    UUID | None,
    QueryParameter(name="organisation", description="Alleen taken die deze organisatie nu oppakt."),
]

UpdatedSince = Annotated[
    datetime | None,
    updated_since(
        "Ook `claimedCount`: een claim, of het loslaten ervan, verschuift `updatedAt` van de taak."
    ),
]


TASK = Resource(TaskRead, queries.get_task, "/tasks", viewer_of)


async def _claim(uow: Uow, claim_id: UUID) -> ClaimRead:
    return await uow.read(queries.get_claim, claim_id)


class OpgaveTaskController(Controller):
    """De taken in het plan van een opgave."""

    path = "/opgaven/{id:uuid}/tasks"
    tags = ["Taken"]
    target = opgave_from_path

    @get("", opt=access(read_tasks), response_headers=[LINK_HEADER])
    async def list_tasks(
        self,
        request: AnyRequest,
        db: Db,
        id: PathId,
        status: StatusParam = None,
        action_line: ActionLineParam = None,
        organisation: OrganisationParam = None,
        updated_since: UpdatedSince = None,
        limit: Limit = 20,
        cursor: Cursor = "",
    ) -> Response[TaskPage]:
        filters = TaskFilter(
            opgave_id=id,
            status=status,
            action_line_id=action_line,
            organisation_id=organisation,
            updated_since=since(updated_since),
        )
        viewer = viewer_of(request)
        return page_response(
            request, await queries.list_tasks(db, filters, viewer, limit=limit, cursor=cursor)
        )

    create_task = TASK.create("", TaskCreate, TaskService, opt=access(plan_tasks))


class TaskController(Controller):
    """Eén taak, en haar claims."""

    path = "/tasks/{id:uuid}"
    tags = ["Taken"]
    target = task_from_path

    get_task = TASK.get("", opt=access(read_tasks))

    update_task = TASK.update(
        "", TaskUpdate, TaskService, opt=access(plan_tasks), responses=problems(409, 412, 428)
    )

    @post("/claims", opt=access(signed_in & partner_on_team) | HOT_WRITE, responses=problems(409))
    async def claim_task(
        self, request: AnyRequest, id: PathId, data: JSONBody[ClaimCreate], uow: Uow
    ) -> ClaimRead:
        claim_id = await claim_task(uow, target_of(request), data)
        return await uow.read(queries.get_claim, claim_id)


class ClaimController(Controller):
    """Een claim: bijwerken, overdragen, beëindigen, voortgang melden."""

    path = "/claims/{id:uuid}"
    tags = ["Taken"]
    target = claim_from_path

    @get("", opt=access(read_tasks))
    async def get_claim(self, db: Db, id: PathId) -> ClaimRead:
        found = await queries.get_claim(db, id)
        assert found is not None
        return found

    @patch("", opt=access(claimant), responses=problems(409))
    async def update_claim(
        self, request: AnyRequest, id: PathId, data: JSONBody[ClaimUpdate], uow: Uow
    ) -> ClaimRead:
        await ClaimService(uow).update(target_of(request), id, data)
        return await _claim(uow, id)

    @delete("", opt=access(claimant))
    async def release_claim(self, request: AnyRequest, id: PathId, uow: Uow) -> None:
        await ClaimService(uow).release(target_of(request), id)

    list_progress_updates = page_of_path(
        "/progress-updates", opt=access(read_tasks), page=ProgressUpdatePage, query=queries.progress_updates
    )

    @post("/progress-updates", opt=access(signed_in & organisation_member), responses=problems(409))
    async def report_progress(
        self, request: AnyRequest, id: PathId, data: JSONBody[ProgressUpdateCreate], uow: Uow
    ) -> ProgressUpdateRead:
        update_id = await ClaimService(uow).report(target_of(request), id, data)
        return await uow.read(queries.progress_update, update_id)


class OrganisationClaimController(Controller):
    """De taken die een organisatie oppakt."""

    path = "/organisations/{id:uuid}/task-claims"
    tags = ["Taken"]

    list_organisation_claims = page_of_path(
        "",
        opt=access(signed_in & (organisation_member | staff), target=organisation_from_path),
        page=ClaimPage,
        query=queries.organisation_claims,
    )
