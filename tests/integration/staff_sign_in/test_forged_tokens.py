"""What a provider sends must hold: every forged or broken ID token, and every lying discovery
document, signs nobody in and is logged. Served by a small provider of the tests' own
(``tests.oidc.ForgingProvider``) that checks PKCE and the client secret like a real one.
"""

import base64
import dataclasses
import hashlib
import hmac
import json
import time
from collections.abc import Callable
from typing import Any

import httpx
import pytest
from joserfc import jwt
from joserfc.jwk import ECKey, RSAKey
from litestar import Litestar

from api.app import create_app
from api.db.connection import Database
from api.domains.staff_sign_in.openid import forget_providers
from api.settings import Settings
from tests.conftest import run_lifespan
from tests.factories import municipality
from tests.identities import anonymous_client
from tests.oidc import (
    CLIENT_ID,
    ForgingProvider,
    come_back,
    configure,
    failures,
    forging_provider,
    log_in_at,
    start,
)

FAILED = "/aanmelden?fout=staff_sign_in_failed"
UNAVAILABLE = "/aanmelden?fout=staff_sign_in_unavailable"


def _b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


def _unsigned(claims: dict[str, Any]) -> str:
    return f"{_b64(json.dumps({'alg': 'none'}).encode())}.{_b64(json.dumps(claims).encode())}."


def _hs256_with_public_key(provider: ForgingProvider) -> Callable[[dict[str, Any]], str]:
    """Algorithm confusion: an HMAC keyed with the provider's public key."""

    def forge(claims: dict[str, Any]) -> str:
        signing_input = (
            f"{_b64(json.dumps({'alg': 'HS256', 'kid': 'k1'}).encode())}.{_b64(json.dumps(claims).encode())}"
        )
        secret = provider.key.as_pem(private=False)
        return f"{signing_input}.{_b64(hmac.new(secret, signing_input.encode(), hashlib.sha256).digest())}"

    return forge


def _key_in_header(claims: dict[str, Any]) -> str:
    attacker = RSAKey.generate_key(2048, parameters={"kid": "k1"})
    header = {"alg": "RS256", "kid": "k1", "jwk": attacker.as_dict(private=False)}
    return jwt.encode(header, claims, attacker, algorithms=["RS256"])


def _es256_not_advertised(claims: dict[str, Any]) -> str:
    key = ECKey.generate_key("P-256", parameters={"kid": "k1"})
    return jwt.encode({"alg": "ES256", "kid": "k1"}, claims, key, algorithms=["ES256"])


FORGERIES: dict[str, tuple[Callable[[ForgingProvider], None], str]] = {
    "another issuer": (lambda p: p.claims.update(iss="https://elders.example"), "id_token_invalid_claim:iss"),
    "another audience": (lambda p: p.claims.update(aud="iemand-anders"), "id_token_invalid_claim:aud"),
    "several audiences, no azp": (
        lambda p: p.claims.update(aud=[CLIENT_ID, "iemand-anders"]),
        "id_token_invalid_claim:azp",
    ),
    "another nonce": (lambda p: p.claims.update(nonce="een-andere-nonce"), "id_token_invalid_claim:nonce"),
    "no nonce": (lambda p: p.claims.update(nonce=None), "id_token_missing_claim:nonce"),
    "expired": (lambda p: p.claims.update(exp=int(time.time()) - 120), "id_token_expired"),
    "no exp": (lambda p: p.claims.update(exp=None), "id_token_missing_claim:exp"),
    "issued in the future": (
        lambda p: p.claims.update(iat=int(time.time()) + 3600),
        "id_token_invalid_claim:iat",
    ),
    "no sub": (lambda p: p.claims.update(sub=None), "id_token_missing_claim:sub"),
    "signed by another key with its kid": (
        lambda p: setattr(p, "signing_key", RSAKey.generate_key(2048, parameters={"kid": "k1"})),
        "id_token_invalid",
    ),
    "alg none": (lambda p: setattr(p, "token", _unsigned), "id_token_invalid"),
    "HS256 keyed with the public key": (
        lambda p: setattr(p, "token", _hs256_with_public_key(p)),
        "id_token_invalid",
    ),
    "a key in the header": (lambda p: setattr(p, "token", _key_in_header), "id_token_invalid"),
    "an algorithm the provider does not advertise": (
        lambda p: setattr(p, "token", _es256_not_advertised),
        "id_token_invalid",
    ),
    "not a JWT": (lambda p: setattr(p, "token", lambda claims: "geen.jwt"), "id_token_invalid"),
}


