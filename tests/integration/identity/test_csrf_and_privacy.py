"""Cookie-authenticated writes need the CSRF token and a trusted origin; my data is mine to take and delete."""

import json

import httpx
from litestar import Litestar

from api.db.connection import Database
from tests.factories import municipality
from tests.identities import ORIGIN, PASSWORD, anonymous_client, browser, person


async def _display_name(db: Database, account_id: object) -> str:
    name: str = await db.fetchval("SELECT display_name FROM accounts WHERE id = $1", account_id)
    return name


async def test_a_write_without_the_csrf_token_is_refused_and_changes_nothing(
    started_app: Litestar, db: Database
) -> None:
    someone = await person(db, display_name="Origineel")
    async with browser(started_app, someone["email"]) as client:
        etag = (await client.get("/api/v1/me")).headers["etag"]
        del client.headers["X-CSRF-Token"]
        response = await client.patch(
            "/api/v1/me", json={"displayName": "Gekaapt"}, headers={"If-Match": etag}
        )
        assert response.status_code == 403
        assert response.json()["code"] == "csrf_failed"
        forged = await client.patch(
            "/api/v1/me",
            json={"displayName": "Gekaapt"},
            headers={"If-Match": etag, "X-CSRF-Token": "x" * 43},
        )
        assert forged.status_code == 403
    assert await _display_name(db, someone["id"]) == "Origineel"


async def test_a_write_from_a_foreign_origin_is_refused_even_with_the_token(
    started_app: Litestar, db: Database
) -> None:
    someone = await person(db, display_name="Origineel")
    async with browser(started_app, someone["email"]) as client:
        etag = (await client.get("/api/v1/me")).headers["etag"]
        for origin in ("https://evil.example", "null"):
            response = await client.patch(
                "/api/v1/me", json={"displayName": "Gekaapt"}, headers={"If-Match": etag, "Origin": origin}
            )
            assert response.status_code == 403, origin
        del client.headers["Origin"]
        missing = await client.patch(
            "/api/v1/me", json={"displayName": "Gekaapt"}, headers={"If-Match": etag}
        )
        assert missing.status_code == 403
        assert (
            await client.delete("/api/v1/me", headers={"Origin": "https://evil.example"})
        ).status_code == 403
    assert await _display_name(db, someone["id"]) == "Origineel"
    assert await db.fetchval("SELECT deleted_at FROM accounts WHERE id = $1", someone["id"]) is None


async def test_sign_in_from_a_foreign_origin_is_refused(started_app: Litestar, db: Database) -> None:
    """No login CSRF: another site cannot sign a visitor in to an account of its choosing."""
    someone = await person(db)
    async with anonymous_client(started_app) as client:
        response = await client.post(
            "/api/v1/sessions",
            json={"email": someone["email"], "password": PASSWORD},
            headers={"Origin": "https://evil.example"},
        )
    assert response.status_code == 403
    assert "set-cookie" not in response.headers


async def test_reads_need_no_csrf_token(started_app: Litestar, db: Database) -> None:
    someone = await person(db)
    async with browser(started_app, someone["email"]) as client:
        del client.headers["X-CSRF-Token"]
        assert (await client.get("/api/v1/me")).status_code == 200


async def test_cors_never_pairs_a_wildcard_with_credentials(client: httpx.AsyncClient) -> None:
    for path in ("/api/v1/me", "/api/v1/municipalities", "/api/v1/openapi.json"):
        response = await client.get(path, headers={"Origin": "https://evil.example"})
        assert not (
            response.headers.get("access-control-allow-origin") == "*"
            and response.headers.get("access-control-allow-credentials") == "true"
        ), path


async def test_export_holds_everything_about_me_and_nobody_else(started_app: Litestar, db: Database) -> None:
    town = await municipality(db)
    me = await person(db, municipality_id=town["id"], role="inwoner", display_name="Exporteur")
    other = await person(db, display_name="Iemand Anders")
    async with browser(started_app, me["email"]) as client:
        response = await client.get("/api/v1/me/export")
    assert response.status_code == 200
    assert "attachment" in response.headers["content-disposition"]
    data = response.json()
    assert data["account"]["email"] == me["email"]
    assert data["account"]["roles"][0]["role"] == "inwoner"
    assert len(data["sessions"]) == 1
    assert any(event["action"] == "session.opened" for event in data["activity"])
    text = json.dumps(data)
    assert other["email"] not in text
    assert "Iemand Anders" not in text
    assert "passwordHash" not in text
    assert "argon2" not in text


async def test_deleting_my_account_removes_what_identifies_me(started_app: Litestar, db: Database) -> None:
    town = await municipality(db)
    me = await person(db, municipality_id=town["id"], role="medewerker", display_name="Vertrekker")
    async with browser(started_app, me["email"]) as client, browser(started_app, me["email"]) as elsewhere:
        response = await client.delete("/api/v1/me")
        assert response.status_code == 204
        assert "max-age=0" in response.headers["set-cookie"].lower()
        assert (await client.get("/api/v1/me")).status_code == 401
        assert (await elsewhere.get("/api/v1/me")).status_code == 401
    row = await db.fetchrow("SELECT * FROM accounts WHERE id = $1", me["id"])
    assert row is not None  # contributions keep pointing at it
    assert row["email"] is None
    assert row["display_name"] is None
    assert row["password_hash"] is None
    assert row["deleted_at"] is not None
    for table in ("sessions", "role_assignments", "account_tokens", "organisation_members"):
        assert await db.fetchval(f"SELECT count(*) FROM {table} WHERE account_id = $1", me["id"]) == 0
    assert (
        await db.fetchval(
            "SELECT count(*) FROM outgoing_mails WHERE lower(to_address) = lower($1)", me["email"]
        )
        == 0
    )
    async with anonymous_client(started_app) as client:
        again = await client.post("/api/v1/sessions", json={"email": me["email"], "password": PASSWORD})
    assert again.status_code == 401


async def test_deleting_asks_for_a_recent_sign_in(started_app: Litestar, db: Database) -> None:
    """A session left open on a library computer is not enough to make someone disappear."""
    me = await person(db, display_name="Blijver")
    async with browser(started_app, me["email"]) as left_open:
        await db.fetchval(
            "UPDATE sessions SET created_at = now() - interval '16 minutes' WHERE account_id = $1", me["id"]
        )
        refused = await left_open.delete("/api/v1/me")
        assert refused.status_code == 403
        assert refused.headers["content-type"].startswith("application/problem+json")
        assert refused.json()["code"] == "reauthentication_required"
        assert (await left_open.get("/api/v1/me")).json()["displayName"] == "Blijver"
        async with browser(started_app, me["email"]) as fresh:
            assert (await fresh.delete("/api/v1/me")).status_code == 204
    assert await db.fetchval("SELECT deleted_at FROM accounts WHERE id = $1", me["id"]) is not None


async def test_the_cookie_is_host_only_secure_and_http_only(started_app: Litestar, db: Database) -> None:
    someone = await person(db)
    async with anonymous_client(started_app) as client:
        response = await client.post(
            "/api/v1/sessions", json={"email": someone["email"], "password": PASSWORD}
        )
    cookie = response.headers["set-cookie"]
    assert "domain=" not in cookie.lower()
    assert response.headers["cache-control"] == "no-store"
    assert ORIGIN.startswith("https://")
