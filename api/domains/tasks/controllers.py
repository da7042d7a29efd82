"""Tasks of an opgave, claims on them by partner organisations, and their progress."""

from datetime import datetime
from typing import Annotated, Any
from uuid import UUID

from litestar import Controller, Request, Response, delete, get, patch, post
from litestar.params import FromPath, JSONBody, QueryParameter

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
from api.lib.access import access, principal_of, scope, signed_in, staff, target_of
from api.lib.openapi import problems
from api.lib.pagination import LINK_HEADER, Cursor, Limit, page_response, since, updated_since
from api.lib.routes import Resource, page_of_path
from api.lib.visibility import Viewer

read_tasks = published | staff | scope("tasks:read")
plan_tasks = staff | scope("tasks:write")
# A member of the claiming organisation; staff of the municipality may step in.
claimant = signed_in & (organisation_member | staff)

StatusParam = Annotated[
    TaskStatus | None, QueryParameter(name="status", description="Alleen taken met deze status.")
]
ActionLineParam = Annotated[
    UUID | None, QueryParameter(name="actionLine", description="Alleen taken bij deze actielijn.")
]
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


def _viewer(request: Request[Any, Any, Any]) -> Viewer:
    return Viewer.of(principal_of(request))


TASK = Resource(TaskRead, queries.get_task, "/tasks", _viewer)


async def _claim(uow: Uow, claim_id: UUID) -> ClaimRead:
    return await uow.read(queries.get_claim, claim_id)


class OpgaveTaskController(Controller):
    """De taken in het plan van een opgave."""

    path = "/opgaven/{id:uuid}/tasks"
    tags = ["Taken"]

    @get(
        "",
        operation_id="ListTasks",
        summary="De taken van een opgave",
        description="In de volgorde waarin ze gepland zijn, met de organisaties die ze nu oppakken.",
        opt=access(read_tasks, target=opgave_from_path),
        response_headers=[LINK_HEADER],
    )
    async def list_tasks(
        self,
        request: Request[Any, Any, Any],
        db: Db,
        id: FromPath[UUID],
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
        viewer = Viewer.of(principal_of(request))
        return page_response(
            request, await queries.list_tasks(db, filters, viewer, limit=limit, cursor=cursor)
        )

    create_task = TASK.create(
        "",
        TaskCreate,
        TaskService,
        operation_id="CreateTask",
        summary="Een taak plannen",
        opt=access(plan_tasks, target=opgave_from_path),
    )


class TaskController(Controller):
    """Eén taak, en haar claims."""

    path = "/tasks/{id:uuid}"
    tags = ["Taken"]

    get_task = TASK.get(
        "",
        operation_id="GetTask",
        summary="Eén taak",
        opt=access(read_tasks, target=task_from_path),
    )

    update_task = TASK.update(
        "",
        TaskUpdate,
        TaskService,
        operation_id="UpdateTask",
        summary="Een taak wijzigen, afronden of annuleren",
        description=(
            "Statussen: open → in uitvoering → klaar, of geannuleerd met een reden (`cancelReason`); "
            "een afgeronde taak kan weer in uitvoering, een geannuleerde weer open. De eerste claim zet een taak in uitvoering."
        ),
        opt=access(plan_tasks, target=task_from_path),
        responses=problems(409, 412, 428),
    )

    @post(
        "/claims",
        operation_id="ClaimTask",
        summary="Een taak oppakken namens een organisatie",
        description=(
            "Voor leden van een partnerorganisatie in het team. Tot de capaciteit vol is; daarna 409 `task_full`. "
            "Een organisatie pakt een taak één keer op (409 `already_claimed`)."
        ),
        opt=access(signed_in & partner_on_team, target=task_from_path) | HOT_WRITE,
        responses=problems(409),
    )
    async def claim(
        self,
        request: Request[Any, Any, Any],
        id: FromPath[UUID],
        data: JSONBody[ClaimCreate],
        uow: Uow,
    ) -> ClaimRead:
        claim_id = await claim_task(uow, target_of(request), data)
        return await uow.read(queries.get_claim, claim_id)


class ClaimController(Controller):
    """Een claim: bijwerken, overdragen, beëindigen, voortgang melden."""

    path = "/claims/{id:uuid}"
    tags = ["Taken"]

    @get(
        "",
        operation_id="GetClaim",
        summary="Eén claim",
        opt=access(read_tasks, target=claim_from_path),
    )
    async def get_claim(self, db: Db, id: FromPath[UUID]) -> ClaimRead:
        found = await queries.get_claim(db, id)
        assert found is not None
        return found

    @patch(
        "",
        operation_id="UpdateClaim",
        summary="Een claim bijwerken of overdragen",
        description="Met `organisationId` gaat de claim over naar een andere organisatie in het team.",
        opt=access(claimant, target=claim_from_path),
        responses=problems(409),
    )
    async def update_claim(
        self, request: Request[Any, Any, Any], id: FromPath[UUID], data: JSONBody[ClaimUpdate], uow: Uow
    ) -> ClaimRead:
        await ClaimService(uow).update(target_of(request), id, data)
        return await _claim(uow, id)

    @delete(
        "",
        operation_id="ReleaseClaim",
        summary="Een claim beëindigen",
        description="De plek op de taak komt vrij. Idempotent: een beëindigde claim blijft beëindigd.",
        opt=access(claimant, target=claim_from_path),
    )
    async def release_claim(self, request: Request[Any, Any, Any], id: FromPath[UUID], uow: Uow) -> None:
        await ClaimService(uow).release(target_of(request), id)

    list_progress = page_of_path(
        "/progress-updates",
        operation_id="ListProgressUpdates",
        summary="De voortgang van een claim",
        opt=access(read_tasks, target=claim_from_path),
        page=ProgressUpdatePage,
        query=queries.progress_updates,
    )

    @post(
        "/progress-updates",
        operation_id="ReportProgress",
        summary="Voortgang melden",
        opt=access(signed_in & organisation_member, target=claim_from_path),
        responses=problems(409),
    )
    async def report(
        self,
        request: Request[Any, Any, Any],
        id: FromPath[UUID],
        data: JSONBody[ProgressUpdateCreate],
        uow: Uow,
    ) -> ProgressUpdateRead:
        update_id = await ClaimService(uow).report(target_of(request), id, data)
        return await uow.read(queries.progress_update, update_id)


class OrganisationClaimController(Controller):
    """De taken die een organisatie oppakt."""

    path = "/organisations/{id:uuid}/task-claims"
    tags = ["Taken"]

    list_claims = page_of_path(
        "",
        operation_id="ListOrganisationClaims",
        summary="De claims van een organisatie",
        description="Nieuwste eerst, ook beëindigde: de werkplaats van een partner.",
        opt=access(signed_in & (organisation_member | staff), target=organisation_from_path),
        page=ClaimPage,
        query=queries.organisation_claims,
    )
