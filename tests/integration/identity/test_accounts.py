"""Register → verify → sign in → act → sign out; reset; change; the rules around them."""

import asyncio

import pytest
from httpx import AsyncClient
from litestar import Litestar

from api.db.connection import Database
from tests.factories import municipality, unique
from tests.identities import PASSWORD, anonymous_client, browser, mails_to, person, token_in

NEW_PASSWORD = "Groene-Tulpen-Langs-De-Vecht-7"


async def test_register_verify_sign_in_act_and_sign_out(started_app: Litestar, db: Database) -> None:
    town = await municipality(db)
    email = f"{unique('nieuw')}@example.org"
    async with anonymous_client(started_app) as client:
        response = await client.post(
            "/api/v1/accounts",
            json={
                "email": email,
                "password": NEW_PASSWORD,
                "displayName": "Nieuwe Inwoner",
                "municipality": town["slug"],
            },
        )
        assert response.status_code == 202, response.text
        assert response.json() == {"email": email}

        mail = (await mails_to(db, started_app, email))[-1]
        assert "Bevestig uw e-mailadres" in mail
        token = token_in(mail)

        signed_in = await client.post("/api/v1/sessions", json={"email": email, "password": NEW_PASSWORD})
        assert signed_in.status_code == 201
        assert signed_in.json()["account"]["emailVerified"] is False
        cookie = signed_in.headers["set-cookie"]
        assert cookie.startswith("__Host-samenspel=")
        for attribute in ("HttpOnly", "Secure", "Path=/", "SameSite=lax"):
            assert attribute.lower() in cookie.lower()
        assert "token" not in signed_in.json()  # the session is in the cookie only
        client.headers["X-CSRF-Token"] = signed_in.json()["csrfToken"]

        assert (await client.post("/api/v1/account-verifications", json={"token": token})).status_code == 204
        me = await client.get("/api/v1/me")
        assert me.status_code == 200
        body = me.json()
        assert body["email"] == email
        assert body["emailVerified"] is True
        assert body["roles"] == [
            {
                "municipality": {"id": str(town["id"]), "slug": town["slug"], "name": town["name"]},
                "role": "inwoner",
            }
        ]

        renamed = await client.patch(
            "/api/v1/me", json={"displayName": "Andere Naam"}, headers={"If-Match": me.headers["etag"]}
        )
        assert renamed.status_code == 200
        assert renamed.json()["displayName"] == "Andere Naam"

        assert (await client.delete("/api/v1/sessions/current")).status_code == 204
        assert (await client.get("/api/v1/me")).status_code == 401


async def test_a_verification_link_works_once(started_app: Litestar, db: Database) -> None:
    town = await municipality(db)
    email = f"{unique('eenmaal')}@example.org"
    async with anonymous_client(started_app) as client:
        await client.post(
            "/api/v1/accounts",
            json={
                "email": email,
                "password": NEW_PASSWORD,
                "displayName": "Eenmaal",
                "municipality": town["slug"],
            },
        )
        token = token_in((await mails_to(db, started_app, email))[-1])
        assert (await client.post("/api/v1/account-verifications", json={"token": token})).status_code == 204
        again = await client.post("/api/v1/account-verifications", json={"token": token})
        assert again.status_code == 400
        assert again.json()["invalidParams"][0]["code"] == "invalid_token"


async def test_registering_a_known_address_reveals_nothing(started_app: Litestar, db: Database) -> None:
    town = await municipality(db)
    existing = await person(db)
    async with anonymous_client(started_app) as client:
        response = await client.post(
            "/api/v1/accounts",
            json={
                "email": existing["email"].upper(),
                "password": NEW_PASSWORD,
                "displayName": "Dubbel",
                "municipality": town["slug"],
            },
        )
    assert response.status_code == 202
    assert response.json() == {"email": existing["email"].upper()}
    count = await db.fetchval(
        "SELECT count(*) FROM accounts WHERE lower(email) = lower($1)", existing["email"]
    )
    assert count == 1
    mails = await mails_to(db, started_app, existing["email"])
    assert "al een account" in mails[-1]


