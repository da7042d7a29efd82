"""Targets and object rules of moderation routes.

Content acts through its opgave: a comment or proposal on a draft opgave does not exist for those
who may not see the draft. Appeals and posting blocks are private to their municipality (and
an appeal to its author): for anyone else they do not exist.
"""

from typing import Any

import msgspec
from litestar.connection import ASGIConnection, Request

from api.domains.moderation.content import COLUMNS, THIS, Content, content_of, find_content
from api.domains.moderation.models import ContentType
from api.domains.moderation.schemas import ModerationDecisionCreate
from api.domains.opgaven.guards import load_opgave
from api.lib.access import Rule, Target, in_municipality, the_person
from api.lib.errors import InvalidInput, NotFound
from api.lib.http import checked_body
from api.lib.validation import decode_strict

author: Rule = the_person(lambda t: t.fact(Content).author_id, "de schrijver van de inhoud")


async def _content_target(connection: ASGIConnection[Any, Any, Any, Any], content: Content) -> Target:
    return await load_opgave(connection, content.opgave_id, content)


def content_from_path(kind: ContentType) -> Any:
    """The comment or proposal in the path, acting on its opgave."""

    async def load(connection: ASGIConnection[Any, Any, Any, Any]) -> Target:
        content = await find_content(connection.app.state.db, kind, connection.path_params.get("id"))
        if content is None:
            raise NotFound(f"{THIS[kind].capitalize()} bestaat niet.")
        return await _content_target(connection, content)

    return load


async def content_from_body(connection: ASGIConnection[Any, Any, Any, Any]) -> Target:
    """The content a decision names in its body; the body must be valid to know which."""
    assert isinstance(connection, Request)
    body = await checked_body(connection)
    if problems := decode_strict(body, ModerationDecisionCreate):
        raise InvalidInput(
            f"{len(problems)} probleem/problemen met de invoer; zie invalidParams.", invalid_params=problems
        )
    data = msgspec.json.decode(body, type=ModerationDecisionCreate)
    content = await find_content(connection.app.state.db, data.target.type, data.target.id)
    if content is None:
        raise NotFound("De inhoud waarover u besluit bestaat niet.")
    return await _content_target(connection, content)


async def decision_from_path(connection: ASGIConnection[Any, Any, Any, Any]) -> Target:
    """A decision, acting on the content it concerns (whose author may see it and object)."""
    db = connection.app.state.db
    row = await db.fetchrow(
        f"SELECT {', '.join(COLUMNS)} FROM moderation_decisions WHERE id = $1",
        connection.path_params.get("id"),
    )
    content = await find_content(db, *content_of(row)) if row is not None else None
    if content is None:
        raise NotFound("Dit besluit bestaat niet.")
    return await _content_target(connection, content)


appeal_from_path = in_municipality(
    "SELECT municipality_id FROM moderation_appeals WHERE id = $1", "Dit bezwaar bestaat niet."
)
posting_block_from_path = in_municipality(
    "SELECT municipality_id FROM posting_blocks WHERE id = $1", "Deze uitsluiting bestaat niet."
)
