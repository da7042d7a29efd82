"""Targets of task and claim routes: they act on the opgave the task belongs to.

Each loads its row and the opgave's target in one statement (claiming is a hot path).
"""

from typing import Any

from litestar.connection import ASGIConnection

from api.domains.opgaven.guards import TARGET_COLUMNS, target_of_row
from api.lib.access import Target
from api.lib.errors import NotFound

_TASK = f"""
SELECT {TARGET_COLUMNS}, t.id AS task_id, t.status AS task_status
FROM tasks t JOIN opgaven o ON o.id = t.opgave_id
WHERE t.id = $1
"""

_CLAIM = f"""
SELECT {TARGET_COLUMNS}, c.id AS claim_id, c.task_id, c.organisation_id, c.released_at
FROM task_claims c JOIN tasks t ON t.id = c.task_id JOIN opgaven o ON o.id = t.opgave_id
WHERE c.id = $1
"""


async def task_from_path(connection: ASGIConnection[Any, Any, Any, Any]) -> Target:
    row = await connection.app.state.db.fetchrow(_TASK, connection.path_params.get("id"))
    if row is None:
        raise NotFound("Deze taak bestaat niet.")
    return target_of_row(row, task_id=row["task_id"], task_status=row["task_status"])


async def claim_from_path(connection: ASGIConnection[Any, Any, Any, Any]) -> Target:
    """A claim, with ``organisation_id`` of the claiming organisation (for ``organisation_member``)."""
    row = await connection.app.state.db.fetchrow(_CLAIM, connection.path_params.get("id"))
    if row is None:
        raise NotFound("Deze claim bestaat niet.")
    return target_of_row(
        row,
        claim_id=row["claim_id"],
        task_id=row["task_id"],
        organisation_id=row["organisation_id"],
        released=row["released_at"] is not None,
    )
