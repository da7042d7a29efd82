"""Indicators: a baseline, a target in the better direction, measurements over time, and progress."""

from typing import Any

import httpx
from litestar import Litestar

from api.db.connection import Database
from tests.content_factories import proposal
from tests.identities import browser
from tests.integration.results.conftest import Team


async def indicator(staff: httpx.AsyncClient, team: Team, **fields: Any) -> dict[str, Any]:
    body = {
        "name": "Inwoners die werk vinden",
        "kind": "effect",
        "unit": "personen",
        "direction": "higher",
        "baselineValue": 100,
        "baselineDate": "2026-01-01",
        "targetValue": 160,
        "targetDate": "2027-12-31",
        "dataSource": "Werkzoekendenregistratie",
    } | fields
    response = await staff.post(f"/api/v1/opgaven/{team.opgave['id']}/indicators", json=body)
    assert response.status_code == 201, response.text
    return dict(response.json())


async def measure(staff: httpx.AsyncClient, indicator_id: str, value: float, on: str) -> httpx.Response:
    return await staff.post(
        f"/api/v1/indicators/{indicator_id}/measurements",
        json={"value": value, "measuredOn": on, "sourceNote": "CBS"},
    )


async def test_progress_runs_from_baseline_to_target(started_app: Litestar, db: Database, team: Team) -> None:
    async with browser(started_app, team.staff["email"]) as staff, browser(started_app) as visitor:
        created = await indicator(staff, team, actionLineId=str(team.line_id))
        assert (created["latest"], created["progressPercent"], created["series"]) == (None, None, [])
        assert created["actionLine"]["title"] == "Passende banen"
        for value, on in ((130, "2026-10-01"), (115, "2026-06-01")):
            assert (await measure(staff, created["id"], value, on)).status_code == 201
        seen = (await visitor.get(f"/api/v1/indicators/{created['id']}")).json()
        assert [(p["measuredOn"], p["value"]) for p in seen["series"]] == [
            ("2026-06-01", 115),
            ("2026-10-01", 130),
        ]
        assert seen["latest"]["value"] == 130
        assert seen["progressPercent"] == 50.0


async def test_lower_is_better_counts_a_fall_as_progress(
    started_app: Litestar, db: Database, team: Team
) -> None:
    async with browser(started_app, team.staff["email"]) as staff:
        debts = await indicator(
            staff,
            team,
            name="Huishoudens met problematische schulden",
            unit="procent",
            direction="lower",
            baselineValue=40,
            targetValue=20,
        )
        assert (await measure(staff, debts["id"], 30, "2026-05-01")).status_code == 201
        assert (await staff.get(f"/api/v1/indicators/{debts['id']}")).json()["progressPercent"] == 50.0
        # Worse than the baseline is negative progress, and said so.
        assert (await measure(staff, debts["id"], 45, "2026-09-01")).status_code == 201
        assert (await staff.get(f"/api/v1/indicators/{debts['id']}")).json()["progressPercent"] == -25.0
        listed = (await staff.get(f"/api/v1/opgaven/{team.opgave['id']}/indicators")).json()["items"]
        assert [(i["name"], i["progressPercent"]) for i in listed] == [
            ("Huishoudens met problematische schulden", -25.0)
        ]


