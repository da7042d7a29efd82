"""Targets of API-client routes."""

from typing import Any
from uuid import UUID

from litestar.connection import ASGIConnection

from api.lib.access import Target
from api.lib.errors import NotFound


async def api_client_from_path(connection: ASGIConnection[Any, Any, Any, Any]) -> Target:
    """An API client is private to its municipality."""
    client_id = connection.path_params.get("id")
    municipality_id: UUID | None = await connection.app.state.db.fetchval(
        "SELECT municipality_id FROM api_clients WHERE id = $1", client_id
    )
    if municipality_id is None:
        raise NotFound("Deze client bestaat niet.")
    return Target(municipality_id=municipality_id, public=False)
