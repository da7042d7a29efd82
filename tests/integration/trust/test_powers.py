"""Powers follow the role: the procesregisseur's powers need the staff role now, only a beheerder
(or the procesregisseur handing over) names a new one, and a municipality keeps a beheerder."""

from typing import Any

import httpx
from litestar import Litestar

from api.db.connection import Database
from tests.factories import municipality, opgave, unique
from tests.identities import browser, person
from tests.integration.trust.conftest import code_of


async def _demote(db: Database, municipality_id: Any, account_id: Any) -> None:
    await db.fetchval(
        "UPDATE role_assignments SET role = 'inwoner' WHERE municipality_id = $1 AND account_id = $2",
        municipality_id,
        account_id,
    )


async def _etag(client: httpx.AsyncClient, opgave_id: Any) -> str:
    return (await client.get(f"/api/v1/opgaven/{opgave_id}")).headers["etag"]


async def test_a_demoted_procesregisseur_moves_no_phase_and_closes_no_reflection(
    started_app: Litestar, db: Database
) -> None:
    town = await municipality(db)
    regisseur = await person(db, municipality_id=town["id"], role="medewerker")
    run = await opgave(db, town["id"], regisseur["id"])
    async with browser(started_app, regisseur["email"]) as client:
        planned = await client.post(
            f"/api/v1/opgaven/{run['id']}/reflections", json={"title": "Terugblik", "heldOn": "2027-01-15"}
        )
        assert planned.status_code == 201, planned.text
        moved = await client.post(
            f"/api/v1/opgaven/{run['id']}/phase-transitions", json={"toPhase": "formulating"}
        )
        assert moved.status_code == 201, moved.text

        await _demote(db, town["id"], regisseur["id"])
        again = await client.post(
            f"/api/v1/opgaven/{run['id']}/phase-transitions", json={"toPhase": "planning"}
        )
        assert again.status_code == 403
        assert code_of(again) == "procesregisseur_only"
        closed = await client.post(
            f"/api/v1/reflections/{planned.json()['id']}/closure", json={"conclusions": "Het ging goed."}
        )
        assert closed.status_code == 403
        assert code_of(closed) == "procesregisseur_only"
    assert await db.fetchval("SELECT phase FROM opgaven WHERE id = $1", run["id"]) == "formulating"
    assert (
        await db.fetchval("SELECT status FROM reflection_moments WHERE id = $1", planned.json()["id"])
        == "open"
    )


async def test_an_unverified_procesregisseur_has_no_powers_either(
    started_app: Litestar, db: Database
) -> None:
    town = await municipality(db)
    regisseur = await person(db, municipality_id=town["id"], role="medewerker", verified=False)
    run = await opgave(db, town["id"], regisseur["id"])
    async with browser(started_app, regisseur["email"]) as client:
        moved = await client.post(
            f"/api/v1/opgaven/{run['id']}/phase-transitions", json={"toPhase": "formulating"}
        )
    assert moved.status_code == 403
    assert await db.fetchval("SELECT phase FROM opgaven WHERE id = $1", run["id"]) == "exploring"


async def test_a_medewerker_cannot_appoint_themselves_procesregisseur(
    started_app: Litestar, db: Database
) -> None:
    town = await municipality(db)
    regisseur = await person(db, municipality_id=town["id"], role="medewerker")
    colleague = await person(db, municipality_id=town["id"], role="medewerker")
    run = await opgave(db, town["id"], regisseur["id"])
    async with browser(started_app, colleague["email"]) as client:
        taken = await client.patch(
            f"/api/v1/opgaven/{run['id']}",
            json={"procesregisseurId": str(colleague["id"])},
            headers={"If-Match": await _etag(client, run["id"])},
        )
        assert taken.status_code == 403, taken.text
        assert code_of(taken) == "procesregisseur_only"
        # Everything else about the opgave stays theirs to change, as staff.
        renamed = await client.patch(
            f"/api/v1/opgaven/{run['id']}",
            json={"summary": "Samen aan het werk."},
            headers={"If-Match": await _etag(client, run["id"])},
        )
        assert renamed.status_code == 200, renamed.text
        # Naming someone else at the start is a beheerder's choice too.
        created = await client.post(
            "/api/v1/opgaven",
            json={
                "municipality": town["slug"],
                "title": unique("Opgave"),
                "procesregisseurId": str(regisseur["id"]),
            },
        )
        assert created.status_code == 403, created.text
        assert code_of(created) == "procesregisseur_only"
        mine = await client.post(
            "/api/v1/opgaven", json={"municipality": town["slug"], "title": unique("Opgave")}
        )
        assert mine.status_code == 201, mine.text
        assert mine.json()["procesregisseur"]["id"] == str(colleague["id"])
    assert (
        await db.fetchval("SELECT procesregisseur_id FROM opgaven WHERE id = $1", run["id"])
        == regisseur["id"]
    )


