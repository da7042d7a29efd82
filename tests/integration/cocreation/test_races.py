"""Races over real parallel connections: the budget is never overspent, a task never over-claimed.

Each round sets up fresh rows, then fires every attempt at once, each in its own transaction on its
own pooled connection. The same harness runs a naive read-then-write version, written here, to show
the harness catches what it is meant to catch.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Awaitable, Callable
from typing import TYPE_CHECKING, Any
from uuid import UUID

import asyncpg
import pytest
from litestar import Litestar

from api.db.connection import Connection, Database, asyncpg_dsn
from api.domains.budgets import ledger
from api.domains.tasks import claims
from api.lib.errors import Conflict
from api.lib.ids import new_id
from api.settings import DatabaseSettings
from tests.factories import municipality, opgave, unique
from tests.identities import browser, person
from tests.integration.cocreation.conftest import Team
from tests.integration.cocreation.test_budgets import ledger_adds_up

AMOUNT = 10_000
FITS = 50
ATTEMPTS = 200
ROUNDS = 20
CLAIM_ROUNDS = 50
ORGANISATIONS = 12

if TYPE_CHECKING:
    Pool = asyncpg.Pool[asyncpg.Record]
    Attempt = Callable[[Connection], Awaitable[None]]


@pytest.fixture(scope="module")
async def pool(database_url: str) -> AsyncIterator[Pool]:
    connections: Pool = await asyncpg.create_pool(asyncpg_dsn(database_url), min_size=40, max_size=40)
    try:
        yield connections
    finally:
        await connections.close()


@pytest.fixture(scope="module")
async def place(pool: Pool, database_url: str) -> dict[str, Any]:
    """A municipality and an opgave to hang budgets and tasks on."""
    db = Database(DatabaseSettings(), database_url)
    await db.start()
    try:
        town = await municipality(db)
        regisseur = await person(db, municipality_id=town["id"], role="medewerker")
        row = await opgave(db, town["id"], regisseur["id"])
        organisations = []
        for _ in range(ORGANISATIONS):
            organisation_id = new_id()
            await db.fetchval(
                "INSERT INTO organisations (id, municipality_id, name, kind) VALUES ($1, $2, $3, 'entrepreneur')",
                organisation_id,
                town["id"],
                unique("Ondernemer"),
            )
            organisations.append(organisation_id)
        return {"municipality_id": town["id"], "opgave_id": row["id"], "organisations": organisations}
    finally:
        await db.stop()


async def all_at_once(pool: Pool, attempts: list[Attempt]) -> int:
    """Run every attempt in its own transaction, all started together; how many committed."""
    start = asyncio.Event()

    async def one(attempt: Attempt) -> bool:
        async with pool.acquire() as connection:
            await start.wait()
            try:
                async with connection.transaction():
                    await attempt(connection)
            except Conflict:
                return False
            return True

    tasks = [asyncio.create_task(one(a)) for a in attempts]
    await asyncio.sleep(0.05)
    start.set()
    return sum(await asyncio.gather(*tasks))


PARTY = ledger.Party(name="Partner", organisation_id=None)


async def _budget_with_requests(pool: Pool, place: dict[str, Any]) -> tuple[UUID, list[UUID]]:
    """A budget that fits ``FITS`` grants of ``AMOUNT``, and ``ATTEMPTS`` open requests of that amount."""
    budget_id, contribution_id = new_id(), new_id()
    municipality_id = place["municipality_id"]
    async with pool.acquire() as connection, connection.transaction():
        await connection.execute(
            "INSERT INTO budgets (id, municipality_id, opgave_id, title) VALUES ($1, $2, $3, 'Race')",
            budget_id,
            municipality_id,
            place["opgave_id"],
        )
        await connection.execute(
            "INSERT INTO budget_contributions (id, municipality_id, budget_id, amount_cents) VALUES ($1, $2, $3, $4)",
            contribution_id,
            municipality_id,
            budget_id,
            AMOUNT * FITS,
        )
        await ledger.confirm(connection, contribution_id=contribution_id, actor_id=None, party=PARTY)
        claim_ids = [new_id() for _ in range(ATTEMPTS)]
        await connection.executemany(
            """INSERT INTO budget_claims (id, municipality_id, budget_id, organisation_id, amount_cents, motivation)
               VALUES ($1, $2, $3, $4, $5, 'Meedoen')""",
            [
                (c, municipality_id, budget_id, place["organisations"][i % ORGANISATIONS], AMOUNT)
                for i, c in enumerate(claim_ids)
            ],
        )
        await connection.execute(
            "UPDATE budgets SET requested_cents = $2 WHERE id = $1", budget_id, AMOUNT * ATTEMPTS
        )
    return budget_id, claim_ids


async def _granted(pool: Pool, budget_id: UUID) -> tuple[int, int, int, int]:
    """Granted requests, their sum, the budget's granted column, and the ledger's sum of grants."""
    row = await pool.fetchrow(
        """SELECT (SELECT count(*) FROM budget_claims WHERE budget_id = b.id AND status = 'granted') AS claims,
                  (SELECT coalesce(sum(granted_cents), 0) FROM budget_claims WHERE budget_id = b.id AND status = 'granted') AS claimed,
                  b.granted_cents,
                  (SELECT coalesce(sum(amount_cents), 0) FROM ledger_entries WHERE budget_id = b.id AND kind = 'grant') AS ledger
           FROM budgets b WHERE b.id = $1""",
        budget_id,
    )
    assert row is not None
    return row["claims"], row["claimed"], row["granted_cents"], row["ledger"]


def _real_grant(claim_id: UUID) -> Attempt:
    async def attempt(connection: Connection) -> None:
        await ledger.grant(
            connection, claim_id=claim_id, amount=None, legal_basis="Regeling", actor_id=None, party=PARTY
        )

    return attempt


def _naive_grant(budget_id: UUID, claim_id: UUID) -> Attempt:
    """Check, then write: read what is granted, decide in Python, write the new total."""

    async def attempt(connection: Connection) -> None:
        budget = await connection.fetchrow(
            "SELECT granted_cents, total_cents FROM budgets WHERE id = $1", budget_id
        )
        assert budget is not None
        if budget["granted_cents"] + AMOUNT > budget["total_cents"]:
            raise Conflict("Vol.", code="budget_exceeded")
        await connection.execute(
            "UPDATE budget_claims SET status = 'granted', granted_cents = $2, decided_at = now() WHERE id = $1",
            claim_id,
            AMOUNT,
        )
        await connection.execute(
            "UPDATE budgets SET granted_cents = $2 WHERE id = $1", budget_id, budget["granted_cents"] + AMOUNT
        )

    return attempt


@pytest.mark.slow
async def test_two_hundred_grants_on_a_budget_for_fifty_grant_fifty(
    pool: Pool, place: dict[str, Any]
) -> None:
    for _ in range(ROUNDS):
        budget_id, claim_ids = await _budget_with_requests(pool, place)
        succeeded = await all_at_once(pool, [_real_grant(c) for c in claim_ids])
        assert succeeded == FITS
        assert await _granted(pool, budget_id) == (FITS, FITS * AMOUNT, FITS * AMOUNT, FITS * AMOUNT)
        requested = await pool.fetchval("SELECT requested_cents FROM budgets WHERE id = $1", budget_id)
        assert requested == (ATTEMPTS - FITS) * AMOUNT
        await ledger_adds_up(pool, budget_id)  # type: ignore[arg-type]  # a pool reads like a Database


@pytest.mark.slow
async def test_the_harness_catches_a_naive_grant(pool: Pool, place: dict[str, Any]) -> None:
    overspent = 0
    for _ in range(3):
        budget_id, claim_ids = await _budget_with_requests(pool, place)
        await all_at_once(pool, [_naive_grant(budget_id, c) for c in claim_ids])
        _, claimed, _, _ = await _granted(pool, budget_id)
        overspent += claimed > FITS * AMOUNT
    # Check-then-write hands out more than the pot holds; the conditional UPDATE above never does.
    assert overspent >= 1


async def _pledge(pool: Pool, place: dict[str, Any], budget_id: UUID, cents: int) -> UUID:
    """A partner's pledge on ``budget_id``, waiting for staff."""
    contribution_id = new_id()
    await pool.execute(
        """INSERT INTO budget_contributions (id, municipality_id, budget_id, organisation_id, amount_cents)
           VALUES ($1, $2, $3, $4, $5)""",
        contribution_id,
        place["municipality_id"],
        budget_id,
        place["organisations"][0],
        cents,
    )
    return contribution_id


