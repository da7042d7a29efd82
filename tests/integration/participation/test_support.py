"""Support: one per person, idempotent, and a count that always equals the rows, also in parallel."""

import asyncio
import dataclasses
from typing import Any

from litestar import Litestar

from api.app import create_app
from api.db.connection import Database
from api.domains.proposals.services import recompute_trending
from api.settings import Settings
from tests.conftest import run_lifespan
from tests.identities import browser, person, session_of
from tests.integration.participation.conftest import Town
from tests.integration.participation.test_proposals import submit


async def _counts(db: Database, proposal_id: Any) -> tuple[int, int]:
    row = await db.fetchrow(
        "SELECT support_count, (SELECT count(*) FROM supports WHERE proposal_id = p.id) AS rows FROM proposals p WHERE id = $1",
        proposal_id,
    )
    assert row is not None
    return row["support_count"], row["rows"]


async def test_supporting_is_idempotent_and_withdrawable(
    started_app: Litestar, db: Database, town: Town, opgave: dict[str, Any]
) -> None:
    async with (
        browser(started_app, town.inwoner["email"]) as author,
        browser(started_app, town.other_inwoner["email"]) as neighbour,
        browser(started_app) as visitor,
    ):
        idea = await submit(author, opgave["id"])
        path = f"/api/v1/proposals/{idea['id']}/support"
        assert (await visitor.put(path)).status_code == 401
        for _ in range(2):
            response = await neighbour.put(path)
            assert response.status_code == 200, response.text
            assert response.json() == {"supportedByMe": True, "supportCount": 1}
        seen = (await neighbour.get(f"/api/v1/proposals/{idea['id']}")).json()
        assert (seen["supportedByMe"], seen["supportCount"]) == (True, 1)
        assert (await author.get(f"/api/v1/proposals/{idea['id']}")).json()["supportedByMe"] is False
        for _ in range(2):
            response = await neighbour.delete(path)
            assert response.status_code == 200
            assert response.json() == {"supportedByMe": False, "supportCount": 0}
    assert await _counts(db, idea["id"]) == (0, 0)
    assert await db.fetchval("SELECT supporter_count FROM opgaven WHERE id = $1", opgave["id"]) == 0


async def test_a_hundred_people_at_once_count_a_hundred(
    started_app: Litestar, db: Database, town: Town, opgave: dict[str, Any]
) -> None:
    async with browser(started_app, town.inwoner["email"]) as author:
        idea = await submit(author, opgave["id"])
    people = [await person(db) for _ in range(100)]
    path = f"/api/v1/proposals/{idea['id']}/support"
    clients = [session_of(started_app, db, p["id"]) for p in people]
    signed_in = [await c.__aenter__() for c in clients]
    try:
        # Each person twice, all at once: every one counts, none counts double.
        responses = await asyncio.gather(*(c.put(path) for c in signed_in + signed_in))
        assert {r.status_code for r in responses} == {200}
        assert await _counts(db, idea["id"]) == (100, 100)
        # Half withdraw while the other half support again.
        responses = await asyncio.gather(
            *(c.delete(path) for c in signed_in[:50]), *(c.put(path) for c in signed_in[50:])
        )
        assert {r.status_code for r in responses} == {200}
        assert await _counts(db, idea["id"]) == (50, 50)
    finally:
        for c in clients:
            await c.__aexit__(None, None, None)
    assert await db.fetchval("SELECT supporter_count FROM opgaven WHERE id = $1", opgave["id"]) == 50


async def test_support_is_rate_limited_per_person(
    settings: Settings, database_url: str, db: Database, town: Town, opgave: dict[str, Any]
) -> None:
    limited = dataclasses.replace(
        settings,
        participation=dataclasses.replace(settings.participation, supports_per_hour=3, proposals_per_hour=1),
    )
    async with run_lifespan(create_app(limited, database_url=database_url)) as app:
        async with browser(app, town.inwoner["email"]) as resident:
            idea = await submit(resident, opgave["id"])
            second = await resident.post(
                f"/api/v1/opgaven/{opgave['id']}/proposals", json={"title": "Nog een idee", "body": "Tekst"}
            )
            assert second.status_code == 429
            assert int(second.headers["retry-after"]) > 0
            assert second.headers["content-type"].startswith("application/problem+json")
            path = f"/api/v1/proposals/{idea['id']}/support"
            statuses = [(await resident.put(path)).status_code for _ in range(4)]
            assert statuses == [200, 200, 200, 429]
        async with browser(app, town.other_inwoner["email"]) as neighbour:
            assert (await neighbour.put(path)).status_code == 200
    assert await _counts(db, idea["id"]) == (2, 2)


async def test_a_retried_idea_is_not_counted_twice_against_the_limit(
    settings: Settings, database_url: str, town: Town, opgave: dict[str, Any]
) -> None:
    limited = dataclasses.replace(
        settings, participation=dataclasses.replace(settings.participation, proposals_per_hour=1)
    )
    path = f"/api/v1/opgaven/{opgave['id']}/proposals"
    body = {"title": "Eén idee", "body": "Tekst"}
    async with (
        run_lifespan(create_app(limited, database_url=database_url)) as app,
        browser(app, town.inwoner["email"]) as resident,
    ):
        first = await resident.post(path, json=body, headers={"Idempotency-Key": "idee-1"})
        assert first.status_code == 201, first.text
        # The network dropped the answer: the same request again is the same answer, not a 429.
        again = await resident.post(path, json=body, headers={"Idempotency-Key": "idee-1"})
        assert (again.status_code, again.json()["id"]) == (201, first.json()["id"])
        second = await resident.post(
            path, json=body | {"title": "Nog een"}, headers={"Idempotency-Key": "idee-2"}
        )
        assert second.status_code == 429


async def test_trending_forgets_old_support(
    started_app: Litestar, db: Database, town: Town, opgave: dict[str, Any]
) -> None:
    async with (
        browser(started_app, town.inwoner["email"]) as author,
        browser(started_app, town.other_inwoner["email"]) as neighbour,
    ):
        idea = await submit(author, opgave["id"])
        await neighbour.put(f"/api/v1/proposals/{idea['id']}/support")
        await author.put(f"/api/v1/proposals/{idea['id']}/support")
    assert await db.fetchval("SELECT trending_count FROM proposals WHERE id = $1", idea["id"]) == 2
    await db.fetchval(
        "UPDATE supports SET created_at = now() - interval '8 days' WHERE proposal_id = $1 AND account_id = $2",
        idea["id"],
        town.other_inwoner["id"],
    )
    async with db.connection() as connection:
        await recompute_trending(connection)
    assert await db.fetchval("SELECT trending_count FROM proposals WHERE id = $1", idea["id"]) == 1
