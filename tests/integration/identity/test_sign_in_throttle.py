"""Signing in: failures slow the guesser down, they never lock the owner out, and the answer and the
work are the same for an address with an account and one without.

Delays are per account and address, per address, and per account from addresses it never signed
in from; they grow with every failure and are answered at once (429 with Retry-After), so no worker
waits. Behind the trusted proxy each person has their own address: the one the proxy saw.
"""

import asyncio
import dataclasses
import statistics
import time
from collections.abc import AsyncIterator
from contextlib import AsyncExitStack

import httpx
import pytest
from litestar import Litestar

from api.app import create_app
from api.db.connection import Database
from api.domains.accounts.throttle import SignInThrottle
from api.settings import Settings
from tests.conftest import run_lifespan
from tests.factories import municipality, unique
from tests.identities import ORIGIN, PASSWORD, anonymous_client, person

WRONG = "Fout-Wachtwoord-123"
PROXY = "172.30.80.0/24"


@pytest.fixture
async def two_workers(settings: Settings, database_url: str) -> AsyncIterator[list[Litestar]]:
    """Two instances of the app, each with its own pools, as two server workers have."""
    throttled = dataclasses.replace(
        settings,
        auth=dataclasses.replace(
            settings.auth,
            sign_in_free_failures=3,
            sign_in_free_failures_per_address=6,
            sign_in_free_failures_per_account=5,
            # Long enough that a busy machine never lets a wait pass unnoticed; tests age the counters.
            sign_in_first_delay_seconds=30,
            sign_in_max_delay_seconds=900,
            sign_in_account_max_delay_seconds=60,
            trusted_proxies=(PROXY,),
        ),
    )
    async with AsyncExitStack() as stack:
        yield [
            await stack.enter_async_context(run_lifespan(create_app(throttled, database_url=database_url)))
            for _ in range(2)
        ]


def _client(app: Litestar, address: str, forwarded_for: str | None = None) -> httpx.AsyncClient:
    headers = {"Origin": ORIGIN}
    if forwarded_for is not None:
        headers["X-Forwarded-For"] = forwarded_for
    return httpx.AsyncClient(
        transport=httpx.ASGITransport(app=app, client=(address, 40000)), base_url=ORIGIN, headers=headers
    )


async def _sign_in(
    app: Litestar, address: str, email: str, password: str, forwarded_for: str | None = None
) -> httpx.Response:
    async with _client(app, address, forwarded_for) as client:
        return await client.post("/api/v1/sessions", json={"email": email, "password": password})


async def _let_time_pass(app: Litestar, email: str, address: str, seconds: int) -> None:
    """The wait of these counters has passed (as if ``seconds`` went by)."""
    settings: Settings = app.state.settings
    throttle = SignInThrottle(app.state.db, app.state.throttle_secret, settings.auth, email, address)
    await app.state.db.fetchval(
        "UPDATE sign_in_throttles SET last_at = last_at - make_interval(secs => $2) WHERE key = ANY($1)",
        list(throttle.keys),
        float(seconds),
    )


async def test_every_failure_past_the_free_ones_makes_the_guesser_wait_longer(
    two_workers: list[Litestar], db: Database
) -> None:
    target = await person(db)
    statuses = [
        (await _sign_in(two_workers[i % 2], "10.5.0.1", target["email"], WRONG)).status_code for i in range(3)
    ]
    assert statuses == [401, 401, 401]
    delayed = await _sign_in(two_workers[0], "10.5.0.1", target["email"], WRONG)
    assert delayed.status_code == 429
    assert delayed.headers["content-type"] == "application/problem+json"
    assert delayed.json()["code"] == "sign_in_delayed"
    assert 25 <= int(delayed.headers["retry-after"]) <= 30
    # While delayed even the right password is not tried: a guesser learns nothing from the wait.
    right = await _sign_in(two_workers[1], "10.5.0.1", target["email"], PASSWORD)
    assert right.status_code == 429
    assert "set-cookie" not in right.headers
    await _let_time_pass(two_workers[0], target["email"], "10.5.0.1", 30)
    assert (await _sign_in(two_workers[1], "10.5.0.1", target["email"], WRONG)).status_code == 401
    longer = await _sign_in(two_workers[0], "10.5.0.1", target["email"], WRONG)
    assert longer.status_code == 429
    assert 55 <= int(longer.headers["retry-after"]) <= 60


