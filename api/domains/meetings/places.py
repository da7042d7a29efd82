"""Registering and cancelling: the statements that keep a meeting within its places, and move the
waiting list up in order of arrival.

Each runs in the caller's transaction on the driver connection and first locks the meeting's row,
so registrations and cancellations of one meeting take turns: under that lock the count of places
taken is exact, the decision (a place or the waiting list) cannot race, and a freed place goes to
the first on the waiting list before anyone else can take it. The database refuses a count above
the capacity (``within_capacity``) and a second live registration of one person
(``uq_meeting_registrations_live``), whatever the code does.
"""

from dataclasses import dataclass
from uuid import UUID

from api.db.connection import Connection
from api.db.sql import changed, unique_or
from api.lib.errors import Conflict, NotFound
from api.lib.ids import new_id

_LOCK = "SELECT capacity, registered_count, status, ends_at <= now() AS past FROM meetings WHERE id = $1 FOR UPDATE"

_PROMOTE = """
UPDATE meeting_registrations SET status = 'registered', updated_at = now()
WHERE id IN (
    SELECT id FROM meeting_registrations WHERE meeting_id = $1 AND status = 'waiting' ORDER BY position LIMIT $2
)
RETURNING id, account_id
"""


@dataclass(frozen=True)
class Registered:
    registration_id: UUID
    status: str


async def register(
    connection: Connection, *, municipality_id: UUID | None, meeting_id: UUID, account_id: UUID
) -> Registered:
    """A place if one is free, else the end of the waiting list; 409 when already registered or closed."""
    meeting = await connection.fetchrow(_LOCK, meeting_id)
    if meeting is None:
        raise NotFound("Deze bijeenkomst bestaat niet.")
    if meeting["status"] != "planned" or meeting["past"]:
        raise Conflict("Aanmelden voor deze bijeenkomst kan niet meer.", code="meeting_closed")
    status = "registered" if meeting["registered_count"] < meeting["capacity"] else "waiting"
    registration_id = new_id()
    with unique_or(Conflict("U bent al aangemeld voor deze bijeenkomst.", code="already_registered")):
        await connection.execute(
            """INSERT INTO meeting_registrations (id, municipality_id, meeting_id, account_id, status)
               VALUES ($1, $2, $3, $4, $5)""",
            registration_id,
            municipality_id,
            meeting_id,
            account_id,
            status,
        )
    if status == "registered":
        await connection.execute(
            "UPDATE meetings SET registered_count = registered_count + 1 WHERE id = $1", meeting_id
        )
    return Registered(registration_id, status)


async def cancel(connection: Connection, registration_id: UUID) -> list[UUID]:
    """Cancel a registration; if it held a place, the first on the waiting list gets it. The
    accounts that moved up (none or one)."""
    meeting_id = await connection.fetchval(
        "SELECT meeting_id FROM meeting_registrations WHERE id = $1", registration_id
    )
    if meeting_id is None:
        raise NotFound("Deze aanmelding bestaat niet.")
    await connection.fetchrow(_LOCK, meeting_id)
    previous = await changed(
        connection,
        """UPDATE meeting_registrations r SET status = 'cancelled', cancelled_at = now(), updated_at = now()
           FROM meeting_registrations before
           WHERE r.id = $1 AND before.id = r.id AND r.status <> 'cancelled'
           RETURNING before.status""",
        registration_id,
        refused=Conflict("Deze aanmelding is al geannuleerd.", code="already_cancelled"),
    )
    if previous["status"] != "registered":
        return []
    await connection.execute(
        "UPDATE meetings SET registered_count = registered_count - 1 WHERE id = $1", meeting_id
    )
    return await fill_places(connection, meeting_id)


async def fill_places(connection: Connection, meeting_id: UUID) -> list[UUID]:
    """Give every free place to the first on the waiting list (the meeting's row is locked)."""
    meeting = await connection.fetchrow(_LOCK, meeting_id)
    assert meeting is not None
    free = meeting["capacity"] - meeting["registered_count"]
    if free <= 0 or meeting["status"] != "planned":
        return []
    moved = await connection.fetch(_PROMOTE, meeting_id, free)
    if moved:
        await connection.execute(
            "UPDATE meetings SET registered_count = registered_count + $2 WHERE id = $1",
            meeting_id,
            len(moved),
        )
    return [row["account_id"] for row in moved]
