"""The team: invitations and requests, people and organisations, and who may do what with them."""

import pytest
from litestar import Litestar

from api.db.connection import Database
from api.lib.ids import new_id
from tests.factories import opgave, unique
from tests.identities import browser, person
from tests.integration.opgaven.conftest import Town


async def _organisation(db: Database, town: Town, admin: dict, member: dict | None = None) -> dict:
    organisation_id = new_id()
    await db.fetchval(
        "INSERT INTO organisations (id, municipality_id, name, kind) VALUES ($1, $2, $3, 'societal_organisation')",
        organisation_id,
        town.id,
        unique("Wijkteam"),
    )
    for who, is_admin in ((admin, True), (member, False)):
        if who is not None:
            await db.fetchval(
                "INSERT INTO organisation_members (id, municipality_id, organisation_id, account_id, is_admin) VALUES ($1, $2, $3, $4, $5)",
                new_id(),
                town.id,
                organisation_id,
                who["id"],
                is_admin,
            )
    return {"id": organisation_id}


async def test_people_are_invited_or_ask_to_join(started_app: Litestar, db: Database, town: Town) -> None:
    work = await opgave(db, town.id, town.regisseur["id"])
    path = f"/api/v1/opgaven/{work['id']}/members"
    async with (
        browser(started_app, town.regisseur["email"]) as staff,
        browser(started_app, town.inwoner["email"]) as invitee,
        browser(started_app, town.other_inwoner["email"]) as asker,
        browser(started_app) as visitor,
    ):
        # A person by e-mail is an invitation to the address, accepted by whoever proves it.
        invited = await staff.post(path, json={"email": town.inwoner["email"], "role": "core_team"})
        assert invited.status_code == 202, invited.text
        assert (invited.json()["kind"], invited.json()["teamRole"]) == ("team", "core_team")
        again = await staff.post(path, json={"email": town.inwoner["email"], "role": "resident"})
        assert again.status_code == 202
        assert again.json()["id"] == invited.json()["id"]
        assert again.json()["teamRole"] == "resident"

        asked = await asker.post(path, json={"role": "resident"})
        assert asked.status_code == 201
        assert asked.json()["status"] == "requested"
        assert asked.json()["person"]["id"] == str(town.other_inwoner["id"])
        # Residents cannot invite others, nor approve themselves.
        assert (
            await asker.post(path, json={"email": town.medewerker["email"], "role": "resident"})
        ).status_code == 403
        assert (
            await asker.patch(f"/api/v1/members/{asked.json()['id']}", json={"status": "active"})
        ).status_code == 403

        # The public sees the active team only; a pending request is for staff and the person concerned.
        public = (await visitor.get(path)).json()["items"]
        assert [m["role"] for m in public] == ["procesregisseur"]
        assert len((await staff.get(path)).json()["items"]) == 2
        assert [
            i["email"] for i in (await staff.get(f"/api/v1/opgaven/{work['id']}/invitations")).json()["items"]
        ] == [town.inwoner["email"]]

        accepted = await invitee.post(
            f"/api/v1/invitations/{invited.json()['id']}/responses", json={"answer": "accept"}
        )
        assert accepted.status_code == 200, accepted.text
        approved = await staff.patch(f"/api/v1/members/{asked.json()['id']}", json={"status": "active"})
        assert approved.status_code == 200
        opgave_now = (await visitor.get(f"/api/v1/opgaven/{work['id']}")).json()
        assert opgave_now["counts"]["members"] == 3
        team = (await invitee.get(path)).json()["items"]
        mine = next(m for m in team if m["person"] and m["person"]["id"] == str(town.inwoner["id"]))
        assert (mine["role"], mine["status"]) == ("resident", "active")

        # The invitee may not change their own role; leaving is allowed.
        assert (
            await invitee.patch(f"/api/v1/members/{mine['id']}", json={"role": "core_team"})
        ).status_code == 403
        assert (await invitee.delete(f"/api/v1/members/{mine['id']}")).status_code == 204
        assert (await visitor.get(f"/api/v1/opgaven/{work['id']}")).json()["counts"]["members"] == 2


