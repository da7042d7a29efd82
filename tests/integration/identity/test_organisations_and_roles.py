"""Organisations with their members, roles per municipality, and the theme of a municipality."""

from litestar import Litestar

from api.db.connection import Database
from tests.factories import municipality, unique
from tests.identities import browser, person


async def test_staff_create_an_organisation_and_its_admin_manages_members(
    started_app: Litestar, db: Database
) -> None:
    town = await municipality(db)
    staff = await person(db, municipality_id=town["id"], role="medewerker")
    admin = await person(db)
    newcomer = await person(db)
    name = unique("Stichting Schuldhulp")
    async with browser(started_app, staff["email"]) as client:
        created = await client.post(
            "/api/v1/organisations",
            json={
                "municipality": town["slug"],
                "name": name,
                "kind": "societal_organisation",
                "kvkNumber": "12345678",
            },
        )
        assert created.status_code == 201, created.text
        organisation = created.json()
        assert created.headers["location"] == f"/api/v1/organisations/{organisation['id']}"
        assert organisation["memberCount"] == 0
        duplicate = await client.post(
            "/api/v1/organisations",
            json={"municipality": town["slug"], "name": name.upper(), "kind": "entrepreneur"},
        )
        assert duplicate.status_code == 409
        assert duplicate.json()["code"] == "name_taken"
        added = await client.post(
            f"/api/v1/organisations/{organisation['id']}/members",
            json={"email": admin["email"], "isAdmin": True},
        )
        assert added.status_code == 202, added.text
    # Nobody joins without saying yes.
    async with browser(started_app, admin["email"]) as client:
        accepted = await client.post(
            f"/api/v1/invitations/{added.json()['id']}/responses", json={"answer": "accept"}
        )
        assert accepted.status_code == 200, accepted.text

    # Joining made the admin a partner in the municipality.
    role = await db.fetchval(
        "SELECT role FROM role_assignments WHERE municipality_id = $1 AND account_id = $2",
        town["id"],
        admin["id"],
    )
    assert role == "partner"

    async with browser(started_app, admin["email"]) as client:
        joined = await client.post(
            f"/api/v1/organisations/{organisation['id']}/members", json={"email": newcomer["email"]}
        )
        assert joined.status_code == 202
        async with browser(started_app, newcomer["email"]) as theirs:
            answer = {"answer": "accept"}
            accepted = await theirs.post(f"/api/v1/invitations/{joined.json()['id']}/responses", json=answer)
            assert accepted.status_code == 200
        members = (await client.get(f"/api/v1/organisations/{organisation['id']}/members")).json()["items"]
        assert len(members) == 2
        assert all("email" not in m for m in members)
        current = await client.get(f"/api/v1/organisations/{organisation['id']}")
        updated = await client.patch(
            f"/api/v1/organisations/{organisation['id']}",
            json={"description": "Hulp bij schulden in de wijk."},
            headers={"If-Match": current.headers["etag"]},
        )
        assert updated.status_code == 200
        assert updated.json()["description"] == "Hulp bij schulden in de wijk."
        assert updated.json()["name"] == name
        # Its admin may not rename it into an authority it is not; staff name it as it is called.
        pretending = await client.patch(
            f"/api/v1/organisations/{organisation['id']}",
            json={"name": "Gemeente Helpdesk"},
            headers={"If-Match": updated.headers["etag"]},
        )
        assert pretending.status_code == 400, pretending.text
        assert pretending.json()["invalidParams"][0] == {
            "name": "name",
            "code": "reserved_name",
            "reason": pretending.json()["invalidParams"][0]["reason"],
        }
        assert (await client.get(f"/api/v1/organisations/{organisation['id']}")).json()["name"] == name
    async with browser(started_app, staff["email"]) as client:
        current = await client.get(f"/api/v1/organisations/{organisation['id']}")
        renamed = await client.patch(
            f"/api/v1/organisations/{organisation['id']}",
            json={"name": f"{name} (Politie Utrecht)"},
            headers={"If-Match": current.headers["etag"]},
        )
        assert renamed.status_code == 200, renamed.text

    async with browser(started_app, newcomer["email"]) as client:
        mine = next(m for m in members if m["accountId"] == str(newcomer["id"]))
        # An ordinary member cannot promote themselves, but can leave.
        assert (
            await client.patch(f"/api/v1/organisation-members/{mine['id']}", json={"isAdmin": True})
        ).status_code == 403
        assert (await client.delete(f"/api/v1/organisation-members/{mine['id']}")).status_code == 204