async def test_a_target_must_lie_ahead_in_the_better_direction(
    started_app: Litestar, db: Database, team: Team
) -> None:
    async with browser(started_app, team.staff["email"]) as staff:
        path = f"/api/v1/opgaven/{team.opgave['id']}/indicators"
        wrong = await staff.post(
            path,
            json={
                "name": "Schulden",
                "kind": "effect",
                "unit": "procent",
                "direction": "lower",
                "baselineValue": 40,
                "baselineDate": "2026-01-01",
                "targetValue": 50,
                "targetDate": "2025-12-31",
            },
        )
        assert wrong.status_code == 400
        assert {(p["name"], p["code"]) for p in wrong.json()["invalidParams"]} == {
            ("targetValue", "target_not_better"),
            ("targetDate", "target_before_baseline"),
        }
        # The first day Python knows would be stored as -infinity: dates stay within reach.
        far = await staff.post(
            path,
            json={
                "name": "Ver weg",
                "kind": "effect",
                "unit": "x",
                "direction": "higher",
                "baselineValue": 1,
                "baselineDate": "0001-01-01",
                "targetValue": 2,
                "targetDate": "9999-12-31",
            },
        )
        assert {(p["name"], p["code"]) for p in far.json()["invalidParams"]} == {
            ("baselineDate", "out_of_range"),
            ("targetDate", "out_of_range"),
        }
        created = await indicator(staff, team)
        target = f"/api/v1/indicators/{created['id']}"
        etag = (await staff.get(target)).headers["ETag"]
        backwards = await staff.patch(target, json={"targetValue": 90}, headers={"If-Match": etag})
        assert backwards.json()["invalidParams"][0]["code"] == "target_not_better"
        assert (await staff.get(target)).json()["targetValue"] == 160  # nothing changed
        moved = await staff.patch(
            target, json={"targetValue": 180, "targetDate": "2028-06-30"}, headers={"If-Match": etag}
        )
        assert moved.status_code == 200, moved.text
        assert (moved.json()["targetValue"], moved.json()["targetDate"]) == (180, "2028-06-30")
        stale = await staff.patch(target, json={"targetValue": 200}, headers={"If-Match": etag})
        assert stale.status_code == 412
        assert (await staff.get(f"/api/v1/indicators/{created['id']}")).status_code == 200


async def test_one_measurement_per_date_corrected_in_place(
    started_app: Litestar, db: Database, team: Team
) -> None:
    async with browser(started_app, team.staff["email"]) as staff, browser(started_app) as visitor:
        created = await indicator(staff, team)
        first = await measure(staff, created["id"], 110, "2026-03-01")
        assert first.status_code == 201
        assert first.json()["recordedBy"]["id"] == str(team.staff["id"])
        again = await measure(staff, created["id"], 111, "2026-03-01")
        assert (again.status_code, again.json()["code"]) == (409, "measurement_exists")
        future = await measure(staff, created["id"], 111, "2099-01-01")
        assert future.json()["invalidParams"][0]["code"] == "in_future"

        measurement = f"/api/v1/measurements/{first.json()['id']}"
        assert first.headers["location"] == measurement
        corrected = await staff.patch(
            measurement,
            json={"value": 112.5, "sourceNote": "Gecorrigeerd cijfer"},
            headers={"If-Match": first.headers["etag"]},
        )
        assert corrected.status_code == 200, corrected.text
        assert corrected.json()["value"] == 112.5
        audit = await db.fetchrow(
            "SELECT details FROM audit_events WHERE action = 'measurement.corrected' AND object_id = $1",
            first.json()["id"],
        )
        assert audit is not None
        assert audit["details"] == {"from": "110.0000", "to": "112.5"}

        for n in range(1, 4):
            assert (await measure(staff, created["id"], 110 + n, f"2026-0{3 + n}-01")).status_code == 201
        seen, cursor = [], ""
        while True:
            page = await visitor.get(
                f"/api/v1/indicators/{created['id']}/measurements", params={"limit": 2, "cursor": cursor}
            )
            assert page.status_code == 200, page.text
            seen += [m["measuredOn"] for m in page.json()["items"]]
            assert all(m.get("recordedBy") is not None for m in page.json()["items"])
            if not (cursor := page.json()["nextCursor"]):
                break
        assert seen == ["2026-06-01", "2026-05-01", "2026-04-01", "2026-03-01"]

        etag = (await visitor.get(measurement)).headers["etag"]
        assert etag == corrected.headers["etag"] != first.headers["etag"]
        assert (await visitor.delete(measurement, headers={"If-Match": etag})).status_code in (401, 403)
        assert (await staff.delete(measurement, headers={"If-Match": etag})).status_code == 204
        assert len((await staff.get(f"/api/v1/indicators/{created['id']}")).json()["series"]) == 3


