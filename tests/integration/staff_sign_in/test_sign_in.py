"""Staff sign-in end to end against a real OpenID provider on loopback (oidc-provider-mock).

The browser is the app in process; the provider is a real server in a thread, which Samenspel
reaches over the network for discovery, the code exchange and its keys.
"""

import socket
from typing import Any
from urllib.parse import urlencode, urlsplit

import httpx
import pytest
from litestar import Litestar

from api.db.connection import Database
from tests.factories import municipality, unique
from tests.identities import PASSWORD, anonymous_client, mails_to, person, token_in
from tests.oidc import (
    CLIENT_ID,
    CLIENT_SECRET,
    audit_of,
    come_back,
    configure,
    failures,
    log_in_at_mock,
    path_of,
    query_of,
    reasons_of,
    set_user,
    start,
)

FAILED = "/aanmelden?fout=staff_sign_in_failed"
UNAVAILABLE = "/aanmelden?fout=staff_sign_in_unavailable"
CANCELLED = "/aanmelden?fout=staff_sign_in_cancelled"
LINK_PENDING = "/aanmelden?fout=staff_sign_in_link_pending"


def _staff(issuer: str, **claims: Any) -> str:
    """A person at the provider with a verified address (unless ``claims`` say otherwise)."""
    sub = unique("medewerker")
    set_user(
        issuer,
        sub,
        {"email": f"{sub}@gemeente.example", "email_verified": True, "name": "Mo Medewerker"} | claims,
    )
    return sub


async def _town_with_provider(db: Database, app: Litestar, issuer: str, **settings: Any) -> dict[str, Any]:
    town = await municipality(db)
    await configure(db, app, town["id"], issuer, **settings)
    return town


async def _sign_in(
    app: Litestar, browser: httpx.AsyncClient, slug: str, sub: str, return_to: str = "/"
) -> httpx.Response:
    started = await start(browser, slug, return_to)
    assert started.status_code == 303, started.text
    return await come_back(browser, await log_in_at_mock(started.headers["location"], sub))


async def test_staff_sign_in_opens_a_session_with_the_configured_role(
    started_app: Litestar, db: Database, mock_issuer: str
) -> None:
    town = await _town_with_provider(db, started_app, mock_issuer)
    sub = _staff(mock_issuer)
    async with anonymous_client(started_app) as browser:
        started = await start(browser, town["slug"], "/opgaven/ideeen?fase=uitvoeren")
        assert started.status_code == 303
        location = started.headers["location"]
        assert location.startswith(f"{mock_issuer}/oauth2/authorize?")
        asked = query_of(location)
        assert asked["response_type"] == "code"
        assert asked["client_id"] == CLIENT_ID
        assert asked["redirect_uri"] == "http://localhost:8000/api/v1/staff-sign-in/callback"
        assert asked["scope"] == "openid email profile"
        assert asked["code_challenge_method"] == "S256"
        assert len(asked["code_challenge"]) == 43
        assert len(asked["state"]) >= 40
        assert len(asked["nonce"]) >= 40
        assert "client_secret" not in location
        assert CLIENT_SECRET not in location
        assert "__Host-samenspel-sso=" in started.headers["set-cookie"]

        back = await come_back(browser, await log_in_at_mock(location, sub))
        assert back.status_code == 303, back.text
        assert back.headers["location"] == "/opgaven/ideeen?fase=uitvoeren"
        assert "__Host-samenspel=" in "".join(back.headers.get_list("set-cookie"))

        me = await browser.get("/api/v1/me")
        assert me.status_code == 200, me.text
        body = me.json()
        assert body["email"] == f"{sub}@gemeente.example"
        assert body["displayName"] == "Mo Medewerker"
        assert body["emailVerified"] is True
        assert [(r["municipality"]["slug"], r["role"]) for r in body["roles"]] == [
            (town["slug"], "medewerker")
        ]
        # The session is a session like any other: its CSRF token makes writes work.
        browser.headers["X-CSRF-Token"] = body["csrfToken"]
        assert (await browser.delete("/api/v1/sessions/current")).status_code == 204
        assert (await browser.get("/api/v1/me")).status_code == 401

    account_id = str(body["id"])
    actions = [(e["action"], e["result"], e["actor_id"]) for e in await audit_of(db, town["id"])]
    assert actions == [
        ("account.created", "success", account_id),
        ("external_identity.linked", "success", account_id),
        ("role.granted", "success", account_id),
        ("staff_sign_in.succeeded", "success", account_id),
    ]
    opened = await db.fetchval(
        "SELECT count(*) FROM audit_events WHERE action = 'session.opened' AND actor_id = $1", account_id
    )
    assert opened == 1
    identity = await db.fetchrow(
        "SELECT issuer, subject FROM external_identities WHERE account_id = $1", body["id"]
    )
    assert dict(identity) == {"issuer": mock_issuer, "subject": sub}
    assert await db.fetchval(
        "SELECT used_at IS NOT NULL FROM staff_sign_in_states WHERE municipality_id = $1", town["id"]
    )


