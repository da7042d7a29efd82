"""Targets and object rules of comment routes."""

from typing import Any

from litestar.connection import ASGIConnection

from api.domains.opgaven.guards import load_opgave
from api.lib.access import Check, Person, Rule, Target
from api.lib.errors import NotFound


async def comment_from_path(connection: ASGIConnection[Any, Any, Any, Any]) -> Target:
    row = await connection.app.state.db.fetchrow(
        "SELECT id, opgave_id, author_id FROM comments WHERE id = $1", connection.path_params.get("id")
    )
    if row is None:
        raise NotFound("Deze reactie bestaat niet.")
    return await load_opgave(connection, row["opgave_id"], comment_id=row["id"], author_id=row["author_id"])


comment_author: Rule = Check(
    lambda p, t: isinstance(p, Person) and p.account_id == t["author_id"], "de auteur van de reactie"
)
