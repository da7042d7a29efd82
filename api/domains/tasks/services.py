"""Tasks and claims: planning work, taking it on, handing it over, reporting progress. The rules live here."""

from uuid import UUID

import msgspec
from sqlalchemy import delete

from api.db.connection import Connection
from api.db.uow import RowService, Service, UnitOfWork
from api.domains.events import outbox
from api.domains.events import types as event_types
from api.domains.notifications.models import NotificationKind
from api.domains.notifications.services import notify
from api.domains.opgaven.guards import opgave_of
from api.domains.opgaven.services import apply_sent_action_line, check_action_line, in_opgave
from api.domains.organisations.guards import OrganisationFacts
from api.domains.proposals.refs import check_of_opgave
from api.domains.tasks import claims
from api.domains.tasks.guards import ClaimFacts, TaskFacts
from api.domains.tasks.models import ProgressUpdate, Task, TaskClaim, TaskProposal, TaskStatus
from api.domains.tasks.schemas import ClaimCreate, ClaimUpdate, ProgressUpdateCreate, TaskCreate, TaskUpdate
from api.lib.access import Person, Target
from api.lib.errors import Conflict, InvalidInput
from api.lib.ids import new_id
from api.lib.schema import apply_sent, sent
from api.lib.time import plausible_dates

# Staff move a task along, or back when it was closed too soon.
MOVES = {
    TaskStatus.OPEN: {TaskStatus.IN_PROGRESS, TaskStatus.DONE, TaskStatus.CANCELLED},
    TaskStatus.IN_PROGRESS: {TaskStatus.OPEN, TaskStatus.DONE, TaskStatus.CANCELLED},
    TaskStatus.DONE: {TaskStatus.IN_PROGRESS},
    TaskStatus.CANCELLED: {TaskStatus.OPEN},
}
_ENDINGS = {TaskStatus.DONE: event_types.TASK_DONE, TaskStatus.CANCELLED: event_types.TASK_CANCELLED}
LABELS = {
    TaskStatus.OPEN: "open",
    TaskStatus.IN_PROGRESS: "in uitvoering",
    TaskStatus.DONE: "klaar",
    TaskStatus.CANCELLED: "geannuleerd",
}


def task_event(kind: event_types.EventType, task: Task, actor_id: UUID | None) -> outbox.DomainEvent:
    data = event_types.TaskEventData(opgave_id=task.opgave_id, task_id=task.id, status=task.status.value)
    return outbox.about(kind, "tasks", task, data, actor_id=actor_id)


def claim_event(
    kind: event_types.EventType, target: Target, claim_id: UUID, organisation_id: UUID, actor_id: UUID | None
) -> outbox.DomainEvent:
    """An event about a claim on the target's task; its subject is the task."""
    assert target.municipality_id is not None
    task_id, opgave_id = target.fact(TaskFacts).task_id, opgave_of(target).opgave_id
    data = event_types.TaskClaimedData(
        opgave_id=opgave_id, task_id=task_id, claim_id=claim_id, organisation_id=organisation_id
    )
    return outbox.about(
        kind, "tasks", outbox.Ref(task_id, target.municipality_id, opgave_id), data, actor_id=actor_id
    )