async def test_signing_in_again_finds_the_same_account(
    started_app: Litestar, db: Database, mock_issuer: str
) -> None:
    town = await _town_with_provider(db, started_app, mock_issuer)
    sub = _staff(mock_issuer)
    ids = []
    for _ in range(2):
        async with anonymous_client(started_app) as browser:
            assert (await _sign_in(started_app, browser, town["slug"], sub)).headers["location"] == "/"
            ids.append((await browser.get("/api/v1/me")).json()["id"])
    assert ids[0] == ids[1]
    assert await db.fetchval("SELECT count(*) FROM external_identities WHERE subject = $1", sub) == 1
    succeeded = [
        e["details"] for e in await audit_of(db, town["id"]) if e["action"] == "staff_sign_in.succeeded"
    ]
    assert [d["linkedBy"] for d in succeeded] == ["new_account", "subject"]


async def test_a_verified_email_links_an_existing_account_once_its_owner_signs_in_and_keeps_its_higher_role(
    started_app: Litestar, db: Database, mock_issuer: str
) -> None:
    town = await _town_with_provider(db, started_app, mock_issuer)
    admin = await person(db, municipality_id=town["id"], role="beheerder")
    sub = _staff(mock_issuer, email=admin["email"].upper())
    async with anonymous_client(started_app) as browser:
        # The account has a password: the provider's word is not enough until its owner confirms.
        assert (await _sign_in(started_app, browser, town["slug"], sub)).headers["location"] == LINK_PENDING
        assert (await browser.get("/api/v1/me")).status_code == 401
        confirmed = await browser.post(
            "/api/v1/sessions", json={"email": admin["email"], "password": PASSWORD}
        )
        assert confirmed.status_code == 201
    async with anonymous_client(started_app) as browser:
        assert (await _sign_in(started_app, browser, town["slug"], sub)).headers["location"] == "/"
        me = (await browser.get("/api/v1/me")).json()
    assert me["id"] == str(admin["id"])
    assert [r["role"] for r in me["roles"]] == ["beheerder"]
    actions = [e["action"] for e in await audit_of(db, town["id"])]
    assert actions == [
        "external_identity.link_requested",
        "external_identity.linked",
        "staff_sign_in.succeeded",
    ]


async def test_an_unverified_email_never_takes_over_an_existing_account(
    started_app: Litestar, db: Database, mock_issuer: str
) -> None:
    town = await _town_with_provider(db, started_app, mock_issuer)
    someone = await person(db)
    sub = _staff(mock_issuer, email=someone["email"], email_verified=False)
    async with anonymous_client(started_app) as browser:
        back = await _sign_in(started_app, browser, town["slug"], sub)
        assert back.headers["location"] == FAILED
        assert "__Host-samenspel=" not in "".join(back.headers.get_list("set-cookie"))
        assert (await browser.get("/api/v1/me")).status_code == 401
    assert await failures(db, town["id"]) == ["email_in_use_unverified"]
    assert await db.fetchval("SELECT count(*) FROM external_identities WHERE subject = $1", sub) == 0


async def test_the_configured_role_is_what_new_staff_get(
    started_app: Litestar, db: Database, mock_issuer: str
) -> None:
    town = await _town_with_provider(db, started_app, mock_issuer, role="inwoner")
    async with anonymous_client(started_app) as browser:
        await _sign_in(started_app, browser, town["slug"], _staff(mock_issuer, email_verified=False))
        me = (await browser.get("/api/v1/me")).json()
    assert [r["role"] for r in me["roles"]] == ["inwoner"]
    assert me["emailVerified"] is False


