"""Targets and object rules of comment routes."""

from dataclasses import dataclass
from uuid import UUID

from api.domains.opgaven.guards import in_opgave
from api.lib.access import Rule, the_person


@dataclass(frozen=True, slots=True)
class CommentFacts:
    author_id: UUID | None


comment_from_path = in_opgave(
    "SELECT opgave_id, author_id FROM comments WHERE id = $1",
    "Deze reactie bestaat niet.",
    lambda row: (CommentFacts(row["author_id"]),),
)


comment_author: Rule = the_person(lambda t: t.fact(CommentFacts).author_id, "de auteur van de reactie")