def _real_confirmation(contribution_id: UUID) -> Attempt:
    async def attempt(connection: Connection) -> None:
        await ledger.confirm(connection, contribution_id=contribution_id, actor_id=None, party=PARTY)

    return attempt


def _naive_confirmation(budget_id: UUID, contribution_id: UUID) -> Attempt:
    """Check, then write: read whether it waits, then count it in."""

    async def attempt(connection: Connection) -> None:
        pledge = await connection.fetchrow(
            "SELECT status, amount_cents FROM budget_contributions WHERE id = $1", contribution_id
        )
        assert pledge is not None
        if pledge["status"] != "pending":
            raise Conflict("Al besloten.", code="already_decided")
        await connection.execute(
            """UPDATE budget_contributions SET status = 'confirmed', confirmed_cents = amount_cents, decided_at = now()
               WHERE id = $1""",
            contribution_id,
        )
        await connection.execute(
            "UPDATE budgets SET total_cents = total_cents + $2 WHERE id = $1",
            budget_id,
            pledge["amount_cents"],
        )

    return attempt


def _real_correction(contribution_id: UUID, cents: int) -> Attempt:
    async def attempt(connection: Connection) -> None:
        await ledger.correct(
            connection,
            contribution_id=contribution_id,
            amount=cents,
            reason="Minder",
            actor_id=None,
            party=PARTY,
        )

    return attempt