@pytest.mark.parametrize(
    "return_to",
    [
        "//evil.example/pad",
        "https://evil.example/",
        "/\\evil.example",
        "/\t/evil.example",
        "evil.example",
        "/ /x",
    ],
)
async def test_return_to_must_be_a_path_on_this_site(
    started_app: Litestar, db: Database, mock_issuer: str, return_to: str
) -> None:
    town = await _town_with_provider(db, started_app, mock_issuer)
    async with anonymous_client(started_app) as browser:
        response = await start(browser, town["slug"], return_to)
    assert response.status_code == 400, response.text
    assert response.headers["content-type"] == "application/problem+json"
    assert [p["name"] for p in response.json()["invalidParams"]] == ["returnTo"]
    assert (
        await db.fetchval("SELECT count(*) FROM staff_sign_in_states WHERE municipality_id = $1", town["id"])
        == 0
    )


async def test_without_return_to_the_browser_goes_home(
    started_app: Litestar, db: Database, mock_issuer: str
) -> None:
    town = await _town_with_provider(db, started_app, mock_issuer)
    async with anonymous_client(started_app) as browser:
        started = await browser.get(f"/api/v1/municipalities/{town['slug']}/staff-sign-in")
        back = await come_back(
            browser, await log_in_at_mock(started.headers["location"], _staff(mock_issuer))
        )
    assert back.headers["location"] == "/"


async def test_a_tampered_state_signs_nobody_in(
    started_app: Litestar, db: Database, mock_issuer: str
) -> None:
    town = await _town_with_provider(db, started_app, mock_issuer)
    async with anonymous_client(started_app) as browser:
        started = await start(browser, town["slug"])
        callback = await log_in_at_mock(started.headers["location"], _staff(mock_issuer))
        parts = query_of(callback)
        forged = f"/api/v1/staff-sign-in/callback?{urlencode({'code': parts['code'], 'state': parts['state'] + 'x'})}"
        back = await browser.get(forged)
        assert back.status_code == 303
        assert back.headers["location"] == FAILED
        assert (await browser.get("/api/v1/me")).status_code == 401
        missing = await browser.get(f"/api/v1/staff-sign-in/callback?code={parts['code']}")
        assert missing.headers["location"] == FAILED
    assert await reasons_of(db, back) == ["state_unknown"]
    assert await reasons_of(db, missing) == ["state_missing"]


async def test_a_state_works_once(started_app: Litestar, db: Database, mock_issuer: str) -> None:
    town = await _town_with_provider(db, started_app, mock_issuer)
    async with anonymous_client(started_app) as browser:
        started = await start(browser, town["slug"])
        callback = await log_in_at_mock(started.headers["location"], _staff(mock_issuer))
        # The browser cookie that ties the way back to it, kept to replay with.
        binding = browser.cookies.get("__Host-samenspel-sso")
        assert (await come_back(browser, callback)).headers["location"] == "/"
    async with anonymous_client(started_app) as replay:
        # Even with the browser's own cookie, a used state is spent.
        again = await replay.get(path_of(callback), headers={"Cookie": f"__Host-samenspel-sso={binding}"})
        assert again.headers["location"] == FAILED
        assert "__Host-samenspel=" not in "".join(again.headers.get_list("set-cookie"))
        assert (await replay.get("/api/v1/me")).status_code == 401
    assert await failures(db, town["id"]) == ["state_used"]


async def test_the_way_back_works_only_in_the_browser_that_set_out(
    started_app: Litestar, db: Database, mock_issuer: str
) -> None:
    """Login CSRF: someone else's callback link must not sign this browser in as them."""
    town = await _town_with_provider(db, started_app, mock_issuer)
    async with anonymous_client(started_app) as attacker, anonymous_client(started_app) as victim:
        started = await start(attacker, town["slug"])
        callback = await log_in_at_mock(started.headers["location"], _staff(mock_issuer))
        back = await come_back(victim, callback)
        assert back.headers["location"] == FAILED
        assert (await victim.get("/api/v1/me")).status_code == 401
    assert await failures(db, town["id"]) == ["browser_mismatch"]


