"""Where money moves: each change to a budget is one conditional UPDATE plus its ledger entry, in the
caller's transaction on the driver connection.

The condition sits in the UPDATE itself (``granted_cents + $amount <= total_cents``), never in a read
before it: parallel grants queue on the budget row and PostgreSQL re-checks the condition against
the newest version of the row, so the pot cannot be overspent. The CHECK constraint on the table is
the second line; the ledger entry carries the state the UPDATE returned.
"""

import json
from dataclasses import dataclass
from typing import Any
from uuid import UUID

from api.db.connection import Connection
from api.domains.budgets.models import LedgerKind
from api.lib.errors import Conflict
from api.lib.ids import new_id

# Runs right after the UPDATE that locked the budget row, so numbering under that lock is safe; the
# unique (budget_id, number) would refuse a duplicate anyway.
_LEDGER = """
INSERT INTO ledger_entries (id, municipality_id, budget_id, number, kind, amount_cents, total_after_cents,
                            granted_after_cents, actor_id, party, reason, object_type, object_id, created_at)
SELECT $1, $2, $3, coalesce(max(number), 0) + 1, $4, $5, $6, $7, $8, $9::text::jsonb, $10, $11, $12, clock_timestamp()
FROM ledger_entries WHERE budget_id = $3
"""


@dataclass(frozen=True)
class State:
    """A budget's state after a change."""

    total_cents: int
    granted_cents: int


@dataclass(frozen=True)
class Party:
    """Who an entry concerns: the funder of a contribution, the recipient of a grant."""

    name: str
    organisation_id: UUID | None

    def as_json(self) -> str:
        # As text, cast in SQL: the same on a pool connection and under SQLAlchemy (their JSON codecs differ).
        return json.dumps(
            {"name": self.name, "organisationId": str(self.organisation_id) if self.organisation_id else None}
        )


async def _record(
    connection: Connection,
    budget: Any,
    kind: LedgerKind,
    amount: int,
    *,
    actor_id: UUID | None,
    party: Party,
    reason: str,
    object_type: str,
    object_id: UUID,
) -> State:
    await connection.execute(
        _LEDGER,
        new_id(),
        budget["municipality_id"],
        budget["id"],
        kind.value,
        amount,
        budget["total_cents"],
        budget["granted_cents"],
        actor_id,
        party.as_json(),
        reason,
        object_type,
        object_id,
    )
    return State(budget["total_cents"], budget["granted_cents"])


async def contribute(
    connection: Connection,
    *,
    budget_id: UUID,
    contribution_id: UUID,
    amount: int,
    actor_id: UUID | None,
    party: Party,
    note: str,
) -> State:
    """Money into the pot; the contribution row is written by the caller."""
    budget = await connection.fetchrow(
        """UPDATE budgets SET total_cents = total_cents + $2, version = version + 1, updated_at = now()
           WHERE id = $1 RETURNING id, municipality_id, total_cents, granted_cents""",
        budget_id,
        amount,
    )
    assert budget is not None
    return await _record(
        connection,
        budget,
        LedgerKind.CONTRIBUTION,
        amount,
        actor_id=actor_id,
        party=party,
        reason=note,
        object_type="contribution",
        object_id=contribution_id,
    )


async def request(connection: Connection, *, budget_id: UUID, amount: int) -> None:
    """A new request counts as open; no more may be asked than the whole pot holds."""
    found = await connection.fetchval(
        """UPDATE budgets SET requested_cents = requested_cents + $2, updated_at = now()
           WHERE id = $1 AND $2 <= total_cents RETURNING id""",
        budget_id,
        amount,
    )
    if found is None:
        raise Conflict("Er wordt meer gevraagd dan het hele budget bevat.", code="exceeds_budget")


async def grant(
    connection: Connection,
    *,
    claim_id: UUID,
    amount: int | None,
    legal_basis: str,
    actor_id: UUID | None,
    party: Party,
) -> State:
    """Grant ``amount`` (or what was asked) of an open request, or raise 409: ``already_decided`` when
    the request is no longer open, ``budget_exceeded`` when the pot cannot bear it. On 409 the
    caller's transaction rolls back, the claim's status change with it."""
    claim = await connection.fetchrow(
        """UPDATE budget_claims SET status = 'granted', granted_cents = coalesce($2, amount_cents), legal_basis = $3,
                  decided_by_id = $4, decided_at = now(), updated_at = now()
           WHERE id = $1 AND status = 'requested' AND coalesce($2, amount_cents) <= amount_cents
           RETURNING budget_id, amount_cents, granted_cents""",
        claim_id,
        amount,
        legal_basis,
        actor_id,
    )
    if claim is None:
        raise Conflict(
            "Over deze aanvraag is al besloten, of er wordt meer toegekend dan gevraagd.",
            code="already_decided",
        )
    budget = await connection.fetchrow(
        """UPDATE budgets SET granted_cents = granted_cents + $2, requested_cents = requested_cents - $3,
                  version = version + 1, updated_at = now()
           WHERE id = $1 AND granted_cents + $2 <= total_cents
           RETURNING id, municipality_id, total_cents, granted_cents""",
        claim["budget_id"],
        claim["granted_cents"],
        claim["amount_cents"],
    )
    if budget is None:
        raise Conflict("Het budget is niet toereikend voor deze toekenning.", code="budget_exceeded")
    return await _record(
        connection,
        budget,
        LedgerKind.GRANT,
        claim["granted_cents"],
        actor_id=actor_id,
        party=party,
        reason=legal_basis,
        object_type="budget_claim",
        object_id=claim_id,
    )


async def reject(connection: Connection, *, claim_id: UUID, reason: str, actor_id: UUID | None) -> None:
    claim = await connection.fetchrow(
        """UPDATE budget_claims SET status = 'rejected', decision_reason = $2, decided_by_id = $3, decided_at = now(),
                  updated_at = now()
           WHERE id = $1 AND status = 'requested' RETURNING budget_id, amount_cents""",
        claim_id,
        reason,
        actor_id,
    )
    if claim is None:
        raise Conflict("Over deze aanvraag is al besloten.", code="already_decided")
    await connection.execute(
        "UPDATE budgets SET requested_cents = requested_cents - $2, updated_at = now() WHERE id = $1",
        claim["budget_id"],
        claim["amount_cents"],
    )


async def withdraw(
    connection: Connection, *, claim_id: UUID, reason: str, actor_id: UUID | None, party: Party
) -> State:
    """Take back a grant: the money returns to what is available."""
    claim = await connection.fetchrow(
        """UPDATE budget_claims SET status = 'withdrawn', withdrawal_reason = $2, withdrawn_at = now(), updated_at = now()
           WHERE id = $1 AND status = 'granted' RETURNING budget_id, granted_cents""",
        claim_id,
        reason,
    )
    if claim is None:
        raise Conflict("Alleen een toekenning kan worden ingetrokken.", code="not_granted")
    budget = await connection.fetchrow(
        """UPDATE budgets SET granted_cents = granted_cents - $2, version = version + 1, updated_at = now()
           WHERE id = $1 RETURNING id, municipality_id, total_cents, granted_cents""",
        claim["budget_id"],
        claim["granted_cents"],
    )
    return await _record(
        connection,
        budget,
        LedgerKind.WITHDRAWAL,
        claim["granted_cents"],
        actor_id=actor_id,
        party=party,
        reason=reason,
        object_type="budget_claim",
        object_id=claim_id,
    )
