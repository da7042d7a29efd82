"""Idempotency-Key: the same key and body create once and answer the same; another body is 422."""

import asyncio
import json

from litestar import Litestar

from api.__main__ import SPEC_FILE
from api.db.connection import Database
from api.lib.idempotency import forget_old_keys
from tests.factories import unique
from tests.identities import browser
from tests.integration.opgaven.conftest import Town


async def _count(db: Database, title: str) -> int:
    found: int = await db.fetchval("SELECT count(*) FROM opgaven WHERE title = $1", title)
    return found


async def test_a_retry_with_the_same_key_creates_nothing_and_answers_the_same(
    started_app: Litestar, db: Database, town: Town
) -> None:
    title = unique("Eenmaal")
    body = {"municipality": town.slug, "title": title}
    async with browser(started_app, town.regisseur["email"]) as staff:
        first = await staff.post("/api/v1/opgaven", json=body, headers={"Idempotency-Key": "maak-1"})
        again = await staff.post("/api/v1/opgaven", json=body, headers={"Idempotency-Key": "maak-1"})
        assert first.status_code == again.status_code == 201
        assert again.json() == first.json()
        assert again.headers["location"] == first.headers["location"]
        assert again.headers["etag"] == first.headers["etag"]
        assert again.headers["idempotent-replayed"] == "true"
        other = await staff.post(
            "/api/v1/opgaven", json=body | {"summary": "anders"}, headers={"Idempotency-Key": "maak-1"}
        )
        assert other.status_code == 422
        assert other.json()["code"] == "idempotency_key_reused"
        without = await staff.post("/api/v1/opgaven", json=body)
        assert without.status_code == 201
    assert await _count(db, title) == 2


async def test_ten_concurrent_requests_with_one_key_create_one(
    started_app: Litestar, db: Database, town: Town
) -> None:
    title = unique("Gelijktijdig")
    body = {"municipality": town.slug, "title": title}
    async with browser(started_app, town.regisseur["email"]) as staff:
        responses = await asyncio.gather(
            *(
                staff.post("/api/v1/opgaven", json=body, headers={"Idempotency-Key": "samen-1"})
                for _ in range(10)
            )
        )
    assert [r.status_code for r in responses] == [201] * 10
    assert len({r.json()["id"] for r in responses}) == 1
    assert sum(r.headers.get("idempotent-replayed") == "true" for r in responses) == 9
    assert await _count(db, title) == 1


async def test_keys_are_scoped_to_the_caller(started_app: Litestar, db: Database, town: Town) -> None:
    title = unique("Ieder")
    body = {"municipality": town.slug, "title": title}
    async with (
        browser(started_app, town.regisseur["email"]) as one,
        browser(started_app, town.medewerker["email"]) as two,
    ):
        a = await one.post("/api/v1/opgaven", json=body, headers={"Idempotency-Key": "zelfde"})
        b = await two.post("/api/v1/opgaven", json=body, headers={"Idempotency-Key": "zelfde"})
    assert a.json()["id"] != b.json()["id"]
    assert await _count(db, title) == 2


async def test_a_failed_request_leaves_the_key_free(started_app: Litestar, db: Database, town: Town) -> None:
    title = unique("Later")
    async with browser(started_app, town.regisseur["email"]) as staff:
        bad = await staff.post(
            "/api/v1/opgaven",
            json={"municipality": town.slug, "title": title, "domains": ["onbekend"]},
            headers={"Idempotency-Key": "k-9"},
        )
        assert bad.status_code == 400
        good = await staff.post(
            "/api/v1/opgaven",
            json={"municipality": town.slug, "title": title, "domains": ["onbekend"]},
            headers={"Idempotency-Key": "k-9"},
        )
        assert good.status_code == 400  # nothing was stored, so it runs (and fails) again
    assert await _count(db, title) == 0


async def test_a_malformed_key_is_refused(started_app: Litestar, town: Town) -> None:
    async with browser(started_app, town.regisseur["email"]) as staff:
        response = await staff.post(
            "/api/v1/opgaven",
            json={"municipality": town.slug, "title": "x y z"},
            headers={"Idempotency-Key": "a" * 201},
        )
    assert response.status_code == 400
    assert response.json()["invalidParams"][0]["name"] == "Idempotency-Key"


async def test_a_key_is_forgotten_after_a_day(started_app: Litestar, db: Database, town: Town) -> None:
    body = {"municipality": town.slug, "title": unique("Gisteren")}
    async with browser(started_app, town.regisseur["email"]) as staff:
        first = await staff.post("/api/v1/opgaven", json=body, headers={"Idempotency-Key": "dag-1"})
        assert first.status_code == 201
        await db.fetchval(
            "UPDATE idempotency_records SET created_at = now() - interval '25 hours' WHERE key = 'dag-1'"
        )
        async with started_app.state.db.connection() as connection:
            assert await forget_old_keys(connection) >= 1
        again = await staff.post("/api/v1/opgaven", json=body, headers={"Idempotency-Key": "dag-1"})
        assert again.status_code == 201
        assert "idempotent-replayed" not in again.headers
        assert again.json()["id"] != first.json()["id"]


def test_the_contract_offers_the_key_on_every_post_that_writes() -> None:
    spec = json.loads(SPEC_FILE.read_text())
    posts = {
        op["operationId"]: op for item in spec["paths"].values() for m, op in item.items() if m == "post"
    }
    keyed = {
        name
        for name, op in posts.items()
        if {"$ref": "#/components/parameters/Idempotency-Key"} in op.get("parameters", [])
    }
    # Every POST, those whose answer holds a secret (kept encrypted for the replay) included.
    assert keyed == set(posts)
    assert all({"409", "422"} <= set(posts[name]["responses"]) for name in keyed)
