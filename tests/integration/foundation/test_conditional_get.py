"""Conditional GETs: an ETag on every successful read, 304 without a body when it still matches."""

import httpx
from litestar import Litestar

from api.db.connection import Database
from tests.factories import municipality, opgave
from tests.identities import browser, person


async def test_a_list_answers_304_until_it_changes(client: httpx.AsyncClient, db: Database) -> None:
    town = await municipality(db)
    regisseur = await person(db, municipality_id=town["id"], role="medewerker")
    await opgave(db, town["id"], regisseur["id"])
    url = f"/api/v1/opgaven?municipality={town['slug']}"

    first = await client.get(url)
    assert first.status_code == 200
    etag = first.headers["etag"]
    # Without credentials the answer is everyone's: kept, and asked again before each use.
    assert first.headers["cache-control"] == "no-cache"
    assert "Cookie" in first.headers["vary"]

    same = await client.get(url, headers={"If-None-Match": etag})
    assert same.status_code == 304
    assert same.content == b""
    assert same.headers["etag"] == etag
    assert same.headers["cache-control"] == "no-cache"
    assert "content-type" not in same.headers
    # Weak comparison, a list of tags, and "*".
    assert (await client.get(url, headers={"If-None-Match": f'"other", W/{etag}'})).status_code == 304
    assert (await client.get(url, headers={"If-None-Match": "*"})).status_code == 304
    assert (await client.head(url, headers={"If-None-Match": etag})).status_code == 304
    other = await client.get(url, headers={"If-None-Match": '"something-else"'})
    assert other.status_code == 200
    assert other.content == first.content

    await opgave(db, town["id"], regisseur["id"])
    changed = await client.get(url, headers={"If-None-Match": etag})
    assert changed.status_code == 200
    assert changed.headers["etag"] != etag
    assert len(changed.json()["items"]) == 2


async def test_a_resource_keeps_its_version_as_etag(client: httpx.AsyncClient, db: Database) -> None:
    town = await municipality(db)
    regisseur = await person(db, municipality_id=town["id"], role="medewerker")
    found = await opgave(db, town["id"], regisseur["id"])
    url = f"/api/v1/opgaven/{found['id']}"
    first = await client.get(url)
    assert first.status_code == 200
    assert (await client.get(url, headers={"If-None-Match": first.headers["etag"]})).status_code == 304
    await db.fetchval(
        "UPDATE opgaven SET title = title || ' (nieuw)', version = version + 1 WHERE id = $1", found["id"]
    )
    again = await client.get(url, headers={"If-None-Match": first.headers["etag"]})
    assert again.status_code == 200
    assert again.headers["etag"] != first.headers["etag"]


async def test_what_a_signed_in_person_gets_is_never_stored(started_app: Litestar, db: Database) -> None:
    someone = await person(db)
    async with browser(started_app, someone["email"]) as signed_in:
        me = await signed_in.get("/api/v1/me")
        assert me.status_code == 200
        assert me.headers["cache-control"] == "no-store"
        again = await signed_in.get("/api/v1/me", headers={"If-None-Match": me.headers["etag"]})
        assert again.status_code == 304
        assert again.headers["cache-control"] == "no-store"


async def test_errors_and_health_are_not_conditional(client: httpx.AsyncClient) -> None:
    missing = await client.get(
        "/api/v1/opgaven/00000000-0000-0000-0000-000000000000", headers={"If-None-Match": "*"}
    )
    assert missing.status_code == 404
    assert "etag" not in missing.headers
    live = await client.get("/api/v1/health/live", headers={"If-None-Match": "*"})
    assert live.status_code == 200
    assert live.headers["cache-control"] == "no-store"