async def test_a_guesser_elsewhere_never_locks_the_owner_out(
    two_workers: list[Litestar], db: Database
) -> None:
    target = await person(db)
    assert (await _sign_in(two_workers[0], "10.6.0.9", target["email"], PASSWORD)).status_code == 201
    # Guesses from many addresses: each stays under its own free failures, together past the account's.
    for attempt in range(6):
        await _sign_in(two_workers[attempt % 2], f"10.6.1.{attempt}", target["email"], WRONG)
    from_elsewhere = await _sign_in(two_workers[0], "10.6.2.1", target["email"], WRONG)
    assert from_elsewhere.status_code == 429
    assert 1 <= int(from_elsewhere.headers["retry-after"]) <= 60
    # The owner, from where they signed in before, is not slowed by anyone else's failures.
    owner = await _sign_in(two_workers[1], "10.6.0.9", target["email"], PASSWORD)
    assert owner.status_code == 201


async def test_signing_in_successfully_never_counts_against_anyone(
    two_workers: list[Litestar], db: Database
) -> None:
    target = await person(db)
    statuses = [
        (await _sign_in(two_workers[i % 2], "10.7.0.1", target["email"], PASSWORD)).status_code
        for i in range(12)
    ]
    assert statuses == [201] * 12
    # A typo now and then between them is forgiven by the sign-ins that follow.
    for _ in range(4):
        assert (await _sign_in(two_workers[0], "10.7.0.1", target["email"], WRONG)).status_code == 401
        assert (await _sign_in(two_workers[1], "10.7.0.1", target["email"], PASSWORD)).status_code == 201


async def test_parallel_guesses_get_no_more_than_the_free_failures(
    two_workers: list[Litestar], db: Database
) -> None:
    target = await person(db)
    responses = await asyncio.gather(
        *(_sign_in(two_workers[i % 2], "10.8.0.1", target["email"], WRONG) for i in range(12))
    )
    statuses = sorted(r.status_code for r in responses)
    assert statuses == [401] * 3 + [429] * 9


async def test_parallel_sign_ins_with_the_right_password_are_never_refused(
    two_workers: list[Litestar], db: Database
) -> None:
    # More at once than any counter's free failures: a right password is no failure, even while
    # its check is under way (a household behind one address, tabs opened at once, a retry).
    target = await person(db)
    responses = await asyncio.gather(
        *(_sign_in(two_workers[i % 2], "10.11.0.1", target["email"], PASSWORD) for i in range(10))
    )
    assert [r.status_code for r in responses] == [201] * 10, [r.text for r in responses]
    # Many people from one address, each with the right password, at once.
    people = [await person(db) for _ in range(10)]
    responses = await asyncio.gather(
        *(_sign_in(two_workers[i % 2], "10.11.0.2", p["email"], PASSWORD) for i, p in enumerate(people))
    )
    assert [r.status_code for r in responses] == [201] * 10, [r.text for r in responses]


async def test_an_attempt_is_judged_when_it_holds_its_counters(
    two_workers: list[Litestar], db: Database
) -> None:
    # One attempt waits for an address's counter while another, begun later, counts a failure
    # there; the waiting one is judged by the counter as it finds it, not by when it began.
    target, other = await person(db), await person(db)
    app = two_workers[0]
    address_key = SignInThrottle(
        app.state.db, app.state.throttle_secret, app.state.settings.auth, target["email"], "10.12.0.1"
    ).keys[1]
    assert (await _sign_in(app, "10.12.0.1", other["email"], WRONG)).status_code == 401
    async with db.transaction() as connection:
        await connection.execute("SELECT 1 FROM sign_in_throttles WHERE key = $1 FOR UPDATE", address_key)
        waiting = asyncio.create_task(_sign_in(two_workers[1], "10.12.0.1", target["email"], PASSWORD))
        for _ in range(200):  # until the attempt waits for the lock (at most ten seconds)
            blocked = await db.fetchval(
                "SELECT count(*) FROM pg_stat_activity WHERE wait_event_type = 'Lock' AND query LIKE '%sign_in_throttles%'"
            )
            if blocked:
                break
            await asyncio.sleep(0.05)
        assert blocked, "the attempt never waited for the address's counter"
        await connection.execute(
            "UPDATE sign_in_throttles SET failures = failures + 1, last_at = clock_timestamp() WHERE key = $1",
            address_key,
        )
    response = await waiting
    assert response.status_code == 201, response.text


async def test_failures_for_other_accounts_refuse_a_right_password_only_past_the_address_free_ones(
    two_workers: list[Litestar], db: Database
) -> None:
    target = await person(db)
    others = [await person(db) for _ in range(6)]
    # At once: five failures for other accounts (the address has six free) and right passwords.
    responses = await asyncio.gather(
        *(_sign_in(two_workers[i % 2], "10.13.0.1", o["email"], WRONG) for i, o in enumerate(others[:5])),
        *(_sign_in(two_workers[i % 2], "10.13.0.1", target["email"], PASSWORD) for i in range(6)),
    )
    assert [r.status_code for r in responses] == [401] * 5 + [201] * 6, [r.text for r in responses]
    # The sixth failure is still free; past it everyone from this address waits, as promised.
    assert (await _sign_in(two_workers[0], "10.13.0.1", others[5]["email"], WRONG)).status_code == 401
    assert (await _sign_in(two_workers[1], "10.13.0.1", others[0]["email"], WRONG)).status_code == 429
    assert (await _sign_in(two_workers[0], "10.13.0.1", target["email"], PASSWORD)).status_code == 429


