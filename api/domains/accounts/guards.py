"""Targets of role-assignment routes."""

from typing import Any

from litestar.connection import ASGIConnection

from api.lib.access import Target, row_of_path


async def role_assignment_from_path(connection: ASGIConnection[Any, Any, Any, Any]) -> Target:
    row = await row_of_path(
        connection, "SELECT municipality_id FROM role_assignments WHERE id = $1", "Deze rol bestaat niet."
    )
    return Target(municipality_id=row["municipality_id"], public=False)