async def test_twin_registrations_in_parallel_give_one_account_and_the_same_answer(
    started_app: Litestar, db: Database
) -> None:
    town = await municipality(db)
    address = f"{unique('tweeling')}@example.org"
    body = {
        "email": address,
        "password": NEW_PASSWORD,
        "displayName": "Tweeling",
        "municipality": town["slug"],
    }

    async def register() -> int:
        async with anonymous_client(started_app) as client:
            return (await client.post("/api/v1/accounts", json=body)).status_code

    statuses = await asyncio.gather(*(register() for _ in range(6)))
    assert statuses == [202] * 6
    assert await db.fetchval("SELECT count(*) FROM accounts WHERE lower(email) = lower($1)", address) == 1


async def test_weak_and_common_passwords_are_refused_with_reasons(
    started_app: Litestar, db: Database
) -> None:
    town = await municipality(db)
    async with anonymous_client(started_app) as client:
        for password, code in [
            ("kort", "too_short"),
            ("password1234", "weak_password"),
            ("wachtwoord2024!", "weak_password"),
        ]:
            response = await client.post(
                "/api/v1/accounts",
                json={
                    "email": f"{unique('zwak')}@example.org",
                    "password": password,
                    "displayName": "Zwak",
                    "municipality": town["slug"],
                },
            )
            assert response.status_code == 400, password
            assert response.json()["invalidParams"] == [
                {"name": "password", "code": code, "reason": response.json()["invalidParams"][0]["reason"]}
            ]


async def test_register_lists_every_problem_at_once(started_app: Litestar) -> None:
    async with anonymous_client(started_app) as client:
        response = await client.post(
            "/api/v1/accounts",
            json={"email": "geen-adres", "password": "x" * 200, "displayName": "", "role": "beheerder"},
        )
    assert response.status_code == 400
    names = sorted(p["name"] for p in response.json()["invalidParams"])
    assert names == ["displayName", "email", "municipality", "password", "role"]


@pytest.mark.parametrize(
    "address", ["a,b@example.org", '"a b"@example.org', "a<b@example.org", "g:a@b.nl;@x.nl"]
)
async def test_an_address_that_would_become_other_recipients_is_refused(
    started_app: Litestar, db: Database, address: str
) -> None:
    town = await municipality(db)
    async with anonymous_client(started_app) as client:
        response = await client.post(
            "/api/v1/accounts",
            json={
                "email": address,
                "password": "Een-Heel-Lang-Wachtwoord-77",
                "displayName": "Sam",
                "municipality": town["slug"],
            },
        )
    assert response.status_code == 400
    assert [p["name"] for p in response.json()["invalidParams"]] == ["email"]


async def test_an_international_address_reaches_its_mailbox_intact(
    started_app: Litestar, db: Database
) -> None:
    town = await municipality(db)
    address = f"zoë.{unique('n')}@bücher.example"
    async with anonymous_client(started_app) as client:
        response = await client.post(
            "/api/v1/accounts",
            json={
                "email": address,
                "password": "Een-Heel-Lang-Wachtwoord-77",
                "displayName": "Zoë",
                "municipality": town["slug"],
            },
        )
    assert response.status_code == 202, response.text
    assert len(await mails_to(db, started_app, address)) == 1


async def test_wrong_password_and_unknown_address_look_the_same(started_app: Litestar, db: Database) -> None:
    known = await person(db)
    async with anonymous_client(started_app) as client:
        wrong = await client.post(
            "/api/v1/sessions", json={"email": known["email"], "password": "Verkeerd-Wachtwoord-99"}
        )
        unknown = await client.post(
            "/api/v1/sessions", json={"email": "niemand@example.org", "password": PASSWORD}
        )
    assert wrong.status_code == unknown.status_code == 401
    assert wrong.json()["code"] == unknown.json()["code"] == "invalid_credentials"
    assert wrong.json()["detail"] == unknown.json()["detail"]
    assert "set-cookie" not in wrong.headers


