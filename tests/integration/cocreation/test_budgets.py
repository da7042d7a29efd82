"""Budgets in the open: who puts in what, who asks for what, what staff decide, and a ledger that adds up."""

from typing import Any

import asyncpg
import httpx
import pytest
from litestar import Litestar

from api.db.connection import Database
from tests.identities import browser
from tests.integration.cocreation.conftest import Team

WOO = "Subsidieregeling Samen aan de Slag 2027, artikel 4"


async def open_budget(client: httpx.AsyncClient, team: Team, **fields: Any) -> dict[str, Any]:
    body = {"title": "Werkbudget Overvecht", "actionLineId": str(team.line_id)} | fields
    response = await client.post(f"/api/v1/opgaven/{team.opgave['id']}/budgets", json=body)
    assert response.status_code == 201, response.text
    return dict(response.json())


async def ledger_adds_up(db: Database, budget_id: Any) -> None:
    """The ledger's sums equal the budget's state, and each entry's state follows from the one before."""
    budget = await db.fetchrow("SELECT total_cents, granted_cents FROM budgets WHERE id = $1", budget_id)
    entries = await db.fetch(
        "SELECT kind, amount_cents, total_after_cents, granted_after_cents FROM ledger_entries WHERE budget_id = $1 ORDER BY number",
        budget_id,
    )
    total = granted = 0
    for entry in entries:
        if entry["kind"] in ("contribution", "correction"):  # a correction is signed
            total += entry["amount_cents"]
        elif entry["kind"] == "grant":
            granted += entry["amount_cents"]
        else:
            granted -= entry["amount_cents"]
        assert (entry["total_after_cents"], entry["granted_after_cents"]) == (total, granted)
    assert budget is not None
    assert (budget["total_cents"], budget["granted_cents"]) == (total, granted)
    # Each contribution counts what its own entries add up to: confirmed, then corrected; a pledge nothing.
    counted = await db.fetch(
        """SELECT c.status, coalesce(c.confirmed_cents, 0) AS counts,
                  (SELECT coalesce(sum(e.amount_cents), 0) FROM ledger_entries e
                   WHERE e.object_type = 'contribution' AND e.object_id = c.id) AS entries
           FROM budget_contributions c WHERE c.budget_id = $1""",
        budget_id,
    )
    assert all(c["counts"] == c["entries"] for c in counted), [dict(c) for c in counted]
    assert sum(c["counts"] for c in counted if c["status"] == "confirmed") == total
    standing = await db.fetchval(
        "SELECT coalesce(sum(granted_cents), 0) FROM budget_claims WHERE budget_id = $1 AND status = 'granted'",
        budget_id,
    )
    assert standing == granted


