"""An opgave's progress at a glance, and the trail of an idea, in the Utrecht demo and built by hand."""

from litestar import Litestar

from api.db.connection import Database
from api.demo import seed_demo
from api.demo.ids import demo_id
from api.demo.results import INDICATORS
from tests.content_factories import proposal
from tests.identities import PASSWORD_COST, browser
from tests.integration.results.conftest import Team
from tests.probes import statements

OPGAVE = demo_id("opgave:utrecht:bijstand-naar-werk")
IDEA = demo_id("proposal:utrecht:proefplaatsing-zonder-risico")


async def test_the_utrecht_demo_shows_its_results(started_app: Litestar, db: Database) -> None:
    await seed_demo(db, PASSWORD_COST)
    await seed_demo(db, PASSWORD_COST)  # twice changes nothing
    async with browser(started_app) as visitor:
        response = await visitor.get(f"/api/v1/opgaven/{OPGAVE}/progress")
        assert response.status_code == 200, response.text
        progress = response.json()
    indicators = {i["name"]: i for i in progress["indicators"]}
    assert {
        "Bewegingen naar werk",
        "Ontmoetingen tussen bijstandsgerechtigden en werkgevers",
        "Waardering voor de dienstverlening van de gemeente",
        "Afspraken uit de actieagenda discriminatie uitgevoerd",
    } <= set(indicators)
    # Other tests of the session (Schemathesis as the demo beheerder among them) may correct the
    # demo's figures or add indicators of their own: compare the demo's four with what is stored.
    demo = {i.name for i in INDICATORS}
    latest = {
        row["name"]: (float(row["value"]), row["n"])
        for row in await db.fetch(
            """SELECT i.name, (SELECT value FROM measurements WHERE indicator_id = i.id ORDER BY measured_on DESC LIMIT 1) AS value,
                      (SELECT count(*) FROM measurements WHERE indicator_id = i.id) AS n
               FROM indicators i WHERE i.opgave_id = $1 AND i.name = ANY($2::text[])""",
            OPGAVE,
            list(demo),
        )
    }
    work = indicators["Bewegingen naar werk"]
    value, count = latest["Bewegingen naar werk"]
    assert (work["baselineValue"], work["targetValue"], work["latest"]["value"]) == (42, 80, value)
    assert work["progressPercent"] == round((value - 42) / (80 - 42) * 100, 1)
    assert len(work["series"]) == count >= 4
    fewer = indicators["Sollicitatiegesprekken afgezegd door gebrek aan opvang"]
    value, _ = latest[fewer["name"]]
    assert fewer["progressPercent"] == round((value - 35) / (10 - 35) * 100, 1) > 0
    assert all(i["series"] for i in progress["indicators"] if i["name"] in demo)

    counts = await db.fetchrow(
        """SELECT count(*) FILTER (WHERE status = 'done') AS done, count(*) AS total FROM tasks WHERE opgave_id = $1""",
        OPGAVE,
    )
    assert (progress["tasks"]["done"], progress["tasks"]["total"]) == (counts["done"], counts["total"])
    money = await db.fetchrow(
        "SELECT sum(total_cents) AS total, sum(granted_cents) AS granted, sum(requested_cents) AS requested FROM budgets WHERE opgave_id = $1",
        OPGAVE,
    )
    budget = progress["budget"]
    assert (budget["contributedCents"], budget["grantedCents"], budget["requestedCents"]) == (
        money["total"],
        money["granted"],
        money["requested"],
    )
    assert budget["openCents"] == money["total"] - money["granted"]
    moments = await db.fetchrow(
        """SELECT count(*) FILTER (WHERE status = 'open') AS planned, count(*) FILTER (WHERE status = 'closed') AS held,
                  count(*) FILTER (WHERE published) AS published FROM reflection_moments WHERE opgave_id = $1""",
        OPGAVE,
    )
    assert progress["reflections"] == dict(moments)
    assert moments["held"] >= 1
    assert "Terugblik op het eerste half jaar" in [r["title"] for r in progress["publishedReflections"]]
    assert progress["proposals"]["adopted"] >= 1


