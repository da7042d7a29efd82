"""Nothing is given to an address: a role, a place in an organisation or on a team is an invitation,
answered the same for every address, that the person accepts once their address is verified."""

from typing import Any

import httpx
import pytest
from litestar import Litestar

from api.db.connection import Database
from tests.factories import municipality, opgave, unique
from tests.identities import PASSWORD, anonymous_client, browser, mails_to, person, token_in
from tests.integration.trust.conftest import code_of, role_of

# What may differ between two answers: the invitation itself, and the address it was sent to.
_OWN = {"id", "email", "createdAt", "expiresAt"}


def _shape(response: httpx.Response) -> tuple[int, dict[str, Any]]:
    body = response.json()
    return response.status_code, {k: v for k, v in body.items() if k not in _OWN}


async def _addresses(db: Database) -> dict[str, str]:
    """A verified account's address, an unverified one's, and one nobody has."""
    return {
        "verified": (await person(db))["email"],
        "unverified": (await person(db, verified=False))["email"],
        "unknown": f"{unique('niemand')}@example.org",
    }


async def _invite_everyone(
    client: httpx.AsyncClient, path: str, addresses: dict[str, str], **extra: Any
) -> dict[str, httpx.Response]:
    answers = {}
    for kind, email in addresses.items():
        answers[kind] = await client.post(path, json={"email": email, **extra})
        assert answers[kind].status_code == 202, answers[kind].text
    return answers


def _all_alike(answers: dict[str, httpx.Response]) -> None:
    shapes = {kind: _shape(response) for kind, response in answers.items()}
    assert shapes["verified"] == shapes["unverified"] == shapes["unknown"], shapes
    for kind, response in answers.items():
        assert set(response.headers) == set(answers["unknown"].headers), kind
        assert response.headers["location"] == f"/api/v1/invitations/{response.json()['id']}"


async def _accept(client: httpx.AsyncClient, invitation_id: str) -> httpx.Response:
    return await client.post(f"/api/v1/invitations/{invitation_id}/responses", json={"answer": "accept"})


async def test_a_role_by_email_is_an_invitation_answered_alike_for_every_address(
    started_app: Litestar, db: Database
) -> None:
    town = await municipality(db)
    admin = await person(db, municipality_id=town["id"], role="beheerder")
    addresses = await _addresses(db)
    async with browser(started_app, admin["email"]) as client:
        answers = await _invite_everyone(
            client, f"/api/v1/municipalities/{town['slug']}/role-assignments", addresses, role="medewerker"
        )
        _all_alike(answers)
        body = answers["unknown"].json()
        assert body["kind"] == "role"
        assert body["role"] == "medewerker"
        assert body["status"] == "pending"
        assert body["municipality"]["slug"] == town["slug"]
        listed = (await client.get(f"/api/v1/municipalities/{town['slug']}/invitations")).json()["items"]
        assert sorted(i["email"] for i in listed) == sorted(addresses.values())
    # Nobody has the role yet; every address got the same mail.
    assert (
        await db.fetchval("SELECT count(*) FROM role_assignments WHERE municipality_id = $1", town["id"]) == 1
    )
    mails = [(await mails_to(db, started_app, email))[-1] for email in addresses.values()]
    assert all("uitgenodigd" in mail and "/mijn-account/uitnodigingen" in mail for mail in mails)
    assert len({mail.replace(email, "") for mail, email in zip(mails, addresses.values(), strict=True)}) == 1


async def test_an_unverified_account_sees_and_accepts_nothing_until_its_address_is_verified(
    started_app: Litestar, db: Database
) -> None:
    town = await municipality(db)
    admin = await person(db, municipality_id=town["id"], role="beheerder")
    newcomer = await person(db, verified=False)
    async with browser(started_app, admin["email"]) as client:
        invited = await client.post(
            f"/api/v1/municipalities/{town['slug']}/role-assignments",
            json={"email": newcomer["email"].upper(), "role": "medewerker"},
        )
        assert invited.status_code == 202
    invitation_id = invited.json()["id"]
    async with browser(started_app, newcomer["email"]) as client:
        mine = await client.get("/api/v1/me/invitations")
        assert mine.status_code == 403
        assert code_of(mine) == "email_unverified"
        refused = await _accept(client, invitation_id)
        assert refused.status_code == 403
        assert code_of(refused) == "email_unverified"
    assert await role_of(db, town["id"], newcomer["id"]) is None

    await db.fetchval("UPDATE accounts SET email_verified_at = now() WHERE id = $1", newcomer["id"])
    async with browser(started_app, newcomer["email"]) as client:
        mine = await client.get("/api/v1/me/invitations")
        assert mine.status_code == 200
        assert [i["id"] for i in mine.json()["items"]] == [invitation_id]
        accepted = await _accept(client, invitation_id)
        assert accepted.status_code == 200, accepted.text
        assert accepted.json()["status"] == "accepted"
        twice = await _accept(client, invitation_id)
        assert twice.status_code == 409
        assert code_of(twice) == "invitation_answered"
        assert (await client.get("/api/v1/me/invitations")).json()["items"] == []
        created = await client.post(
            "/api/v1/opgaven", json={"municipality": town["slug"], "title": unique("Opgave")}
        )
        assert created.status_code == 201, created.text
    assert await role_of(db, town["id"], newcomer["id"]) == "medewerker"


