"""Claiming and releasing places on a task: the statements that keep a task within its capacity.

Each runs inside the caller's transaction on the driver connection. The claim row goes in first
(the partial unique index refuses a second active claim of one organisation), then one conditional
UPDATE takes a place only while one is left; PostgreSQL re-checks that condition on the newest row
version when parallel claims queue on the task row, so no read-then-write gap exists.
"""

from dataclasses import dataclass
from uuid import UUID

from api.db.connection import Connection
from api.db.sql import changed, unique_or
from api.lib.errors import Conflict
from api.lib.ids import new_id

_TAKE_PLACE = """
UPDATE tasks SET claimed_count = claimed_count + 1, version = version + 1, updated_at = now(),
                 status = CASE WHEN status = 'open' THEN 'in_progress' ELSE status END
WHERE id = $1 AND claimed_count < capacity AND status IN ('open', 'in_progress')
RETURNING claimed_count
"""

_FREE_PLACE = """
UPDATE tasks SET claimed_count = claimed_count - 1, version = version + 1, updated_at = now(),
                 status = CASE WHEN status = 'in_progress' AND claimed_count = 1 THEN 'open' ELSE status END
WHERE id = $1
"""


@dataclass(frozen=True)
class Place:
    claim_id: UUID
    claimed_count: int


async def claim(
    connection: Connection,
    *,
    municipality_id: UUID,
    task_id: UUID,
    organisation_id: UUID,
    account_id: UUID | None,
    commitment: str,
) -> Place:
    """Take a place on the task for the organisation, or raise 409 ``already_claimed`` / ``task_full``."""
    claim_id = new_id()
    with unique_or(Conflict("Deze organisatie heeft de taak al opgepakt.", code="already_claimed")):
        await connection.execute(
            """INSERT INTO task_claims (id, municipality_id, task_id, organisation_id, claimed_by_id, commitment)
               VALUES ($1, $2, $3, $4, $5, $6)""",
            claim_id,
            municipality_id,
            task_id,
            organisation_id,
            account_id,
            commitment,
        )
    count = await connection.fetchval(_TAKE_PLACE, task_id)
    if count is None:
        # The caller's transaction rolls back, and the claim row with it.
        status = await connection.fetchval("SELECT status FROM tasks WHERE id = $1", task_id)
        if status in ("done", "cancelled"):
            raise Conflict("Deze taak is afgerond of geannuleerd.", code="task_closed")
        raise Conflict("Deze taak heeft geen plek meer vrij.", code="task_full")
    return Place(claim_id, count)


async def release(connection: Connection, claim_id: UUID) -> bool:
    """End a claim and free its place; ``False`` if it had already ended (nothing changes)."""
    task_id = await connection.fetchval(
        "UPDATE task_claims SET released_at = now(), updated_at = now() WHERE id = $1 AND released_at IS NULL RETURNING task_id",
        claim_id,
    )
    if task_id is None:
        return False
    await connection.execute(_FREE_PLACE, task_id)
    return True


async def hand_over(connection: Connection, claim_id: UUID, organisation_id: UUID) -> None:
    """The claim passes to another organisation; the task keeps the same number of places taken.
    Nobody of that organisation has spoken for it yet, so it names no person until one reports."""
    with unique_or(Conflict("Die organisatie heeft de taak al opgepakt.", code="already_claimed")):
        await changed(
            connection,
            """UPDATE task_claims SET organisation_id = $2, claimed_by_id = NULL, updated_at = now()
               WHERE id = $1 AND released_at IS NULL RETURNING id""",
            claim_id,
            organisation_id,
            refused=Conflict("Deze claim is al beëindigd.", code="claim_released"),
        )
