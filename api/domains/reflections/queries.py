"""The read side of reflections: a page of moments with their ideas and follow-up in one statement."""

from dataclasses import dataclass
from datetime import date, datetime
from typing import Any
from uuid import UUID

from api.db.connection import Connection, Database
from api.db.sql import bind
from api.domains.accounts.people import person
from api.domains.opgaven.refs import action_line_ref
from api.domains.proposals.refs import linked_proposals
from api.domains.reflections.schemas import EntryPage, EntryRead, ReflectionPage, ReflectionRead
from api.domains.tasks.refs import task_ref
from api.lib.pagination import Keyset, Listing, Where
from api.lib.rows import from_rows
from api.lib.visibility import Viewer

# $inside: the viewer is on the team or staff, who alone read the conclusions and the follow-up;
# $viewer, $staff: for the ideas, what the moderation hid shows by its place only (api.lib.visibility).
_MOMENT = f"""
SELECT r.id, r.opgave_id, r.title, r.held_on, r.phase, r.prompts, r.residents_invited, r.status,
       CASE WHEN $inside THEN r.conclusions ELSE '' END AS conclusions, r.summary, r.published, r.closed_at, r.created_at, r.updated_at, r.version,
       {person("r.closed_by_id", "r.municipality_id")} AS closed_by,
       (SELECT count(*) FROM reflection_entries e WHERE e.moment_id = r.id) AS entry_count,
       {linked_proposals("reflection_proposals", "moment_id", "r.id")} AS proposals,
       coalesce((SELECT json_agg(json_build_object(
                    'kind', f.kind, 'description', f.description, 'formulationId', f.formulation_id,
                    'task', {task_ref("f.task_id")},
                    'actionLine', {action_line_ref("f.action_line_id")}
                 ) ORDER BY f.position)
                 FROM follow_up_actions f
                 WHERE $inside AND f.moment_id = r.id), '[]') AS follow_up
FROM reflection_moments r
"""


@dataclass(frozen=True)
class Reader:
    """Who reads a moment: on the team or staff (``inside``), and who, for the ideas linked to it."""

    inside: bool
    viewer: Viewer

    def values(self) -> dict[str, Any]:
        return {"inside": self.inside, **self.viewer.values()}


_LATEST_HELD = Keyset(("r.held_on", "r.id"), (date, UUID), descending=True)


async def list_moments(
    db: Database,
    opgave_id: UUID,
    reader: Reader,
    *,
    with_invitations: bool = False,
    limit: int,
    cursor: str,
) -> ReflectionPage:
    """Newest first by the date they are held. Outside the team: the published ones, and (for residents
    who may be invited) the ones that invite residents; without their conclusions and follow-up."""
    where = ["r.opgave_id = $opgave"]
    if not reader.inside:
        where.append("(r.published OR r.residents_invited)" if with_invitations else "r.published")
    values = {"opgave": opgave_id, **reader.values()}
    rows, next_cursor = await _LATEST_HELD.fetch(db, _MOMENT, where, values, cursor=cursor, limit=limit)
    return ReflectionPage(items=from_rows(ReflectionRead, rows), next_cursor=next_cursor)


async def get_moment(
    db: Database | Connection, moment_id: UUID, reader: Reader
) -> tuple[ReflectionRead, int] | None:
    sql, args = bind(f"{_MOMENT} WHERE r.id = $moment", {"moment": moment_id, **reader.values()})
    row = await db.fetchrow(sql, *args)
    return (from_rows(ReflectionRead, [row])[0], row["version"]) if row else None


_ENTRY = f"""
SELECT e.id, e.moment_id, e.prompt_index, e.body, e.created_at,
       {person("e.author_id", "e.municipality_id")} AS author
FROM reflection_entries e
"""


_BY_PROMPT = Listing(
    _ENTRY, EntryPage, Keyset(("e.prompt_index", "e.created_at", "e.id"), (int, datetime, UUID))
)


async def entries(db: Database, moment_id: UUID, *, limit: int, cursor: str) -> EntryPage:
    return await _BY_PROMPT.read(db, Where("e.moment_id = $moment", moment=moment_id), cursor, limit)


async def get_entry(db: Database | Connection, entry_id: UUID) -> EntryRead:
    row = await db.fetchrow(f"{_ENTRY} WHERE e.id = $1", entry_id)
    assert row is not None
    return from_rows(EntryRead, [row])[0]