class TaskService(RowService[Task]):
    model, missing = Task, "Deze taak bestaat niet."

    async def _link_proposals(self, task: Task, proposal_ids: list[UUID]) -> None:
        wanted = list(dict.fromkeys(proposal_ids))
        await check_of_opgave(self.uow.session, task.opgave_id, proposal_ids)
        await self.uow.session.execute(delete(TaskProposal).where(TaskProposal.task_id == task.id))
        for proposal_id in wanted:
            self.uow.session.add(
                TaskProposal(municipality_id=task.municipality_id, task_id=task.id, proposal_id=proposal_id)
            )

    async def create(self, target: Target, data: TaskCreate) -> UUID:
        opgave_id: UUID = opgave_of(target).opgave_id
        plausible_dates(dueDate=data.due_date)
        await check_action_line(await self.uow.connection(), opgave_id, data.action_line_id)
        task = Task(
            **in_opgave(target),
            **sent(data, "action_line_id", "title", "effort_hours", "due_date", "capacity"),
            description=data.description.strip(),
            skills=list(dict.fromkeys(s.lower() for s in data.skills)),
            created_by_id=outbox.actor(self.uow.principal),
        )
        await self.uow.insert(task)
        await self._link_proposals(task, data.proposal_ids)
        await outbox.record(
            await self.uow.connection(),
            task_event(event_types.TASK_PLANNED, task, outbox.actor(self.uow.principal)),
        )
        self.uow.audit("task.created", "task", task.id, task.municipality_id)
        return task.id

    async def update(self, task_id: UUID, data: TaskUpdate, if_match: str) -> None:
        task = await self._locked(task_id, if_match)
        plausible_dates(dueDate=data.due_date or None)
        apply_sent(task, data, "title", "effort_hours", "due_date")
        apply_sent(task, data, "description", clean=str.strip)
        if data.skills is not msgspec.UNSET:
            task.skills = list(dict.fromkeys(s.lower() for s in data.skills))
        await apply_sent_action_line(self.uow, task, data)
        if data.capacity is not msgspec.UNSET:
            if data.capacity < task.claimed_count:
                raise Conflict(
                    f"Er hebben al {task.claimed_count} organisaties deze taak opgepakt; de capaciteit kan niet lager.",
                    code="capacity_below_claims",
                )
            task.capacity = data.capacity
        if data.proposal_ids is not msgspec.UNSET:
            await self._link_proposals(task, data.proposal_ids)
        if data.status is not msgspec.UNSET and data.status != task.status:
            self._move(task, data.status, data.cancel_reason)
            if task.status == TaskStatus.CANCELLED:
                await self._end_claims(task)
            if ended := _ENDINGS.get(task.status):
                await outbox.record(
                    await self.uow.connection(), task_event(ended, task, outbox.actor(self.uow.principal))
                )
        elif data.cancel_reason is not msgspec.UNSET and task.status == TaskStatus.CANCELLED:
            task.cancel_reason = data.cancel_reason.strip() or task.cancel_reason
        self.uow.audit("task.updated", "task", task.id, task.municipality_id)

    async def _end_claims(self, task: Task) -> None:
        """A cancelled task holds no one to it: its running claims end, each with the reason in its
        history, so the partners' workspaces no longer list it as work in hand."""
        connection = await self.uow.connection()
        author, text = outbox.actor(self.uow.principal), f"De taak is geannuleerd: {task.cancel_reason}"
        ended = await connection.fetch(
            """UPDATE task_claims SET released_at = now(), updated_at = now()
               WHERE task_id = $1 AND released_at IS NULL RETURNING id, progress_percent, claimed_by_id""",
            task.id,
        )
        await connection.executemany(
            """INSERT INTO progress_updates (id, municipality_id, claim_id, author_id, text, percent)
               VALUES ($1, $2, $3, $4, $5, $6)""",
            [
                (new_id(), task.municipality_id, row["id"], author, text, row["progress_percent"])
                for row in ended
            ],
        )
        task.claimed_count = 0
        # Whoever speaks for each claim hears it, in the site and by mail.
        for row in ended:
            if row["claimed_by_id"] is not None:
                notify(
                    self.uow,
                    row["claimed_by_id"],
                    NotificationKind.TASK_CANCELLED,
                    title=f"De taak ‘{task.title}’ gaat niet door",
                    body=task.cancel_reason or "",
                    link=f"/taken/{task.id}",
                    municipality_id=task.municipality_id,
                    object_type="task",
                    object_id=task.id,
                )

    def _move(self, task: Task, status: TaskStatus, reason: str | msgspec.UnsetType) -> None:
        current = TaskStatus(task.status)
        if status not in MOVES[current]:
            raise Conflict(
                f"Een taak die {LABELS[current]} is, kan niet {LABELS[status]} worden.",
                code="invalid_status_change",
            )
        text = reason.strip() if isinstance(reason, str) else ""
        if status == TaskStatus.CANCELLED and len(text) < 5:
            raise InvalidInput.one("cancelReason", "required", "Zeg waarom de taak niet doorgaat.")
        task.status = status
        task.cancel_reason = text if status == TaskStatus.CANCELLED else None


async def require_on_team(connection: Connection, target: Target, organisation_id: UUID) -> None:
    """The organisation is an active partner on the task's team, checked inside the transaction."""
    active = await connection.fetchval(
        """SELECT 1 FROM opgave_members
           WHERE opgave_id = $1 AND organisation_id = $2 AND status = 'active'""",
        opgave_of(target).opgave_id,
        organisation_id,
    )
    if active is None:
        raise Conflict("Die organisatie zit niet in het team van deze opgave.", code="not_on_team")


