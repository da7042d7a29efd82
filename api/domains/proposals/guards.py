"""Targets and object rules of proposal routes."""

from dataclasses import dataclass
from typing import Any
from uuid import UUID

from litestar.connection import ASGIConnection

from api.domains.opgaven.guards import TARGET_COLUMNS, target_of_row
from api.lib.access import Rule, Target, the_person
from api.lib.errors import NotFound

# The proposal and its opgave's target in one statement: supporting is a hot path.
_PROPOSAL = f"""
SELECT {TARGET_COLUMNS}, p.id AS proposal_id, p.author_id, p.status AS proposal_status, p.hidden AS proposal_hidden
FROM proposals p JOIN opgaven o ON o.id = p.opgave_id
WHERE p.id = $1
"""


@dataclass(frozen=True, slots=True)
class ProposalFacts:
    proposal_id: UUID
    author_id: UUID | None
    status: str
    hidden: bool


async def proposal_from_path(connection: ASGIConnection[Any, Any, Any, Any]) -> Target:
    row = await connection.app.state.db.fetchrow(_PROPOSAL, connection.path_params.get("id"))
    if row is None:
        raise NotFound("Dit idee bestaat niet.")
    return target_of_row(
        row,
        ProposalFacts(row["proposal_id"], row["author_id"], row["proposal_status"], row["proposal_hidden"]),
    )


author: Rule = the_person(lambda t: t.fact(ProposalFacts).author_id, "de auteur van het idee")
