"""The read side of reflections: a page of moments with their ideas and follow-up in one statement."""

from dataclasses import dataclass
from datetime import date, datetime
from typing import Any
from uuid import UUID

from api.db.connection import Connection, Database
from api.db.sql import bind
from api.domains.accounts.people import person_json
from api.domains.reflections.schemas import EntryPage, EntryRead, ReflectionPage, ReflectionRead
from api.lib.pagination import decode_cursor, encode_cursor
from api.lib.rows import from_rows
from api.lib.visibility import Viewer

# $inside: the viewer is on the team or staff, who alone read the conclusions and the follow-up;
# $viewer, $staff: for the ideas, what the moderation hid shows by its place only (api.lib.visibility).
_MOMENT = f"""
SELECT r.id, r.opgave_id, r.title, r.held_on, r.phase, r.prompts, r.residents_invited, r.status,
       CASE WHEN $inside THEN r.conclusions ELSE '' END AS conclusions, r.summary, r.published, r.closed_at, r.created_at, r.updated_at, r.version,
       {person_json("c", "r.municipality_id")} AS closed_by,
       (SELECT count(*) FROM reflection_entries e WHERE e.moment_id = r.id) AS entry_count,
       coalesce((SELECT json_agg(json_build_object('id', p.id, 'title', proposal_title(p, $viewer, $staff), 'status', p.status)
                                  ORDER BY p.created_at)
                 FROM reflection_proposals rp JOIN proposals p ON p.id = rp.proposal_id WHERE rp.moment_id = r.id), '[]') AS proposals,
       coalesce((SELECT json_agg(json_build_object(
                    'kind', f.kind, 'description', f.description, 'formulationId', f.formulation_id,
                    'task', CASE WHEN t.id IS NULL THEN NULL ELSE json_build_object('id', t.id, 'title', t.title) END,
                    'actionLine', CASE WHEN l.id IS NULL THEN NULL ELSE json_build_object('id', l.id, 'title', l.title) END
                 ) ORDER BY f.position)
                 FROM follow_up_actions f LEFT JOIN tasks t ON t.id = f.task_id LEFT JOIN action_lines l ON l.id = f.action_line_id
                 WHERE $inside AND f.moment_id = r.id), '[]') AS follow_up
FROM reflection_moments r LEFT JOIN accounts c ON c.id = r.closed_by_id
"""


@dataclass(frozen=True)
class Reader:
    """Who reads a moment: on the team or staff (``inside``), and who, for the ideas linked to it."""

    inside: bool
    viewer: Viewer

    def values(self) -> dict[str, Any]:
        return {"inside": self.inside, "viewer": self.viewer.account_id, "staff": self.viewer.staff}


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
    after = decode_cursor(cursor, (date, UUID))
    values: dict[str, Any] = {"opgave": opgave_id, "limit": limit + 1, **reader.values()}
    where = ["r.opgave_id = $opgave"]
    if not reader.inside:
        where.append("(r.published OR r.residents_invited)" if with_invitations else "r.published")
    if after is not None:
        where.append("(r.held_on, r.id) < ($k1, $k2)")
        values["k1"], values["k2"] = after
    sql, args = bind(
        f"{_MOMENT} WHERE {' AND '.join(where)} ORDER BY r.held_on DESC, r.id DESC LIMIT $limit", values
    )
    rows = await db.fetch(sql, *args)
    next_cursor = (
        encode_cursor((rows[limit - 1]["held_on"], rows[limit - 1]["id"])) if len(rows) > limit else None
    )
    return ReflectionPage(items=from_rows(ReflectionRead, rows[:limit]), next_cursor=next_cursor)


async def get_moment(
    db: Database | Connection, moment_id: UUID, reader: Reader
) -> tuple[ReflectionRead, int] | None:
    sql, args = bind(f"{_MOMENT} WHERE r.id = $moment", {"moment": moment_id, **reader.values()})
    row = await db.fetchrow(sql, *args)
    return (from_rows(ReflectionRead, [row])[0], row["version"]) if row else None


_ENTRY = f"""
SELECT e.id, e.moment_id, e.prompt_index, e.body, e.created_at, {person_json("a", "e.municipality_id")} AS author
FROM reflection_entries e LEFT JOIN accounts a ON a.id = e.author_id
"""


async def entries(db: Database, moment_id: UUID, *, limit: int, cursor: str) -> EntryPage:
    after = decode_cursor(cursor, (int, datetime, UUID))
    values: dict[str, Any] = {"moment": moment_id, "limit": limit + 1}
    where = ["e.moment_id = $moment"]
    if after is not None:
        where.append("(e.prompt_index, e.created_at, e.id) > ($k1, $k2, $k3)")
        values["k1"], values["k2"], values["k3"] = after
    sql, args = bind(
        f"{_ENTRY} WHERE {' AND '.join(where)} ORDER BY e.prompt_index, e.created_at, e.id LIMIT $limit",
        values,
    )
    rows = await db.fetch(sql, *args)
    next_cursor = None
    if len(rows) > limit:
        last = rows[limit - 1]
        next_cursor = encode_cursor((last["prompt_index"], last["created_at"], last["id"]))
    return EntryPage(items=from_rows(EntryRead, rows[:limit]), next_cursor=next_cursor)


async def get_entry(db: Database | Connection, entry_id: UUID) -> EntryRead:
    row = await db.fetchrow(f"{_ENTRY} WHERE e.id = $1", entry_id)
    assert row is not None
    return from_rows(EntryRead, [row])[0]