async def _round_trip(app: Litestar, browser: httpx.AsyncClient, slug: str) -> httpx.Response:
    started = await start(browser, slug, "/na-het-aanmelden")
    assert started.status_code == 303, started.text
    return await come_back(browser, await log_in_at(started.headers["location"]))


async def test_a_genuine_token_from_a_strict_provider_signs_in(started_app: Litestar, db: Database) -> None:
    """The provider checks PKCE (S256) and the client secret (Basic): this passes only if we send both."""
    town = await municipality(db)
    with forging_provider() as provider:
        await configure(db, started_app, town["id"], provider.issuer)
        provider.claims.update(sub="echt-1", email="echt-1@gemeente.example")
        async with anonymous_client(started_app) as browser:
            back = await _round_trip(started_app, browser, town["slug"])
            assert back.headers["location"] == "/na-het-aanmelden"
            assert (await browser.get("/api/v1/me")).json()["email"] == "echt-1@gemeente.example"
    token_request = next(r for r in provider.requests if r["path"] == "/token")
    assert token_request["form"]["grant_type"] == "authorization_code"
    assert "client_secret" not in token_request["form"]
    assert len(token_request["form"]["code_verifier"]) >= 43


@pytest.mark.parametrize("forgery", FORGERIES)
async def test_a_forged_id_token_signs_nobody_in(started_app: Litestar, db: Database, forgery: str) -> None:
    change, reason = FORGERIES[forgery]
    town = await municipality(db)
    with forging_provider() as provider:
        await configure(db, started_app, town["id"], provider.issuer)
        change(provider)
        provider.claims.setdefault("email", f"vervalst-{town['slug']}@example.org")
        async with anonymous_client(started_app) as browser:
            back = await _round_trip(started_app, browser, town["slug"])
            assert back.status_code == 303
            assert back.headers["location"] == FAILED
            assert "__Host-samenspel=" not in "".join(back.headers.get_list("set-cookie"))
            assert (await browser.get("/api/v1/me")).status_code == 401
    assert await failures(db, town["id"]) == [reason]
    assert (
        await db.fetchval("SELECT count(*) FROM external_identities WHERE municipality_id = $1", town["id"])
        == 0
    )
    assert (
        await db.fetchval("SELECT count(*) FROM accounts WHERE email LIKE $1", f"vervalst-{town['slug']}%")
        == 0
    )


@pytest.mark.parametrize(
    ("discovery", "reason"),
    [
        ({"issuer": "https://elders.example"}, "discovery_issuer_mismatch"),
        ({"jwks_uri": "https://10.0.0.7/jwks"}, "unsafe_destination:private_address"),
        ({"token_endpoint": "http://idp.example.org/token"}, "unsafe_destination:https_required"),
        ({"token_endpoint": None}, "discovery_incomplete"),
        ({"id_token_signing_alg_values_supported": ["HS256", "none"]}, "no_supported_algorithm"),
        (
            {"token_endpoint_auth_methods_supported": ["private_key_jwt"]},
            "no_supported_client_authentication",
        ),
    ],
)
async def test_a_discovery_document_that_does_not_hold_is_not_used(
    started_app: Litestar, db: Database, discovery: dict[str, Any], reason: str
) -> None:
    town = await municipality(db)
    with forging_provider() as provider:
        await configure(db, started_app, town["id"], provider.issuer)
        provider.discovery.update(discovery)
        async with anonymous_client(started_app) as browser:
            response = await start(browser, town["slug"])
    assert response.headers["location"] == UNAVAILABLE
    assert await failures(db, town["id"]) == [reason]
    assert not any(r["path"] not in {"/.well-known/openid-configuration"} for r in provider.requests)


