"""A municipality's OpenID broker for residents (the way DigiD reaches web applications), on the staff
sign-in's code and rules, against a real OpenID provider on loopback (oidc-provider-mock)."""

from typing import Any

from litestar import Litestar

from api.db.connection import Database
from tests.factories import municipality, unique
from tests.identities import browser, person
from tests.oidc import (
    audit_of,
    come_back,
    configure,
    failures,
    log_in_at_mock,
    path_of,
    query_of,
    reasons_of,
    resident_sign_in,
    set_user,
    start,
)

ISSUER = "https://digid-broker.gemeente.example"
SECRET = "broker-geheim-" + "x" * 20


def _path(slug: str) -> str:
    return f"/api/v1/municipalities/{slug}/resident-broker"


def _resident(issuer: str, **claims: Any) -> str:
    sub = unique("bsn")
    set_user(
        issuer,
        sub,
        {"email": f"{sub}@inwoner.example", "email_verified": True, "name": "Ine Inwoner"} | claims,
    )
    return sub


async def _links(db: Database, account_id: Any) -> list[tuple[Any, str]]:
    rows = await db.fetch(
        "SELECT municipality_id, purpose FROM external_identities WHERE account_id = $1", account_id
    )
    return [(r["municipality_id"], r["purpose"]) for r in rows]


async def test_a_beheerder_sets_the_residents_broker_beside_the_staff_provider(
    started_app: Litestar, db: Database
) -> None:
    town = await municipality(db)
    admin = await person(db, municipality_id=town["id"], role="beheerder")
    async with browser(started_app, admin["email"]) as client:
        path = _path(town["slug"])
        assert (await client.get(path)).status_code == 404
        # A broker never gives a role: there is no role to set.
        refused = await client.put(
            path,
            json={
                "issuer": ISSUER,
                "clientId": "samenspel",
                "clientSecret": SECRET,
                "newStaffRole": "medewerker",
            },
        )
        assert refused.status_code == 400, refused.text
        # The same issuer rules as the staff provider.
        inside = await client.put(
            path, json={"issuer": "https://10.0.0.7/realm", "clientId": "samenspel", "clientSecret": SECRET}
        )
        assert inside.status_code == 400
        assert inside.json()["invalidParams"][0]["name"] == "issuer"
        created = await client.put(
            path, json={"issuer": ISSUER, "clientId": "samenspel", "clientSecret": SECRET}
        )
        assert created.status_code == 201, created.text
        assert created.json() == {
            "issuer": ISSUER,
            "clientId": "samenspel",
            "label": "Inloggen met DigiD (via de gemeente)",
            "enabled": True,
            "redirectUri": "http://localhost:8000/api/v1/resident-sign-in/callback",
            "createdAt": created.json()["createdAt"],
            "updatedAt": created.json()["updatedAt"],
        }
        assert SECRET not in created.text
        # The staff provider is another setting: still none.
        assert (
            await client.get(f"/api/v1/municipalities/{town['slug']}/identity-provider")
        ).status_code == 404
        public = (await client.get(f"/api/v1/municipalities/{town['slug']}")).json()
        assert public["residentSignIn"] == {"label": "Inloggen met DigiD (via de gemeente)"}
        assert public["staffSignIn"] is None
        # Replacing needs the current version; without a new secret the issuer cannot change.
        moved = await client.put(
            path,
            json={"issuer": "https://elders.example", "clientId": "samenspel"},
            headers={"If-Match": created.headers["etag"]},
        )
        assert moved.status_code == 400
        assert moved.json()["invalidParams"][0]["name"] == "clientSecret"
        gone = await client.delete(path, headers={"If-Match": created.headers["etag"]})
        assert gone.status_code == 204
        assert (await client.get(f"/api/v1/municipalities/{town['slug']}")).json()["residentSignIn"] is None
    assert [e["action"] for e in await audit_of(db, town["id"])] == [
        "identity_provider.configured",
        "identity_provider.removed",
    ]
    assert all(SECRET not in str(e) for e in await audit_of(db, town["id"]))


