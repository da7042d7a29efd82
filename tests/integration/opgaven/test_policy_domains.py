"""A municipality's beheerders keep its policy domains: add, rename, remove one no opgave uses."""

from litestar import Litestar

from api.db.connection import Database
from tests.factories import municipality
from tests.identities import browser, person


async def test_the_beheerder_adds_renames_and_removes_a_policy_domain(
    started_app: Litestar, db: Database
) -> None:
    town = await municipality(db)
    admin = await person(db, municipality_id=town["id"], role="beheerder")
    staff = await person(db, municipality_id=town["id"], role="medewerker")
    base = f"/api/v1/municipalities/{town['slug']}/domains"
    async with browser(started_app, staff["email"]) as client:
        refused = await client.post(base, json={"slug": "buurtsport", "name": "Buurtsport"})
        assert refused.status_code == 403
    async with browser(started_app, admin["email"]) as client:
        created = await client.post(base, json={"slug": "buurtsport", "name": "Buurtsport"})
        assert created.status_code == 201, created.text
        assert created.json() == {"slug": "buurtsport", "name": "Buurtsport"}
        again = await client.post(base, json={"slug": "buurtsport", "name": "Sport in de buurt"})
        assert again.status_code == 409
        assert again.headers["content-type"] == "application/problem+json"
        assert again.json()["code"] == "slug_taken"
        bad = await client.post(base, json={"slug": "Buurt!", "name": ""})
        assert bad.status_code == 400
        assert {p["name"] for p in bad.json()["invalidParams"]} >= {"slug"}

        renamed = await client.patch(f"{base}/buurtsport", json={"name": "Sport in de buurt"})
        assert renamed.status_code == 200, renamed.text
        assert renamed.json() == {"slug": "buurtsport", "name": "Sport in de buurt"}
        assert {"slug": "buurtsport", "name": "Sport in de buurt"} in (await client.get(base)).json()["items"]
        assert (await client.patch(f"{base}/bestaat-niet", json={"name": "Onbekend"})).status_code == 404

        # In use by an opgave: it stays (the opgave would lose its domain without a word).
        opgave = await client.post(
            "/api/v1/opgaven",
            json={
                "municipality": town["slug"],
                "title": "Samen sporten in de buurt",
                "domains": ["buurtsport"],
            },
        )
        assert opgave.status_code == 201, opgave.text
        in_use = await client.delete(f"{base}/buurtsport")
        assert in_use.status_code == 409
        assert in_use.json()["code"] == "domain_in_use"
        assert (await client.post(base, json={"slug": "tijdelijk", "name": "Tijdelijk"})).status_code == 201
        assert (await client.delete(f"{base}/tijdelijk")).status_code == 204
        slugs = [d["slug"] for d in (await client.get(base)).json()["items"]]
        assert "buurtsport" in slugs
        assert "tijdelijk" not in slugs
        audit = (
            await client.get(f"/api/v1/audit-events?municipality={town['slug']}&action=policy_domain")
        ).json()
        assert {e["action"] for e in audit["items"]} == {
            "policy_domain.created",
            "policy_domain.renamed",
            "policy_domain.removed",
        }