async def test_joining_forces_asking_and_granting(started_app: Litestar, db: Database, team: Team) -> None:
    async with (
        browser(started_app, team.staff["email"]) as staff,
        browser(started_app, team.members["pa"]["email"]) as partner_a,
        browser(started_app, team.members["pb"]["email"]) as partner_b,
        browser(started_app) as visitor,
    ):
        budget = await open_budget(staff, team)
        assert (budget["totalCents"], budget["grantedCents"], budget["availableCents"]) == (0, 0, 0)
        path = f"/api/v1/budgets/{budget['id']}"
        municipal = await staff.post(
            f"{path}/contributions", json={"amountCents": 5_000_000, "note": "Uit het sociaal domein."}
        )
        assert municipal.status_code == 201, municipal.text
        assert municipal.json()["funder"]["organisation"] is None
        assert municipal.json()["funder"]["name"].startswith("Gemeente ")
        partner = await partner_a.post(
            f"{path}/contributions", json={"amountCents": 1_000_000, "organisationId": str(team.orgs["a"])}
        )
        assert partner.status_code == 201, partner.text
        # A partner's pledge counts once the municipality's staff confirm it (test_pledges.py has the rest).
        assert partner.json()["status"] == "pending"
        confirmed = await staff.post(
            f"/api/v1/contributions/{partner.json()['id']}/decisions", json={"decision": "confirm"}
        )
        assert confirmed.status_code == 200, confirmed.text
        # A partner cannot pledge the municipality's money.
        assert (await partner_a.post(f"{path}/contributions", json={"amountCents": 100})).status_code == 403

        asked = await partner_b.post(
            f"{path}/claims",
            json={
                "organisationId": str(team.orgs["b"]),
                "amountCents": 2_500_000,
                "motivation": "Twee jobcoaches voor een half jaar.",
            },
        )
        assert asked.status_code == 201, asked.text
        claim = asked.json()
        assert claim["status"] == "requested"
        exported = (await partner_b.get("/api/v1/me/export")).json()["budgetRequests"]
        assert [(r["budgetId"], r["amountCents"], r["status"]) for r in exported] == [
            (budget["id"], 2_500_000, "requested")
        ]
        assert (await partner_a.get("/api/v1/me/export")).json()["budgetRequests"] == []
        state = (await visitor.get(path)).json()
        assert (state["totalCents"], state["requestedCents"], state["availableCents"]) == (
            6_000_000,
            2_500_000,
            6_000_000,
        )
        assert [f["amountCents"] for f in state["funders"]] == [5_000_000, 1_000_000]

        decide = f"/api/v1/budget-claims/{claim['id']}/decisions"
        no_basis = await staff.post(decide, json={"decision": "grant"})
        assert no_basis.status_code == 400
        assert (
            await partner_b.post(decide, json={"decision": "grant", "legalBasis": WOO})
        ).status_code == 403
        granted = await staff.post(
            decide, json={"decision": "grant", "amountCents": 2_000_000, "legalBasis": WOO}
        )
        assert granted.status_code == 200, granted.text
        woo = granted.json()
        assert (woo["status"], woo["grantedCents"], woo["legalBasis"], woo["organisation"]["id"]) == (
            "granted",
            2_000_000,
            WOO,
            str(team.orgs["b"]),
        )
        assert woo["decidedAt"] is not None
        assert woo["motivation"] == "Twee jobcoaches voor een half jaar."
        twice = await staff.post(decide, json={"decision": "grant", "legalBasis": WOO})
        assert twice.json()["code"] == "already_decided"

        state = (await visitor.get(path)).json()
        assert (state["grantedCents"], state["availableCents"], state["requestedCents"]) == (
            2_000_000,
            4_000_000,
            0,
        )
        # The opgave's own card adds up its budgets, and counts a second budget in.
        await open_budget(staff, team, title="Tweede potje")
        counts = (await staff.get(f"/api/v1/opgaven/{team.opgave['id']}")).json()["counts"]
        assert (counts["budgetTotalCents"], counts["budgetGrantedCents"]) == (6_000_000, 2_000_000)
        ledger = (await visitor.get(f"{path}/ledger")).json()["items"]
        assert [
            (e["kind"], e["amountCents"], e["totalAfterCents"], e["grantedAfterCents"]) for e in ledger
        ] == [
            ("contribution", 5_000_000, 5_000_000, 0),
            ("contribution", 1_000_000, 6_000_000, 0),
            ("grant", 2_000_000, 6_000_000, 2_000_000),
        ]
        assert ledger[2]["organisation"]["id"] == str(team.orgs["b"])
        assert ledger[2]["reason"] == WOO

        # Withdrawing a grant needs a reason and returns the money.
        assert (await staff.post(decide, json={"decision": "withdraw"})).status_code == 400
        withdrawn = await staff.post(
            decide, json={"decision": "withdraw", "reason": "De coaches kwamen er niet."}
        )
        assert withdrawn.status_code == 200
        assert (withdrawn.json()["status"], withdrawn.json()["withdrawalReason"]) == (
            "withdrawn",
            "De coaches kwamen er niet.",
        )
        assert (await visitor.get(path)).json()["availableCents"] == 6_000_000

        # Asking for more than the whole pot is refused; a refusal needs a reason.
        greedy = await partner_a.post(
            f"{path}/claims",
            json={
                "organisationId": str(team.orgs["a"]),
                "amountCents": 6_000_001,
                "motivation": "Alles en nog wat.",
            },
        )
        assert greedy.json()["code"] == "exceeds_budget"
        modest = (
            await partner_a.post(
                f"{path}/claims",
                json={
                    "organisationId": str(team.orgs["a"]),
                    "amountCents": 100_000,
                    "motivation": "Koffie voor de bijeenkomst.",
                },
            )
        ).json()
        refuse = f"/api/v1/budget-claims/{modest['id']}/decisions"
        assert (await staff.post(refuse, json={"decision": "reject"})).status_code == 400
        rejected = await staff.post(
            refuse, json={"decision": "reject", "reason": "Dat betaalt het buurthuis."}
        )
        assert rejected.json()["status"] == "rejected"
        public = (await visitor.get(f"{path}/claims")).json()["items"]
        assert {c["status"] for c in public} == {"withdrawn", "rejected"}

        # Who asked hears each decision: partner B the grant and its withdrawal, partner A the refusal.
        told_b = [n["title"] for n in (await partner_b.get("/api/v1/me/notifications")).json()["items"]]
        assert any("€ 20.000,00" in t and "toegekend" in t for t in told_b), told_b
        assert any("ingetrokken" in t for t in told_b), told_b
        told_a = (await partner_a.get("/api/v1/me/notifications")).json()["items"]
        assert [(n["kind"], n["body"]) for n in told_a if n["kind"] == "budget_claim_decided"] == [
            ("budget_claim_decided", "Dat betaalt het buurthuis.")
        ]

    await ledger_adds_up(db, budget["id"])
    async with browser(started_app) as visitor:
        timeline = await visitor.get(f"/api/v1/opgaven/{team.opgave['id']}/timeline", params={"limit": 100})
    kinds = [e["kind"] for e in timeline.json()["items"]]
    assert kinds.count("budget_granted") == 1
    assert kinds.count("budget_withdrawn") == 1