async def test_organisations_are_public_but_their_members_are_not(
    started_app: Litestar, db: Database
) -> None:
    town = await municipality(db)
    staff = await person(db, municipality_id=town["id"], role="medewerker")
    outsider = await person(db)
    async with browser(started_app, staff["email"]) as client:
        organisation = (
            await client.post(
                "/api/v1/organisations",
                json={"municipality": town["slug"], "name": unique("Bakkerij"), "kind": "entrepreneur"},
            )
        ).json()
    async with browser(started_app) as anonymous, browser(started_app, outsider["email"]) as other:
        listed = (await anonymous.get(f"/api/v1/organisations?municipality={town['slug']}")).json()["items"]
        assert [o["id"] for o in listed] == [organisation["id"]]
        assert (await anonymous.get(f"/api/v1/organisations/{organisation['id']}")).status_code == 200
        assert (await anonymous.get(f"/api/v1/organisations/{organisation['id']}/members")).status_code == 401
        assert (await other.get(f"/api/v1/organisations/{organisation['id']}/members")).status_code == 403
        assert (
            await other.post(
                "/api/v1/organisations",
                json={"municipality": town["slug"], "name": "X Y", "kind": "entrepreneur"},
            )
        ).status_code == 403


async def test_a_beheerder_manages_roles_but_never_removes_the_last_beheerder(
    started_app: Litestar, db: Database
) -> None:
    town = await municipality(db)
    admin = await person(db, municipality_id=town["id"], role="beheerder")
    someone = await person(db)
    async with browser(started_app, admin["email"]) as client:
        invited = await client.post(
            f"/api/v1/municipalities/{town['slug']}/role-assignments",
            json={"email": someone["email"], "role": "medewerker"},
        )
        assert invited.status_code == 202, invited.text
        assert invited.json()["email"] == someone["email"]
    async with browser(started_app, someone["email"]) as client:
        accepted = await client.post(
            f"/api/v1/invitations/{invited.json()['id']}/responses", json={"answer": "accept"}
        )
        assert accepted.status_code == 200, accepted.text
    async with browser(started_app, admin["email"]) as client:
        everyone = (await client.get(f"/api/v1/municipalities/{town['slug']}/role-assignments")).json()[
            "items"
        ]
        assigned = next(r for r in everyone if r["account"]["id"] == str(someone["id"]))
        assert (assigned["account"]["email"], assigned["role"]) == (someone["email"], "medewerker")
        listed = (
            await client.get(f"/api/v1/municipalities/{town['slug']}/role-assignments?role=beheerder")
        ).json()["items"]
        assert [r["account"]["id"] for r in listed] == [str(admin["id"])]
        mine = listed[0]
        demote = await client.patch(f"/api/v1/role-assignments/{mine['id']}", json={"role": "medewerker"})
        assert demote.status_code == 409
        assert demote.json()["code"] == "last_beheerder"
        assert (await client.delete(f"/api/v1/role-assignments/{mine['id']}")).status_code == 409
        promoted = await client.patch(
            f"/api/v1/role-assignments/{assigned['id']}", json={"role": "beheerder"}
        )
        assert promoted.status_code == 200
        assert (
            await client.patch(f"/api/v1/role-assignments/{mine['id']}", json={"role": "medewerker"})
        ).status_code == 200
    async with browser(started_app, someone["email"]) as client:
        me = (await client.get("/api/v1/me")).json()
        assert me["roles"][0]["role"] == "beheerder"


async def test_a_beheerder_of_another_municipality_sees_nothing_of_ours(
    started_app: Litestar, db: Database
) -> None:
    ours = await municipality(db)
    theirs = await municipality(db)
    ours_admin = await person(db, municipality_id=ours["id"], role="beheerder")
    their_admin = await person(db, municipality_id=theirs["id"], role="beheerder")
    async with browser(started_app, ours_admin["email"]) as client:
        assignment = (await client.get(f"/api/v1/municipalities/{ours['slug']}/role-assignments")).json()[
            "items"
        ][0]
    async with browser(started_app, their_admin["email"]) as client:
        assert (
            await client.get(f"/api/v1/municipalities/{ours['slug']}/role-assignments")
        ).status_code == 403
        # Another municipality's private rows do not exist for them.
        assert (
            await client.patch(f"/api/v1/role-assignments/{assignment['id']}", json={"role": "inwoner"})
        ).status_code == 404
        assert (await client.delete(f"/api/v1/role-assignments/{assignment['id']}")).status_code == 404
        assert (await client.get(f"/api/v1/audit-events?municipality={ours['slug']}")).status_code == 403