async def _total(pool: Pool, budget_id: UUID) -> int:
    return int(await pool.fetchval("SELECT total_cents FROM budgets WHERE id = $1", budget_id))


@pytest.mark.slow
async def test_twenty_confirmations_of_one_pledge_count_it_once(pool: Pool, place: dict[str, Any]) -> None:
    for _ in range(ROUNDS):
        budget_id, _ = await _budget_with_requests(pool, place)
        pledge_id = await _pledge(pool, place, budget_id, AMOUNT * 10)
        succeeded = await all_at_once(pool, [_real_confirmation(pledge_id) for _ in range(20)])
        assert succeeded == 1
        assert await _total(pool, budget_id) == AMOUNT * (FITS + 10)
        await ledger_adds_up(pool, budget_id)  # type: ignore[arg-type]  # a pool reads like a Database


@pytest.mark.slow
async def test_the_harness_catches_a_naive_confirmation(pool: Pool, place: dict[str, Any]) -> None:
    counted_twice = 0
    for _ in range(3):
        budget_id, _ = await _budget_with_requests(pool, place)
        pledge_id = await _pledge(pool, place, budget_id, AMOUNT * 10)
        await all_at_once(pool, [_naive_confirmation(budget_id, pledge_id) for _ in range(20)])
        counted_twice += await _total(pool, budget_id) > AMOUNT * (FITS + 10)
    assert counted_twice >= 1