async def test_the_trail_of_a_demo_idea(started_app: Litestar, db: Database) -> None:
    await seed_demo(db, PASSWORD_COST)
    async with browser(started_app) as visitor:
        response = await visitor.get(f"/api/v1/proposals/{IDEA}/trail")
        assert response.status_code == 200, response.text
        trail = response.json()
    assert (trail["proposal"]["status"], trail["proposal"]["title"]) == (
        "adopted",
        "Proefplaatsingen zonder risico op de uitkering",
    )
    assert trail["response"]["text"].startswith("We nemen dit over")
    assert trail["actionLine"]["title"].lower().startswith("creëren passende banen")
    tasks = {t["title"]: t for t in trail["tasks"]}
    visits = tasks["Twintig werkgevers in Overvecht en Kanaleneiland benaderen"]
    assert [c["organisation"]["name"] for c in visits["claims"]] == ["Werkgeversservicepunt Utrecht-Midden"]
    assert [(g["organisation"]["name"], g["grantedCents"], g["status"]) for g in visits["grants"]] == [
        ("Werkgeversservicepunt Utrecht-Midden", 600_000, "granted")
    ]
    assert "Proefplaatsingen begeleiden met een jobcoach" in tasks
    assert {i["name"] for i in trail["indicators"]} == {
        "Bewegingen naar werk",
        "Ontmoetingen tussen bijstandsgerechtigden en werkgevers",
    }
    assert [r["title"] for r in trail["reflections"]] == ["Terugblik op het eerste half jaar"]


async def test_progress_and_trail_cost_the_same_statements_however_much_there_is(
    started_app: Litestar, db: Database, team: Team
) -> None:
    idea = await proposal(db, team.opgave, team.inwoner["id"])
    await db.fetchval("UPDATE proposals SET action_line_id = $1 WHERE id = $2", team.line_id, idea["id"])
    progress_path = f"/api/v1/opgaven/{team.opgave['id']}/progress"
    trail_path = f"/api/v1/proposals/{idea['id']}/trail"
    costs = []
    async with browser(started_app, team.staff["email"]) as staff:
        for rounds in (1, 4):
            for n in range(rounds):
                task = await staff.post(
                    f"/api/v1/opgaven/{team.opgave['id']}/tasks",
                    json={"title": f"Taak {n}", "proposalIds": [str(idea["id"])], "capacity": 2},
                )
                assert task.status_code == 201
                indicator = await staff.post(
                    f"/api/v1/opgaven/{team.opgave['id']}/indicators",
                    json={
                        "name": f"Indicator {n}",
                        "kind": "output",
                        "unit": "stuks",
                        "direction": "higher",
                        "baselineValue": 0,
                        "baselineDate": "2026-01-01",
                        "targetValue": 10,
                        "targetDate": "2027-01-01",
                        "actionLineId": str(team.line_id),
                    },
                )
                assert indicator.status_code == 201
                await staff.post(
                    f"/api/v1/indicators/{indicator.json()['id']}/measurements",
                    json={"value": n, "measuredOn": "2026-06-01"},
                )
            with statements(started_app.state.db) as progress_sent:
                assert (await staff.get(progress_path)).status_code == 200
            with statements(started_app.state.db) as trail_sent:
                trail = await staff.get(trail_path)
                assert trail.status_code == 200
            costs.append((len(progress_sent), len(trail_sent), len(trail.json()["tasks"])))
    # Five tasks and indicators cost what two did: no statement per row.
    (progress_few, trail_few, tasks_few), (progress_many, trail_many, tasks_many) = costs
    assert (tasks_few, tasks_many) == (1, 5)
    assert progress_few == progress_many
    assert progress_few >= 2  # the opgave's access check and the progress itself were seen
    assert trail_few == trail_many


async def test_a_draft_opgave_keeps_its_progress_to_staff(
    started_app: Litestar, db: Database, team: Team
) -> None:
    await db.fetchval("UPDATE opgaven SET published = false WHERE id = $1", team.opgave["id"])
    path = f"/api/v1/opgaven/{team.opgave['id']}/progress"
    async with browser(started_app) as visitor:
        assert (await visitor.get(path)).status_code == 404
    async with browser(started_app, team.staff["email"]) as staff:
        assert (await staff.get(path)).status_code == 200