async def test_a_resident_signs_in_through_the_broker_and_gets_no_role(
    started_app: Litestar, db: Database, mock_issuer: str
) -> None:
    town = await municipality(db)
    # Even beside a staff provider that gives medewerker, on the same issuer.
    await configure(db, started_app, town["id"], mock_issuer, role="medewerker")
    await configure(db, started_app, town["id"], mock_issuer, purpose="residents", label="Inloggen met DigiD")
    sub = _resident(mock_issuer)
    async with browser(started_app) as visitor:
        started = await start(visitor, town["slug"], "/stemmen", path="resident-sign-in")
        asked = query_of(started.headers["location"])
        assert asked["redirect_uri"] == "http://localhost:8000/api/v1/resident-sign-in/callback"
        assert asked["code_challenge_method"] == "S256"
        assert asked["state"]
        assert asked["nonce"]
        back = await come_back(visitor, await log_in_at_mock(started.headers["location"], sub))
        assert back.status_code == 303, back.text
        assert back.headers["location"] == "/stemmen"
        me = (await visitor.get("/api/v1/me")).json()
    account_id = me["id"]
    assert await db.fetchval("SELECT count(*) FROM role_assignments WHERE account_id = $1", account_id) == 0
    assert await _links(db, account_id) == [(town["id"], "residents")]
    actions = [e["action"] for e in await audit_of(db, town["id"])]
    assert "resident_sign_in.succeeded" in actions
    assert "role.granted" not in actions


async def test_a_signed_in_resident_links_their_account_and_a_replayed_state_fails(
    started_app: Litestar, db: Database, mock_issuer: str
) -> None:
    town = await municipality(db)
    await configure(db, started_app, town["id"], mock_issuer, purpose="residents")
    resident = await person(db)
    # The broker knows no address (as DigiD): the signed-in account is who links.
    sub = unique("bsn")
    set_user(mock_issuer, sub, {"name": "Ine Inwoner"})
    async with browser(started_app, resident["email"]) as signed_in:
        started = await start(signed_in, town["slug"], "/", path="resident-sign-in")
        way_back = await log_in_at_mock(started.headers["location"], sub)
        back = await come_back(signed_in, way_back)
        assert back.status_code == 303
        assert back.headers["location"] == "/"
        again = await come_back(signed_in, way_back)
        assert again.headers["location"] == "/aanmelden?fout=resident_sign_in_failed"
    assert await _links(db, resident["id"]) == [(town["id"], "residents")]
    assert (
        await db.fetchval("SELECT count(*) FROM role_assignments WHERE account_id = $1", resident["id"]) == 0
    )
    assert await failures(db, town["id"]) == []  # staff sign-in failures: none
    reasons = await db.fetch(
        """SELECT details->>'reason' AS reason FROM audit_events
           WHERE action = 'resident_sign_in.failed' AND municipality_id = $1""",
        town["id"],
    )
    assert [r["reason"] for r in reasons] == ["state_used"]

    # Another account may not take over the same person at the broker.
    other = await person(db)
    async with browser(started_app, other["email"]) as someone_else:
        taken = await resident_sign_in(someone_else, town["slug"], sub)
        assert taken.headers["location"] == "/aanmelden?fout=resident_sign_in_failed"
    assert await _links(db, other["id"]) == []


async def test_a_staff_callback_does_not_take_a_residents_state(
    started_app: Litestar, db: Database, mock_issuer: str
) -> None:
    town = await municipality(db)
    await configure(db, started_app, town["id"], mock_issuer, purpose="residents")
    await configure(db, started_app, town["id"], mock_issuer)
    sub = _resident(mock_issuer)
    async with browser(started_app) as visitor:
        started = await start(visitor, town["slug"], "/", path="resident-sign-in")
        way_back = await log_in_at_mock(started.headers["location"], sub)
        crossed = await visitor.get(path_of(way_back.replace("/resident-sign-in/", "/staff-sign-in/")))
        assert crossed.headers["location"] == "/aanmelden?fout=staff_sign_in_failed"
        assert (await visitor.get("/api/v1/me")).status_code == 401
    assert await reasons_of(db, crossed) == ["state_purpose_mismatch"]
