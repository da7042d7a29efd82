"""The read side of meetings: rows straight into structs."""

from datetime import datetime
from typing import Any
from uuid import UUID

from api.db.connection import Connection, Database
from api.db.sql import bind
from api.domains.meetings.models import RegistrationStatus
from api.domains.meetings.schemas import MeetingPage, MeetingRead, MyRegistration, RegistrationRead
from api.lib.pagination import Keyset
from api.lib.rows import from_row
from api.lib.visibility import nobody
from api.settings import API_PREFIX

# $viewer: the account looking (its own registration), or NULL.
_MEETING = """
SELECT m.*,
       (SELECT count(*) FROM meeting_registrations w WHERE w.meeting_id = m.id AND w.status = 'waiting') AS waiting_count,
       mine.id AS my_id, mine.status AS my_status,
       CASE WHEN mine.status = 'waiting' THEN
           (SELECT count(*) FROM meeting_registrations w
            WHERE w.meeting_id = m.id AND w.status = 'waiting' AND w.position <= mine.position) END AS my_waiting_position
FROM meetings m
LEFT JOIN meeting_registrations mine ON mine.meeting_id = m.id AND mine.account_id = {viewer} AND mine.status <> 'cancelled'
"""

_BY_TIME = Keyset(("m.starts_at", "m.id"), (datetime, UUID))


def _read(row: Any) -> MeetingRead:
    mine = None
    if row["my_id"] is not None:
        mine = MyRegistration(
            id=row["my_id"],
            status=RegistrationStatus(row["my_status"]),
            waiting_position=row["my_waiting_position"],
        )
    return from_row(
        MeetingRead,
        {**row, "calendar_url": f"{API_PREFIX}/meetings/{row['id']}/calendar", "my_registration": mine},
    )


async def get_meeting(
    db: Database | Connection, meeting_id: UUID, viewer: UUID | None
) -> tuple[MeetingRead, int] | None:
    sql, args = bind(
        _MEETING.format(viewer="$viewer") + " WHERE m.id = $id", {"id": meeting_id, "viewer": nobody(viewer)}
    )
    row = await db.fetchrow(sql, *args)
    return (_read(row), row["version"]) if row is not None else None


async def list_meetings(
    db: Database, opgave_id: UUID, viewer: UUID | None, *, upcoming: bool, limit: int, cursor: str
) -> MeetingPage:
    """In order of time; with ``upcoming`` only those not yet over."""
    where = ["m.opgave_id = $opgave"]
    if upcoming:
        where.append("m.ends_at > now()")
    rows, next_cursor = await _BY_TIME.fetch(
        db,
        _MEETING.format(viewer="$viewer"),
        where,
        {"opgave": opgave_id, "viewer": nobody(viewer)},
        cursor=cursor,
        limit=limit,
    )
    items = [_read(r) for r in rows]
    return MeetingPage(items=items, next_cursor=next_cursor)


async def calendar_rows(
    db: Database, *, opgave_id: UUID | None = None, meeting_id: UUID | None = None
) -> list[Any]:
    """The meetings a calendar holds: one, or an opgave's (at most a thousand, the latest)."""
    if meeting_id is not None:
        return list(await db.fetch("SELECT * FROM meetings WHERE id = $1", meeting_id))
    return list(
        await db.fetch(
            "SELECT * FROM (SELECT * FROM meetings WHERE opgave_id = $1 ORDER BY starts_at DESC LIMIT 1000) m ORDER BY starts_at, id",
            opgave_id,
        )
    )


async def get_registration(db: Database | Connection, registration_id: UUID) -> RegistrationRead | None:
    row = await db.fetchrow(
        """SELECT r.id, r.meeting_id, r.status, r.created_at,
                  CASE WHEN r.status = 'waiting' THEN
                      (SELECT count(*) FROM meeting_registrations w
                       WHERE w.meeting_id = r.meeting_id AND w.status = 'waiting' AND w.position <= r.position) END
                  AS waiting_position
           FROM meeting_registrations r WHERE r.id = $1""",
        registration_id,
    )
    return from_row(RegistrationRead, row) if row is not None else None