async def test_an_invitation_is_only_for_its_address(started_app: Litestar, db: Database) -> None:
    town = await municipality(db)
    admin = await person(db, municipality_id=town["id"], role="beheerder")
    invitee, stranger = await person(db), await person(db)
    async with browser(started_app, admin["email"]) as client:
        invited = await client.post(
            f"/api/v1/municipalities/{town['slug']}/role-assignments",
            json={"email": invitee["email"], "role": "beheerder"},
        )
    async with browser(started_app, stranger["email"]) as client:
        assert (await _accept(client, invited.json()["id"])).status_code == 404
        assert (await client.get("/api/v1/me/invitations")).json()["items"] == []
    async with browser(started_app, invitee["email"]) as client:
        declined = await client.post(
            f"/api/v1/invitations/{invited.json()['id']}/responses", json={"answer": "decline"}
        )
        assert declined.status_code == 200
        assert declined.json()["status"] == "declined"
    assert await role_of(db, town["id"], invitee["id"]) is None
    assert await role_of(db, town["id"], stranger["id"]) is None


async def test_the_inviter_withdraws_a_pending_invitation(started_app: Litestar, db: Database) -> None:
    town = await municipality(db)
    admin = await person(db, municipality_id=town["id"], role="beheerder")
    invitee = await person(db)
    async with browser(started_app, admin["email"]) as client:
        invited = await client.post(
            f"/api/v1/municipalities/{town['slug']}/role-assignments",
            json={"email": invitee["email"], "role": "medewerker"},
        )
        assert (await client.delete(f"/api/v1/invitations/{invited.json()['id']}")).status_code == 204
    async with browser(started_app, invitee["email"]) as client:
        late = await _accept(client, invited.json()["id"])
        assert late.status_code == 409
        assert code_of(late) == "invitation_answered"
    assert await role_of(db, town["id"], invitee["id"]) is None


async def test_an_unverified_account_holds_nothing_above_inwoner(started_app: Litestar, db: Database) -> None:
    """Rows written before this rule (or by hand) give nothing while the address is unproven."""
    town = await municipality(db)
    early = await person(db, municipality_id=town["id"], role="beheerder", verified=False)
    organisation_id = await db.fetchval(
        """INSERT INTO organisations (id, municipality_id, name, kind)
           VALUES (gen_random_uuid(), $1, $2, 'entrepreneur') RETURNING id""",
        town["id"],
        unique("Bakkerij"),
    )
    await db.fetchval(
        """INSERT INTO organisation_members (id, municipality_id, organisation_id, account_id, is_admin)
           VALUES (gen_random_uuid(), $1, $2, $3, true)""",
        town["id"],
        organisation_id,
        early["id"],
    )
    async with browser(started_app, early["email"]) as client:
        me = (await client.get("/api/v1/me")).json()
        assert me["roles"] == []
        assert me["organisations"] == []
        for refused in (
            await client.post(
                "/api/v1/opgaven", json={"municipality": town["slug"], "title": unique("Opgave")}
            ),
            await client.get(f"/api/v1/municipalities/{town['slug']}/role-assignments"),
            await client.get(f"/api/v1/organisations/{organisation_id}/members"),
        ):
            assert refused.status_code == 403, refused.text


async def test_the_beheerder_sees_who_is_verified_and_promotes_only_them(
    started_app: Litestar, db: Database
) -> None:
    town = await municipality(db)
    admin = await person(db, municipality_id=town["id"], role="beheerder")
    unproven = await person(db, municipality_id=town["id"], role="inwoner", verified=False)
    async with browser(started_app, admin["email"]) as client:
        listed = (await client.get(f"/api/v1/municipalities/{town['slug']}/role-assignments")).json()["items"]
        verified = {item["account"]["id"]: item["account"]["emailVerified"] for item in listed}
        assert verified == {str(admin["id"]): True, str(unproven["id"]): False}
        assignment = next(item["id"] for item in listed if item["account"]["id"] == str(unproven["id"]))
        promoted = await client.patch(f"/api/v1/role-assignments/{assignment}", json={"role": "medewerker"})
        assert promoted.status_code == 409, promoted.text
        assert code_of(promoted) == "email_unverified"
    assert await role_of(db, town["id"], unproven["id"]) == "inwoner"


