"""Targets of role-assignment routes."""

from typing import Any

from litestar.connection import ASGIConnection

from api.lib.access import Target
from api.lib.errors import NotFound


async def role_assignment_from_path(connection: ASGIConnection[Any, Any, Any, Any]) -> Target:
    row = await connection.app.state.db.fetchrow(
        "SELECT municipality_id FROM role_assignments WHERE id = $1",
        connection.path_params.get("id"),
    )
    if row is None:
        raise NotFound("Deze rol bestaat niet.")
    return Target(municipality_id=row["municipality_id"], public=False)
