"""Machine clients: client credentials, signed tokens, scopes; every forged token is a 401."""

import base64
import hashlib
import hmac
import json
import time

import pytest
from joserfc import jwt
from joserfc.jwk import ECKey, RSAKey
from litestar import Litestar

from api.db.connection import Database
from api.domains.clients.tokens import AUDIENCE, TokenKeys
from tests.factories import municipality
from tests.identities import anonymous_client, api_client, bearer_token, browser, person


def _b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


def _claims(keys: TokenKeys, client_id: str, municipality_id: object, **changes: object) -> dict[str, object]:
    now = int(time.time())
    claims: dict[str, object] = {
        "iss": keys.issuer,
        "aud": AUDIENCE,
        "sub": client_id,
        "client_id": client_id,
        "municipality": str(municipality_id),
        "scope": "audit:read",
        "iat": now,
        "exp": now + 300,
    }
    claims.update(changes)
    return {k: v for k, v in claims.items() if v is not None}


async def test_client_credentials_give_a_short_signed_token(started_app: Litestar, db: Database) -> None:
    town = await municipality(db)
    client_id, secret = await api_client(db, town["id"], ["opgaven:read", "audit:read"])
    async with anonymous_client(started_app) as client:
        basic = await client.post(
            "/api/v1/oauth/token", data={"grant_type": "client_credentials"}, auth=(client_id, secret)
        )
        assert basic.status_code == 200, basic.text
        body = basic.json()
        assert body["token_type"] == "Bearer"
        assert body["scope"] == "audit:read opgaven:read"
        assert 0 < body["expires_in"] <= 600
        assert basic.headers["cache-control"] == "no-store"
        posted = await client.post(
            "/api/v1/oauth/token",
            data={
                "grant_type": "client_credentials",
                "client_id": client_id,
                "client_secret": secret,
                "scope": "audit:read",
            },
        )
        assert posted.status_code == 200
        assert posted.json()["scope"] == "audit:read"
        jwks = (await client.get("/api/v1/oauth/jwks")).json()
    header = json.loads(base64.urlsafe_b64decode(body["access_token"].split(".")[0] + "=="))
    assert header["alg"] == "ES256"
    assert header["kid"] in {key["kid"] for key in jwks["keys"]}
    assert all("d" not in key for key in jwks["keys"])  # public keys only


@pytest.mark.parametrize(
    ("form", "auth", "status", "error"),
    [
        ({"grant_type": "client_credentials"}, ("ssp_onbekend", "geheim"), 401, "invalid_client"),
        ({"grant_type": "client_credentials"}, "WRONG_SECRET", 401, "invalid_client"),
        ({"grant_type": "password"}, "GOOD", 400, "unsupported_grant_type"),
        ({"scope": "opgaven:read"}, "GOOD", 400, "unsupported_grant_type"),
        ({"grant_type": "client_credentials", "scope": "budgets:read"}, "GOOD", 400, "invalid_scope"),
        ({"grant_type": "client_credentials", "scope": "alles:mag"}, "GOOD", 400, "invalid_scope"),
    ],
)
async def test_token_errors_follow_rfc_6749_as_problems(
    started_app: Litestar, db: Database, form: dict[str, str], auth: object, status: int, error: str
) -> None:
    town = await municipality(db)
    client_id, secret = await api_client(db, town["id"], ["opgaven:read"])
    credentials = (
        (client_id, secret) if auth == "GOOD" else (client_id, "fout") if auth == "WRONG_SECRET" else auth
    )
    async with anonymous_client(started_app) as client:
        response = await client.post("/api/v1/oauth/token", data=form, auth=credentials)  # type: ignore[arg-type]
    assert response.status_code == status, response.text
    assert response.headers["content-type"] == "application/problem+json"
    assert response.json()["error"] == error
    assert response.json()["code"] == error


async def test_the_token_endpoint_takes_only_a_form(started_app: Litestar) -> None:
    async with anonymous_client(started_app) as client:
        response = await client.post("/api/v1/oauth/token", json={"grant_type": "client_credentials"})
    assert response.status_code == 415