async def test_organisations_join_through_their_admin(
    started_app: Litestar, db: Database, town: Town
) -> None:
    work = await opgave(db, town.id, town.regisseur["id"])
    admin = await person(db, municipality_id=town.id, role="partner")
    plain = await person(db, municipality_id=town.id, role="partner")
    organisation = await _organisation(db, town, admin, plain)
    other = await _organisation(db, town, await person(db, municipality_id=town.id, role="partner"))
    path = f"/api/v1/opgaven/{work['id']}/members"
    async with (
        browser(started_app, admin["email"]) as org_admin,
        browser(started_app, plain["email"]) as org_member,
        browser(started_app, town.regisseur["email"]) as staff,
    ):
        not_admin = await org_member.post(
            path,
            json={"organisationId": str(organisation["id"]), "role": "partner", "partnerRole": "contributor"},
        )
        assert not_admin.status_code == 403
        foreign = await org_admin.post(
            path, json={"organisationId": str(other["id"]), "role": "partner", "partnerRole": "funder"}
        )
        assert foreign.status_code == 403
        missing_role = await org_admin.post(
            path, json={"organisationId": str(organisation["id"]), "role": "partner"}
        )
        assert missing_role.status_code == 400
        asked = await org_admin.post(
            path,
            json={"organisationId": str(organisation["id"]), "role": "partner", "partnerRole": "contributor"},
        )
        assert asked.status_code == 201, asked.text
        assert asked.json()["status"] == "requested"
        assert asked.json()["organisation"]["id"] == str(organisation["id"])
        approved = await staff.patch(
            f"/api/v1/members/{asked.json()['id']}", json={"status": "active", "partnerRole": "co_owner"}
        )
        assert approved.json()["partnerRole"] == "co_owner"

        invited = await staff.post(
            path, json={"organisationId": str(other["id"]), "role": "partner", "partnerRole": "funder"}
        )
        assert invited.json()["status"] == "invited"
        # Only an admin of that organisation accepts for it.
        assert (
            await org_admin.patch(f"/api/v1/members/{invited.json()['id']}", json={"status": "active"})
        ).status_code == 403

    listed = await browser_list(started_app, f"/api/v1/opgaven?organisation={organisation['id']}")
    assert [o["id"] for o in listed] == [str(work["id"])]


async def browser_list(app: Litestar, path: str) -> list[dict]:
    async with browser(app) as visitor:
        items: list[dict] = (await visitor.get(path)).json()["items"]
        return items


@pytest.mark.parametrize(
    "body", [{"role": "procesregisseur"}, {"role": "partner"}, {"role": "resident", "partnerRole": "funder"}]
)
async def test_roles_must_fit_who_joins(started_app: Litestar, db: Database, town: Town, body: dict) -> None:
    work = await opgave(db, town.id, town.regisseur["id"])
    async with browser(started_app, town.inwoner["email"]) as resident:
        response = await resident.post(f"/api/v1/opgaven/{work['id']}/members", json=body)
    assert response.status_code == 400


async def test_the_procesregisseur_stays_on_the_team(started_app: Litestar, db: Database, town: Town) -> None:
    work = await opgave(db, town.id, town.regisseur["id"])
    async with browser(started_app, town.beheerder["email"]) as admin:
        members = (await admin.get(f"/api/v1/opgaven/{work['id']}/members")).json()["items"]
        regisseur = members[0]
        response = await admin.delete(f"/api/v1/members/{regisseur['id']}")
        assert response.status_code == 409
        assert response.json()["code"] == "procesregisseur_stays"
        # Changing the procesregisseur goes through the opgave; the old one stays as core team.
        etag = (await admin.get(f"/api/v1/opgaven/{work['id']}")).headers["etag"]
        changed = await admin.patch(
            f"/api/v1/opgaven/{work['id']}",
            json={"procesregisseurId": str(town.medewerker["id"])},
            headers={"If-Match": etag},
        )
        assert changed.status_code == 200, changed.text
        assert changed.json()["procesregisseur"]["id"] == str(town.medewerker["id"])
        roles = {
            m["person"]["id"]: m["role"]
            for m in (await admin.get(f"/api/v1/opgaven/{work['id']}/members")).json()["items"]
        }
        assert roles == {
            str(town.regisseur["id"]): "core_team",
            str(town.medewerker["id"]): "procesregisseur",
        }
        not_staff = await admin.patch(
            f"/api/v1/opgaven/{work['id']}",
            json={"procesregisseurId": str(town.inwoner["id"])},
            headers={"If-Match": changed.headers["etag"]},
        )
        assert not_staff.status_code == 400
        assert not_staff.json()["invalidParams"][0]["code"] == "not_staff"
