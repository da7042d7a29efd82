"""The read side of budget rounds: SQL straight to structs. Everything here is public with the opgave."""

from datetime import datetime
from typing import Any
from uuid import UUID

from api.db.connection import Connection, Database
from api.domains.divisions.models import Position, RoundStatus
from api.domains.divisions.schemas import (
    BudgetRoundPage,
    BudgetRoundRead,
    DivisionLineRead,
    DivisionProposalRead,
    DivisionResponseRead,
    TeamOrganisation,
)
from api.domains.organisations.refs import organisation_name
from api.domains.tasks.refs import task_ref
from api.lib.pagination import Keyset
from api.lib.rows import from_row
from api.lib.time import utcnow

_ROUND = """SELECT id, budget_id, opgave_id, title, description, respond_by, status, finalised_proposal_id,
       finalised_at, legal_basis, created_at, updated_at, version FROM budget_rounds"""
_PROPOSALS = """SELECT id, round_id, number, current, note, total_cents, created_at FROM division_proposals
WHERE round_id = ANY($1::uuid[]) ORDER BY number DESC"""
_LINES = f"""SELECT l.id, l.proposal_id, l.organisation_id, coalesce({organisation_name("l.organisation_id")}, '') AS organisation_name,
       l.task_id, ({task_ref("l.task_id")})->>'title' AS task_title, l.amount_cents, l.purpose, l.budget_claim_id
FROM division_lines l WHERE l.proposal_id = ANY($1::uuid[]) ORDER BY l.position"""
_RESPONSES = f"""SELECT r.proposal_id, r.organisation_id, coalesce({organisation_name("r.organisation_id")}, '') AS organisation_name,
       r.position, r.reason, r.updated_at AS responded_at
FROM division_responses r WHERE r.proposal_id = ANY($1::uuid[]) ORDER BY r.updated_at, r.organisation_id"""
_NAMES = f"""SELECT o AS id, {organisation_name("o")} AS name FROM unnest($1::uuid[]) AS o"""
_OLDEST = Keyset(("created_at", "id"), (datetime, UUID))


def waiting_for(team: frozenset[UUID], responses: list[DivisionResponseRead]) -> list[UUID]:
    """The team's organisations that did not respond to a proposal, in a stable order."""
    answered = {r.organisation_id for r in responses}
    return sorted(team - answered)


def may_finalise(status: str, respond_by: datetime, team: frozenset[UUID], current: Any) -> bool:
    """The published rule: an open round's current proposal, without objection, once every organisation
    in the team responded or the deadline passed (silence then counts as no objection)."""
    if status != RoundStatus.OPEN or current is None:
        return False
    if any(r.position == Position.OBJECT for r in current.responses):
        return False
    return not waiting_for(team, current.responses) or utcnow() >= respond_by


async def _read(db: Database | Connection, rows: list[Any], team: frozenset[UUID]) -> list[BudgetRoundRead]:
    proposals = await db.fetch(_PROPOSALS, [row["id"] for row in rows])
    ids = [p["id"] for p in proposals]
    lines: dict[UUID, list[DivisionLineRead]] = {i: [] for i in ids}
    for line in await db.fetch(_LINES, ids):
        lines[line["proposal_id"]].append(from_row(DivisionLineRead, line))
    responses: dict[UUID, list[DivisionResponseRead]] = {i: [] for i in ids}
    for r in await db.fetch(_RESPONSES, ids):
        responses[r["proposal_id"]].append(from_row(DivisionResponseRead, r))
    by_round: dict[UUID, list[DivisionProposalRead]] = {row["id"]: [] for row in rows}
    for p in proposals:
        by_round[p["round_id"]].append(
            from_row(DivisionProposalRead, {**p, "lines": lines[p["id"]], "responses": responses[p["id"]]})
        )
    names = {n["id"]: n["name"] or "" for n in await db.fetch(_NAMES, sorted(team))}
    organisations = sorted(
        (TeamOrganisation(organisation_id=i, organisation_name=n) for i, n in names.items()),
        key=lambda o: (o.organisation_name, o.organisation_id),
    )
    found = []
    for row in rows:
        current = next((p for p in by_round[row["id"]] if p.current), None)
        is_open = row["status"] == RoundStatus.OPEN
        found.append(
            from_row(
                BudgetRoundRead,
                {
                    **row,
                    "accepting_responses": is_open and current is not None and utcnow() < row["respond_by"],
                    "open_objections": sum(1 for r in current.responses if r.position == Position.OBJECT)
                    if current is not None and is_open
                    else 0,
                    "can_finalise": may_finalise(row["status"], row["respond_by"], team, current),
                    "organisations": organisations,
                    "waiting_for": waiting_for(team, current.responses)
                    if current is not None and is_open
                    else [],
                    "proposals": by_round[row["id"]],
                },
            )
        )
    return found


async def get_round(
    db: Database | Connection, round_id: UUID, team: frozenset[UUID]
) -> tuple[BudgetRoundRead, int] | None:
    row = await db.fetchrow(f"{_ROUND} WHERE id = $1", round_id)
    if row is None:
        return None
    return (await _read(db, [row], team))[0], row["version"]


async def list_rounds(
    db: Database | Connection, budget_id: UUID, team: frozenset[UUID], *, limit: int, cursor: str
) -> BudgetRoundPage:
    """Oldest first, by (created_at, id)."""
    page, next_cursor = await _OLDEST.fetch(
        db, _ROUND, ["budget_id = $budget"], {"budget": budget_id}, cursor=cursor, limit=limit
    )
    return BudgetRoundPage(items=await _read(db, page, team), next_cursor=next_cursor)
