"""Targets and object rules of comment routes."""

from dataclasses import dataclass
from typing import Any
from uuid import UUID

from litestar.connection import ASGIConnection

from api.domains.opgaven.guards import load_opgave
from api.lib.access import Check, Person, Rule, Target
from api.lib.errors import NotFound


@dataclass(frozen=True, slots=True)
class CommentFacts:
    author_id: UUID | None


async def comment_from_path(connection: ASGIConnection[Any, Any, Any, Any]) -> Target:
    row = await connection.app.state.db.fetchrow(
        "SELECT opgave_id, author_id FROM comments WHERE id = $1", connection.path_params.get("id")
    )
    if row is None:
        raise NotFound("Deze reactie bestaat niet.")
    return await load_opgave(connection, row["opgave_id"], CommentFacts(row["author_id"]))


comment_author: Rule = Check(
    lambda p, t: isinstance(p, Person) and p.account_id == t.fact(CommentFacts).author_id,
    "de auteur van de reactie",
)