async def test_password_reset_signs_out_everywhere_and_works_once(
    started_app: Litestar, db: Database
) -> None:
    someone = await person(db)
    async with browser(started_app, someone["email"]) as old_session, anonymous_client(started_app) as client:
        assert (
            await client.post("/api/v1/password-resets", json={"email": someone["email"]})
        ).status_code == 202
        assert (
            await client.post("/api/v1/password-resets", json={"email": "onbekend@example.org"})
        ).status_code == 202
        token = token_in((await mails_to(db, started_app, someone["email"]))[-1])
        weak = await client.post(
            "/api/v1/password-reset-confirmations", json={"token": token, "password": "123456789012"}
        )
        assert weak.status_code == 400
        done = await client.post(
            "/api/v1/password-reset-confirmations", json={"token": token, "password": NEW_PASSWORD}
        )
        assert done.status_code == 204
        again = await client.post(
            "/api/v1/password-reset-confirmations", json={"token": token, "password": NEW_PASSWORD}
        )
        assert again.status_code == 400
        assert (await old_session.get("/api/v1/me")).status_code == 401
        old = await client.post("/api/v1/sessions", json={"email": someone["email"], "password": PASSWORD})
        assert old.status_code == 401
        new = await client.post(
            "/api/v1/sessions", json={"email": someone["email"], "password": NEW_PASSWORD}
        )
        assert new.status_code == 201


async def test_changing_the_password_needs_the_current_one(started_app: Litestar, db: Database) -> None:
    someone = await person(db)
    async with (
        browser(started_app, someone["email"]) as client,
        browser(started_app, someone["email"]) as other,
    ):
        wrong = await client.post(
            "/api/v1/me/password-changes",
            json={"currentPassword": "Niet-Het-Goede-1", "newPassword": NEW_PASSWORD},
        )
        assert wrong.status_code == 400
        assert wrong.json()["invalidParams"][0]["name"] == "currentPassword"
        ok = await client.post(
            "/api/v1/me/password-changes", json={"currentPassword": PASSWORD, "newPassword": NEW_PASSWORD}
        )
        assert ok.status_code == 204
        assert (await client.get("/api/v1/me")).status_code == 200  # this session stays
        assert (await other.get("/api/v1/me")).status_code == 401  # other sessions end


async def test_stale_if_match_is_412_and_missing_is_428(started_app: Litestar, db: Database) -> None:
    someone = await person(db)
    async with browser(started_app, someone["email"]) as client:
        etag = (await client.get("/api/v1/me")).headers["etag"]
        assert (await client.patch("/api/v1/me", json={"displayName": "Zonder"})).status_code == 428
        assert (
            await client.patch("/api/v1/me", json={"displayName": "Eerste"}, headers={"If-Match": etag})
        ).status_code == 200
        stale = await client.patch("/api/v1/me", json={"displayName": "Tweede"}, headers={"If-Match": etag})
        assert stale.status_code == 412
    assert await db.fetchval("SELECT display_name FROM accounts WHERE id = $1", someone["id"]) == "Eerste"


async def test_sign_out_without_a_session_is_401(client: AsyncClient) -> None:
    response = await client.delete("/api/v1/sessions/current")
    assert response.status_code == 401


async def test_a_blank_or_padded_name_is_refused(started_app: Litestar, db: Database) -> None:
    town = await municipality(db)
    async with anonymous_client(started_app) as client:
        for name in ("   ", " Fatima", "Fatima "):
            response = await client.post(
                "/api/v1/accounts",
                json={
                    "email": f"{unique('naam')}@example.org",
                    "password": NEW_PASSWORD,
                    "displayName": name,
                    "municipality": town["slug"],
                },
            )
            assert response.status_code == 400, name
            assert response.json()["invalidParams"][0]["name"] == "displayName"


async def test_the_current_session_answers_without_a_401(started_app: Litestar, db: Database) -> None:
    someone = await person(db, display_name="Huidig")
    async with anonymous_client(started_app) as client:
        assert (await client.get("/api/v1/sessions/current")).json() == {"signedIn": False, "account": None}
    async with browser(started_app, someone["email"]) as client:
        body = (await client.get("/api/v1/sessions/current")).json()
    assert body["signedIn"] is True
    assert body["account"]["displayName"] == "Huidig"
    assert body["account"]["csrfToken"]
