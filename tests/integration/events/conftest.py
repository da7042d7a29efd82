"""A municipality with staff and residents, and helpers to make things happen through the API."""

import asyncio
from collections.abc import AsyncIterator
from dataclasses import dataclass
from typing import Any

import httpx
import pytest
from litestar import Litestar

from api.db.connection import Database
from tests.factories import municipality, unique
from tests.identities import anonymous_client, api_client, bearer_token, person


@dataclass
class Town:
    municipality: dict[str, Any]
    medewerker: dict[str, Any]
    beheerder: dict[str, Any]
    inwoner: dict[str, Any]

    @property
    def id(self) -> Any:
        return self.municipality["id"]

    @property
    def slug(self) -> str:
        return str(self.municipality["slug"])


@pytest.fixture
async def town(started_app: Litestar, db: Database) -> AsyncIterator[Town]:
    place = await municipality(db)
    yield Town(
        municipality=place,
        medewerker=await person(db, municipality_id=place["id"], role="medewerker"),
        beheerder=await person(db, municipality_id=place["id"], role="beheerder"),
        inwoner=await person(db, municipality_id=place["id"], role="inwoner"),
    )
    # Its subscriptions end with the test (their deliveries with them): a test that failed halfway
    # must not leave a queue of deliveries that the next test's workers would work through first.
    async with db.transaction() as connection:
        await connection.execute("DELETE FROM webhook_subscriptions WHERE municipality_id = $1", place["id"])


async def create_opgave(staff: httpx.AsyncClient, town: Town, *, published: bool = True) -> str:
    response = await staff.post(
        "/api/v1/opgaven",
        json={
            "municipality": town.slug,
            "title": unique("Opgave"),
            "procesregisseurId": str(town.medewerker["id"]),
            "published": published,
        },
    )
    assert response.status_code == 201, response.text
    return str(response.json()["id"])


async def submit_idea(resident: httpx.AsyncClient, opgave_id: str) -> str:
    response = await resident.post(
        f"/api/v1/opgaven/{opgave_id}/proposals",
        json={"title": unique("Idee"), "body": "<p>Een buurtkamer voor werkzoekenden.</p>"},
    )
    assert response.status_code == 201, response.text
    return str(response.json()["id"])


async def settled(db: Database) -> None:
    """Wait until every event written so far is final: no transaction that began before it runs
    any more (other tests' transactions on the same server hold the feed back for a moment, on a
    loaded machine for several seconds: up to 60 s, returning as soon as it is so)."""
    for _ in range(1200):
        if await db.fetchval(
            """SELECT coalesce(max(tx), 0) < pg_snapshot_xmin(pg_current_snapshot())::text::bigint
               FROM events"""
        ):
            return
        await asyncio.sleep(0.05)
    raise AssertionError("events did not become final")


async def told_followers(db: Database) -> None:
    """Run the follower round until it has told every event written so far."""
    from api.worker.followers import tell_followers

    await settled(db)
    for _ in range(50):
        if not await tell_followers(db):
            return
    raise AssertionError("the follower round did not finish")


async def feed(client: httpx.AsyncClient, **params: Any) -> list[dict[str, Any]]:
    """Every event the caller may read, following the cursor to the end."""
    events: list[dict[str, Any]] = []
    cursor = ""
    for _ in range(100):
        response = await client.get("/api/v1/events", params={**params, "cursor": cursor, "limit": 100})
        assert response.status_code == 200, response.text
        body = response.json()
        events += body["items"]
        if not body["nextCursor"]:
            return events
        cursor = body["nextCursor"]
    raise AssertionError("the feed did not end")


async def machine_client(
    app: Litestar, db: Database, municipality_id: Any, scopes: list[str]
) -> httpx.AsyncClient:
    """A machine client of ``municipality_id`` with ``scopes``, signed in with a bearer token."""
    client_id, secret = await api_client(db, municipality_id, scopes)
    machine = anonymous_client(app)
    token = (
        await bearer_token(machine, client_id, secret)
        if scopes
        else app.state.token_keys.issue(client_id, municipality_id, scopes)
    )
    del machine.headers["Origin"]
    machine.headers["Authorization"] = f"Bearer {token}"
    return machine
