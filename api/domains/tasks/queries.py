"""The read side of tasks and claims: a page of tasks with their claims and ideas in one statement."""

from dataclasses import dataclass
from datetime import datetime
from typing import Any
from uuid import UUID

from api.db.connection import Connection, Database
from api.db.sql import bind
from api.domains.accounts.people import person_json
from api.domains.tasks.models import TaskStatus
from api.domains.tasks.schemas import (
    ClaimPage,
    ClaimRead,
    ProgressUpdatePage,
    ProgressUpdateRead,
    TaskPage,
    TaskRead,
)
from api.lib.pagination import decode_cursor, encode_cursor
from api.lib.rows import from_rows
from api.lib.visibility import Viewer

_CLAIM = f"""json_build_object(
    'id', c.id, 'taskId', c.task_id, 'organisation', json_build_object('id', o.id, 'name', o.name),
    'claimedBy', {person_json("ca", "c.municipality_id")}, 'commitment', c.commitment, 'progressPercent', c.progress_percent,
    'releasedAt', c.released_at, 'createdAt', c.created_at, 'updatedAt', c.updated_at
)"""
_CLAIM_FROM = """
FROM task_claims c JOIN organisations o ON o.id = c.organisation_id LEFT JOIN accounts ca ON ca.id = c.claimed_by_id
"""

_TASK = f"""
SELECT t.id, t.opgave_id, t.title, t.description, t.effort_hours, t.due_date, t.capacity, t.claimed_count,
       t.capacity - t.claimed_count AS places_left, t.skills, t.status, t.cancel_reason, t.created_at, t.updated_at,
       t.version,
       CASE WHEN l.id IS NULL THEN NULL ELSE json_build_object('id', l.id, 'title', l.title) END AS action_line,
       coalesce((SELECT json_agg(json_build_object('id', p.id, 'title', proposal_title(p, $viewer, $staff), 'status', p.status)
                                  ORDER BY p.created_at)
                 FROM task_proposals tp JOIN proposals p ON p.id = tp.proposal_id WHERE tp.task_id = t.id), '[]') AS proposals,
       coalesce((SELECT json_agg({_CLAIM} ORDER BY c.created_at, c.id)
                 {_CLAIM_FROM} WHERE c.task_id = t.id AND c.released_at IS NULL), '[]') AS claims
FROM tasks t LEFT JOIN action_lines l ON l.id = t.action_line_id
"""


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
    values: dict[str, Any] = {
        "opgave": filters.opgave_id,
        "viewer": viewer.account_id,
        "staff": viewer.staff,
        "limit": limit + 1,
    }
    where = ["t.opgave_id = $opgave"]
    if filters.status is not None:
        where.append("t.status = $status")
        values["status"] = filters.status.value
    if filters.action_line_id is not None:
        where.append("t.action_line_id = $line")
        values["line"] = filters.action_line_id
    if filters.organisation_id is not None:
        where.append(
            "EXISTS (SELECT 1 FROM task_claims f WHERE f.task_id = t.id AND f.organisation_id = $org AND f.released_at IS NULL)"
        )
        values["org"] = filters.organisation_id
    if filters.updated_since is not None:
        where.append("t.updated_at >= $updated")
        values["updated"] = filters.updated_since
    after = decode_cursor(cursor, (datetime, UUID))
    if after is not None:
        where.append("(t.created_at, t.id) > ($k1, $k2)")
        values["k1"], values["k2"] = after
    sql, args = bind(f"{_TASK} WHERE {' AND '.join(where)} ORDER BY t.created_at, t.id LIMIT $limit", values)
    rows = await db.fetch(sql, *args)
    items = from_rows(TaskRead, rows[:limit])
    next_cursor = (
        encode_cursor((rows[limit - 1]["created_at"], rows[limit - 1]["id"])) if len(rows) > limit else None
    )
    return TaskPage(items=items, next_cursor=next_cursor)


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
    after = decode_cursor(cursor, (datetime, UUID))
    values: dict[str, Any] = {"org": organisation_id, "limit": limit + 1}
    where = ["c.organisation_id = $org"]
    if after is not None:
        where.append("(c.created_at, c.id) < ($k1, $k2)")
        values["k1"], values["k2"] = after
    sql, args = bind(
        f"SELECT {_CLAIM} AS claim, c.created_at, c.id {_CLAIM_FROM} WHERE {' AND '.join(where)} ORDER BY c.created_at DESC, c.id DESC LIMIT $limit",
        values,
    )
    rows = await db.fetch(sql, *args)
    next_cursor = (
        encode_cursor((rows[limit - 1]["created_at"], rows[limit - 1]["id"])) if len(rows) > limit else None
    )
    return ClaimPage(items=from_rows(ClaimRead, [r["claim"] for r in rows[:limit]]), next_cursor=next_cursor)


_PROGRESS = f"""
SELECT u.id, u.claim_id, u.text, u.percent, u.created_at, {person_json("a", "u.municipality_id")} AS author
FROM progress_updates u LEFT JOIN accounts a ON a.id = u.author_id
"""


async def progress_update(db: Database | Connection, update_id: UUID) -> ProgressUpdateRead | None:
    row = await db.fetchrow(f"{_PROGRESS} WHERE u.id = $1", update_id)
    return from_rows(ProgressUpdateRead, [row])[0] if row else None


async def progress_updates(db: Database, claim_id: UUID, *, limit: int, cursor: str) -> ProgressUpdatePage:
    after = decode_cursor(cursor, (datetime, UUID))
    values: dict[str, Any] = {"claim": claim_id, "limit": limit + 1}
    where = ["u.claim_id = $claim"]
    if after is not None:
        where.append("(u.created_at, u.id) < ($k1, $k2)")
        values["k1"], values["k2"] = after
    sql, args = bind(
        f"{_PROGRESS} WHERE {' AND '.join(where)} ORDER BY u.created_at DESC, u.id DESC LIMIT $limit",
        values,
    )
    rows = await db.fetch(sql, *args)
    next_cursor = (
        encode_cursor((rows[limit - 1]["created_at"], rows[limit - 1]["id"])) if len(rows) > limit else None
    )
    return ProgressUpdatePage(items=from_rows(ProgressUpdateRead, rows[:limit]), next_cursor=next_cursor)
