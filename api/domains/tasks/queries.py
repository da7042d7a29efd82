"""The read side of tasks and claims: a page of tasks with their claims and ideas in one statement."""

from dataclasses import dataclass
from datetime import datetime
from uuid import UUID

from api.db.connection import Connection, Database
from api.db.sql import bind
from api.domains.accounts.people import person
from api.domains.opgaven.refs import action_line_ref
from api.domains.organisations.refs import organisation_ref
from api.domains.proposals.refs import linked_proposals
from api.domains.tasks.models import TaskStatus
from api.domains.tasks.schemas import (
    ClaimPage,
    ClaimRead,
    ProgressUpdatePage,
    ProgressUpdateRead,
    TaskPage,
    TaskRead,
)
from api.lib.pagination import Keyset, Listing, Where
from api.lib.rows import from_rows
from api.lib.visibility import Viewer

_CLAIM = f"""json_build_object(
    'id', c.id, 'taskId', c.task_id, 'organisation', {organisation_ref("c.organisation_id")},
    'claimedBy', {person("c.claimed_by_id", "c.municipality_id")}, 'commitment', c.commitment,
    'progressPercent', c.progress_percent,
    'releasedAt', c.released_at, 'createdAt', c.created_at, 'updatedAt', c.updated_at
)"""
_CLAIM_FROM = "FROM task_claims c"

_TASK = f"""
SELECT t.id, t.opgave_id, t.title, t.description, t.effort_hours, t.due_date, t.capacity, t.claimed_count,
       t.capacity - t.claimed_count AS places_left, t.skills, t.status, t.cancel_reason, t.created_at, t.updated_at,
       t.version,
       {action_line_ref("t.action_line_id")} AS action_line,
       {linked_proposals("task_proposals", "task_id", "t.id")} AS proposals,
       coalesce((SELECT json_agg({_CLAIM} ORDER BY c.created_at, c.id)
                 {_CLAIM_FROM} WHERE c.task_id = t.id AND c.released_at IS NULL), '[]') AS claims
FROM tasks t
"""
_OLDEST_TASK = Listing(_TASK, TaskPage, Keyset(("t.created_at", "t.id"), (datetime, UUID)))
_NEWEST_CLAIM = Keyset(("c.created_at", "c.id"), (datetime, UUID), descending=True)


@dataclass(frozen=True)
class TaskFilter:
    opgave_id: UUID
    status: TaskStatus | None = None
    action_line_id: UUID | None = None
    organisation_id: UUID | None = None
    updated_since: datetime | None = None


async def list_tasks(
    db: Database, filters: TaskFilter, viewer: Viewer, *, limit: int, cursor: str
) -> TaskPage:
    """The plan's tasks, oldest first (the order they were planned in); ideas the moderation hid by
    their place only, for those who may not read them."""
    where = Where(
        "t.opgave_id = $opgave", opgave=filters.opgave_id, viewer=viewer.account_id, staff=viewer.staff
    ).given(
        {
            "t.status = $status": filters.status,
            "t.action_line_id = $line": filters.action_line_id,
            "EXISTS (SELECT 1 FROM task_claims f WHERE f.task_id = t.id AND f.organisation_id = $org"
            " AND f.released_at IS NULL)": filters.organisation_id,
            "t.updated_at >= $updated": filters.updated_since,
        }
    )
    return await _OLDEST_TASK.read(db, where, cursor, limit)


async def get_task(db: Database | Connection, task_id: UUID, viewer: Viewer) -> tuple[TaskRead, int] | None:
    sql, args = bind(
        f"{_TASK} WHERE t.id = $task", {"task": task_id, "viewer": viewer.account_id, "staff": viewer.staff}
    )
    row = await db.fetchrow(sql, *args)
    return (from_rows(TaskRead, [row])[0], row["version"]) if row else None


async def get_claim(db: Database | Connection, claim_id: UUID) -> ClaimRead | None:
    row = await db.fetchrow(f"SELECT {_CLAIM} AS claim {_CLAIM_FROM} WHERE c.id = $1", claim_id)
    return from_rows(ClaimRead, [row["claim"]])[0] if row else None


async def organisation_claims(db: Database, organisation_id: UUID, *, limit: int, cursor: str) -> ClaimPage:
    """An organisation's claims, newest first, ended ones too."""
    rows, next_cursor = await _NEWEST_CLAIM.fetch(
        db,
        f"SELECT {_CLAIM} AS claim, c.created_at, c.id {_CLAIM_FROM}",
        ["c.organisation_id = $org"],
        {"org": organisation_id},
        cursor=cursor,
        limit=limit,
    )
    return ClaimPage(items=from_rows(ClaimRead, [r["claim"] for r in rows]), next_cursor=next_cursor)


_PROGRESS = f"""
SELECT u.id, u.claim_id, u.text, u.percent, u.created_at, {person("u.author_id", "u.municipality_id")} AS author
FROM progress_updates u
"""


async def progress_update(db: Database | Connection, update_id: UUID) -> ProgressUpdateRead | None:
    row = await db.fetchrow(f"{_PROGRESS} WHERE u.id = $1", update_id)
    return from_rows(ProgressUpdateRead, [row])[0] if row else None


_NEWEST_UPDATE = Listing(
    _PROGRESS, ProgressUpdatePage, Keyset(("u.created_at", "u.id"), (datetime, UUID), descending=True)
)


async def progress_updates(db: Database, claim_id: UUID, *, limit: int, cursor: str) -> ProgressUpdatePage:
    return await _NEWEST_UPDATE.read(db, Where("u.claim_id = $claim", claim=claim_id), cursor, limit)
