"""Organisations enrol by consent: adding a member by e-mail is an invitation the person accepts,
answered the same way for every address."""

from typing import Any

from litestar import Litestar

from api.db.connection import Database
from tests.factories import municipality, unique
from tests.identities import browser, person
from tests.integration.trust.conftest import code_of, role_of
from tests.integration.trust.test_invitations import _accept, _addresses, _all_alike, _invite_everyone


async def _organisation_with_admin(db: Database) -> tuple[dict[str, Any], Any, dict[str, Any]]:
    town = await municipality(db)
    admin = await person(db, municipality_id=town["id"], role="partner")
    organisation_id = await db.fetchval(
        """INSERT INTO organisations (id, municipality_id, name, kind)
           VALUES (gen_random_uuid(), $1, $2, 'societal_organisation') RETURNING id""",
        town["id"],
        unique("Buurthuis"),
    )
    await db.fetchval(
        """INSERT INTO organisation_members (id, municipality_id, organisation_id, account_id, is_admin)
           VALUES (gen_random_uuid(), $1, $2, $3, true)""",
        town["id"],
        organisation_id,
        admin["id"],
    )
    return town, organisation_id, admin


async def test_adding_a_member_is_an_invitation_answered_alike_for_every_address(
    started_app: Litestar, db: Database
) -> None:
    _town, organisation_id, admin = await _organisation_with_admin(db)
    addresses = await _addresses(db)
    async with browser(started_app, admin["email"]) as client:
        answers = await _invite_everyone(
            client, f"/api/v1/organisations/{organisation_id}/members", addresses, isAdmin=True
        )
        _all_alike(answers)
        body = answers["verified"].json()
        assert body["kind"] == "organisation"
        assert body["organisation"]["id"] == str(organisation_id)
        assert body["isAdmin"] is True
        # Inviting the same address again is the same answer, and still one invitation.
        again = await client.post(
            f"/api/v1/organisations/{organisation_id}/members",
            json={"email": addresses["verified"], "isAdmin": True},
        )
        assert again.status_code == 202
        pending = (await client.get(f"/api/v1/organisations/{organisation_id}/invitations")).json()["items"]
        assert sorted(i["email"] for i in pending) == sorted(addresses.values())
        members = (await client.get(f"/api/v1/organisations/{organisation_id}/members")).json()["items"]
        assert [m["accountId"] for m in members] == [str(admin["id"])]
        assert members[0]["emailVerified"] is True
    assert (
        await db.fetchval(
            "SELECT count(*) FROM organisation_members WHERE organisation_id = $1", organisation_id
        )
        == 1
    )


async def test_the_person_accepts_and_becomes_a_partner(started_app: Litestar, db: Database) -> None:
    town, organisation_id, admin = await _organisation_with_admin(db)
    newcomer = await person(db)
    async with browser(started_app, admin["email"]) as client:
        invited = await client.post(
            f"/api/v1/organisations/{organisation_id}/members", json={"email": newcomer["email"]}
        )
    async with browser(started_app, newcomer["email"]) as client:
        mine = (await client.get("/api/v1/me/invitations")).json()["items"]
        assert [(i["kind"], i["organisation"]["id"]) for i in mine] == [
            ("organisation", str(organisation_id))
        ]
        accepted = await _accept(client, invited.json()["id"])
        assert accepted.status_code == 200, accepted.text
        me = (await client.get("/api/v1/me")).json()
        assert [(o["id"], o["isAdmin"]) for o in me["organisations"]] == [(str(organisation_id), False)]
        exported = (await client.get("/api/v1/me/export")).json()["invitations"]
        assert [(i["kind"], i["status"]) for i in exported] == [("organisation", "accepted")]
    assert await role_of(db, town["id"], newcomer["id"]) == "partner"


async def test_an_unverified_address_cannot_join(started_app: Litestar, db: Database) -> None:
    town, organisation_id, admin = await _organisation_with_admin(db)
    unproven = await person(db, verified=False)
    async with browser(started_app, admin["email"]) as client:
        invited = await client.post(
            f"/api/v1/organisations/{organisation_id}/members", json={"email": unproven["email"]}
        )
    async with browser(started_app, unproven["email"]) as client:
        refused = await _accept(client, invited.json()["id"])
        assert refused.status_code == 403
        assert code_of(refused) == "email_unverified"
    assert (
        await db.fetchval(
            "SELECT count(*) FROM organisation_members WHERE organisation_id = $1", organisation_id
        )
        == 1
    )
    assert await role_of(db, town["id"], unproven["id"]) is None
