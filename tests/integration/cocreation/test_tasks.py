"""Tasks: planned by staff, taken on by partner organisations on the team, handed over, reported on."""

from typing import Any

import httpx
from litestar import Litestar

from api.db.connection import Database
from tests.identities import browser
from tests.integration.cocreation.conftest import Team


async def plan(client: httpx.AsyncClient, team: Team, **fields: Any) -> dict[str, Any]:
    body = {"title": "Werkgevers benaderen", "actionLineId": str(team.line_id)} | fields
    response = await client.post(f"/api/v1/opgaven/{team.opgave['id']}/tasks", json=body)
    assert response.status_code == 201, response.text
    return dict(response.json())


async def test_a_task_is_taken_on_handed_over_and_finished(
    started_app: Litestar, db: Database, team: Team
) -> None:
    async with (
        browser(started_app, team.staff["email"]) as staff,
        browser(started_app, team.members["pa"]["email"]) as partner_a,
        browser(started_app, team.members["pb"]["email"]) as partner_b,
        browser(started_app) as visitor,
    ):
        task = await plan(
            staff,
            team,
            description="Twintig werkgevers in Overvecht bellen.",
            effortHours=40,
            dueDate="2027-03-01",
            skills=["Werkgeversdienstverlening", "werkgeversdienstverlening"],
        )
        assert (task["status"], task["capacity"], task["placesLeft"], task["claims"]) == ("open", 1, 1, [])
        assert task["skills"] == ["werkgeversdienstverlening"]
        assert task["actionLine"]["title"] == "Passende banen"
        path = f"/api/v1/tasks/{task['id']}"
        assert (await visitor.get(path)).status_code == 200

        claimed = await partner_a.post(
            f"{path}/claims",
            json={"organisationId": str(team.orgs["a"]), "commitment": "Wij bellen er tien."},
        )
        assert claimed.status_code == 201, claimed.text
        claim = claimed.json()
        assert claim["organisation"]["id"] == str(team.orgs["a"])
        seen = (await visitor.get(path)).json()
        assert (seen["status"], seen["claimedCount"], seen["placesLeft"]) == ("in_progress", 1, 0)
        assert [c["id"] for c in seen["claims"]] == [claim["id"]]

        again = await partner_a.post(f"{path}/claims", json={"organisationId": str(team.orgs["a"])})
        assert again.json()["code"] == "already_claimed"
        full = await partner_b.post(f"{path}/claims", json={"organisationId": str(team.orgs["b"])})
        assert full.status_code == 409
        assert full.json()["code"] == "task_full"

        claim_path = f"/api/v1/claims/{claim['id']}"
        progress = await partner_a.post(
            f"{claim_path}/progress-updates", json={"text": "Vijf gebeld.", "percent": 50}
        )
        assert progress.status_code == 201, progress.text
        assert (
            await partner_b.post(f"{claim_path}/progress-updates", json={"text": "x", "percent": 1})
        ).status_code == 403

        # Partner A hands the task to partner B, who carries on with the same place.
        handed = await partner_a.patch(claim_path, json={"organisationId": str(team.orgs["b"])})
        assert handed.status_code == 200, handed.text
        assert handed.json()["organisation"]["id"] == str(team.orgs["b"])
        assert handed.json()["progressPercent"] == 50
        # Partner A's person no longer speaks for it; partner B's does once they report.
        assert handed.json()["claimedBy"] is None
        assert (
            await partner_a.post(f"{claim_path}/progress-updates", json={"text": "x", "percent": 60})
        ).status_code == 403
        done_part = await partner_b.post(
            f"{claim_path}/progress-updates", json={"text": "Alle twintig.", "percent": 100}
        )
        assert done_part.status_code == 201
        claimed_by = (await visitor.get(claim_path)).json()["claimedBy"]
        assert claimed_by["id"] == str(team.members["pb"]["id"])
        history = (await visitor.get(f"{claim_path}/progress-updates")).json()["items"]
        assert [u["percent"] for u in history] == [100, 50, 50]

        etag = (await staff.get(path)).headers["etag"]
        finished = await staff.patch(path, json={"status": "done"}, headers={"If-Match": etag})
        assert finished.status_code == 200, finished.text
        assert finished.json()["status"] == "done"
        late = await partner_a.post(f"{path}/claims", json={"organisationId": str(team.orgs["a"])})
        assert late.json()["code"] == "task_closed"

        timeline = (await visitor.get(f"/api/v1/opgaven/{team.opgave['id']}/timeline")).json()["items"]
        about = [e for e in timeline if e["objectId"] == task["id"]]
        assert [e["kind"] for e in about] == ["task_planned", "task_done"]
        assert about[-1]["title"] == f"Taak ‘{task['title']}’ is klaar"