async def test_the_beheerder_sets_the_theme_with_if_match(started_app: Litestar, db: Database) -> None:
    town = await municipality(db)
    admin = await person(db, municipality_id=town["id"], role="beheerder")
    staff = await person(db, municipality_id=town["id"], role="medewerker")
    theme = {"baseTheme": "utrecht", "tokens": {"--utrecht-color-red-40": "#c00", "--x-spacing": "4px"}}
    async with browser(started_app, staff["email"]) as client:
        etag = (await client.get(f"/api/v1/municipalities/{town['slug']}")).headers["etag"]
        refused = await client.patch(
            f"/api/v1/municipalities/{town['slug']}", json={"theme": theme}, headers={"If-Match": etag}
        )
        assert refused.status_code == 403
    async with browser(started_app, admin["email"]) as client:
        bad = await client.patch(
            f"/api/v1/municipalities/{town['slug']}",
            json={"theme": {"baseTheme": "roze", "tokens": {"color": "red;}body{x:y"}}},
            headers={"If-Match": etag},
        )
        assert bad.status_code == 400
        assert {p["name"] for p in bad.json()["invalidParams"]} >= {"theme.baseTheme"}
        ok = await client.patch(
            f"/api/v1/municipalities/{town['slug']}", json={"theme": theme}, headers={"If-Match": etag}
        )
        assert ok.status_code == 200, ok.text
        assert ok.json()["theme"] == theme
        assert ok.json()["description"] == town["description"]
        stale = await client.patch(
            f"/api/v1/municipalities/{town['slug']}", json={"description": "x"}, headers={"If-Match": etag}
        )
        assert stale.status_code == 412


async def test_a_theme_with_a_colour_pair_below_wcag_aa_is_refused_naming_the_pair(
    started_app: Litestar, db: Database
) -> None:
    town = await municipality(db)
    admin = await person(db, municipality_id=town["id"], role="beheerder")
    async with browser(started_app, admin["email"]) as client:
        before = await client.get(f"/api/v1/municipalities/{town['slug']}")
        etag = before.headers["etag"]
        # Light grey text on white: 1.6 : 1.
        faint = {
            "baseTheme": "voorbeeld",
            "tokens": {
                "--utrecht-document-color": "#cccccc",
                "--utrecht-document-background-color": "#ffffff",
                "--utrecht-button-primary-action-color": "#ffffff",
                "--utrecht-button-primary-action-background-color": "#00f",
            },
        }
        refused = await client.patch(
            f"/api/v1/municipalities/{town['slug']}", json={"theme": faint}, headers={"If-Match": etag}
        )
        assert refused.status_code == 400, refused.text
        assert refused.headers["content-type"] == "application/problem+json"
        problem = refused.json()
        assert problem["code"] == "insufficient_contrast"
        [param] = problem["invalidParams"]
        assert param["name"] == "theme.tokens.--utrecht-document-color"
        assert param["code"] == "insufficient_contrast"
        assert "--utrecht-document-background-color" in param["reason"]
        assert "1,6" in param["reason"]
        # Nothing changed.
        after = await client.get(f"/api/v1/municipalities/{town['slug']}")
        assert after.headers["etag"] == etag
        assert after.json()["theme"] == before.json()["theme"]

        not_a_colour = await client.patch(
            f"/api/v1/municipalities/{town['slug']}",
            json={"theme": {"tokens": {"--utrecht-link-color": "red"}}},
            headers={"If-Match": etag},
        )
        assert not_a_colour.status_code == 400
        assert [p["code"] for p in not_a_colour.json()["invalidParams"]] == ["not_a_colour"]

        readable = {**faint, "tokens": {**faint["tokens"], "--utrecht-document-color": "#1a1a1a"}}
        ok = await client.patch(
            f"/api/v1/municipalities/{town['slug']}", json={"theme": readable}, headers={"If-Match": etag}
        )
        assert ok.status_code == 200, ok.text
        assert ok.json()["theme"] == readable