async def test_an_expired_state_signs_nobody_in(
    started_app: Litestar, db: Database, mock_issuer: str
) -> None:
    town = await _town_with_provider(db, started_app, mock_issuer)
    async with anonymous_client(started_app) as browser:
        started = await start(browser, town["slug"])
        callback = await log_in_at_mock(started.headers["location"], _staff(mock_issuer))
        await db.fetchval(
            "UPDATE staff_sign_in_states SET expires_at = now() - interval '1 second' WHERE municipality_id = $1",
            town["id"],
        )
        assert (await come_back(browser, callback)).headers["location"] == FAILED
        assert (await browser.get("/api/v1/me")).status_code == 401
    assert await failures(db, town["id"]) == ["state_expired"]


async def test_a_refusal_at_the_provider_comes_back_as_cancelled(
    started_app: Litestar, db: Database, mock_issuer: str
) -> None:
    town = await _town_with_provider(db, started_app, mock_issuer)
    async with anonymous_client(started_app) as browser:
        started = await start(browser, town["slug"])
        callback = await log_in_at_mock(started.headers["location"], "", deny=True)
        assert query_of(callback)["error"] == "access_denied"
        # The mock leaves out the state here (RFC 6749 wants it); then there is no town to log.
        back = await come_back(browser, callback)
        assert back.headers["location"] == CANCELLED
        assert (await browser.get("/api/v1/me")).status_code == 401
        assert await reasons_of(db, back) == ["provider_error:access_denied"]
        # With the state, as the RFC has it, the refusal is the town's and the state is spent.
        state = query_of((await start(browser, town["slug"])).headers["location"])["state"]
        with_state = await browser.get(
            "/api/v1/staff-sign-in/callback",
            params={"error": "access_denied", "error_description": "Geweigerd", "state": state},
        )
        assert with_state.headers["location"] == CANCELLED
    assert await failures(db, town["id"]) == ["provider_error:access_denied"]


async def test_an_answer_from_another_issuer_is_refused(
    started_app: Litestar, db: Database, mock_issuer: str
) -> None:
    """RFC 9207: a provider that names itself in the answer must be the one we sent the browser to."""
    town = await _town_with_provider(db, started_app, mock_issuer)
    async with anonymous_client(started_app) as browser:
        started = await start(browser, town["slug"])
        callback = await log_in_at_mock(started.headers["location"], _staff(mock_issuer))
        back = await browser.get(
            "/api/v1/staff-sign-in/callback",
            params=query_of(callback) | {"iss": "https://elders.example", "session_state": "abc"},
        )
        assert back.headers["location"] == FAILED
        assert (await browser.get("/api/v1/me")).status_code == 401
    assert await failures(db, town["id"]) == ["response_issuer_mismatch"]


async def test_a_nonce_changed_on_the_way_is_refused(
    started_app: Litestar, db: Database, mock_issuer: str
) -> None:
    """The real provider signs whatever nonce the browser brings; ours must be the one in the token."""
    town = await _town_with_provider(db, started_app, mock_issuer)
    async with anonymous_client(started_app) as browser:
        started = await start(browser, town["slug"])
        asked = query_of(started.headers["location"])
        tampered = f"{mock_issuer}/oauth2/authorize?{urlencode(asked | {'nonce': 'een-andere-nonce'})}"
        back = await come_back(browser, await log_in_at_mock(tampered, _staff(mock_issuer)))
        assert back.headers["location"] == FAILED
        assert (await browser.get("/api/v1/me")).status_code == 401
    assert await failures(db, town["id"]) == ["id_token_invalid_claim:nonce"]


async def test_a_provider_whose_discovery_names_another_issuer_is_not_used(
    started_app: Litestar, db: Database, mock_issuer: str
) -> None:
    # The mock says its issuer is http://localhost:<port>, without the slash configured here.
    town = await _town_with_provider(db, started_app, mock_issuer + "/")
    async with anonymous_client(started_app) as browser:
        response = await start(browser, town["slug"])
    assert response.status_code == 303
    assert response.headers["location"] == UNAVAILABLE
    assert await failures(db, town["id"]) == ["discovery_issuer_mismatch"]


def _closed_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
    return port


async def test_an_unreachable_provider_sends_the_browser_back(started_app: Litestar, db: Database) -> None:
    town = await _town_with_provider(db, started_app, f"http://127.0.0.1:{_closed_port()}")
    async with anonymous_client(started_app) as browser:
        response = await start(browser, town["slug"])
    assert response.headers["location"] == UNAVAILABLE
    assert '__Host-samenspel-sso=""' in response.headers["set-cookie"]
    assert await failures(db, town["id"]) == ["provider_unreachable"]