async def test_a_grant_larger_than_what_is_left_is_refused(
    started_app: Litestar, db: Database, team: Team
) -> None:
    async with (
        browser(started_app, team.staff["email"]) as staff,
        browser(started_app, team.members["pa"]["email"]) as partner_a,
    ):
        budget = await open_budget(staff, team)
        path = f"/api/v1/budgets/{budget['id']}"
        await staff.post(f"{path}/contributions", json={"amountCents": 1000})
        claims = []
        for _ in range(2):
            response = await partner_a.post(
                f"{path}/claims",
                json={
                    "organisationId": str(team.orgs["a"]),
                    "amountCents": 600,
                    "motivation": "Materiaal voor de wijk.",
                },
            )
            claims.append(response.json())
        first = await staff.post(
            f"/api/v1/budget-claims/{claims[0]['id']}/decisions",
            json={"decision": "grant", "legalBasis": WOO},
        )
        assert first.status_code == 200
        second = await staff.post(
            f"/api/v1/budget-claims/{claims[1]['id']}/decisions",
            json={"decision": "grant", "legalBasis": WOO},
        )
        assert second.status_code == 409
        assert second.json()["code"] == "budget_exceeded"
        # The refused grant left the request open and the budget as it was.
        assert (await staff.get(f"/api/v1/budget-claims/{claims[1]['id']}")).json()["status"] == "requested"
        partly = await staff.post(
            f"/api/v1/budget-claims/{claims[1]['id']}/decisions",
            json={"decision": "grant", "amountCents": 400, "legalBasis": WOO},
        )
        assert partly.status_code == 200
        assert (await staff.get(path)).json()["availableCents"] == 0
    await ledger_adds_up(db, budget["id"])


async def test_the_ledger_cannot_be_rewritten(started_app: Litestar, db: Database, team: Team) -> None:
    async with browser(started_app, team.staff["email"]) as staff:
        budget = await open_budget(staff, team)
        await staff.post(f"/api/v1/budgets/{budget['id']}/contributions", json={"amountCents": 1000})
    for statement in (
        "UPDATE ledger_entries SET amount_cents = 1 WHERE budget_id = $1",
        "DELETE FROM ledger_entries WHERE budget_id = $1",
    ):
        with pytest.raises(asyncpg.PostgresError):
            await db.fetchval(statement, budget["id"])
    with pytest.raises(asyncpg.CheckViolationError):
        await db.fetchval("UPDATE budgets SET granted_cents = total_cents + 1 WHERE id = $1", budget["id"])
    await ledger_adds_up(db, budget["id"])


async def test_the_ledger_reads_page_by_page(started_app: Litestar, db: Database, team: Team) -> None:
    """Every entry once, in its order, following `nextCursor` to the end."""
    async with browser(started_app, team.staff["email"]) as staff, browser(started_app) as visitor:
        budget = await open_budget(staff, team)
        path = f"/api/v1/budgets/{budget['id']}"
        for cents in (1000, 2000, 3000, 4000, 5000):
            assert (await staff.post(f"{path}/contributions", json={"amountCents": cents})).status_code == 201
        numbers: list[int] = []
        cursor = ""
        for _ in range(10):
            page = await visitor.get(f"{path}/ledger", params={"limit": 2, "cursor": cursor})
            assert page.status_code == 200, page.text
            numbers += [entry["number"] for entry in page.json()["items"]]
            cursor = page.json()["nextCursor"] or ""
            if not cursor:
                break
    assert numbers == [1, 2, 3, 4, 5]
    await ledger_adds_up(db, budget["id"])


async def test_who_may_do_what_with_money(started_app: Litestar, db: Database, team: Team) -> None:
    async with (
        browser(started_app, team.staff["email"]) as staff,
        browser(started_app, team.members["pc"]["email"]) as partner_off_team,
        browser(started_app, team.inwoner["email"]) as resident,
        browser(started_app, team.stranger_staff["email"]) as stranger,
    ):
        budget = await open_budget(staff, team)
        path = f"/api/v1/budgets/{budget['id']}"
        await staff.post(f"{path}/contributions", json={"amountCents": 10_000})
        ask = {
            "organisationId": str(team.orgs["c"]),
            "amountCents": 100,
            "motivation": "Wij willen ook meedoen.",
        }
        assert (await partner_off_team.post(f"{path}/claims", json=ask)).status_code == 403
        assert (
            await partner_off_team.post(
                f"{path}/contributions", json={"amountCents": 1, "organisationId": str(team.orgs["c"])}
            )
        ).status_code == 403
        assert (await resident.post(f"{path}/claims", json=ask)).status_code == 403
        assert (await stranger.post(f"{path}/contributions", json={"amountCents": 1})).status_code == 403
        assert (
            await resident.post(f"/api/v1/opgaven/{team.opgave['id']}/budgets", json={"title": "Mijn pot"})
        ).status_code == 403
    assert await db.fetchval("SELECT count(*) FROM budget_claims WHERE budget_id = $1", budget["id"]) == 0
    await ledger_adds_up(db, budget["id"])