async def test_releasing_frees_the_place(started_app: Litestar, db: Database, team: Team) -> None:
    async with (
        browser(started_app, team.staff["email"]) as staff,
        browser(started_app, team.members["pa"]["email"]) as partner_a,
        browser(started_app, team.members["pb"]["email"]) as partner_b,
    ):
        task = await plan(staff, team, capacity=1)
        claim = (
            await partner_a.post(
                f"/api/v1/tasks/{task['id']}/claims", json={"organisationId": str(team.orgs["a"])}
            )
        ).json()
        assert (await partner_b.delete(f"/api/v1/claims/{claim['id']}")).status_code == 403
        for _ in range(2):
            assert (await partner_a.delete(f"/api/v1/claims/{claim['id']}")).status_code == 204
        task_now = (await staff.get(f"/api/v1/tasks/{task['id']}")).json()
        assert (task_now["status"], task_now["claimedCount"], task_now["claims"]) == ("open", 0, [])
        taken = await partner_b.post(
            f"/api/v1/tasks/{task['id']}/claims", json={"organisationId": str(team.orgs["b"])}
        )
        assert taken.status_code == 201
        # Partner A may come back after releasing: only an active claim counts.
        capacity = await staff.patch(
            f"/api/v1/tasks/{task['id']}",
            json={"capacity": 2},
            headers={"If-Match": (await staff.get(f"/api/v1/tasks/{task['id']}")).headers["etag"]},
        )
        assert capacity.status_code == 200
        back = await partner_a.post(
            f"/api/v1/tasks/{task['id']}/claims", json={"organisationId": str(team.orgs["a"])}
        )
        assert back.status_code == 201, back.text
        lower = await staff.patch(
            f"/api/v1/tasks/{task['id']}",
            json={"capacity": 1},
            headers={"If-Match": (await staff.get(f"/api/v1/tasks/{task['id']}")).headers["etag"]},
        )
        assert lower.json()["code"] == "capacity_below_claims"
    rows = await db.fetchval("SELECT count(*) FROM task_claims WHERE task_id = $1", task["id"])
    assert rows == 3


async def test_who_may_take_on_work(started_app: Litestar, db: Database, team: Team) -> None:
    async with (
        browser(started_app, team.staff["email"]) as staff,
        browser(started_app, team.members["pa"]["email"]) as partner_a,
        browser(started_app, team.members["pc"]["email"]) as partner_off_team,
        browser(started_app, team.inwoner["email"]) as resident,
        browser(started_app, team.stranger_staff["email"]) as stranger,
    ):
        task = await plan(staff, team, capacity=3)
        path = f"/api/v1/tasks/{task['id']}/claims"
        assert (
            await partner_off_team.post(path, json={"organisationId": str(team.orgs["c"])})
        ).status_code == 403
        assert (await resident.post(path, json={"organisationId": str(team.orgs["a"])})).status_code == 403
        assert (await stranger.post(path, json={"organisationId": str(team.orgs["a"])})).status_code == 403
        not_mine = await partner_a.post(path, json={"organisationId": str(team.orgs["b"])})
        assert not_mine.status_code == 400
        assert not_mine.json()["invalidParams"][0]["code"] == "not_a_member"
        assert (
            await resident.post(f"/api/v1/opgaven/{team.opgave['id']}/tasks", json={"title": "Mijn taak"})
        ).status_code == 403
        cancel = await staff.patch(
            f"/api/v1/tasks/{task['id']}", json={"status": "cancelled"}, headers={"If-Match": '"1"'}
        )
        assert cancel.status_code == 400
        cancelled = await staff.patch(
            f"/api/v1/tasks/{task['id']}",
            json={"status": "cancelled", "cancelReason": "Het budget ging naar iets anders."},
            headers={"If-Match": '"1"'},
        )
        assert cancelled.status_code == 200, cancelled.text
        closed = await partner_a.post(path, json={"organisationId": str(team.orgs["a"])})
        assert closed.json()["code"] == "task_closed"
    assert await db.fetchval("SELECT count(*) FROM task_claims WHERE task_id = $1", task["id"]) == 0


