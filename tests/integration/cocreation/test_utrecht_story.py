"""The Utrecht story through the API, with the demo's people: from bijstand to work, together.

Staff plan a task under each of the three action lines, a different partner takes each on, the
partners put money in and ask for their share, staff grant it, and anyone can follow the money.
"""

from litestar import Litestar

from api.db.connection import Database
from api.demo import seed_demo
from api.demo.ids import demo_id
from api.demo.people import DEMO_PASSWORD, email_of
from tests.identities import PASSWORD_COST, browser
from tests.integration.cocreation.test_budgets import ledger_adds_up

OPGAVE = demo_id("opgave:utrecht:bijstand-naar-werk")
BUDGET = demo_id("budget:utrecht:werkbudget")


def org(key: str) -> str:
    return str(demo_id(f"organisation:utrecht:{key}"))


async def test_partners_take_on_the_work_and_share_the_budget(started_app: Litestar, db: Database) -> None:
    await seed_demo(db, PASSWORD_COST)
    lines = [str(demo_id(f"action-line:{OPGAVE}:{n}")) for n in (1, 2, 3)]
    plan = [
        (lines[0], "Banenmarkt in de bibliotheek", "werkgevers", "partner2"),
        (lines[1], "Spreekuur schulden en werk in het wijkcentrum", "schuldhulp", "partner"),
        (lines[2], "Anonieme sollicitatieronde bij drie werkgevers", "ggz", "partner4"),
    ]
    async with (
        browser(started_app, email_of("utrecht", "medewerker"), DEMO_PASSWORD) as regisseur,
        browser(started_app) as visitor,
    ):
        granted_before = (await visitor.get(f"/api/v1/budgets/{BUDGET}")).json()["grantedCents"]
        planned, asked = [], []
        for line, title, organisation, person in plan:
            task = await regisseur.post(
                f"/api/v1/opgaven/{OPGAVE}/tasks",
                json={"title": title, "actionLineId": line, "effortHours": 24},
            )
            assert task.status_code == 201, task.text
            planned.append(task.json()["id"])
            async with browser(started_app, email_of("utrecht", person), DEMO_PASSWORD) as partner:
                claim = await partner.post(
                    f"/api/v1/tasks/{task.json()['id']}/claims",
                    json={"organisationId": org(organisation), "commitment": "Wij nemen dit op ons."},
                )
                assert claim.status_code == 201, claim.text
                pledge = await partner.post(
                    f"/api/v1/budgets/{BUDGET}/contributions",
                    json={
                        "organisationId": org(organisation),
                        "amountCents": 100_000,
                        "note": "Onze inbreng.",
                    },
                )
                assert pledge.status_code == 201, pledge.text
                # A pledge counts once the municipality has confirmed it.
                assert pledge.json()["status"] == "pending"
                confirmed = await regisseur.post(
                    f"/api/v1/contributions/{pledge.json()['id']}/decisions", json={"decision": "confirm"}
                )
                assert confirmed.status_code == 200, confirmed.text
                ask = await partner.post(
                    f"/api/v1/budgets/{BUDGET}/claims",
                    json={
                        "organisationId": org(organisation),
                        "amountCents": 250_000,
                        "motivation": f"Uitvoering van: {title}.",
                        "taskId": task.json()["id"],
                    },
                )
                assert ask.status_code == 201, ask.text
                asked.append(ask.json()["id"])
            decision = await regisseur.post(
                f"/api/v1/budget-claims/{ask.json()['id']}/decisions",
                json={
                    "decision": "grant",
                    "legalBasis": "Subsidieregeling Sociaal Domein Utrecht 2024, artikel 3",
                },
            )
            assert decision.status_code == 200, decision.text

        # Anyone follows it: the tasks and who took them on, and the money. (Each is read by its own
        # address: other tests of the session, Schemathesis as the demo beheerder among them, add
        # tasks and claims to this opgave, so a first page need not hold these.)
        tasks = [(await visitor.get(f"/api/v1/tasks/{task_id}")).json() for task_id in planned]
        taken = {t["title"]: [c["organisation"]["id"] for c in t["claims"]] for t in tasks}
        for _, title, organisation, _ in plan:
            assert taken[title] == [org(organisation)]
        assert {t["actionLine"]["id"] for t in tasks if t["actionLine"]} >= set(lines)
        budget = (await visitor.get(f"/api/v1/budgets/{BUDGET}")).json()
        assert budget["grantedCents"] == granted_before + 3 * 250_000
        funders = {f["organisation"]["id"] for f in budget["funders"] if f["organisation"]}
        assert {org(o) for _, _, o, _ in plan} <= funders
        granted = [(await visitor.get(f"/api/v1/budget-claims/{claim_id}")).json() for claim_id in asked]
        assert [c["status"] for c in granted] == ["granted"] * len(plan)
        assert [c["organisation"]["id"] for c in granted] == [org(o) for _, _, o, _ in plan]
        timeline = (await visitor.get(f"/api/v1/opgaven/{OPGAVE}/timeline", params={"limit": "100"})).json()[
            "items"
        ]
        assert sum(1 for e in timeline if e["kind"] == "budget_granted") >= 3
    await ledger_adds_up(db, BUDGET)
