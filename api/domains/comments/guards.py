"""Targets and object rules of comment routes."""

from dataclasses import dataclass
from typing import Any
from uuid import UUID

from litestar.connection import ASGIConnection

from api.domains.opgaven.guards import load_opgave
from api.lib.access import Check, Person, Rule, Target, row_of_path


@dataclass(frozen=True, slots=True)
class CommentFacts:
    author_id: UUID | None


async def comment_from_path(connection: ASGIConnection[Any, Any, Any, Any]) -> Target:
    row = await row_of_path(
        connection, "SELECT opgave_id, author_id FROM comments WHERE id = $1", "Deze reactie bestaat niet."
    )
    return await load_opgave(connection, row["opgave_id"], CommentFacts(row["author_id"]))


comment_author: Rule = Check(
    lambda p, t: isinstance(p, Person) and p.account_id == t.fact(CommentFacts).author_id,
    "de auteur van de reactie",
)