async def test_cancelling_a_task_ends_its_claims_and_the_opgave_counts_what_is_left(
    started_app: Litestar, db: Database, team: Team
) -> None:
    async with (
        browser(started_app, team.staff["email"]) as staff,
        browser(started_app, team.members["pa"]["email"]) as partner_a,
        browser(started_app, team.members["pb"]["email"]) as partner_b,
    ):
        opgave_path = f"/api/v1/opgaven/{team.opgave['id']}"

        async def open_tasks() -> int:
            return int((await staff.get(opgave_path)).json()["counts"]["openTasks"])

        shared = await plan(staff, team, title="Banenmarkt", capacity=2)
        single = await plan(staff, team, title="Werkgevers bellen")
        await plan(staff, team, title="Al klaar")
        assert await open_tasks() == 3
        path = f"/api/v1/tasks/{shared['id']}"
        for client, org in ((partner_a, "a"), (partner_b, "b")):
            claimed = await client.post(f"{path}/claims", json={"organisationId": str(team.orgs[org])})
            assert claimed.status_code == 201, claimed.text
        # Both taken on now (in progress, one with a place left); only the third is still open.
        await partner_a.post(
            f"/api/v1/tasks/{single['id']}/claims", json={"organisationId": str(team.orgs["a"])}
        )
        assert await open_tasks() == 1

        etag = (await staff.get(path)).headers["etag"]
        cancelled = await staff.patch(
            path,
            json={"status": "cancelled", "cancelReason": "De markt gaat niet door."},
            headers={"If-Match": etag},
        )
        assert cancelled.status_code == 200, cancelled.text
        task = cancelled.json()
        assert (task["status"], task["claimedCount"], task["claims"]) == ("cancelled", 0, [])
        workspace = (await partner_a.get(f"/api/v1/organisations/{team.orgs['a']}/task-claims")).json()[
            "items"
        ]
        assert shared["id"] not in [c["taskId"] for c in workspace if c["releasedAt"] is None]
        histories = await db.fetch(
            """SELECT u.text FROM progress_updates u JOIN task_claims c ON c.id = u.claim_id
               WHERE c.task_id = $1 AND c.released_at IS NOT NULL""",
            shared["id"],
        )
        assert [h["text"] for h in histories] == ["De taak is geannuleerd: De markt gaat niet door."] * 2
        # Each organisation's person hears it, with the reason, and a mail is on its way.
        for client in (partner_a, partner_b):
            told = (await client.get("/api/v1/me/notifications")).json()["items"]
            assert [(n["kind"], n["title"], n["body"]) for n in told] == [
                ("task_cancelled", "De taak ‘Banenmarkt’ gaat niet door", "De markt gaat niet door.")
            ]
            assert told[0]["link"] == f"/taken/{shared['id']}"
        # Staff wrote those lines, so they travel with staff's data export.
        written = (await staff.get("/api/v1/me/export")).json()["progressUpdates"]
        assert [u["text"] for u in written] == ["De taak is geannuleerd: De markt gaat niet door."] * 2

        reopened = await staff.patch(
            path, json={"status": "open"}, headers={"If-Match": cancelled.headers["etag"]}
        )
        assert reopened.status_code == 200, reopened.text
        assert (reopened.json()["placesLeft"], reopened.json()["claimedCount"]) == (2, 0)
        assert await open_tasks() == 2
        again = await partner_b.post(f"{path}/claims", json={"organisationId": str(team.orgs["b"])})
        assert again.status_code == 201, again.text


