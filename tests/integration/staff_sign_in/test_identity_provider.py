"""A municipality's identity provider: set, replaced and removed by its beheerder only; the
secret encrypted at rest and never in a response; every write audited; no issuer that would
make the platform call inside its own network."""

from typing import Any

import httpx
import pytest
from litestar import Litestar

from api.db.connection import Database
from tests.factories import municipality
from tests.identities import anonymous_client, browser, person
from tests.oidc import audit_of

SECRET = "zeer-geheim-clientgeheim-1234567890"
ISSUER = "https://login.gemeente.example/realms/medewerkers"


def _body(**changes: Any) -> dict[str, Any]:
    return {"issuer": ISSUER, "clientId": "samenspel", "clientSecret": SECRET} | changes


def _path(slug: str) -> str:
    return f"/api/v1/municipalities/{slug}/identity-provider"


async def test_a_beheerder_sets_replaces_and_removes_the_provider(
    started_app: Litestar, db: Database
) -> None:
    town = await municipality(db)
    admin = await person(db, municipality_id=town["id"], role="beheerder")
    seen: list[httpx.Response] = []
    async with browser(started_app, admin["email"]) as client:
        path = _path(town["slug"])
        assert (await client.get(path)).status_code == 404

        created = await client.put(path, json=_body(label="Inloggen met Gemeente-account"))
        seen.append(created)
        assert created.status_code == 201, created.text
        assert created.json() == {
            "issuer": ISSUER,
            "clientId": "samenspel",
            "label": "Inloggen met Gemeente-account",
            "newStaffRole": "medewerker",
            "enabled": True,
            "redirectUri": "http://localhost:8000/api/v1/staff-sign-in/callback",
            "createdAt": created.json()["createdAt"],
            "updatedAt": created.json()["updatedAt"],
        }
        read = await client.get(path)
        seen.append(read)
        assert read.json() == created.json()
        assert read.headers["etag"] == created.headers["etag"]
        public = await client.get(f"/api/v1/municipalities/{town['slug']}")
        seen.append(public)
        assert public.json()["staffSignIn"] == {"label": "Inloggen met Gemeente-account"}

        # Replacing needs the current version.
        assert (await client.put(path, json=_body())).status_code == 428
        assert (await client.put(path, json=_body(), headers={"If-Match": '"999"'})).status_code == 412
        sealed = await db.fetchval(
            "SELECT client_secret_encrypted FROM identity_providers WHERE municipality_id = $1", town["id"]
        )

        # The stored secret stays when neither issuer nor client id changes...
        kept = await client.put(
            path,
            json={"issuer": ISSUER, "clientId": "samenspel", "enabled": False, "newStaffRole": "partner"},
            headers={"If-Match": created.headers["etag"]},
        )
        seen.append(kept)
        assert kept.status_code == 200, kept.text
        assert kept.json()["enabled"] is False
        assert kept.json()["label"] == "Inloggen voor medewerkers"
        assert kept.headers["etag"] != created.headers["etag"]
        assert (
            await db.fetchval(
                "SELECT client_secret_encrypted FROM identity_providers WHERE municipality_id = $1",
                town["id"],
            )
            == sealed
        )
        assert (await client.get(f"/api/v1/municipalities/{town['slug']}")).json()["staffSignIn"] is None

        # ...and is never sent to another issuer or for another client without being given again.
        for changed in ({"issuer": "https://andere.example"}, {"clientId": "ander"}):
            refused = await client.put(
                path,
                json={"issuer": ISSUER, "clientId": "samenspel"} | changed,
                headers={"If-Match": kept.headers["etag"]},
            )
            assert refused.status_code == 400
            assert [(p["name"], p["code"]) for p in refused.json()["invalidParams"]] == [
                ("clientSecret", "required")
            ]

        assert (await client.delete(path)).status_code == 428
        assert (await client.delete(path, headers={"If-Match": created.headers["etag"]})).status_code == 412
        assert (await client.delete(path, headers={"If-Match": kept.headers["etag"]})).status_code == 204
        assert (await client.get(path)).status_code == 404
        assert (await client.delete(path, headers={"If-Match": kept.headers["etag"]})).status_code == 404

    for response in seen:
        assert SECRET not in response.text
    assert SECRET.encode() not in sealed
    entries = await audit_of(db, town["id"])
    assert [(e["action"], e["actor_id"]) for e in entries] == [
        ("identity_provider.configured", str(admin["id"])),
        ("identity_provider.updated", str(admin["id"])),
        ("identity_provider.removed", str(admin["id"])),
    ]
    assert [e["details"].get("clientSecretChanged") for e in entries[:2]] == [True, False]
    assert all(SECRET not in str(e) for e in entries)


