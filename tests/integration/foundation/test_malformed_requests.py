"""Bytes that are not what they claim to be are a 4xx with a code of their own, never a 500.

(Every operation of the spec gets the same bodies in ``tests/contract/test_malformed_bodies.py``;
these are the rules one at a time, with the codes a client can act on.)
"""

import hashlib

from litestar import Litestar

from api.db.connection import Database
from tests.factories import municipality, unique
from tests.identities import PASSWORD, anonymous_client, browser, person


async def test_a_body_that_is_not_utf8_is_a_400_even_anonymously(started_app: Litestar) -> None:
    async with anonymous_client(started_app) as client:
        response = await client.post(
            "/api/v1/sessions",
            content=b'{"email": "caf\xe9@example.org", "password": "x"}',
            headers={"Content-Type": "application/json"},
        )
    assert response.status_code == 400
    assert response.headers["content-type"] == "application/problem+json"
    assert response.json()["invalidParams"][0]["code"] == "invalid_encoding"


async def test_a_guard_that_reads_the_body_refuses_bad_bytes_too(started_app: Litestar, db: Database) -> None:
    town = await municipality(db)
    staff = await person(db, municipality_id=town["id"], role="medewerker")
    async with browser(started_app, staff["email"]) as client:
        response = await client.post(
            "/api/v1/opgaven",
            content=b'{"municipality": "' + town["slug"].encode() + b'", "title": "\xff\xfe"}',
            headers={"Content-Type": "application/json"},
        )
    assert response.status_code == 400
    assert response.json()["invalidParams"][0]["code"] == "invalid_encoding"


async def test_a_declared_charset_other_than_utf8_is_a_415(started_app: Litestar) -> None:
    async with anonymous_client(started_app) as client:
        latin1 = await client.post(
            "/api/v1/password-resets",
            content='{"email": "café@example.org"}'.encode("latin-1"),
            headers={"Content-Type": "application/json; charset=ISO-8859-1"},
        )
        utf8 = await client.post(
            "/api/v1/password-resets",
            content=b'{"email": "cafe@example.org"}',
            headers={"Content-Type": "application/json; charset=UTF-8"},
        )
    assert latin1.status_code == 415
    assert latin1.json()["code"] == "unsupported_charset"
    assert utf8.status_code == 202


async def test_a_form_with_escapes_that_are_not_utf8_is_a_400(started_app: Litestar) -> None:
    async with anonymous_client(started_app) as client:
        response = await client.post(
            "/api/v1/oauth/token",
            content=b"grant_type=client_credentials&client_id=%FF%FE&client_secret=x",
            headers={"Content-Type": "application/x-www-form-urlencoded"},
        )
    assert response.status_code == 400
    assert response.json()["invalidParams"][0]["code"] == "invalid_encoding"


async def test_a_query_that_is_not_utf8_is_a_400(started_app: Litestar) -> None:
    async with anonymous_client(started_app) as client:
        response = await client.get("/api/v1/opgaven?q=%FF")
    assert response.status_code == 400
    assert response.json()["invalidParams"][0]["code"] == "invalid_encoding"


async def test_a_body_where_none_is_taken_is_refused_and_changes_nothing(
    started_app: Litestar, db: Database
) -> None:
    someone = await person(db)
    async with browser(started_app, someone["email"]) as client:
        response = await client.request(
            "DELETE", "/api/v1/sessions/current", content=b"\xff", headers={"Content-Type": "text/plain"}
        )
        still = await client.get("/api/v1/me")
    assert response.status_code == 400
    assert response.json()["invalidParams"][0]["code"] == "unexpected_body"
    assert still.status_code == 200


async def test_nul_characters_are_refused_raw_and_escaped(started_app: Litestar) -> None:
    async with anonymous_client(started_app) as client:
        raw = await client.post(
            "/api/v1/sessions",
            content=b'{"email": "a\x00@example.org", "password": "x"}',
            headers={"Content-Type": "application/json"},
        )
        escaped = await client.post(
            "/api/v1/sessions", json={"email": "a\x00@example.org", "password": PASSWORD}
        )
    assert raw.status_code == escaped.status_code == 400


async def test_a_retried_creation_of_a_machine_client_gives_the_same_secret_once(
    started_app: Litestar, db: Database
) -> None:
    town = await municipality(db)
    admin = await person(db, municipality_id=town["id"], role="beheerder")
    name = unique("Zaaksysteem")
    body = {"municipality": town["slug"], "name": name, "scopes": ["opgaven:read"]}
    async with browser(started_app, admin["email"]) as client:
        first = await client.post("/api/v1/api-clients", json=body, headers={"Idempotency-Key": name})
        retry = await client.post("/api/v1/api-clients", json=body, headers={"Idempotency-Key": name})
    assert first.status_code == retry.status_code == 201
    assert retry.json() == first.json()
    assert await db.fetchval("SELECT count(*) FROM api_clients WHERE name = $1", name) == 1
    # Kept for the replay, but encrypted: the secret is nowhere in the database in the clear.
    secret = first.json()["clientSecret"].encode()
    stored = await db.fetchrow("SELECT headers::text, body FROM idempotency_records WHERE key = $1", name)
    assert secret not in bytes(stored["body"])
    assert secret.decode() not in stored["headers"]


async def test_a_replayed_answer_without_content_keeps_its_content_type(started_app: Litestar) -> None:
    async with anonymous_client(started_app) as client:
        body = {"email": f"{unique('vergeten')}@example.org"}
        first = await client.post("/api/v1/password-resets", json=body, headers={"Idempotency-Key": "r-1"})
        retry = await client.post("/api/v1/password-resets", json=body, headers={"Idempotency-Key": "r-1"})
    assert retry.headers["idempotent-replayed"] == "true"
    assert retry.headers["content-type"] == first.headers["content-type"] == "application/json"
    assert retry.content == first.content


async def test_a_request_with_a_password_is_remembered_by_a_keyed_hash(
    started_app: Litestar, db: Database
) -> None:
    town = await municipality(db)
    key = unique("registreer")
    body = (
        b'{"email": "' + f"{key}@example.org".encode() + b'", "password": "Lange-Zinnen-Zijn-Sterk-77", '
        b'"displayName": "Nieuw", "municipality": "' + town["slug"].encode() + b'"}'
    )
    async with anonymous_client(started_app) as client:
        response = await client.post(
            "/api/v1/accounts",
            content=body,
            headers={"Content-Type": "application/json", "Idempotency-Key": key},
        )
    assert response.status_code == 202
    stored = await db.fetchval("SELECT request_hash FROM idempotency_records WHERE key = $1", key)
    # A plain hash of the body could be guessed offline from a copy of the database.
    assert bytes(stored) != hashlib.sha256(b"/api/v1/accounts\n" + body).digest()