async def test_a_due_date_lies_within_two_centuries(started_app: Litestar, team: Team) -> None:
    async with browser(started_app, team.staff["email"]) as staff:
        far = await staff.post(
            f"/api/v1/opgaven/{team.opgave['id']}/tasks", json={"title": "Ooit", "dueDate": "0001-01-01"}
        )
        assert far.status_code == 400
        assert far.json()["invalidParams"][0] == {
            "name": "dueDate",
            "code": "out_of_range",
            "reason": "Kies een datum tussen 1900 en 2199.",
        }
        task = await plan(staff, team, dueDate="2027-03-01")
        path = f"/api/v1/tasks/{task['id']}"
        moved = await staff.patch(path, json={"dueDate": "9999-12-31"}, headers={"If-Match": '"1"'})
        assert moved.status_code == 400
        assert (await staff.get(path)).json()["dueDate"] == "2027-03-01"


async def test_an_adopted_idea_shows_the_tasks_it_led_to(
    started_app: Litestar, db: Database, team: Team
) -> None:
    async with (
        browser(started_app, team.inwoner["email"]) as resident,
        browser(started_app, team.staff["email"]) as staff,
    ):
        idea = (
            await resident.post(
                f"/api/v1/opgaven/{team.opgave['id']}/proposals",
                json={"title": "Banenmarkt", "body": "Een markt."},
            )
        ).json()
        task = await plan(staff, team, title="Banenmarkt organiseren", proposalIds=[idea["id"]])
        assert [p["id"] for p in task["proposals"]] == [idea["id"]]
        seen = (await resident.get(f"/api/v1/proposals/{idea['id']}")).json()
        assert seen["tasks"] == [{"id": task["id"], "title": "Banenmarkt organiseren"}]
        unknown = await staff.post(
            f"/api/v1/opgaven/{team.opgave['id']}/tasks",
            json={"title": "Iets", "proposalIds": [str(team.line_id)]},
        )
        assert unknown.status_code == 400
        commented = await resident.post(f"/api/v1/tasks/{task['id']}/comments", json={"body": "Ik help mee!"})
        assert commented.status_code == 201
        assert commented.json()["taskId"] == task["id"]
        listed = (await resident.get(f"/api/v1/tasks/{task['id']}/comments")).json()["items"]
        assert [c["body"] for c in listed] == ["Ik help mee!"]


async def test_an_action_line_must_be_one_of_the_opgave(
    started_app: Litestar, db: Database, team: Team
) -> None:
    """Tasks, budgets and ideas share one check: another opgave's line, or none at all, is named."""
    elsewhere = (
        await db.fetchval("SELECT id FROM action_lines WHERE opgave_id <> $1 LIMIT 1", team.opgave["id"])
        or team.opgave["id"]
    )
    async with browser(started_app, team.staff["email"]) as staff:
        base = f"/api/v1/opgaven/{team.opgave['id']}"
        for path, body in (
            (f"{base}/tasks", {"title": "Iets"}),
            (f"{base}/budgets", {"title": "Iets"}),
            (f"{base}/proposals", {"title": "Iets", "body": "Een idee."}),
        ):
            refused = await staff.post(path, json=body | {"actionLineId": str(elsewhere)})
            assert refused.status_code == 400, (path, refused.text)
            assert refused.json()["invalidParams"][0]["code"] == "unknown_action_line", path
            assert (
                await staff.post(path, json=body | {"actionLineId": str(team.line_id)})
            ).status_code == 201, path
