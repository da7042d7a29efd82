"""The platform operator: onboarding through the API, deactivating, and the archive of one municipality."""

import io
import json
import zipfile
from typing import Any

from litestar import Litestar

from api.db.connection import Database
from api.lib.ids import new_id
from tests.content_factories import comment, proposal
from tests.factories import municipality, opgave, unique
from tests.identities import anonymous_client, api_client, browser, mails_to, person
from tests.integration.operations.test_onboarding import cbs_code


async def operator(db: Database, *, verified: bool = True) -> dict[str, Any]:
    someone = await person(db, verified=verified)
    await db.fetchval(
        "INSERT INTO platform_operators (id, account_id) VALUES ($1, $2)", new_id(), someone["id"]
    )
    return someone


def body(**fields: Any) -> dict[str, Any]:
    return {
        "slug": unique("wijdemeren"),
        "name": "Wijdemeren",
        "cbsCode": cbs_code(),
        "beheerderEmail": f"{unique('beheer')}@example.org",
    } | fields


async def test_an_operator_onboards_a_municipality_and_its_first_beheerder_is_invited(
    started_app: Litestar, db: Database
) -> None:
    me = await operator(db)
    sent = body(theme={"baseTheme": "utrecht", "tokens": {}}, description="Aan de plassen.")
    async with browser(started_app, me["email"]) as client:
        created = await client.post("/api/v1/municipalities", json=sent)
        assert created.status_code == 201, created.text
        assert created.headers["location"] == f"/api/v1/municipalities/{sent['slug']}"
        assert created.json()["cbsCode"] == sent["cbsCode"]
        assert created.json()["theme"]["baseTheme"] == "utrecht"
        # Slug or CBS code of another: 409, and nothing made.
        for clash, code in (
            ({"slug": sent["slug"]}, "slug_taken"),
            ({"cbsCode": sent["cbsCode"]}, "cbs_code_taken"),
        ):
            again = await client.post("/api/v1/municipalities", json=body(**clash))
            assert again.status_code == 409
            assert again.json()["code"] == code
    mails = await mails_to(db, started_app, sent["beheerderEmail"])
    assert len(mails) == 1
    assert "beheerder te worden bij Wijdemeren" in mails[0]
    assert await db.fetchval("SELECT count(*) FROM municipalities WHERE cbs_code = $1", sent["cbsCode"]) == 1


async def test_every_field_problem_of_a_new_municipality_at_once(started_app: Litestar, db: Database) -> None:
    me = await operator(db)
    async with browser(started_app, me["email"]) as client:
        before = await db.fetchval("SELECT count(*) FROM municipalities")
        refused = await client.post(
            "/api/v1/municipalities",
            json={"slug": "Niet Goed", "name": "", "cbsCode": "GM12", "beheerderEmail": "geen-adres"},
        )
        assert refused.status_code == 400
        names = {p["name"] for p in refused.json()["invalidParams"]}
        assert names == {"slug", "name", "cbsCode", "beheerderEmail"}
        assert await db.fetchval("SELECT count(*) FROM municipalities") == before


async def test_only_a_verified_operator_may_onboard(started_app: Litestar, db: Database) -> None:
    town = await municipality(db)
    unverified = await operator(db, verified=False)
    beheerder = await person(db, municipality_id=town["id"], role="beheerder")
    for who in (unverified, beheerder):
        async with browser(started_app, who["email"]) as client:
            assert (await client.post("/api/v1/municipalities", json=body())).status_code == 403
    async with anonymous_client(started_app) as client:
        assert (await client.post("/api/v1/municipalities", json=body())).status_code == 401


