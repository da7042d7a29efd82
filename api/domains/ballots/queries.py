"""The read side of ballots: SQL straight to structs. Votes are read only as counts, or by their voter."""

from datetime import datetime
from typing import Any
from uuid import UUID

from api.db.connection import Connection, Database
from api.domains.ballots.models import BallotMethod, BallotStatus
from api.domains.ballots.schemas import (
    BallotOptionRead,
    BallotPage,
    BallotRead,
    BallotResultRow,
    BallotResults,
    VoteRead,
)
from api.domains.ballots.tally import RULE
from api.domains.proposals.queries import titles
from api.lib.pagination import Keyset
from api.lib.rows import from_row
from api.lib.time import utcnow
from api.lib.visibility import Viewer

_BALLOT = """SELECT id, budget_id, opgave_id, title, description, method, amount_cents, max_choices, eligibility,
       opens_at, closes_at, status, tallied_at, voter_count, created_at, updated_at, version FROM ballots"""
_OPTIONS = """SELECT id, ballot_id, proposal_id, cost_cents, votes, rank, funded, award FROM ballot_options
WHERE ballot_id = ANY($1::uuid[]) ORDER BY position"""
_OLDEST_BALLOT = Keyset(("created_at", "id"), (datetime, UUID))


def accepting(row: Any) -> bool:
    """Whether votes count now: open, and within the window."""
    return bool(row["status"] == BallotStatus.OPEN and row["opens_at"] <= utcnow() < row["closes_at"])


async def _read(db: Database | Connection, rows: list[Any], viewer: Viewer) -> list[BallotRead]:
    options = await db.fetch(_OPTIONS, [row["id"] for row in rows])
    named = await titles(db, [o["proposal_id"] for o in options], viewer)
    by_ballot: dict[UUID, list[BallotOptionRead]] = {row["id"]: [] for row in rows}
    for o in options:
        by_ballot[o["ballot_id"]].append(
            from_row(BallotOptionRead, {**o, "title": named.get(o["proposal_id"], "")})
        )
    return [
        from_row(
            BallotRead,
            {**row, "accepting_votes": accepting(row), "rule": RULE, "options": by_ballot[row["id"]]},
        )
        for row in rows
    ]


async def get_ballot(
    db: Database | Connection, ballot_id: UUID, viewer: Viewer
) -> tuple[BallotRead, int] | None:
    row = await db.fetchrow(f"{_BALLOT} WHERE id = $1", ballot_id)
    if row is None:
        return None
    return (await _read(db, [row], viewer))[0], row["version"]


async def list_ballots(
    db: Database | Connection, budget_id: UUID, viewer: Viewer, *, limit: int, cursor: str
) -> BallotPage:
    """Oldest first, by (created_at, id)."""
    page, next_cursor = await _OLDEST_BALLOT.fetch(
        db, _BALLOT, ["budget_id = $budget"], {"budget": budget_id}, cursor=cursor, limit=limit
    )
    return BallotPage(items=await _read(db, page, viewer), next_cursor=next_cursor)


async def my_vote(db: Database | Connection, ballot_id: UUID, account_id: UUID) -> VoteRead | None:
    """The voter's own vote: what they chose, and what is left of the amount."""
    row = await db.fetchrow(
        """SELECT v.choices, v.updated_at, b.amount_cents, b.method,
                  (SELECT coalesce(sum(o.cost_cents), 0) FROM ballot_options o
                   WHERE o.ballot_id = v.ballot_id AND o.id = ANY(v.choices)) AS spent
           FROM ballot_votes v JOIN ballots b ON b.id = v.ballot_id WHERE v.ballot_id = $1 AND v.account_id = $2""",
        ballot_id,
        account_id,
    )
    if row is None:
        return None
    spent = int(row["spent"])
    left = max(row["amount_cents"] - spent, 0) if row["method"] == BallotMethod.KNAPSACK else 0
    return VoteRead(
        ballot_id=ballot_id,
        choices=list(row["choices"]),
        spent_cents=spent,
        left_cents=left,
        updated_at=row["updated_at"],
    )


async def results(db: Database | Connection, ballot_id: UUID, viewer: Viewer) -> BallotResults | None:
    """The tallied result, in the published order; None before the tally."""
    found = await get_ballot(db, ballot_id, viewer)
    if found is None or found[0].tallied_at is None:
        return None
    ballot, tallied_at = found[0], found[0].tallied_at
    rows = sorted(
        (
            BallotResultRow(
                option_id=o.id,
                proposal_id=o.proposal_id,
                title=o.title,
                cost_cents=o.cost_cents,
                votes=o.votes or 0,
                rank=o.rank or 1,
                funded=o.funded,
                award=o.award,
            )
            for o in ballot.options
        ),
        key=lambda r: r.rank,
    )
    return BallotResults(
        ballot_id=ballot.id,
        amount_cents=ballot.amount_cents,
        funded_cents=sum(r.cost_cents for r in rows if r.funded),
        voter_count=ballot.voter_count or 0,
        rule=RULE,
        tallied_at=tallied_at,
        rows=rows,
    )