async def test_a_provider_that_goes_down_before_the_way_back_signs_nobody_in(
    started_app: Litestar, db: Database
) -> None:
    town = await municipality(db)
    async with anonymous_client(started_app) as browser:
        with forging_provider() as provider:
            await configure(db, started_app, town["id"], provider.issuer)
            started = await start(browser, town["slug"])
            callback = await log_in_at(started.headers["location"])
        back = await come_back(browser, callback)
        assert back.headers["location"] == FAILED
        assert (await browser.get("/api/v1/me")).status_code == 401
    assert await failures(db, town["id"]) == ["provider_unreachable"]


async def test_a_refused_code_signs_nobody_in(started_app: Litestar, db: Database) -> None:
    """A code the provider does not know (or a wrong verifier) is an OAuth error from its token endpoint."""
    town = await municipality(db)
    with forging_provider() as provider:
        await configure(db, started_app, town["id"], provider.issuer)
        async with anonymous_client(started_app) as browser:
            started = await start(browser, town["slug"])
            callback = await log_in_at(started.headers["location"])
            code = callback.split("code=", 1)[1].split("&", 1)[0]
            back = await come_back(browser, callback.replace(code, "onbekende-code"))
            assert back.headers["location"] == FAILED
    assert await failures(db, town["id"]) == ["token_request_refused"]


async def test_what_a_provider_publishes_is_kept_and_rotated_keys_are_fetched_anew(
    settings: Settings, database_url: str, db: Database
) -> None:
    keeping = dataclasses.replace(
        settings, auth=dataclasses.replace(settings.auth, provider_cache_seconds=300)
    )
    town = await municipality(db)
    forget_providers()
    with forging_provider() as provider:
        async with run_lifespan(create_app(keeping, database_url=database_url)) as app:
            await configure(db, app, town["id"], provider.issuer)
            for n in (1, 2):
                provider.claims.update(
                    sub=f"bewaard-{n}", email=f"bewaard-{n}-{town['slug']}@gemeente.example"
                )
                async with anonymous_client(app) as browser:
                    back = await _round_trip(app, browser, town["slug"])
                    assert back.headers["location"] == "/na-het-aanmelden", await failures(db, town["id"])
            paths = [r["path"] for r in provider.requests]
            assert paths.count("/.well-known/openid-configuration") == 1
            assert paths.count("/jwks") == 1
            assert paths.count("/token") == 2

            # The provider rotates its key: the kept set fails the token once, the fresh one passes.
            provider.key = RSAKey.generate_key(2048, parameters={"kid": "k2"})
            provider.header.update(kid="k2")
            provider.claims.update(sub="bewaard-3", email=f"bewaard-3-{town['slug']}@gemeente.example")
            async with anonymous_client(app) as browser:
                back = await _round_trip(app, browser, town["slug"])
                assert back.headers["location"] == "/na-het-aanmelden", await failures(db, town["id"])
            assert [r["path"] for r in provider.requests].count("/jwks") == 2
    forget_providers()
    assert await failures(db, town["id"]) == []


async def test_a_token_response_too_large_to_read_signs_nobody_in(
    started_app: Litestar, db: Database
) -> None:
    """The token endpoint's answer is read up to 256 KiB, like discovery and keys: no more sits in memory."""
    town = await municipality(db)
    with forging_provider() as provider:
        await configure(db, started_app, town["id"], provider.issuer)
        provider.token = lambda claims: "x" * 300_000
        async with anonymous_client(started_app) as browser:
            back = await _round_trip(started_app, browser, town["slug"])
    assert back.headers["location"] == FAILED
    assert await failures(db, town["id"]) == ["provider_response_too_large"]
