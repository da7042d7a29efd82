"""Money only from who has it: a partner's pledge waits until staff of the municipality confirm it;
only confirmed money can be asked for and granted; a confirmed contribution is corrected by an
entry in the ledger, never edited."""

from typing import Any

import httpx
from litestar import Litestar

from api.db.connection import Database
from tests.identities import browser, person
from tests.integration.cocreation.conftest import Team
from tests.integration.cocreation.test_budgets import WOO, ledger_adds_up, open_budget

BILLION_EUROS = 100_000_000_000  # in cents


async def _audited(db: Database, action: str, object_id: Any) -> int:
    return int(
        await db.fetchval(
            "SELECT count(*) FROM audit_events WHERE action = $1 AND object_id = $2", action, object_id
        )
    )


async def _pledge(partner: httpx.AsyncClient, path: str, team: Team, key: str, cents: int) -> dict[str, Any]:
    response = await partner.post(
        f"{path}/contributions", json={"amountCents": cents, "organisationId": str(team.orgs[key])}
    )
    assert response.status_code == 201, response.text
    return dict(response.json())


async def test_a_partners_pledge_counts_only_once_staff_confirm_it(
    started_app: Litestar, db: Database, team: Team
) -> None:
    async with (
        browser(started_app, team.staff["email"]) as staff,
        browser(started_app, team.members["pa"]["email"]) as partner_a,
        browser(started_app, team.members["pb"]["email"]) as partner_b,
        browser(started_app, team.stranger_staff["email"]) as stranger,
        browser(started_app) as visitor,
    ):
        budget = await open_budget(staff, team)
        path = f"/api/v1/budgets/{budget['id']}"
        municipal = await staff.post(f"{path}/contributions", json={"amountCents": 1_000_000})
        # The municipality's own money, pledged by its staff, counts at once.
        assert municipal.json()["status"] == "confirmed", municipal.text

        # A billion from a partner is a promise, not money: nothing can be asked or granted from it.
        billion = await _pledge(partner_a, path, team, "a", BILLION_EUROS)
        assert (billion["status"], billion["pledgedCents"]) == ("pending", BILLION_EUROS)
        state = (await visitor.get(path)).json()
        assert (state["totalCents"], state["availableCents"], state["pendingCents"]) == (
            1_000_000,
            1_000_000,
            BILLION_EUROS,
        )
        assert [f["amountCents"] for f in state["funders"]] == [1_000_000]
        greedy = await partner_b.post(
            f"{path}/claims",
            json={
                "organisationId": str(team.orgs["b"]),
                "amountCents": 5_000_000,
                "motivation": "Een groot plan.",
            },
        )
        assert greedy.status_code == 409
        assert greedy.json()["code"] == "exceeds_budget"
        ledger = (await visitor.get(f"{path}/ledger")).json()["items"]
        assert [(e["kind"], e["amountCents"]) for e in ledger] == [("contribution", 1_000_000)]
        listed = (await visitor.get(f"{path}/contributions")).json()["items"]
        assert [(c["status"], c["funder"]["amountCents"]) for c in listed] == [
            ("confirmed", 1_000_000),
            ("pending", BILLION_EUROS),
        ]

        # Only staff of the municipality decide; the partner cannot confirm its own pledge.
        decide = f"/api/v1/contributions/{billion['id']}/decisions"
        assert (await partner_a.post(decide, json={"decision": "confirm"})).status_code == 403
        assert (await stranger.post(decide, json={"decision": "confirm"})).status_code == 403
        assert (await visitor.post(decide, json={"decision": "confirm"})).status_code == 401
        no_reason = await staff.post(decide, json={"decision": "reject"})
        assert no_reason.status_code == 400
        assert no_reason.json()["invalidParams"][0]["name"] == "reason"
        rejected = await staff.post(decide, json={"decision": "reject", "reason": "Dat geld is er niet."})
        assert rejected.status_code == 200, rejected.text
        assert (rejected.json()["status"], rejected.json()["decisionReason"]) == (
            "rejected",
            "Dat geld is er niet.",
        )
        again = await staff.post(decide, json={"decision": "confirm"})
        assert again.status_code == 409
        assert again.json()["code"] == "already_decided"
        assert (await visitor.get(path)).json()["pendingCents"] == 0

        # A real pledge, confirmed: now it counts, in the ledger and in what can be granted.
        real = await _pledge(partner_b, path, team, "b", 500_000)
        confirmed = await staff.post(
            f"/api/v1/contributions/{real['id']}/decisions", json={"decision": "confirm"}
        )
        assert confirmed.status_code == 200, confirmed.text
        body = confirmed.json()
        assert (body["status"], body["funder"]["amountCents"], body["decidedBy"]["id"]) == (
            "confirmed",
            500_000,
            str(team.staff["id"]),
        )
        assert (
            await staff.post(f"/api/v1/contributions/{real['id']}/decisions", json={"decision": "confirm"})
        ).json()["code"] == "already_decided"
        state = (await visitor.get(path)).json()
        assert (state["totalCents"], state["pendingCents"]) == (1_500_000, 0)
        ledger = (await visitor.get(f"{path}/ledger")).json()["items"]
        assert [(e["kind"], e["amountCents"], e["totalAfterCents"]) for e in ledger] == [
            ("contribution", 1_000_000, 1_000_000),
            ("contribution", 500_000, 1_500_000),
        ]
        assert ledger[1]["organisation"]["id"] == str(team.orgs["b"])
        # Whoever pledged hears the decisions.
        told = (await partner_a.get("/api/v1/me/notifications")).json()["items"]
        assert [n["body"] for n in told if n["kind"] == "contribution_decided"] == ["Dat geld is er niet."]
        assert any(
            n["kind"] == "contribution_decided"
            for n in (await partner_b.get("/api/v1/me/notifications")).json()["items"]
        )

    assert await _audited(db, "contribution.confirmed", real["id"]) == 1
    assert await _audited(db, "contribution.rejected", billion["id"]) == 1
    await ledger_adds_up(db, budget["id"])