async def _forged_tokens(
    started_app: Litestar, client_id: str, town_id: object, other_town_id: object
) -> dict[str, str]:
    keys: TokenKeys = started_app.state.token_keys
    good = _claims(keys, client_id, town_id)
    header = {"alg": "ES256", "kid": keys.signing.kid}

    def signed(
        claims: dict[str, object], key: object = keys.signing, head: dict[str, object] | None = None
    ) -> str:
        return jwt.encode(head or header, claims, key, algorithms=[str((head or header)["alg"])])  # type: ignore[arg-type]

    unsigned = (
        f"{_b64(json.dumps({'alg': 'none', 'typ': 'JWT'}).encode())}.{_b64(json.dumps(good).encode())}."
    )
    public_pem = keys.signing.as_pem(private=False)
    hs_input = f"{_b64(json.dumps({'alg': 'HS256', 'kid': keys.signing.kid}).encode())}.{_b64(json.dumps(good).encode())}"
    hs_signature = _b64(hmac.new(public_pem, hs_input.encode(), hashlib.sha256).digest())
    attacker_ec = ECKey.generate_key("P-256", parameters={"kid": keys.signing.kid})
    attacker_rsa = RSAKey.generate_key(2048, parameters={"kid": keys.signing.kid})
    return {
        "alg none": unsigned,
        "HS256 with the public key as secret": f"{hs_input}.{hs_signature}",
        "RS256 by another key": signed(good, attacker_rsa, {"alg": "RS256", "kid": keys.signing.kid}),
        "ES256 by another key, our kid": signed(good, attacker_ec),
        "key in the header": signed(
            good, attacker_ec, {"alg": "ES256", "jwk": attacker_ec.as_dict(private=False)}
        ),
        "no kid": signed(good, keys.signing, {"alg": "ES256"}),
        "missing exp": signed(_claims(keys, client_id, town_id, exp=None)),
        "expired": signed(_claims(keys, client_id, town_id, exp=int(time.time()) - 10)),
        "wrong aud": signed(_claims(keys, client_id, town_id, aud="iets-anders")),
        "wrong iss": signed(_claims(keys, client_id, town_id, iss="https://evil.example/api/v1")),
        "missing municipality": signed(_claims(keys, client_id, town_id, municipality=None)),
        "another municipality": signed(_claims(keys, client_id, other_town_id)),
        "unknown client": signed(_claims(keys, "ssp_bestaatniet", town_id)),
        "garbage": "dit.is.geen-token",
    }


async def test_every_forged_token_is_a_401(started_app: Litestar, db: Database) -> None:
    town = await municipality(db)
    other = await municipality(db)
    client_id, _ = await api_client(db, town["id"], ["audit:read"])
    forged = await _forged_tokens(started_app, client_id, town["id"], other["id"])
    async with anonymous_client(started_app) as client:
        genuine = started_app.state.token_keys.issue(client_id, town["id"], ["audit:read"])
        ok = await client.get(
            f"/api/v1/audit-events?municipality={town['slug']}",
            headers={"Authorization": f"Bearer {genuine}"},
        )
        assert ok.status_code == 200, ok.text
        for name, token in forged.items():
            response = await client.get(
                f"/api/v1/audit-events?municipality={town['slug']}",
                headers={"Authorization": f"Bearer {token}"},
            )
            assert response.status_code == 401, name
            assert response.json()["code"] == "invalid_token", name
        basic = await client.get("/api/v1/municipalities", headers={"Authorization": "Basic abc"})
        assert basic.status_code == 401