async def test_the_audit_log_through_the_api_shows_no_secret(started_app: Litestar, db: Database) -> None:
    town = await municipality(db)
    admin = await person(db, municipality_id=town["id"], role="beheerder")
    async with browser(started_app, admin["email"]) as client:
        assert (await client.put(_path(town["slug"]), json=_body())).status_code == 201
        log = await client.get(f"/api/v1/audit-events?municipality={town['slug']}")
    assert log.status_code == 200
    assert "identity_provider.configured" in log.text
    assert SECRET not in log.text


@pytest.mark.parametrize("who", ["anonymous", "inwoner", "medewerker", "beheerder elders"])
async def test_only_the_municipality_s_beheerder_manages_its_provider(
    started_app: Litestar, db: Database, who: str
) -> None:
    town = await municipality(db)
    elsewhere = await municipality(db)
    roles = {
        "inwoner": (town, "inwoner"),
        "medewerker": (town, "medewerker"),
        "beheerder elders": (elsewhere, "beheerder"),
    }
    expected = 401 if who == "anonymous" else 403
    if who == "anonymous":
        context = anonymous_client(started_app)
    else:
        where, role = roles[who]
        someone = await person(db, municipality_id=where["id"], role=role)
        context = browser(started_app, someone["email"])
    async with context as client:
        path = _path(town["slug"])
        assert (await client.get(path)).status_code == expected
        assert (await client.put(path, json=_body())).status_code == expected
        assert (await client.delete(path, headers={"If-Match": '"1"'})).status_code == expected
        assert (await client.get(_path("bestaat-niet"))).status_code == 404
    assert (
        await db.fetchval("SELECT count(*) FROM identity_providers WHERE municipality_id = $1", town["id"])
        == 0
    )
    assert await audit_of(db, town["id"]) == []


@pytest.mark.parametrize(
    ("issuer", "code"),
    [
        ("http://login.gemeente.example", "https_required"),
        ("https://10.0.0.5/realms/x", "private_address"),
        ("https://192.168.1.1", "private_address"),
        ("https://172.16.0.1", "private_address"),
        ("https://100.64.0.1", "private_address"),
        ("https://169.254.169.254/latest/meta-data", "private_address"),
        ("https://[fd00::1]", "private_address"),
        ("https://[::ffff:10.0.0.1]", "private_address"),
        ("https://0.0.0.0", "private_address"),
        ("https://intranet", "invalid_host"),
        ("https://2130706433", "invalid_host"),
        ("https://0x7f.1", "invalid_host"),
        ("https://beheer:wachtwoord@login.gemeente.example", "invalid_url"),
        ("https://login.gemeente.example?tenant=1", "invalid_url"),
        ("https://login.gemeente.example#x", "invalid_url"),
    ],
)
async def test_issuers_that_reach_inside_are_refused(
    started_app: Litestar, db: Database, issuer: str, code: str
) -> None:
    town = await municipality(db)
    admin = await person(db, municipality_id=town["id"], role="beheerder")
    async with browser(started_app, admin["email"]) as client:
        response = await client.put(_path(town["slug"]), json=_body(issuer=issuer))
    assert response.status_code == 400, response.text
    assert [(p["name"], p["code"]) for p in response.json()["invalidParams"]] == [("issuer", code)]
    assert (
        await db.fetchval("SELECT count(*) FROM identity_providers WHERE municipality_id = $1", town["id"])
        == 0
    )


@pytest.mark.parametrize(
    "body",
    [
        _body(issuer="ftp://login.gemeente.example"),
        _body(newStaffRole="beheerder"),
        _body(clientSecret=""),
        _body(label="x"),
        _body(label="Inloggen\nmet script"),
        _body(secretHash="abc"),
        {"issuer": ISSUER},
    ],
)
async def test_a_malformed_setting_is_a_400(
    started_app: Litestar, db: Database, body: dict[str, Any]
) -> None:
    town = await municipality(db)
    admin = await person(db, municipality_id=town["id"], role="beheerder")
    async with browser(started_app, admin["email"]) as client:
        response = await client.put(_path(town["slug"]), json=body)
    assert response.status_code == 400, response.text
    assert response.headers["content-type"] == "application/problem+json"
    assert (
        await db.fetchval("SELECT count(*) FROM identity_providers WHERE municipality_id = $1", town["id"])
        == 0
    )


async def test_a_provider_on_this_machine_is_fine_while_developing(
    started_app: Litestar, db: Database
) -> None:
    town = await municipality(db)
    admin = await person(db, municipality_id=town["id"], role="beheerder")
    async with browser(started_app, admin["email"]) as client:
        response = await client.put(
            _path(town["slug"]), json=_body(issuer="http://127.0.0.1:8080/realms/dev")
        )
    assert response.status_code == 201, response.text
