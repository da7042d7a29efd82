"""Targets of task and claim routes: they act on the opgave the task belongs to."""

from typing import Any

from litestar.connection import ASGIConnection

from api.domains.opgaven.guards import load_opgave
from api.lib.access import Target
from api.lib.errors import NotFound


async def task_from_path(connection: ASGIConnection[Any, Any, Any, Any]) -> Target:
    row = await connection.app.state.db.fetchrow(
        "SELECT id, opgave_id, status FROM tasks WHERE id = $1", connection.path_params.get("id")
    )
    if row is None:
        raise NotFound("Deze taak bestaat niet.")
    return await load_opgave(connection, row["opgave_id"], task_id=row["id"], task_status=row["status"])


async def claim_from_path(connection: ASGIConnection[Any, Any, Any, Any]) -> Target:
    """A claim, with ``organisation_id`` of the claiming organisation (for ``organisation_member``)."""
    row = await connection.app.state.db.fetchrow(
        """SELECT c.id, c.task_id, c.organisation_id, c.released_at, t.opgave_id
           FROM task_claims c JOIN tasks t ON t.id = c.task_id WHERE c.id = $1""",
        connection.path_params.get("id"),
    )
    if row is None:
        raise NotFound("Deze claim bestaat niet.")
    return await load_opgave(
        connection,
        row["opgave_id"],
        claim_id=row["id"],
        task_id=row["task_id"],
        organisation_id=row["organisation_id"],
        released=row["released_at"] is not None,
    )
