"""An identity provider speaks only for its own municipality.

A small OpenID provider (oidc-provider-mock) runs on loopback for municipality A. Whatever address
it asserts, it opens no account that has a password or any role, membership or provider link
outside A, until the owner proves it: by signing in once with the password in the same browser,
or by the link mailed to the address. Linking to an account whose address was never verified ends
its password and its sessions.
"""

from typing import Any

import httpx
from litestar import Litestar

from api.db.connection import Database
from api.lib.ids import new_id
from tests.factories import municipality, unique
from tests.identities import PASSWORD, anonymous_client, mails_to, person, session_of, token_in
from tests.integration.trust.conftest import role_of
from tests.oidc import audit_of, come_back, configure, log_in_at_mock, set_user, start

PENDING = "/aanmelden?fout=staff_sign_in_link_pending"


def _at_provider(issuer: str, email: str, *, verified: bool = True) -> str:
    sub = unique("sub")
    set_user(issuer, sub, {"email": email, "email_verified": verified, "name": "Sam Medewerker"})
    return sub


async def _town(db: Database, app: Litestar, issuer: str) -> dict[str, Any]:
    town = await municipality(db)
    await configure(db, app, town["id"], issuer)
    return town


async def _sign_in(browser: httpx.AsyncClient, slug: str, sub: str) -> httpx.Response:
    started = await start(browser, slug, "/")
    assert started.status_code == 303, started.text
    return await come_back(browser, await log_in_at_mock(started.headers["location"], sub))


async def _links(db: Database, sub: str) -> list[Any]:
    return [
        r["account_id"]
        for r in await db.fetch("SELECT account_id FROM external_identities WHERE subject = $1", sub)
    ]


async def _no_session(browser: httpx.AsyncClient, back: httpx.Response) -> None:
    assert "__Host-samenspel=" not in "".join(back.headers.get_list("set-cookie"))
    assert (await browser.get("/api/v1/me")).status_code == 401


async def test_a_provider_of_a_opens_no_account_with_a_password_or_a_role_outside_a(
    started_app: Litestar, db: Database, mock_issuer: str
) -> None:
    a = await _town(db, started_app, mock_issuer)
    b = await municipality(db)
    with_password = await person(db)
    beheerder_of_b = await person(db, municipality_id=b["id"], role="beheerder")
    without_password = await person(db, municipality_id=b["id"], role="medewerker")
    await db.fetchval("UPDATE accounts SET password_hash = NULL WHERE id = $1", without_password["id"])
    for victim in (with_password, beheerder_of_b, without_password):
        sub = _at_provider(mock_issuer, victim["email"])
        async with anonymous_client(started_app) as browser:
            back = await _sign_in(browser, a["slug"], sub)
            assert back.status_code == 303
            assert back.headers["location"] == PENDING
            await _no_session(browser, back)
        assert await _links(db, sub) == []
        assert await role_of(db, a["id"], victim["id"]) is None
        # The owner hears of it, with a link only they can follow.
        mail = (await mails_to(db, started_app, victim["email"]))[-1]
        assert "/account/koppelen#token=" in mail
    assert await role_of(db, b["id"], beheerder_of_b["id"]) == "beheerder"
    reasons = [
        e["details"].get("reason")
        for e in await audit_of(db, a["id"])
        if e["action"] == "external_identity.link_requested"
    ]
    assert reasons == ["password", "outside_municipality", "outside_municipality"]


async def test_a_subject_linked_in_another_municipality_is_no_key_here(
    started_app: Litestar, db: Database, mock_issuer: str
) -> None:
    """Two municipalities that name the same issuer: B's link does not sign anyone in at A."""
    a = await _town(db, started_app, mock_issuer)
    b = await _town(db, started_app, mock_issuer)
    sub = _at_provider(mock_issuer, f"{unique('gedeeld')}@gemeente.example")
    async with anonymous_client(started_app) as browser:
        assert (await _sign_in(browser, b["slug"], sub)).headers["location"] == "/"
        account_id = (await browser.get("/api/v1/me")).json()["id"]
    async with anonymous_client(started_app) as browser:
        back = await _sign_in(browser, a["slug"], sub)
        assert back.headers["location"] == PENDING
        await _no_session(browser, back)
    assert await role_of(db, a["id"], account_id) is None
    assert len(await _links(db, sub)) == 1