async def test_the_procesregisseur_hands_over_and_a_beheerder_names_one(
    started_app: Litestar, db: Database
) -> None:
    town = await municipality(db)
    regisseur = await person(db, municipality_id=town["id"], role="medewerker")
    colleague = await person(db, municipality_id=town["id"], role="medewerker")
    beheerder = await person(db, municipality_id=town["id"], role="beheerder")
    run = await opgave(db, town["id"], regisseur["id"])
    async with browser(started_app, regisseur["email"]) as client:
        handed = await client.patch(
            f"/api/v1/opgaven/{run['id']}",
            json={"procesregisseurId": str(colleague["id"])},
            headers={"If-Match": await _etag(client, run["id"])},
        )
        assert handed.status_code == 200, handed.text
        # Having handed over, the old procesregisseur has no say in it any more.
        back = await client.patch(
            f"/api/v1/opgaven/{run['id']}",
            json={"procesregisseurId": str(regisseur["id"])},
            headers={"If-Match": await _etag(client, run["id"])},
        )
        assert back.status_code == 403
    async with browser(started_app, beheerder["email"]) as client:
        named = await client.patch(
            f"/api/v1/opgaven/{run['id']}",
            json={"procesregisseurId": str(regisseur["id"])},
            headers={"If-Match": await _etag(client, run["id"])},
        )
        assert named.status_code == 200, named.text


async def test_a_demoted_procesregisseur_cannot_hand_over_and_only_staff_with_a_verified_address_take_over(
    started_app: Litestar, db: Database
) -> None:
    town = await municipality(db)
    regisseur = await person(db, municipality_id=town["id"], role="medewerker")
    colleague = await person(db, municipality_id=town["id"], role="medewerker")
    unverified = await person(db, municipality_id=town["id"], role="medewerker", verified=False)
    beheerder = await person(db, municipality_id=town["id"], role="beheerder")
    run = await opgave(db, town["id"], regisseur["id"])
    await _demote(db, town["id"], regisseur["id"])
    async with browser(started_app, regisseur["email"]) as client:
        handed = await client.patch(
            f"/api/v1/opgaven/{run['id']}",
            json={"procesregisseurId": str(colleague["id"])},
            headers={"If-Match": await _etag(client, run["id"])},
        )
        assert handed.status_code == 403
    async with browser(started_app, beheerder["email"]) as client:
        named = await client.patch(
            f"/api/v1/opgaven/{run['id']}",
            json={"procesregisseurId": str(unverified["id"])},
            headers={"If-Match": await _etag(client, run["id"])},
        )
        assert named.status_code == 400, named.text
        assert named.json()["invalidParams"][0]["code"] == "not_staff"
    assert (
        await db.fetchval("SELECT procesregisseur_id FROM opgaven WHERE id = $1", run["id"])
        == regisseur["id"]
    )


async def test_the_last_beheerder_cannot_delete_their_account(started_app: Litestar, db: Database) -> None:
    town = await municipality(db)
    only = await person(db, municipality_id=town["id"], role="beheerder")
    async with browser(started_app, only["email"]) as client:
        refused = await client.delete("/api/v1/me")
        assert refused.status_code == 409, refused.text
        assert code_of(refused) == "last_beheerder"
        assert (await client.get("/api/v1/me")).status_code == 200
    second = await person(db, municipality_id=town["id"], role="beheerder")
    async with browser(started_app, only["email"]) as client:
        assert (await client.delete("/api/v1/me")).status_code == 204
    async with browser(started_app, second["email"]) as client:
        last = await client.delete("/api/v1/me")
        assert last.status_code == 409
        assert code_of(last) == "last_beheerder"


async def test_an_unverified_beheerder_does_not_count_as_the_one_that_stays(
    started_app: Litestar, db: Database
) -> None:
    town = await municipality(db)
    real = await person(db, municipality_id=town["id"], role="beheerder")
    await person(db, municipality_id=town["id"], role="beheerder", verified=False)
    assignment = await db.fetchval(
        "SELECT id FROM role_assignments WHERE municipality_id = $1 AND account_id = $2",
        town["id"],
        real["id"],
    )
    async with browser(started_app, real["email"]) as client:
        demoted = await client.patch(f"/api/v1/role-assignments/{assignment}", json={"role": "medewerker"})
        assert demoted.status_code == 409, demoted.text
        assert code_of(demoted) == "last_beheerder"
        gone = await client.delete("/api/v1/me")
        assert gone.status_code == 409