async def claim_task(work: UnitOfWork, target: Target, data: ClaimCreate) -> UUID:
    """Take a place on the task for one of the caller's organisations (a hot write: driver SQL only)."""
    person = work.principal
    assert isinstance(person, Person)
    if data.organisation_id not in person.organisations_in(target.municipality_id):
        raise InvalidInput.one(
            "organisationId",
            "not_a_member",
            "U kunt alleen namens een organisatie waarvan u lid bent een taak oppakken.",
        )
    assert target.municipality_id is not None
    connection = await work.connection()
    await require_on_team(connection, target, data.organisation_id)
    place = await claims.claim(
        connection,
        municipality_id=target.municipality_id,
        task_id=target.fact(TaskFacts).task_id,
        organisation_id=data.organisation_id,
        account_id=person.account_id,
        commitment=data.commitment.strip(),
    )
    claimed = claim_event(
        event_types.TASK_CLAIMED, target, place.claim_id, data.organisation_id, person.account_id
    )
    await outbox.record(connection, claimed)
    work.audit(
        "task.claimed",
        "task_claim",
        place.claim_id,
        target.municipality_id,
        {"task": str(target.fact(TaskFacts).task_id), "organisation": str(data.organisation_id)},
    )
    return place.claim_id


class ClaimService(Service):
    async def update(self, target: Target, claim_id: UUID, data: ClaimUpdate) -> None:
        connection = await self.uow.connection()
        if target.fact(ClaimFacts).released:
            raise Conflict("Deze claim is al beëindigd.", code="claim_released")
        if data.commitment is not msgspec.UNSET:
            await connection.execute(
                "UPDATE task_claims SET commitment = $2, updated_at = now() WHERE id = $1",
                claim_id,
                data.commitment.strip(),
            )
        if (
            data.organisation_id is not msgspec.UNSET
            and data.organisation_id != target.fact(OrganisationFacts).organisation_id
        ):
            await require_on_team(connection, target, data.organisation_id)
            await claims.hand_over(connection, claim_id, data.organisation_id)
            person = self.uow.principal
            self.uow.session.add(
                ProgressUpdate(
                    municipality_id=target.municipality_id,
                    claim_id=claim_id,
                    author_id=person.account_id if isinstance(person, Person) else None,
                    text="De taak is overgedragen aan een andere organisatie in het team.",
                    percent=await connection.fetchval(
                        "SELECT progress_percent FROM task_claims WHERE id = $1", claim_id
                    ),
                )
            )
        self.uow.audit(
            "task_claim.updated",
            "task_claim",
            claim_id,
            target.municipality_id,
            {"handedOverFrom": str(target.fact(OrganisationFacts).organisation_id)}
            if data.organisation_id is not msgspec.UNSET
            else {},
        )

    async def release(self, target: Target, claim_id: UUID) -> None:
        released = await claims.release(await self.uow.connection(), claim_id)
        if released:
            organisation_id = target.fact(OrganisationFacts).organisation_id
            released_event = claim_event(
                event_types.CLAIM_RELEASED,
                target,
                claim_id,
                organisation_id,
                outbox.actor(self.uow.principal),
            )
            await outbox.record(await self.uow.connection(), released_event)
            self.uow.audit("task_claim.released", "task_claim", claim_id, target.municipality_id)

    async def report(self, target: Target, claim_id: UUID, data: ProgressUpdateCreate) -> UUID:
        if target.fact(ClaimFacts).released:
            raise Conflict("Deze claim is al beëindigd.", code="claim_released")
        claim = await self.uow.locked(TaskClaim, claim_id, "Deze claim bestaat niet.")
        update = ProgressUpdate(
            id=new_id(),
            municipality_id=claim.municipality_id,
            claim_id=claim.id,
            author_id=self.uow.person.account_id,
            text=data.text.strip(),
            percent=data.percent,
        )
        self.uow.session.add(update)
        claim.progress_percent = data.percent
        # After a hand-over, the first to report becomes the organisation's person for the claim.
        claim.claimed_by_id = claim.claimed_by_id or update.author_id
        self.uow.audit(
            "task_claim.progress", "task_claim", claim.id, claim.municipality_id, {"percent": data.percent}
        )
        return update.id