async def test_a_confirmed_contribution_is_corrected_in_the_ledger_never_edited(
    started_app: Litestar, db: Database, team: Team
) -> None:
    async with (
        browser(started_app, team.staff["email"]) as staff,
        browser(started_app, team.members["pa"]["email"]) as partner_a,
        browser(started_app, team.members["pb"]["email"]) as partner_b,
        browser(started_app) as visitor,
    ):
        budget = await open_budget(staff, team)
        path = f"/api/v1/budgets/{budget['id']}"
        municipal = (await staff.post(f"{path}/contributions", json={"amountCents": 1_000_000})).json()
        pledge = await _pledge(partner_a, path, team, "a", 800_000)
        correct = f"/api/v1/contributions/{pledge['id']}/corrections"
        # Only confirmed money is corrected; a pending pledge is confirmed or rejected.
        early = await staff.post(correct, json={"amountCents": 600_000, "reason": "Minder dan gedacht."})
        assert early.status_code == 409
        assert early.json()["code"] == "not_confirmed"
        await staff.post(f"/api/v1/contributions/{pledge['id']}/decisions", json={"decision": "confirm"})

        asked = await partner_b.post(
            f"{path}/claims",
            json={
                "organisationId": str(team.orgs["b"]),
                "amountCents": 1_500_000,
                "motivation": "Een jobcoach.",
            },
        )
        granted = await staff.post(
            f"/api/v1/budget-claims/{asked.json()['id']}/decisions",
            json={"decision": "grant", "legalBasis": WOO},
        )
        assert granted.status_code == 200, granted.text

        assert (
            await partner_a.post(correct, json={"amountCents": 600_000, "reason": "Minder dan gedacht."})
        ).status_code == 403
        assert (await staff.post(correct, json={"amountCents": 600_000})).status_code == 400
        # What is granted stays covered: the pot cannot shrink below it.
        too_far = await staff.post(
            correct, json={"amountCents": 200_000, "reason": "De partner trok zich terug."}
        )
        assert too_far.status_code == 409
        assert too_far.json()["code"] == "below_granted"
        unchanged = await staff.post(correct, json={"amountCents": 800_000, "reason": "Niets veranderd."})
        assert unchanged.status_code == 400
        corrected = await staff.post(
            correct, json={"amountCents": 600_000, "reason": "De partner bracht minder in."}
        )
        assert corrected.status_code == 200, corrected.text
        assert (corrected.json()["funder"]["amountCents"], corrected.json()["pledgedCents"]) == (
            600_000,
            800_000,
        )
        up = await staff.post(
            f"/api/v1/contributions/{municipal['id']}/corrections",
            json={"amountCents": 1_250_000, "reason": "Raadsbesluit: extra geld."},
        )
        assert up.status_code == 200, up.text

        state = (await visitor.get(path)).json()
        assert (state["totalCents"], state["grantedCents"], state["availableCents"]) == (
            1_850_000,
            1_500_000,
            350_000,
        )
        ledger = (await visitor.get(f"{path}/ledger")).json()["items"]
        assert [(e["kind"], e["amountCents"], e["totalAfterCents"]) for e in ledger] == [
            ("contribution", 1_000_000, 1_000_000),
            ("contribution", 800_000, 1_800_000),
            ("grant", 1_500_000, 1_800_000),
            ("correction", -200_000, 1_600_000),
            ("correction", 250_000, 1_850_000),
        ]
        assert ledger[3]["reason"] == "De partner bracht minder in."
        assert ledger[3]["objectId"] == pledge["id"]
        funders = {f["name"]: f["amountCents"] for f in state["funders"]}
        assert sorted(funders.values()) == [600_000, 1_250_000]

    # The pledge as made is kept as it was: only the ledger moved.
    row = await db.fetchrow("SELECT amount_cents FROM budget_contributions WHERE id = $1", pledge["id"])
    assert row["amount_cents"] == 800_000
    assert await _audited(db, "contribution.corrected", pledge["id"]) == 1
    await ledger_adds_up(db, budget["id"])


async def test_another_municipalitys_staff_and_residents_decide_nothing(
    started_app: Litestar, db: Database, team: Team
) -> None:
    resident = await person(db, municipality_id=team.town["id"], role="inwoner")
    async with (
        browser(started_app, team.staff["email"]) as staff,
        browser(started_app, team.members["pa"]["email"]) as partner_a,
        browser(started_app, resident["email"]) as someone,
    ):
        budget = await open_budget(staff, team)
        pledge = await _pledge(partner_a, f"/api/v1/budgets/{budget['id']}", team, "a", 100_000)
        for path, body in (
            (f"/api/v1/contributions/{pledge['id']}/decisions", {"decision": "confirm"}),
            (
                f"/api/v1/contributions/{pledge['id']}/corrections",
                {"amountCents": 1, "reason": "Zomaar iets."},
            ),
        ):
            assert (await someone.post(path, json=body)).status_code == 403
        missing = await staff.post(
            "/api/v1/contributions/00000000-0000-7000-8000-000000000000/decisions",
            json={"decision": "confirm"},
        )
        assert missing.status_code == 404
    status = await db.fetchval("SELECT status FROM budget_contributions WHERE id = $1", pledge["id"])
    assert status == "pending"