async def test_only_staff_keep_the_figures(started_app: Litestar, db: Database, team: Team) -> None:
    async with (
        browser(started_app, team.staff["email"]) as staff,
        browser(started_app, team.members["pa"]["email"]) as partner,
        browser(started_app, team.stranger_staff["email"]) as stranger,
    ):
        created = await indicator(staff, team)
        path = f"/api/v1/opgaven/{team.opgave['id']}/indicators"
        body = {
            k: created[k]
            for k in (
                "name",
                "kind",
                "unit",
                "direction",
                "baselineValue",
                "baselineDate",
                "targetValue",
                "targetDate",
            )
        }
        assert (await partner.post(path, json=body)).status_code == 403
        assert (await stranger.post(path, json=body)).status_code == 403
        assert (await measure(partner, created["id"], 120, "2026-02-01")).status_code == 403
        assert (await partner.get(path)).status_code == 200


async def test_deleting_an_action_line_detaches_what_hung_under_it(
    started_app: Litestar, db: Database, team: Team
) -> None:
    idea = await proposal(db, team.opgave, team.inwoner["id"])
    await db.fetchval("UPDATE proposals SET action_line_id = $1 WHERE id = $2", team.line_id, idea["id"])
    async with browser(started_app, team.staff["email"]) as staff:
        created = await indicator(staff, team, actionLineId=str(team.line_id))
        task = await staff.post(
            f"/api/v1/opgaven/{team.opgave['id']}/tasks",
            json={"title": "Werkgevers bellen", "actionLineId": str(team.line_id)},
        )
        budget = await staff.post(
            f"/api/v1/opgaven/{team.opgave['id']}/budgets",
            json={"title": "Werkbudget", "actionLineId": str(team.line_id)},
        )
        assert (task.status_code, budget.status_code) == (201, 201), budget.text
        line = f"/api/v1/action-lines/{team.line_id}"
        etag = (await staff.get(line)).headers["ETag"]
        assert (await staff.delete(line, headers={"If-Match": etag})).status_code == 204
        # The work, the money, the idea and the measure stay; only their line is gone.
        assert (await staff.get(f"/api/v1/indicators/{created['id']}")).json()["actionLine"] is None
        assert (await staff.get(f"/api/v1/tasks/{task.json()['id']}")).json()["actionLine"] is None
        assert (await staff.get(f"/api/v1/budgets/{budget.json()['id']}")).json()["actionLine"] is None
        assert await db.fetchval("SELECT action_line_id FROM proposals WHERE id = $1", idea["id"]) is None


async def test_a_measurement_is_changed_only_by_who_saw_its_current_value(
    started_app: Litestar, db: Database, team: Team
) -> None:
    """Like every other shared object: PATCH and DELETE need If-Match (428 without, 412 when stale),
    so two staff correcting the same figure cannot overwrite each other unseen."""
    async with browser(started_app, team.staff["email"]) as staff:
        created = await indicator(staff, team)
        recorded = await measure(staff, created["id"], 110, "2026-03-01")
        measurement = f"/api/v1/measurements/{recorded.json()['id']}"
        seen = recorded.headers["etag"]
        for response in (
            await staff.patch(measurement, json={"value": 1}),
            await staff.delete(measurement),
        ):
            assert response.status_code == 428, response.text
            assert response.headers["content-type"] == "application/problem+json"
        assert (
            await staff.patch(measurement, json={"value": 120}, headers={"If-Match": seen})
        ).status_code == 200
        for response in (
            await staff.patch(measurement, json={"value": 1}, headers={"If-Match": seen}),
            await staff.delete(measurement, headers={"If-Match": seen}),
        ):
            assert response.status_code == 412, response.text
        assert (await staff.get(measurement)).json()["value"] == 120
        assert (
            await db.fetchval("SELECT value::float8 FROM measurements WHERE id = $1", recorded.json()["id"])
            == 120
        )