async def test_a_deactivated_municipality_refuses_clearly_and_keeps_its_data(
    started_app: Litestar, db: Database
) -> None:
    town = await municipality(db)
    medewerker = await person(db, municipality_id=town["id"], role="medewerker")
    idea_opgave = await opgave(db, town["id"], medewerker["id"])
    me = await operator(db)
    slug = town["slug"]
    async with browser(started_app, me["email"]) as ops, browser(started_app, medewerker["email"]) as staff:
        assert (await staff.get(f"/api/v1/opgaven/{idea_opgave['id']}")).status_code == 200
        off = await ops.put(f"/api/v1/municipalities/{slug}/deactivation")
        assert off.status_code == 200, off.text
        assert off.json()["deactivatedAt"]
        assert (await ops.put(f"/api/v1/municipalities/{slug}/deactivation")).json() == off.json()
        async with anonymous_client(started_app) as visitor:
            page = await visitor.get(f"/api/v1/municipalities/{slug}")
            assert page.status_code == 404
            assert page.json()["code"] == "municipality_deactivated"
            assert town["name"] in page.json()["detail"]
            listed = await visitor.get("/api/v1/municipalities", params={"q": town["name"]})
            assert listed.json()["items"] == []
            registering = await visitor.post(
                "/api/v1/accounts",
                json={
                    "email": f"{unique('nieuw')}@example.org",
                    "password": "Een-Lang-Wachtwoord-2026",
                    "displayName": "Nieuw",
                    "municipality": slug,
                },
            )
            assert registering.status_code == 404
            assert registering.json()["code"] == "municipality_deactivated"
            sign_in = await visitor.get(f"/api/v1/municipalities/{slug}/staff-sign-in")
            assert sign_in.json()["code"] == "municipality_deactivated"
        for path in (f"/api/v1/opgaven/{idea_opgave['id']}", f"/api/v1/opgaven?municipality={slug}"):
            refused = await staff.get(path)
            assert refused.status_code == 404, path
            assert refused.json()["code"] == "municipality_deactivated"
        assert await db.fetchval("SELECT count(*) FROM opgaven WHERE municipality_id = $1", town["id"]) == 1
        # Its archive can still be taken along; then it comes back as it was.
        assert (await ops.get(f"/api/v1/municipalities/{slug}/archive")).status_code == 200
        assert (await ops.delete(f"/api/v1/municipalities/{slug}/deactivation")).status_code == 204
        assert (await staff.get(f"/api/v1/opgaven/{idea_opgave['id']}")).status_code == 200


async def test_the_archive_holds_all_of_one_municipality_and_nothing_of_another(
    started_app: Litestar, db: Database
) -> None:
    mine, other = await municipality(db), await municipality(db)
    beheerder = await person(db, municipality_id=mine["id"], role="beheerder")
    for town in (mine, other):
        resident = await person(db, municipality_id=town["id"], role="inwoner")
        work = await opgave(db, town["id"], beheerder["id"] if town is mine else resident["id"])
        idea = await proposal(db, work, resident["id"])
        await comment(db, work, resident["id"], proposal_id=idea["id"])
        await api_client(db, town["id"], ["opgaven:read"])
    async with browser(started_app, beheerder["email"]) as client:
        response = await client.get(f"/api/v1/municipalities/{mine['slug']}/archive")
        assert response.status_code == 200
        assert response.headers["content-type"] == "application/zip"
        assert mine["slug"] in response.headers["content-disposition"]
        archive = zipfile.ZipFile(io.BytesIO(response.content))
        other_id, mine_id = str(other["id"]), str(mine["id"])
        manifest = json.loads(archive.read("manifest.json"))
        assert json.loads(archive.read("municipality.json"))["id"] == mine_id
        for name in archive.namelist():
            text = archive.read(name).decode()
            assert other_id not in text, name
            assert "secret_hash" not in text
            assert "password_hash" not in text
            if name in {"manifest.json", "municipality.json"}:
                continue
            rows = json.loads(text)
            assert len(rows) == manifest["rows"][name.removesuffix(".json")], name
            if name != "people.json":
                assert all(row["municipality_id"] == mine_id for row in rows), name
        for table in (
            "opgaven",
            "proposals",
            "comments",
            "api_clients",
            "role_assignments",
            "policy_domains",
        ):
            expected = await db.fetchval(
                f"SELECT count(*) FROM {table} WHERE municipality_id = $1", mine["id"]
            )
            assert manifest["rows"][table] == expected > 0, table
        assert beheerder["email"] in archive.read("people.json").decode()
    # Another municipality's beheerder, or a medewerker, may not take it.
    stranger = await person(db, municipality_id=other["id"], role="beheerder")
    medewerker = await person(db, municipality_id=mine["id"], role="medewerker")
    for who in (stranger, medewerker):
        async with browser(started_app, who["email"]) as client:
            assert (await client.get(f"/api/v1/municipalities/{mine['slug']}/archive")).status_code == 403
