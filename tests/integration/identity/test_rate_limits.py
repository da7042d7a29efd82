"""Sign-in, sign-up and reset are rate limited per account and per address, across workers."""

import dataclasses
from collections.abc import AsyncIterator
from contextlib import AsyncExitStack

import httpx
import pytest
from litestar import Litestar

from api.app import create_app
from api.db.connection import Database
from api.settings import Settings
from tests.conftest import run_lifespan
from tests.factories import municipality, unique
from tests.identities import ORIGIN, PASSWORD, person


@pytest.fixture
async def two_workers(settings: Settings, database_url: str) -> AsyncIterator[list[Litestar]]:
    """Two instances of the app, each with its own pools, as two server workers have."""
    limited = dataclasses.replace(
        settings,
        auth=dataclasses.replace(
            settings.auth,
            login_per_account=3,
            login_per_account_total=5,
            login_per_address=8,
            register_per_address=3,
            reset_per_account=2,
        ),
    )
    async with AsyncExitStack() as stack:
        apps = [
            await stack.enter_async_context(run_lifespan(create_app(limited, database_url=database_url)))
            for _ in range(2)
        ]
        yield apps


def _client(app: Litestar, address: str) -> httpx.AsyncClient:
    return httpx.AsyncClient(
        transport=httpx.ASGITransport(app=app, client=(address, 40000)),
        base_url=ORIGIN,
        headers={"Origin": ORIGIN},
    )


async def test_sign_in_attempts_per_account_are_counted_across_workers(
    two_workers: list[Litestar], db: Database
) -> None:
    target = await person(db)
    statuses = []
    for attempt in range(7):
        # Every attempt from another address and another worker: only the per-account limit applies.
        async with _client(two_workers[attempt % 2], f"10.1.{attempt}.1") as client:
            response = await client.post(
                "/api/v1/sessions", json={"email": target["email"], "password": "Fout-Wachtwoord-123"}
            )
            statuses.append(response.status_code)
            last = response
    assert statuses == [401] * 5 + [429, 429]
    assert int(last.headers["retry-after"]) > 0
    assert last.json()["code"] == "too_many_requests"
    # The right password does not help while the account is limited.
    async with _client(two_workers[0], "10.1.99.1") as client:
        blocked = await client.post("/api/v1/sessions", json={"email": target["email"], "password": PASSWORD})
    assert blocked.status_code == 429
    assert "set-cookie" not in blocked.headers


async def test_a_guesser_elsewhere_cannot_lock_the_owner_out(
    two_workers: list[Litestar], db: Database
) -> None:
    target = await person(db)
    async with _client(two_workers[0], "10.9.9.9") as attacker:
        for _ in range(3):
            await attacker.post(
                "/api/v1/sessions", json={"email": target["email"], "password": "Fout-Wachtwoord-123"}
            )
        blocked = await attacker.post(
            "/api/v1/sessions", json={"email": target["email"], "password": "Fout-Wachtwoord-123"}
        )
    assert blocked.status_code == 429
    async with _client(two_workers[1], "10.8.8.8") as owner:
        signed_in = await owner.post(
            "/api/v1/sessions", json={"email": target["email"], "password": PASSWORD}
        )
    assert signed_in.status_code == 201


async def test_sign_in_attempts_per_address_are_counted_across_workers(
    two_workers: list[Litestar], db: Database
) -> None:
    address = "10.2.0.7"
    statuses = []
    for attempt in range(10):
        someone = await person(db)
        async with _client(two_workers[attempt % 2], address) as client:
            response = await client.post(
                "/api/v1/sessions", json={"email": someone["email"], "password": "Fout-Wachtwoord-123"}
            )
            statuses.append(response.status_code)
    assert statuses == [401] * 8 + [429, 429]


async def test_registrations_per_address_are_limited(two_workers: list[Litestar], db: Database) -> None:
    town = await municipality(db)
    statuses = []
    for attempt in range(5):
        async with _client(two_workers[attempt % 2], "10.3.0.9") as client:
            response = await client.post(
                "/api/v1/accounts",
                json={
                    "email": f"{unique('veel')}@example.org",
                    "password": "Lange-Zinnen-Zijn-Sterk-77",
                    "displayName": "Veel",
                    "municipality": town["slug"],
                },
            )
            statuses.append(response.status_code)
    assert statuses == [202, 202, 202, 429, 429]


async def test_reset_requests_per_account_are_limited(two_workers: list[Litestar], db: Database) -> None:
    target = await person(db)
    statuses = []
    for attempt in range(4):
        async with _client(two_workers[attempt % 2], f"10.4.{attempt}.1") as client:
            response = await client.post("/api/v1/password-resets", json={"email": target["email"]})
            statuses.append(response.status_code)
    assert statuses == [202, 202, 429, 429]