async def test_verifying_ends_the_sessions_started_before_it(started_app: Litestar, db: Database) -> None:
    """Someone who registered another's address first keeps no session once the owner proves it."""
    town = await municipality(db)
    email = f"{unique('kaping')}@example.org"
    async with anonymous_client(started_app) as squatter:
        registered = await squatter.post(
            "/api/v1/accounts",
            json={
                "email": email,
                "password": PASSWORD,
                "displayName": "Eerder",
                "municipality": town["slug"],
            },
        )
        assert registered.status_code == 202
        signed_in = await squatter.post("/api/v1/sessions", json={"email": email, "password": PASSWORD})
        assert signed_in.status_code == 201
        token = token_in((await mails_to(db, started_app, email))[-1])
        async with anonymous_client(started_app) as owner_browser:
            # The owner of the mailbox follows the link in a browser of their own.
            confirmed = await owner_browser.post("/api/v1/account-verifications", json={"token": token})
            assert confirmed.status_code == 204
        assert (await squatter.get("/api/v1/me")).status_code == 401
    assert await db.fetchval(
        "SELECT email_verified_at IS NOT NULL FROM accounts WHERE lower(email) = lower($1)", email
    )


async def test_signing_in_unverified_is_allowed_but_taking_part_says_why_not(
    started_app: Litestar, db: Database
) -> None:
    town = await municipality(db)
    regisseur = await person(db, municipality_id=town["id"], role="medewerker")
    run = await opgave(db, town["id"], regisseur["id"])
    unproven = await person(db, municipality_id=town["id"], role="inwoner", verified=False)
    async with browser(started_app, unproven["email"]) as client:
        idea = await client.post(
            f"/api/v1/opgaven/{run['id']}/proposals", json={"title": "Een moestuin", "body": "<p>Samen.</p>"}
        )
        assert idea.status_code == 403
        assert code_of(idea) == "email_unverified"
        joined = await client.post(f"/api/v1/opgaven/{run['id']}/members", json={"role": "resident"})
        assert code_of(joined) == "email_unverified"


async def test_a_team_invitation_by_email_is_answered_alike_and_accepted_by_its_address(
    started_app: Litestar, db: Database
) -> None:
    town = await municipality(db)
    regisseur = await person(db, municipality_id=town["id"], role="medewerker")
    run = await opgave(db, town["id"], regisseur["id"])
    addresses = await _addresses(db)
    async with browser(started_app, regisseur["email"]) as client:
        answers = await _invite_everyone(
            client, f"/api/v1/opgaven/{run['id']}/members", addresses, role="core_team"
        )
        _all_alike(answers)
        assert answers["verified"].json()["kind"] == "team"
        assert answers["verified"].json()["opgave"]["id"] == str(run["id"])
        pending = (await client.get(f"/api/v1/opgaven/{run['id']}/invitations")).json()["items"]
        assert len(pending) == 3
    assert await db.fetchval("SELECT count(*) FROM opgave_members WHERE opgave_id = $1", run["id"]) == 1
    async with browser(started_app, addresses["verified"]) as client:
        accepted = await _accept(client, answers["verified"].json()["id"])
        assert accepted.status_code == 200, accepted.text
        team = (await client.get(f"/api/v1/opgaven/{run['id']}/members")).json()["items"]
        mine = [m for m in team if m["person"] and m["role"] == "core_team"]
        assert [m["status"] for m in mine] == ["active"]


@pytest.mark.parametrize("role", ["inwoner", "partner", "medewerker"])
async def test_accepting_never_lowers_a_role(started_app: Litestar, db: Database, role: str) -> None:
    town = await municipality(db)
    admin = await person(db, municipality_id=town["id"], role="beheerder")
    colleague = await person(db, municipality_id=town["id"], role="beheerder")
    async with browser(started_app, admin["email"]) as client:
        invited = await client.post(
            f"/api/v1/municipalities/{town['slug']}/role-assignments",
            json={"email": colleague["email"], "role": role},
        )
    async with browser(started_app, colleague["email"]) as client:
        assert (await _accept(client, invited.json()["id"])).status_code == 200
    assert await role_of(db, town["id"], colleague["id"]) == "beheerder"