@pytest.mark.slow
async def test_grants_racing_confirmations_and_a_correction_never_overspend(
    pool: Pool, place: dict[str, Any]
) -> None:
    """Only confirmed money is granted, however the grants, the confirmations of a pledge and a
    correction downwards of the municipality's money interleave: never more than the pot holds."""
    for _ in range(ROUNDS // 2):
        budget_id, claim_ids = await _budget_with_requests(pool, place)
        municipal_id = await pool.fetchval(
            "SELECT id FROM budget_contributions WHERE budget_id = $1 AND status = 'confirmed'", budget_id
        )
        pledge_id = await _pledge(pool, place, budget_id, AMOUNT * 10)
        attempts = [_real_grant(c) for c in claim_ids]
        attempts += [_real_confirmation(pledge_id) for _ in range(5)]
        attempts.insert(len(attempts) // 3, _real_correction(municipal_id, AMOUNT * FITS // 2))
        await all_at_once(pool, attempts)

        municipal = await pool.fetchval(
            "SELECT confirmed_cents FROM budget_contributions WHERE id = $1", municipal_id
        )
        assert municipal in (AMOUNT * FITS, AMOUNT * FITS // 2)  # the correction came in time, or not
        total = await _total(pool, budget_id)
        assert total == municipal + AMOUNT * 10  # the pledge counted once
        claims, claimed, granted, in_ledger = await _granted(pool, budget_id)
        assert granted == claimed == in_ledger == claims * AMOUNT
        assert granted <= total  # never over, whatever came first
        assert granted >= municipal  # and no grant was refused while the confirmed money had room
        await ledger_adds_up(pool, budget_id)  # type: ignore[arg-type]  # a pool reads like a Database


async def _task(pool: Pool, place: dict[str, Any], capacity: int) -> UUID:
    task_id = new_id()
    await pool.execute(
        "INSERT INTO tasks (id, municipality_id, opgave_id, title, capacity) VALUES ($1, $2, $3, 'Race', $4)",
        task_id,
        place["municipality_id"],
        place["opgave_id"],
        capacity,
    )
    return task_id


def _real_claim(place: dict[str, Any], task_id: UUID, organisation_id: UUID) -> Attempt:
    async def attempt(connection: Connection) -> None:
        await claims.claim(
            connection,
            municipality_id=place["municipality_id"],
            task_id=task_id,
            organisation_id=organisation_id,
            account_id=None,
            commitment="",
        )

    return attempt


def _naive_claim(place: dict[str, Any], task_id: UUID, organisation_id: UUID) -> Attempt:
    async def attempt(connection: Connection) -> None:
        task = await connection.fetchrow("SELECT capacity FROM tasks WHERE id = $1", task_id)
        taken = await connection.fetchval(
            "SELECT count(*) FROM task_claims WHERE task_id = $1 AND released_at IS NULL", task_id
        )
        assert task is not None
        if taken >= task["capacity"]:
            raise Conflict("Vol.", code="task_full")
        try:
            await connection.execute(
                "INSERT INTO task_claims (id, municipality_id, task_id, organisation_id) VALUES ($1, $2, $3, $4)",
                new_id(),
                place["municipality_id"],
                task_id,
                organisation_id,
            )
        except asyncpg.UniqueViolationError:
            raise Conflict("Al.", code="already_claimed") from None

    return attempt


async def _active(pool: Pool, task_id: UUID) -> tuple[int, int]:
    row = await pool.fetchrow(
        "SELECT claimed_count, (SELECT count(*) FROM task_claims WHERE task_id = t.id AND released_at IS NULL) AS rows FROM tasks t WHERE id = $1",
        task_id,
    )
    assert row is not None
    return row["claimed_count"], row["rows"]


@pytest.mark.slow
@pytest.mark.parametrize("capacity", [1, 3])
async def test_a_task_is_never_over_claimed(pool: Pool, place: dict[str, Any], capacity: int) -> None:
    for _ in range(CLAIM_ROUNDS):
        task_id = await _task(pool, place, capacity)
        # Every organisation claims twice at once: duplicates and over-capacity claims both lose.
        attempts = [_real_claim(place, task_id, o) for o in place["organisations"] * 2]
        succeeded = await all_at_once(pool, attempts)
        assert succeeded == capacity
        assert await _active(pool, task_id) == (capacity, capacity)


@pytest.mark.slow
async def test_the_harness_catches_a_naive_claim(pool: Pool, place: dict[str, Any]) -> None:
    over = 0
    for _ in range(3):
        task_id = await _task(pool, place, 1)
        await all_at_once(pool, [_naive_claim(place, task_id, o) for o in place["organisations"]])
        _, rows = await _active(pool, task_id)
        over += rows > 1
    assert over >= 1


@pytest.mark.slow
async def test_parallel_decisions_through_the_api_keep_the_budget(
    started_app: Litestar, db: Database, team: Team
) -> None:
    """The same race end to end: staff fire sixty grant decisions at once at a budget that fits twenty."""
    async with (
        browser(started_app, team.staff["email"]) as staff,
        browser(started_app, team.members["pa"]["email"]) as partner,
    ):
        budget = (
            await staff.post(f"/api/v1/opgaven/{team.opgave['id']}/budgets", json={"title": "Snel"})
        ).json()
        path = f"/api/v1/budgets/{budget['id']}"
        await staff.post(f"{path}/contributions", json={"amountCents": 20 * AMOUNT})
        asks = [
            (
                await partner.post(
                    f"{path}/claims",
                    json={
                        "organisationId": str(team.orgs["a"]),
                        "amountCents": AMOUNT,
                        "motivation": "Een dag werk.",
                    },
                )
            ).json()
            for _ in range(60)
        ]
        responses = await asyncio.gather(
            *(
                staff.post(
                    f"/api/v1/budget-claims/{a['id']}/decisions",
                    json={"decision": "grant", "legalBasis": "Regeling 2027"},
                )
                for a in asks
            )
        )
    statuses = sorted(r.status_code for r in responses)
    assert statuses == [200] * 20 + [409] * 40
    assert {r.json()["code"] for r in responses if r.status_code == 409} == {"budget_exceeded"}
    await ledger_adds_up(db, budget["id"])
    assert await db.fetchval("SELECT granted_cents FROM budgets WHERE id = $1", budget["id"]) == 20 * AMOUNT
