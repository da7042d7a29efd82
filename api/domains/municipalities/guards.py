"""Targets in a municipality named by slug: in the path, the query or the body."""

import re
from typing import Any
from uuid import UUID

import msgspec
from litestar.connection import ASGIConnection, Request

from api.db.connection import Database
from api.lib.access import Target, TargetLoader
from api.lib.deactivation import refused
from api.lib.errors import InvalidInput, NotFound
from api.lib.http import checked_body

_SLUG = re.compile(r"^[a-z0-9-]{1,60}$")


async def municipality_id_of(db: Database, slug: str, *, deactivated: bool = False) -> UUID | None:
    """The municipality's id; a deactivated one is refused (404 ``municipality_deactivated``)
    unless ``deactivated`` asks for it too."""
    row = await db.fetchrow("SELECT id, name, deactivated_at FROM municipalities WHERE slug = $1", slug)
    if row is None:
        return None
    if row["deactivated_at"] is not None and not deactivated:
        raise refused(row["name"])
    found: UUID = row["id"]
    return found


def municipality_from_path(name: str = "slug", *, deactivated: bool = False) -> TargetLoader:
    """The municipality whose slug is the path parameter ``name``; 404 when there is none, or
    when it is deactivated (unless ``deactivated``: the routes that undo it or export it)."""

    async def load(connection: ASGIConnection[Any, Any, Any, Any]) -> Target:
        slug = str(connection.path_params.get(name, ""))
        db = connection.app.state.db
        found = await municipality_id_of(db, slug, deactivated=deactivated) if _SLUG.match(slug) else None
        if found is None:
            raise NotFound(f"Er is geen gemeente met slug {slug!r}.")
        return Target(municipality_id=found)

    return load


def municipality_from_query(name: str = "municipality") -> TargetLoader:
    """The municipality named in the query (required for lists that only staff may see)."""

    async def load(connection: ASGIConnection[Any, Any, Any, Any]) -> Target:
        slug = connection.query_params.get(name, "")
        if not slug:
            raise InvalidInput.one(name, "required", "Kies een gemeente.")
        found = await municipality_id_of(connection.app.state.db, slug) if _SLUG.match(slug) else None
        if found is None:
            raise NotFound("Deze gemeente bestaat niet.", code="unknown_municipality")
        return Target(municipality_id=found)

    return load


def municipality_from_body(name: str = "municipality") -> TargetLoader:
    """The municipality named in a JSON body, for creating something in it."""

    async def load(connection: ASGIConnection[Any, Any, Any, Any]) -> Target:
        assert isinstance(connection, Request)
        try:
            body = msgspec.json.decode(await checked_body(connection))
        except (msgspec.DecodeError, RecursionError):
            raise InvalidInput.one("body", "malformed_json", "De inhoud is geen geldige JSON.") from None
        slug = body.get(name, "") if isinstance(body, dict) else ""
        found = (
            await municipality_id_of(connection.app.state.db, slug)
            if isinstance(slug, str) and _SLUG.match(slug)
            else None
        )
        if found is None:
            # A reference to something that does not exist: not found, as in a path.
            raise NotFound("Deze gemeente bestaat niet.", code="unknown_municipality")
        return Target(municipality_id=found)

    return load