async def test_the_owner_confirms_by_signing_in_with_the_password_in_the_same_browser(
    started_app: Litestar, db: Database, mock_issuer: str
) -> None:
    a = await _town(db, started_app, mock_issuer)
    owner = await person(db)
    sub = _at_provider(mock_issuer, owner["email"])
    async with anonymous_client(started_app) as elsewhere:
        # Another browser that knows the password does not confirm what this one started.
        assert (
            await elsewhere.post("/api/v1/sessions", json={"email": owner["email"], "password": PASSWORD})
        ).status_code == 201
    async with anonymous_client(started_app) as browser:
        assert (await _sign_in(browser, a["slug"], sub)).headers["location"] == PENDING
        assert await _links(db, sub) == []
        signed_in = await browser.post(
            "/api/v1/sessions", json={"email": owner["email"], "password": PASSWORD}
        )
        assert signed_in.status_code == 201, signed_in.text
    assert await _links(db, sub) == [owner["id"]]
    assert await role_of(db, a["id"], owner["id"]) == "medewerker"
    linked = [e for e in await audit_of(db, a["id"]) if e["action"] == "external_identity.linked"]
    assert [e["details"]["linkedBy"] for e in linked] == ["password"]
    # From now on the provider signs the owner in.
    async with anonymous_client(started_app) as browser:
        assert (await _sign_in(browser, a["slug"], sub)).headers["location"] == "/"
        assert (await browser.get("/api/v1/me")).json()["id"] == str(owner["id"])


async def test_the_owner_confirms_by_the_mailed_link_once(
    started_app: Litestar, db: Database, mock_issuer: str
) -> None:
    a = await _town(db, started_app, mock_issuer)
    b = await municipality(db)
    owner = await person(db, municipality_id=b["id"], role="medewerker")
    sub = _at_provider(mock_issuer, owner["email"])
    async with anonymous_client(started_app) as browser:
        assert (await _sign_in(browser, a["slug"], sub)).headers["location"] == PENDING
    token = token_in((await mails_to(db, started_app, owner["email"]))[-1])
    async with anonymous_client(started_app) as mailbox:
        confirmed = await mailbox.post("/api/v1/identity-link-confirmations", json={"token": token})
        assert confirmed.status_code == 204, confirmed.text
        again = await mailbox.post("/api/v1/identity-link-confirmations", json={"token": token})
        assert again.status_code == 400
        assert again.json()["invalidParams"][0]["code"] == "invalid_token"
    assert await _links(db, sub) == [owner["id"]]
    assert await role_of(db, a["id"], owner["id"]) == "medewerker"
    assert await role_of(db, b["id"], owner["id"]) == "medewerker"
    # A verified account keeps its password.
    assert await db.fetchval("SELECT password_hash IS NOT NULL FROM accounts WHERE id = $1", owner["id"])


async def test_linking_an_account_whose_address_was_never_verified_ends_its_password_and_sessions(
    started_app: Litestar, db: Database, mock_issuer: str
) -> None:
    """Someone registered the address first (and stays signed in); the real owner links it."""
    a = await _town(db, started_app, mock_issuer)
    squatted = await person(db, verified=False)
    sub = _at_provider(mock_issuer, squatted["email"])
    async with session_of(started_app, db, squatted["id"]) as squatter:
        assert (await squatter.get("/api/v1/me")).status_code == 200
        async with anonymous_client(started_app) as browser:
            assert (await _sign_in(browser, a["slug"], sub)).headers["location"] == PENDING
            # Signing in with the password does not confirm it: the address was never proven.
            signed_in = await browser.post(
                "/api/v1/sessions", json={"email": squatted["email"], "password": PASSWORD}
            )
            assert signed_in.status_code == 201
        assert await _links(db, sub) == []
        token = token_in((await mails_to(db, started_app, squatted["email"]))[-1])
        async with anonymous_client(started_app) as mailbox:
            assert (
                await mailbox.post("/api/v1/identity-link-confirmations", json={"token": token})
            ).status_code == 204
        assert (await squatter.get("/api/v1/me")).status_code == 401
    row = await db.fetchrow(
        "SELECT password_hash, email_verified_at FROM accounts WHERE id = $1", squatted["id"]
    )
    assert row["password_hash"] is None
    assert row["email_verified_at"] is not None
    assert await db.fetchval("SELECT count(*) FROM sessions WHERE account_id = $1", squatted["id"]) == 0
    async with anonymous_client(started_app) as browser:
        refused = await browser.post(
            "/api/v1/sessions", json={"email": squatted["email"], "password": PASSWORD}
        )
        assert refused.status_code == 401


async def test_an_account_only_a_knows_is_linked_at_once_and_its_old_sessions_end(
    started_app: Litestar, db: Database, mock_issuer: str
) -> None:
    """No password and no ties elsewhere: the provider's verified address is enough."""
    a = await _town(db, started_app, mock_issuer)
    account_id = new_id()
    email = f"{unique('alleen-a')}@gemeente.example"
    await db.fetchval(
        "INSERT INTO accounts (id, email, display_name) VALUES ($1, $2, 'Nog niet bevestigd')",
        account_id,
        email,
    )
    sub = _at_provider(mock_issuer, email)
    async with session_of(started_app, db, account_id) as earlier:
        async with anonymous_client(started_app) as browser:
            back = await _sign_in(browser, a["slug"], sub)
            assert back.headers["location"] == "/"
            assert (await browser.get("/api/v1/me")).json()["id"] == str(account_id)
        assert (await earlier.get("/api/v1/me")).status_code == 401
    assert await _links(db, sub) == [account_id]
