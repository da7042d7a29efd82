"""The read side of comments: a page of threads, each with its first replies, in one statement."""

from dataclasses import dataclass
from datetime import datetime
from typing import Any
from uuid import UUID

from api.db.connection import Connection, Database
from api.db.sql import bind
from api.domains.accounts.people import person
from api.domains.clients.refs import client_name
from api.domains.comments.schemas import CommentPage, CommentRead, CommentSort, RevisionList, RevisionRead
from api.domains.municipalities.refs import municipality_ref
from api.lib.pagination import Keyset
from api.lib.rows import from_rows
from api.lib.visibility import Viewer


def _fields(c: str, edit_minutes: int) -> str:
    """The JSON fields of comment ``c``. Deleted or hidden, only its place shows:
    a hidden text remains readable to its author and to staff of the municipality."""
    staff = f"{c}.municipality_id = ANY($staff::uuid[])"
    shown = (
        # ``=``, not IS NOT DISTINCT FROM: nobody signed in is not the author of the municipality's comment.
        f"({c}.deleted_at IS NULL AND (NOT {c}.hidden OR $viewer::uuid = {c}.author_id OR {staff}))"
    )
    return f"""
    'id', {c}.id, 'opgaveId', {c}.opgave_id, 'proposalId', {c}.proposal_id, 'taskId', {c}.task_id,
    'parentId', {c}.parent_id,
    'author', CASE WHEN {c}.deleted_at IS NOT NULL THEN NULL ELSE {person(f"{c}.author_id", f"{c}.municipality_id")} END,
    'municipalityAuthor', CASE WHEN {c}.deleted_at IS NULL AND {c}.author_client_id IS NOT NULL THEN json_build_object(
        'municipality', {municipality_ref(f"{c}.municipality_id")},
        'clientName', CASE WHEN {staff} THEN {client_name(f"{c}.author_client_id")} END) END,
    'body', CASE WHEN {shown} THEN {c}.body ELSE '' END,
    'stance', CASE WHEN {shown} THEN {c}.stance END,
    'deleted', {c}.deleted_at IS NOT NULL, 'hidden', {c}.hidden, 'hiddenReason', {c}.hidden_reason,
    'createdAt', {c}.created_at, 'editedAt', {c}.edited_at,
    'editableUntil', {c}.created_at + make_interval(mins => {int(edit_minutes)})
    """


def _thread_sql(edit_minutes: int) -> str:
    return f"""
    SELECT c.id, c.created_at, json_build_object({_fields("c", edit_minutes)},
        'replyCount', c.reply_count,
        'replies', coalesce((
            SELECT json_agg(r.reply ORDER BY r.created_at, r.id) FROM (
                SELECT json_build_object({_fields("x", edit_minutes)}) AS reply, x.created_at, x.id
                FROM comments x
                WHERE x.parent_id = c.id ORDER BY x.created_at, x.id LIMIT 3
            ) r), '[]'::json)
    ) AS comment
    FROM comments c
    """


_SORTS = {
    sort: Keyset(
        ("c.created_at", "c.id"), (datetime, UUID), descending=sort == CommentSort.NEWEST, tag=sort.value
    )
    for sort in CommentSort
}


@dataclass(frozen=True)
class Thread:
    """Which comments: those on an opgave itself, on a proposal, or on a task; or the replies to one."""

    opgave_id: UUID | None = None
    proposal_id: UUID | None = None
    task_id: UUID | None = None
    parent_id: UUID | None = None
    author_id: UUID | None = None


def _where(thread: Thread, values: dict[str, Any]) -> list[str]:
    if thread.author_id is not None:
        values["author"] = thread.author_id
        return ["c.author_id = $author", "c.deleted_at IS NULL"]
    if thread.parent_id is not None:
        values["parent"] = thread.parent_id
        where = ["c.parent_id = $parent"]
    else:
        where = ["c.parent_id IS NULL"]
    # Replies too are looked up within their place, so no path reads another's thread.
    if thread.proposal_id is not None:
        values["proposal"] = thread.proposal_id
        where.append("c.proposal_id = $proposal")
    elif thread.task_id is not None:
        values["task"] = thread.task_id
        where.append("c.task_id = $task")
    else:
        values["opgave"] = thread.opgave_id
        where += ["c.opgave_id = $opgave", "c.proposal_id IS NULL", "c.task_id IS NULL"]
    return where


async def list_comments(
    db: Database,
    thread: Thread,
    viewer: Viewer,
    *,
    sort: CommentSort,
    limit: int,
    cursor: str,
    edit_minutes: int,
) -> CommentPage:
    values: dict[str, Any] = viewer.values()
    where = _where(thread, values)
    rows, next_cursor = await _SORTS[sort].fetch(
        db, _thread_sql(edit_minutes), where, values, cursor=cursor, limit=limit
    )
    return CommentPage(
        items=from_rows(CommentRead, [row["comment"] for row in rows]), next_cursor=next_cursor
    )


async def get_comment(
    db: Database | Connection, comment_id: UUID, viewer: Viewer, edit_minutes: int
) -> CommentRead | None:
    values: dict[str, Any] = {**viewer.values(), "id": comment_id}
    sql, args = bind(f"{_thread_sql(edit_minutes)} WHERE c.id = $id", values)
    row = await db.fetchrow(sql, *args)
    return from_rows(CommentRead, [row["comment"]])[0] if row else None


async def revisions(db: Database, comment_id: UUID) -> RevisionList:
    rows = await db.fetch(
        "SELECT body, stance, created_at AS replaced_at FROM comment_revisions WHERE comment_id = $1 ORDER BY created_at, id",
        comment_id,
    )
    return RevisionList(items=from_rows(RevisionRead, rows))