async def test_guessing_across_many_accounts_from_one_address_is_slowed(
    two_workers: list[Litestar], db: Database
) -> None:
    statuses = []
    for attempt in range(8):
        someone = await person(db)
        response = await _sign_in(two_workers[attempt % 2], "10.9.0.1", someone["email"], WRONG)
        statuses.append(response.status_code)
    assert statuses == [401] * 6 + [429] * 2


async def test_an_address_without_an_account_is_delayed_the_same(two_workers: list[Litestar]) -> None:
    nobody = f"{unique('niemand')}@example.org"
    statuses = [(await _sign_in(two_workers[0], "10.10.0.1", nobody, WRONG)).status_code for _ in range(4)]
    assert statuses == [401, 401, 401, 429]


async def test_behind_the_trusted_proxy_each_person_has_the_address_the_proxy_saw(
    two_workers: list[Litestar], db: Database
) -> None:
    target = await person(db)
    nginx = "172.30.80.2"
    # The guesser picks what goes left of the address the proxy adds; that changes nothing.
    for attempt in range(4):
        last = await _sign_in(
            two_workers[0], nginx, target["email"], WRONG, f"192.0.2.{attempt}, 203.0.113.5"
        )
    assert last.status_code == 429
    # Someone else behind the same proxy is someone else.
    owner = await _sign_in(two_workers[1], nginx, target["email"], PASSWORD, "203.0.113.9")
    assert owner.status_code == 201
    # A header from a peer that is not the proxy is ignored: the peer is the address.
    for attempt in range(4):
        direct = await _sign_in(
            two_workers[0], "203.0.113.50", target["email"], WRONG, f"198.51.100.{attempt}"
        )
    assert direct.status_code == 429


async def _cpu_seconds(client: httpx.AsyncClient, path: str, body: dict[str, str]) -> tuple[float, int]:
    started = time.process_time()
    response = await client.post(path, json=body)
    return time.process_time() - started, response.status_code


async def test_an_address_without_an_account_costs_the_same_work_to_refuse(
    started_app: Litestar, db: Database
) -> None:
    target = await person(db)
    known, unknown = [], []
    async with anonymous_client(started_app) as client:
        for _ in range(3):
            spent, status = await _cpu_seconds(
                client, "/api/v1/sessions", {"email": target["email"], "password": WRONG}
            )
            assert status == 401
            known.append(spent)
            nobody = f"{unique('niemand')}@example.org"
            spent, status = await _cpu_seconds(
                client, "/api/v1/sessions", {"email": nobody, "password": WRONG}
            )
            assert status == 401
            unknown.append(spent)
    # CPU time, not wall time: what the server spent, whatever else the machine is doing.
    assert statistics.median(unknown) > 0.5 * statistics.median(known), (known, unknown)


async def test_registering_a_taken_address_costs_the_same_work(started_app: Litestar, db: Database) -> None:
    town = await municipality(db)
    taken = await person(db)
    new, existing = [], []
    async with anonymous_client(started_app) as client:
        for _ in range(3):
            body = {
                "password": "Lange-Zinnen-Zijn-Sterk-77",
                "displayName": "Nieuw",
                "municipality": town["slug"],
            }
            spent, status = await _cpu_seconds(
                client, "/api/v1/accounts", {**body, "email": f"{unique('nieuw')}@example.org"}
            )
            assert status == 202
            new.append(spent)
            spent, status = await _cpu_seconds(client, "/api/v1/accounts", {**body, "email": taken["email"]})
            assert status == 202
            existing.append(spent)
    assert statistics.median(existing) > 0.5 * statistics.median(new), (new, existing)


async def test_a_reset_answers_the_same_for_every_address(started_app: Litestar, db: Database) -> None:
    target = await person(db)
    async with anonymous_client(started_app) as client:
        known = await client.post("/api/v1/password-resets", json={"email": target["email"]})
        unknown = await client.post(
            "/api/v1/password-resets", json={"email": f"{unique('niemand')}@example.org"}
        )
    assert known.status_code == unknown.status_code == 202
    assert known.content == unknown.content
    same = {"x-request-id", "content-length"}
    assert {k: v for k, v in known.headers.items() if k not in same} == {
        k: v for k, v in unknown.headers.items() if k not in same
    }
