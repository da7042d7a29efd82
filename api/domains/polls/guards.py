"""Targets and rules of poll routes: they act on the opgave the poll belongs to. A draft poll is
staff's own: for anyone else it does not exist."""

from dataclasses import dataclass, replace
from typing import Any
from uuid import UUID

from litestar.connection import ASGIConnection

from api.domains.opgaven.guards import load_opgave, published
from api.domains.polls.models import PollStatus
from api.lib.access import Check, Rule, Target, scope, staff, verified
from api.lib.errors import NotFound


@dataclass(frozen=True, slots=True)
class PollFacts:
    """The poll a route acts on, and (for an answer's route) the answer."""

    poll_id: UUID
    status: PollStatus
    anonymous: bool
    answer_id: UUID | None = None


def poll_of(target: Target) -> PollFacts:
    return target.fact(PollFacts)


async def _poll_target(
    connection: ASGIConnection[Any, Any, Any, Any], row: Any, answer_id: Any = None
) -> Target:
    facts = PollFacts(row["poll_id"], PollStatus(row["status"]), row["anonymous"], answer_id)
    target = await load_opgave(connection, row["opgave_id"], facts)
    # A draft exists only for those who may see it (staff): anyone else is told it is not there.
    return replace(target, public=False) if facts.status == PollStatus.DRAFT else target


async def poll_from_path(connection: ASGIConnection[Any, Any, Any, Any]) -> Target:
    row = await connection.app.state.db.fetchrow(
        "SELECT id AS poll_id, opgave_id, status, anonymous FROM polls WHERE id = $1",
        connection.path_params.get("id"),
    )
    if row is None:
        raise NotFound("Deze peiling bestaat niet.")
    return await _poll_target(connection, row)


async def answer_from_path(connection: ASGIConnection[Any, Any, Any, Any]) -> Target:
    row = await connection.app.state.db.fetchrow(
        """SELECT a.id, a.poll_id, p.opgave_id, p.status, p.anonymous
           FROM poll_answers a JOIN polls p ON p.id = a.poll_id WHERE a.id = $1 AND a.body IS NOT NULL""",
        connection.path_params.get("id"),
    )
    if row is None:
        raise NotFound("Dit antwoord bestaat niet.")
    return await _poll_target(connection, row, row["id"])


not_draft: Rule = Check(
    lambda p, t: poll_of(t).status != PollStatus.DRAFT, "als de peiling geen concept meer is", anyone=True
)

read_polls: Rule = (published & not_draft) | staff | scope("opgaven:read")
# Staff of the municipality prepare, open and close polls, and moderate their open answers.
run_polls: Rule = staff
# Anyone with a confirmed address, of any municipality, answers a poll of a published opgave.
answer_polls: Rule = verified & ((published & not_draft) | staff)
report_answers: Rule = verified & ((published & not_draft) | staff)
