"""Where money moves: each change to a budget is one conditional UPDATE plus its ledger entry, in the
caller's transaction on the driver connection.

Money counts only once whoever owns it has confirmed it: a partner's pledge is a row in
``budget_contributions`` that waits (``pending``) until staff of the municipality confirm it; only
``confirm`` puts it in the pot. A confirmed contribution is corrected by an entry, never edited.

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
from api.db.sql import changed
from api.domains.budgets.models import LedgerKind
from api.lib.errors import Conflict, InvalidInput
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


async def confirm(
    connection: Connection, *, contribution_id: UUID, actor_id: UUID | None, party: Party
) -> State:
    """A pledge becomes money in the pot, or 409 ``already_decided`` when it is no longer pending. The
    status change is the condition: of parallel confirmations one counts, the rest find it decided."""
    contribution = await changed(
        connection,
        """UPDATE budget_contributions SET status = 'confirmed', confirmed_cents = amount_cents,
                  decided_by_id = $2, decided_at = now()
           WHERE id = $1 AND status = 'pending' RETURNING budget_id, amount_cents, note""",
        contribution_id,
        actor_id,
        refused=Conflict("Over deze toezegging is al besloten.", code="already_decided"),
    )
    budget = await connection.fetchrow(
        """UPDATE budgets SET total_cents = total_cents + $2, version = version + 1, updated_at = now()
           WHERE id = $1 RETURNING id, municipality_id, total_cents, granted_cents""",
        contribution["budget_id"],
        contribution["amount_cents"],
    )
    assert budget is not None
    return await _record(
        connection,
        budget,
        LedgerKind.CONTRIBUTION,
        contribution["amount_cents"],
        actor_id=actor_id,
        party=party,
        reason=contribution["note"],
        object_type="contribution",
        object_id=contribution_id,
    )


async def reject_pledge(
    connection: Connection, *, contribution_id: UUID, reason: str, actor_id: UUID | None
) -> None:
    """A pledge that never becomes money: no money moved, so no ledger entry."""
    await changed(
        connection,
        """UPDATE budget_contributions SET status = 'rejected', decision_reason = $2, decided_by_id = $3, decided_at = now()
           WHERE id = $1 AND status = 'pending' RETURNING id""",
        contribution_id,
        reason,
        actor_id,
        refused=Conflict("Over deze toezegging is al besloten.", code="already_decided"),
    )


async def correct(
    connection: Connection,
    *,
    contribution_id: UUID,
    amount: int,
    reason: str,
    actor_id: UUID | None,
    party: Party,
) -> tuple[State, int]:
    """A confirmed contribution now counts ``amount``: the difference is a correction entry, up or
    down, and the pot moves by it. 409 ``not_confirmed`` for a pledge still pending or rejected;
    ``below_granted`` when the pot would hold less than is already granted (the condition sits in
    the UPDATE, as for a grant). Returns the state and the amount before."""
    # The row lock orders corrections of one contribution; the amount before is read under it.
    contribution = await connection.fetchrow(
        "SELECT budget_id, status, confirmed_cents FROM budget_contributions WHERE id = $1 FOR UPDATE",
        contribution_id,
    )
    assert contribution is not None
    if contribution["status"] != "confirmed":
        raise Conflict("Alleen een bevestigde bijdrage kan worden gecorrigeerd.", code="not_confirmed")
    before: int = contribution["confirmed_cents"]
    delta = amount - before
    if delta == 0:
        raise InvalidInput.one("amountCents", "unchanged", "Dit is al het bedrag van de bijdrage.")
    await connection.execute(
        "UPDATE budget_contributions SET confirmed_cents = $2 WHERE id = $1", contribution_id, amount
    )
    budget = await changed(
        connection,
        """UPDATE budgets SET total_cents = total_cents + $2, version = version + 1, updated_at = now()
           WHERE id = $1 AND granted_cents <= total_cents + $2
           RETURNING id, municipality_id, total_cents, granted_cents""",
        contribution["budget_id"],
        delta,
        refused=Conflict(
            "Er is al meer toegekend dan het budget na deze correctie zou bevatten.", code="below_granted"
        ),
    )
    state = await _record(
        connection,
        budget,
        LedgerKind.CORRECTION,
        delta,
        actor_id=actor_id,
        party=party,
        reason=reason,
        object_type="contribution",
        object_id=contribution_id,
    )
    return state, before


async def request(connection: Connection, *, budget_id: UUID, amount: int) -> None:
    """A new request counts as open; no more may be asked than the whole pot holds."""
    await changed(
        connection,
        """UPDATE budgets SET requested_cents = requested_cents + $2, updated_at = now()
           WHERE id = $1 AND $2 <= total_cents RETURNING id""",
        budget_id,
        amount,
        refused=Conflict("Er wordt meer gevraagd dan het hele budget bevat.", code="exceeds_budget"),
    )


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
    claim = await changed(
        connection,
        """UPDATE budget_claims SET status = 'granted', granted_cents = coalesce($2, amount_cents), legal_basis = $3,
                  decided_by_id = $4, decided_at = now(), updated_at = now()
           WHERE id = $1 AND status = 'requested' AND coalesce($2, amount_cents) <= amount_cents
           RETURNING budget_id, amount_cents, granted_cents""",
        claim_id,
        amount,
        legal_basis,
        actor_id,
        refused=Conflict(
            "Over deze aanvraag is al besloten, of er wordt meer toegekend dan gevraagd.",
            code="already_decided",
        ),
    )
    budget = await changed(
        connection,
        """UPDATE budgets SET granted_cents = granted_cents + $2, requested_cents = requested_cents - $3,
                  version = version + 1, updated_at = now()
           WHERE id = $1 AND granted_cents + $2 <= total_cents
           RETURNING id, municipality_id, total_cents, granted_cents""",
        claim["budget_id"],
        claim["granted_cents"],
        claim["amount_cents"],
        refused=Conflict("Het budget is niet toereikend voor deze toekenning.", code="budget_exceeded"),
    )
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
    claim = await changed(
        connection,
        """UPDATE budget_claims SET status = 'rejected', decision_reason = $2, decided_by_id = $3, decided_at = now(),
                  updated_at = now()
           WHERE id = $1 AND status = 'requested' RETURNING budget_id, amount_cents""",
        claim_id,
        reason,
        actor_id,
        refused=Conflict("Over deze aanvraag is al besloten.", code="already_decided"),
    )
    await connection.execute(
        "UPDATE budgets SET requested_cents = requested_cents - $2, updated_at = now() WHERE id = $1",
        claim["budget_id"],
        claim["amount_cents"],
    )


async def withdraw(
    connection: Connection, *, claim_id: UUID, reason: str, actor_id: UUID | None, party: Party
) -> State:
    """Take back a grant: the money returns to what is available."""
    claim = await changed(
        connection,
        """UPDATE budget_claims SET status = 'withdrawn', withdrawal_reason = $2, withdrawn_at = now(), updated_at = now()
           WHERE id = $1 AND status = 'granted' RETURNING budget_id, granted_cents""",
        claim_id,
        reason,
        refused=Conflict("Alleen een toekenning kan worden ingetrokken.", code="not_granted"),
    )
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


async def grant_reserved(
    connection: Connection,
    *,
    budget_id: UUID,
    amount: int,
    legal_basis: str,
    actor_id: UUID | None,
    party: Party,
    object_type: str,
    object_id: UUID,
) -> State:
    """Grant ``amount`` that was reserved by ``request`` for another domain's decision (an idea the
    residents chose): the same conditional UPDATE as ``grant``, 409 ``budget_exceeded`` when the pot
    cannot bear it. The caller owns the status change of ``object_id`` and its condition."""
    budget = await changed(
        connection,
        """UPDATE budgets SET granted_cents = granted_cents + $2, requested_cents = requested_cents - $2,
                  version = version + 1, updated_at = now()
           WHERE id = $1 AND granted_cents + $2 <= total_cents
           RETURNING id, municipality_id, total_cents, granted_cents""",
        budget_id,
        amount,
        refused=Conflict("Het budget is niet toereikend voor deze toekenning.", code="budget_exceeded"),
    )
    return await _record(
        connection,
        budget,
        LedgerKind.GRANT,
        amount,
        actor_id=actor_id,
        party=party,
        reason=legal_basis,
        object_type=object_type,
        object_id=object_id,
    )


async def release(connection: Connection, *, budget_id: UUID, amount: int) -> None:
    """A reservation made by ``request`` that will not be granted: no money moved, no ledger entry."""
    await connection.execute(
        "UPDATE budgets SET requested_cents = requested_cents - $2, updated_at = now() WHERE id = $1",
        budget_id,
        amount,
    )


async def grant_agreed(
    connection: Connection,
    *,
    municipality_id: UUID,
    budget_id: UUID,
    organisation_id: UUID,
    task_id: UUID | None,
    amount: int,
    motivation: str,
    legal_basis: str,
    actor_id: UUID | None,
    party: Party,
) -> UUID:
    """A grant agreed elsewhere (a division the team's partners consented to) becomes a budget claim,
    asked and granted in the caller's transaction through ``request`` and ``grant``: it sits among the
    claims and in the ledger like any other grant, under the same conditions, and is withdrawn the same
    way. Returns the claim's id."""
    claim_id = new_id()
    await connection.execute(
        """INSERT INTO budget_claims (id, municipality_id, budget_id, organisation_id, task_id, requested_by_id,
                                      amount_cents, motivation)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8)""",
        claim_id,
        municipality_id,
        budget_id,
        organisation_id,
        task_id,
        actor_id,
        amount,
        motivation,
    )
    await request(connection, budget_id=budget_id, amount=amount)
    await grant(
        connection, claim_id=claim_id, amount=None, legal_basis=legal_basis, actor_id=actor_id, party=party
    )
    return claim_id