async def test_without_an_enabled_provider_there_is_no_staff_sign_in(
    started_app: Litestar, db: Database, mock_issuer: str
) -> None:
    bare = await municipality(db)
    switched_off = await _town_with_provider(db, started_app, mock_issuer, enabled=False)
    async with anonymous_client(started_app) as browser:
        for town in (bare, switched_off):
            response = await start(browser, town["slug"])
            assert response.headers["location"] == UNAVAILABLE
            assert await failures(db, town["id"]) == ["provider_not_configured"]
            assert (await browser.get(f"/api/v1/municipalities/{town['slug']}")).json()["staffSignIn"] is None
        unknown = await start(browser, "bestaat-niet")
        assert unknown.status_code == 404


async def test_a_provider_switched_off_mid_sign_in_signs_nobody_in(
    started_app: Litestar, db: Database, mock_issuer: str
) -> None:
    town = await _town_with_provider(db, started_app, mock_issuer)
    async with anonymous_client(started_app) as browser:
        started = await start(browser, town["slug"])
        callback = await log_in_at_mock(started.headers["location"], _staff(mock_issuer))
        await db.fetchval(
            "UPDATE identity_providers SET enabled = false WHERE municipality_id = $1", town["id"]
        )
        assert (await come_back(browser, callback)).headers["location"] == UNAVAILABLE
    assert await failures(db, town["id"]) == ["provider_not_configured"]
    assert urlsplit(callback).path == "/api/v1/staff-sign-in/callback"


async def test_the_link_is_in_my_export_and_goes_with_my_account(
    started_app: Litestar, db: Database, mock_issuer: str
) -> None:
    town = await _town_with_provider(db, started_app, mock_issuer)
    sub = _staff(mock_issuer)
    async with anonymous_client(started_app) as browser:
        await _sign_in(started_app, browser, town["slug"], sub)
        me = (await browser.get("/api/v1/me")).json()
        exported = (await browser.get("/api/v1/me/export")).json()
        assert [
            (i["municipality"]["slug"], i["issuer"], i["subject"]) for i in exported["externalIdentities"]
        ] == [(town["slug"], mock_issuer, sub)]
        browser.headers["X-CSRF-Token"] = me["csrfToken"]
        assert (await browser.delete("/api/v1/me")).status_code == 204
    assert await db.fetchval("SELECT count(*) FROM external_identities WHERE subject = $1", sub) == 0
    # Signing in again makes a new account: nothing of the old one comes back.
    async with anonymous_client(started_app) as browser:
        await _sign_in(started_app, browser, town["slug"], sub)
        assert (await browser.get("/api/v1/me")).json()["id"] != me["id"]


async def test_one_provider_for_two_municipalities_gives_one_account_a_role_in_each(
    started_app: Litestar, db: Database, mock_issuer: str
) -> None:
    """A shared service organisation (werkorganisatie) may serve two gemeenten from one provider;
    the second links the account only once its owner confirms by the mailed link."""
    first = await _town_with_provider(db, started_app, mock_issuer)
    second = await _town_with_provider(db, started_app, mock_issuer, role="partner")
    sub = _staff(mock_issuer)
    async with anonymous_client(started_app) as browser:
        await _sign_in(started_app, browser, first["slug"], sub)
        me = (await browser.get("/api/v1/me")).json()
    async with anonymous_client(started_app) as browser:
        assert (await _sign_in(started_app, browser, second["slug"], sub)).headers["location"] == LINK_PENDING
        token = token_in((await mails_to(db, started_app, me["email"]))[-1])
        assert (
            await browser.post("/api/v1/identity-link-confirmations", json={"token": token})
        ).status_code == 204
    async with anonymous_client(started_app) as browser:
        await _sign_in(started_app, browser, second["slug"], sub)
        again = (await browser.get("/api/v1/me")).json()
    assert again["id"] == me["id"]
    assert sorted((r["municipality"]["slug"], r["role"]) for r in again["roles"]) == sorted(
        [(first["slug"], "medewerker"), (second["slug"], "partner")]
    )
    assert await db.fetchval("SELECT count(*) FROM external_identities WHERE subject = $1", sub) == 2