async def test_a_revoked_client_loses_access_at_once(started_app: Litestar, db: Database) -> None:
    town = await municipality(db)
    admin = await person(db, municipality_id=town["id"], role="beheerder")
    async with browser(started_app, admin["email"]) as staff, anonymous_client(started_app) as machine:
        created = await staff.post(
            "/api/v1/api-clients",
            json={"municipality": town["slug"], "name": "Zaaksysteem", "scopes": ["audit:read"]},
        )
        assert created.status_code == 201, created.text
        body = created.json()
        assert body["clientSecret"]
        token = await bearer_token(machine, body["clientId"], body["clientSecret"])
        path = f"/api/v1/audit-events?municipality={town['slug']}"
        assert (await machine.get(path, headers={"Authorization": f"Bearer {token}"})).status_code == 200
        listed = (await staff.get(f"/api/v1/api-clients?municipality={town['slug']}")).json()["items"]
        assert [c["clientId"] for c in listed] == [body["clientId"]]
        assert "clientSecret" not in listed[0]
        assert (await staff.delete(f"/api/v1/api-clients/{body['id']}")).status_code == 204
        assert (await machine.get(path, headers={"Authorization": f"Bearer {token}"})).status_code == 401
        refused = await machine.post(
            "/api/v1/oauth/token",
            data={"grant_type": "client_credentials"},
            auth=(body["clientId"], body["clientSecret"]),
        )
        assert refused.status_code == 401


async def test_a_token_reaches_only_what_its_scopes_and_municipality_allow(
    started_app: Litestar, db: Database
) -> None:
    town = await municipality(db)
    other = await municipality(db)
    client_id, secret = await api_client(db, town["id"], ["opgaven:read"])
    async with anonymous_client(started_app) as client:
        token = await bearer_token(client, client_id, secret)
        headers = {"Authorization": f"Bearer {token}"}
        no_scope = await client.get(f"/api/v1/audit-events?municipality={town['slug']}", headers=headers)
        assert no_scope.status_code == 403
        assert no_scope.json()["code"] == "insufficient_scope"
        scoped_id, scoped_secret = await api_client(db, town["id"], ["audit:read"])
        scoped = {"Authorization": f"Bearer {await bearer_token(client, scoped_id, scoped_secret)}"}
        foreign = await client.get(f"/api/v1/audit-events?municipality={other['slug']}", headers=scoped)
        assert foreign.status_code == 403
        # A machine client is not a person: it has no account.
        assert (await client.get("/api/v1/me", headers=scoped)).status_code == 403


async def test_rotating_a_secret_shows_the_new_one_once_and_the_old_one_stops_working(
    started_app: Litestar, db: Database
) -> None:
    town = await municipality(db)
    admin = await person(db, municipality_id=town["id"], role="beheerder")
    async with browser(started_app, admin["email"]) as staff, anonymous_client(started_app) as machine:
        created = (
            await staff.post(
                "/api/v1/api-clients",
                json={"municipality": town["slug"], "name": "Zaaksysteem", "scopes": ["audit:read"]},
            )
        ).json()
        listed = (await staff.get(f"/api/v1/api-clients?municipality={town['slug']}")).json()["items"]
        assert listed[0]["lastUsedAt"] is None
        await bearer_token(machine, created["clientId"], created["clientSecret"])
        listed = (await staff.get(f"/api/v1/api-clients?municipality={town['slug']}")).json()["items"]
        assert listed[0]["lastUsedAt"] is not None

        rotated = await staff.post(f"/api/v1/api-clients/{created['id']}/secret-rotations")
        assert rotated.status_code == 201, rotated.text
        body = rotated.json()
        assert body["clientId"] == created["clientId"]
        assert body["clientSecret"]
        assert body["clientSecret"] != created["clientSecret"]
        old = await machine.post(
            "/api/v1/oauth/token",
            data={"grant_type": "client_credentials"},
            auth=(created["clientId"], created["clientSecret"]),
        )
        assert old.status_code == 401
        await bearer_token(machine, created["clientId"], body["clientSecret"])
        listed = (await staff.get(f"/api/v1/api-clients?municipality={town['slug']}")).json()["items"]
        assert "clientSecret" not in listed[0]
        audit = (await staff.get(f"/api/v1/audit-events?municipality={town['slug']}")).json()["items"]
        assert "api_client.secret_rotated" in {event["action"] for event in audit}

        assert (await staff.delete(f"/api/v1/api-clients/{created['id']}")).status_code == 204
        revoked = await staff.post(f"/api/v1/api-clients/{created['id']}/secret-rotations")
        assert revoked.status_code == 409
        assert revoked.headers["content-type"] == "application/problem+json"
        assert revoked.json()["code"] == "client_revoked"
