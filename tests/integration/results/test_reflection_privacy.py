"""Who reads what of a reflection: a draft opgave's moments are its team's and staff's alone; the
conclusions and follow-up stay with the team and staff; everyone else reads the published summary."""

from litestar import Litestar

from api.db.connection import Database
from tests.identities import anonymous_client, api_client, bearer_token, browser, person
from tests.integration.results.conftest import Team

CONCLUSIONS = "Werkgevers haken af zodra het over de loonkosten gaat."
SUMMARY = "We gaan vaker de wijk in."
NOTE = "Vertrouwelijk: wethouder wil de regeling herzien."


async def test_a_draft_opgaves_moments_are_for_its_team_and_staff_only(
    started_app: Litestar, db: Database, team: Team
) -> None:
    resident = await person(db, municipality_id=team.town["id"], role="inwoner")
    async with (
        browser(started_app, team.staff["email"]) as staff,
        browser(started_app, team.members["pa"]["email"]) as partner_on_team,
        browser(started_app, resident["email"]) as invited,
    ):
        planned = await staff.post(
            f"/api/v1/opgaven/{team.opgave['id']}/reflections",
            json={"title": "Terugblik in stilte", "heldOn": "2027-01-15", "residentsInvited": True},
        )
        assert planned.status_code == 201, planned.text
        path = f"/api/v1/reflections/{planned.json()['id']}"
        # The test can fail: while the opgave is public, an invited resident reads and writes.
        assert (await invited.get(path)).status_code == 200
        await db.fetchval("UPDATE opgaven SET published = false WHERE id = $1", team.opgave["id"])

        assert (await invited.get(path)).status_code == 404
        assert (await invited.get(f"{path}/entries")).status_code == 404
        wrote = await invited.post(f"{path}/entries", json={"promptIndex": 0, "body": "Ik schrijf mee."})
        assert wrote.status_code == 404
        assert (
            await db.fetchval(
                "SELECT count(*) FROM reflection_entries WHERE moment_id = $1", planned.json()["id"]
            )
            == 0
        )
        assert (await invited.get(f"/api/v1/opgaven/{team.opgave['id']}/reflections")).status_code == 404
        # The team and staff go on as before.
        assert (await partner_on_team.get(path)).status_code == 200
        assert (
            await partner_on_team.post(f"{path}/entries", json={"promptIndex": 0, "body": "Het team wel."})
        ).status_code == 201
        assert (await staff.get(path)).status_code == 200


async def test_conclusions_and_follow_up_stay_with_the_team_and_staff(
    started_app: Litestar, db: Database, team: Team
) -> None:
    resident = await person(db, municipality_id=team.town["id"], role="inwoner")
    async with (
        browser(started_app, team.staff["email"]) as staff,
        browser(started_app, team.members["pa"]["email"]) as partner_on_team,
        browser(started_app, team.members["pc"]["email"]) as partner_beside,
        browser(started_app, resident["email"]) as invited,
        browser(started_app) as visitor,
        anonymous_client(started_app) as system,
    ):
        client_id, secret = await api_client(db, team.town["id"], ["opgaven:read"])
        system.headers["Authorization"] = f"Bearer {await bearer_token(system, client_id, secret)}"
        planned = await staff.post(
            f"/api/v1/opgaven/{team.opgave['id']}/reflections",
            json={"title": "Terugblik met de wijk", "heldOn": "2027-01-15", "residentsInvited": True},
        )
        path = f"/api/v1/reflections/{planned.json()['id']}"
        closed = await staff.post(
            f"{path}/closure",
            json={
                "conclusions": CONCLUSIONS,
                "summary": SUMMARY,
                "publish": True,
                "actions": [{"kind": "note", "description": NOTE}],
            },
        )
        assert closed.status_code == 200, closed.text
        assert closed.json()["conclusions"] == CONCLUSIONS

        list_path = f"/api/v1/opgaven/{team.opgave['id']}/reflections"
        for who, client in {
            "visitor": visitor,
            "partner beside the team": partner_beside,
            "invited resident": invited,
        }.items():
            one = await client.get(path)
            assert one.status_code == 200, (who, one.text)
            assert one.json()["summary"] == SUMMARY, who
            assert (one.json()["conclusions"], one.json()["followUp"]) == ("", []), who
            listed = await client.get(list_path)
            assert listed.status_code == 200, (who, listed.text)
            assert CONCLUSIONS not in listed.text, who
            assert NOTE not in listed.text, who
            assert SUMMARY in listed.text, who

        for who, client in {"team": partner_on_team, "staff": staff, "system": system}.items():
            one = await client.get(path)
            assert one.json()["conclusions"] == CONCLUSIONS, who
            assert [f["description"] for f in one.json()["followUp"]] == [NOTE], who
            assert CONCLUSIONS in (await client.get(list_path)).text, who
