"""Sign-up and reset are rate limited per account and per address, across workers.

(Failed sign-ins are slowed down rather than limited: ``test_sign_in_throttle.py``.)"""

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
from tests.identities import ORIGIN, person


@pytest.fixture
async def two_workers(settings: Settings, database_url: str) -> AsyncIterator[list[Litestar]]:
    """Two instances of the app, each with its own pools, as two server workers have."""
    limited = dataclasses.replace(
        settings,
        auth=dataclasses.replace(
            settings.auth,
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
