"""Putten's plan Samenleving 2023-2026, told in the demo as the brief tells it: the sessions with
residents and partners, the training of the policy advisers, the work and its budget, what it
achieves, and the team looking back."""

from litestar import Litestar

from api.db.connection import Database
from api.demo import seed_demo
from api.demo.ids import demo_id
from tests.identities import PASSWORD_COST, anonymous_client
from tests.integration.cocreation.test_budgets import ledger_adds_up

OPGAVE = demo_id("opgave:putten:mantelzorg")


async def test_the_putten_story_is_there_for_everyone_to_follow(started_app: Litestar, db: Database) -> None:
    await seed_demo(db, PASSWORD_COST)
    await seed_demo(db, PASSWORD_COST)  # twice changes nothing
    async with anonymous_client(started_app) as visitor:
        opgave = (await visitor.get(f"/api/v1/opgaven/{OPGAVE}")).json()
        assert opgave["phase"] == "executing"

        tasks = {
            t["title"]: t
            for t in (await visitor.get(f"/api/v1/opgaven/{OPGAVE}/tasks?limit=100")).json()["items"]
        }
        for done in (
            "Plan van aanpak Samenleving 2023–2026 opstellen",
            "Beleidsadviseurs trainen in opgavegericht werken",
            "Drie interactieve sessies met mantelzorgers en partners",
        ):
            assert tasks[done]["status"] == "done", done
        assert tasks["Logeeropvang regelen bij twee zorgboerderijen"]["claimedCount"] == 1

        ideas = (await visitor.get(f"/api/v1/opgaven/{OPGAVE}/proposals?limit=100")).json()["items"]
        assert len(ideas) >= 3
        assert any(i["status"] == "adopted" for i in ideas)

        budgets = (await visitor.get(f"/api/v1/opgaven/{OPGAVE}/budgets")).json()["items"]
        assert [b["title"] for b in budgets] == ["Budget Samen sterk voor mantelzorgers"]
        assert budgets[0]["totalCents"] == 7_000_000
        assert budgets[0]["grantedCents"] == 4_000_000
        await ledger_adds_up(db, budgets[0]["id"])

        indicators = (await visitor.get(f"/api/v1/opgaven/{OPGAVE}/indicators")).json()["items"]
        names = {i["name"] for i in indicators}
        assert "Beleidsadviseurs getraind in opgavegericht werken" in names
        assert "Inwoners en partners in de interactieve sessies" in names

        reflections = (await visitor.get(f"/api/v1/opgaven/{OPGAVE}/reflections")).json()["items"]
        held = [r for r in reflections if r["title"] == "Terugblik op de pilot met het team Samenleving"]
        assert len(held) == 1
        # The public read the summary; the conclusions are the team's.
        assert "zonder externe begeleiding" in held[0]["summary"]
