"""Partners divide a budget together: a round from opening to the grants, an objection that blocks
finalising until a new proposal, and two staff finalising at once."""

import asyncio
from dataclasses import dataclass
from datetime import timedelta
from typing import Any

import httpx
import pytest
from litestar import Litestar

from api.db.connection import Database
from api.lib.ids import new_id
from api.lib.time import utcnow
from tests.factories import municipality, opgave, unique
from tests.identities import anonymous_client, browser, person
from tests.integration.deciding.conftest import funded_budget

WOO = "Subsidieregeling Samen aan de Slag 2027, artikel 4"


@dataclass
class Team:
    town: dict[str, Any]
    opgave: dict[str, Any]
    budget_id: Any
    staff: dict[str, Any]
    orgs: list[Any]  # two on the team
    partners: list[dict[str, Any]]  # a member of each
    outsider_org: Any  # not on the team
    outsider: dict[str, Any]
    task_id: Any


async def _organisation(db: Database, town_id: Any, member_id: Any, *, admin: bool = False) -> Any:
    org_id = new_id()
    await db.fetchval(
        "INSERT INTO organisations (id, municipality_id, name, kind) VALUES ($1, $2, $3, 'societal_organisation')",
        org_id,
        town_id,
        unique("Partner"),
    )
    await db.fetchval(
        "INSERT INTO organisation_members (id, municipality_id, organisation_id, account_id, is_admin) VALUES ($1, $2, $3, $4, $5)",
        new_id(),
        town_id,
        org_id,
        member_id,
        admin,
    )
    return org_id


async def _on_team(db: Database, town_id: Any, opgave_id: Any, org_id: Any) -> None:
    await db.fetchval(
        """INSERT INTO opgave_members (id, municipality_id, opgave_id, organisation_id, role, partner_role, status)
           VALUES ($1, $2, $3, $4, 'partner', 'contributor', 'active')""",
        new_id(),
        town_id,
        opgave_id,
        org_id,
    )


@pytest.fixture
async def team(started_app: Litestar, db: Database) -> Team:
    town = await municipality(db)
    staff = await person(db, municipality_id=town["id"], role="medewerker")
    row = await opgave(db, town["id"], staff["id"], phase="executing")
    partners = [await person(db, municipality_id=town["id"], role="partner") for _ in range(2)]
    # One organisation acts through its admin, the other through an ordinary member.
    orgs = [
        await _organisation(db, town["id"], partners[0]["id"], admin=True),
        await _organisation(db, town["id"], partners[1]["id"]),
    ]
    for org in orgs:
        await _on_team(db, town["id"], row["id"], org)
    outsider = await person(db, municipality_id=town["id"], role="partner")
    task_id = new_id()
    await db.fetchval(
        "INSERT INTO tasks (id, municipality_id, opgave_id, title) VALUES ($1, $2, $3, 'Werkgevers bellen')",
        task_id,
        town["id"],
        row["id"],
    )
    return Team(
        town=town,
        opgave=row,
        budget_id=await funded_budget(db, town["id"], row["id"]),
        staff=staff,
        orgs=orgs,
        partners=partners,
        outsider_org=await _organisation(db, town["id"], outsider["id"], admin=True),
        outsider=outsider,
        task_id=task_id,
    )


def _lines(team: Team, first: int = 300_000, second: int = 200_000) -> list[dict[str, Any]]:
    return [
        {
            "organisationId": str(team.orgs[0]),
            "amountCents": first,
            "purpose": "Jobcoaches",
            "taskId": str(team.task_id),
        },
        {"organisationId": str(team.orgs[1]), "amountCents": second, "purpose": "Schuldhulp op locatie"},
    ]


async def _ok(response: httpx.Response, status: int = 200) -> dict[str, Any]:
    assert response.status_code == status, response.text
    return dict(response.json())


async def _open(staff: httpx.AsyncClient, team: Team, **fields: Any) -> dict[str, Any]:
    body = {
        "title": "Samen het werkbudget verdelen",
        "respondBy": (utcnow() + timedelta(days=7)).isoformat(),
    } | fields
    return await _ok(await staff.post(f"/api/v1/budgets/{team.budget_id}/rounds", json=body), 201)


async def test_a_round_from_opening_to_the_grants_with_an_objection_on_the_way(
    started_app: Litestar, db: Database, team: Team
) -> None:
    async with (
        browser(started_app, team.staff["email"]) as staff,
        browser(started_app, team.partners[0]["email"]) as first,
        browser(started_app, team.partners[1]["email"]) as second,
        anonymous_client(started_app) as visitor,
    ):
        round_ = await _open(staff, team)
        path = f"/api/v1/budget-rounds/{round_['id']}"
        assert round_["status"] == "open"
        assert {o["organisationId"] for o in round_["organisations"]} == {str(o) for o in team.orgs}
        assert round_["canFinalise"] is False

        seen = await _ok(
            await staff.post(f"{path}/proposals", json={"lines": _lines(team), "note": "Eerste voorstel"}),
            201,
        )
        v1 = seen["proposals"][0]
        assert (v1["number"], v1["current"], v1["totalCents"]) == (1, True, 500_000)
        assert v1["lines"][0]["taskTitle"] == "Werkgevers bellen"
        assert sorted(seen["waitingFor"]) == sorted(str(o) for o in team.orgs)

        # The first consents, the second objects with a reason: finalising is blocked.
        await _ok(
            await first.post(
                f"/api/v1/division-proposals/{v1['id']}/responses",
                json={"organisationId": str(team.orgs[0]), "position": "consent"},
            )
        )
        no_reason = await second.post(
            f"/api/v1/division-proposals/{v1['id']}/responses",
            json={"organisationId": str(team.orgs[1]), "position": "object"},
        )
        assert no_reason.status_code == 400
        objected = await _ok(
            await second.post(
                f"/api/v1/division-proposals/{v1['id']}/responses",
                json={
                    "organisationId": str(team.orgs[1]),
                    "position": "object",
                    "reason": "Te weinig voor schuldhulp.",
                },
            )
        )
        assert objected["openObjections"] == 1
        assert objected["canFinalise"] is False
        blocked = await staff.post(f"{path}/finalisations", json={"proposalId": v1["id"], "legalBasis": WOO})
        assert blocked.status_code == 409
        assert blocked.json()["code"] == "open_objection"
        # Nobody answers for an organisation that is not theirs.
        not_theirs = await first.post(
            f"/api/v1/division-proposals/{v1['id']}/responses",
            json={"organisationId": str(team.orgs[1]), "position": "consent"},
        )
        assert not_theirs.status_code == 400
        assert not_theirs.json()["invalidParams"][0]["code"] == "not_a_member"

        # A new version: the responses start afresh, the old version can no longer be answered or finalised.
        seen = await _ok(
            await staff.post(f"{path}/proposals", json={"lines": _lines(team, 250_000, 250_000)}), 201
        )
        v2 = seen["proposals"][0]
        assert (v2["number"], v2["current"], v2["responses"]) == (2, True, [])
        assert seen["proposals"][1]["current"] is False
        assert seen["openObjections"] == 0
        stale = await first.post(
            f"/api/v1/division-proposals/{v1['id']}/responses",
            json={"organisationId": str(team.orgs[0]), "position": "consent"},
        )
        assert stale.status_code == 409
        assert stale.json()["code"] == "not_current"
        old = await staff.post(f"{path}/finalisations", json={"proposalId": v1["id"], "legalBasis": WOO})
        assert old.json()["code"] == "not_current"

        await _ok(
            await first.post(
                f"/api/v1/division-proposals/{v2['id']}/responses",
                json={"organisationId": str(team.orgs[0]), "position": "consent"},
            )
        )
        # One organisation has not responded and the deadline runs: not yet.
        early = await staff.post(f"{path}/finalisations", json={"proposalId": v2["id"], "legalBasis": WOO})
        assert early.status_code == 409
        assert early.json()["code"] == "responses_pending"
        # The second objects, then withdraws the objection by abstaining: resolved.
        await _ok(
            await second.post(
                f"/api/v1/division-proposals/{v2['id']}/responses",
                json={
                    "organisationId": str(team.orgs[1]),
                    "position": "object",
                    "reason": "Nog steeds te weinig.",
                },
            )
        )
        resolved = await _ok(
            await second.post(
                f"/api/v1/division-proposals/{v2['id']}/responses",
                json={"organisationId": str(team.orgs[1]), "position": "abstain"},
            )
        )
        assert resolved["canFinalise"] is True
        assert [r["position"] for r in resolved["proposals"][0]["responses"]] == ["consent", "abstain"]

        done = await _ok(
            await staff.post(f"{path}/finalisations", json={"proposalId": v2["id"], "legalBasis": WOO})
        )
        assert (done["status"], done["finalisedProposalId"], done["legalBasis"]) == (
            "finalised",
            v2["id"],
            WOO,
        )
        assert all(line["budgetClaimId"] for line in done["proposals"][0]["lines"])
        again = await staff.post(f"{path}/finalisations", json={"proposalId": v2["id"], "legalBasis": WOO})
        assert again.json()["code"] == "already_finalised"
        late = await first.post(
            f"/api/v1/division-proposals/{v2['id']}/responses",
            json={"organisationId": str(team.orgs[0]), "position": "abstain"},
        )
        assert late.json()["code"] == "already_finalised"

        # The grants are in the ledger and among the claims, as any grant.
        budget = await _ok(await visitor.get(f"/api/v1/budgets/{team.budget_id}"))
        assert (budget["grantedCents"], budget["requestedCents"]) == (500_000, 0)
        ledger = await _ok(await visitor.get(f"/api/v1/budgets/{team.budget_id}/ledger"))
        grants = [e for e in ledger["items"] if e["kind"] == "grant"]
        assert sorted(e["amountCents"] for e in grants) == [250_000, 250_000]
        claims = await _ok(await visitor.get(f"/api/v1/budgets/{team.budget_id}/claims"))
        assert sorted((c["status"], c["grantedCents"]) for c in claims["items"]) == [("granted", 250_000)] * 2

        # Every step is public with the opgave, and in the change feed.
        assert (await _ok(await visitor.get(path)))["status"] == "finalised"
        listed = await _ok(await visitor.get(f"/api/v1/budgets/{team.budget_id}/rounds"))
        assert [r["id"] for r in listed["items"]] == [round_["id"]]
        types = [
            r["type"]
            for r in await db.fetch(
                "SELECT type FROM events WHERE opgave_id = $1 ORDER BY created_at, id", team.opgave["id"]
            )
        ]
        for kind in (
            "budget-round.opened",
            "division.proposed",
            "division.responded",
            "budget-round.finalised",
        ):
            assert f"nl.samenspel.{kind}" in types
        assert types.count("nl.samenspel.budget-claim.granted") == 2


async def test_who_may_take_part(started_app: Litestar, db: Database, team: Team) -> None:
    elsewhere = await municipality(db)
    foreign = await person(db, municipality_id=elsewhere["id"], role="partner")
    foreign_org = await _organisation(db, elsewhere["id"], foreign["id"], admin=True)
    resident = await person(db)
    async with browser(started_app, team.staff["email"]) as staff:
        round_ = await _open(staff, team)
        path = f"/api/v1/budget-rounds/{round_['id']}"
        # Only organisations on the team get a line; only tasks of this opgave.
        wrong = await staff.post(
            f"{path}/proposals",
            json={
                "lines": [
                    {"organisationId": str(team.outsider_org), "amountCents": 1000, "purpose": "Iets"},
                    {
                        "organisationId": str(team.orgs[0]),
                        "amountCents": 1000,
                        "purpose": "Iets",
                        "taskId": str(new_id()),
                    },
                ]
            },
        )
        assert wrong.status_code == 400
        assert [p["code"] for p in wrong.json()["invalidParams"]] == ["not_on_team", "unknown_task"]
        too_much = await staff.post(f"{path}/proposals", json={"lines": _lines(team, 900_000, 200_000)})
        assert too_much.status_code == 409
        assert too_much.json()["code"] == "exceeds_budget"
        v1 = (await _ok(await staff.post(f"{path}/proposals", json={"lines": _lines(team)}), 201))[
            "proposals"
        ][0]
    respond = f"/api/v1/division-proposals/{v1['id']}/responses"
    before = await db.fetchval("SELECT count(*) FROM division_responses")
    for who, org, status in (
        (team.outsider, team.outsider_org, 403),  # a partner whose organisation is not on the team
        (foreign, foreign_org, 403),  # another municipality's partner
        (resident, team.orgs[0], 403),  # a resident
        (team.staff, team.orgs[0], 403),  # staff do not answer for partners
    ):
        async with browser(started_app, who["email"]) as client:
            refused = await client.post(respond, json={"organisationId": str(org), "position": "consent"})
            assert refused.status_code == status, (who, refused.text)
            blocked = await client.post(
                f"{path}/finalisations", json={"proposalId": v1["id"], "legalBasis": WOO}
            )
            assert blocked.status_code in (403, 409) if who is team.staff else blocked.status_code == 403
    assert await db.fetchval("SELECT count(*) FROM division_responses") == before


async def test_two_finalising_at_once_grant_once(started_app: Litestar, db: Database, team: Team) -> None:
    async with browser(started_app, team.staff["email"]) as staff:
        round_ = await _open(staff, team)
        path = f"/api/v1/budget-rounds/{round_['id']}"
        v1 = (await _ok(await staff.post(f"{path}/proposals", json={"lines": _lines(team)}), 201))[
            "proposals"
        ][0]
        for partner, org in zip(team.partners, team.orgs, strict=True):
            async with browser(started_app, partner["email"]) as client:
                await _ok(
                    await client.post(
                        f"/api/v1/division-proposals/{v1['id']}/responses",
                        json={"organisationId": str(org), "position": "consent"},
                    )
                )
        other = await person(db, municipality_id=team.town["id"], role="medewerker")
        async with browser(started_app, other["email"]) as colleague:
            body = {"proposalId": v1["id"], "legalBasis": WOO}
            answers = await asyncio.gather(
                staff.post(f"{path}/finalisations", json=body),
                colleague.post(f"{path}/finalisations", json=body),
            )
    assert sorted(a.status_code for a in answers) == [200, 409]
    assert next(a for a in answers if a.status_code == 409).json()["code"] == "already_finalised"
    assert await db.fetchval("SELECT granted_cents FROM budgets WHERE id = $1", team.budget_id) == 500_000
    assert await db.fetchval("SELECT count(*) FROM budget_claims WHERE budget_id = $1", team.budget_id) == 2
    assert (
        await db.fetchval(
            "SELECT count(*) FROM ledger_entries WHERE budget_id = $1 AND kind = 'grant'", team.budget_id
        )
        == 2
    )


async def test_the_money_must_still_be_open_when_finalising(
    started_app: Litestar, db: Database, team: Team
) -> None:
    """What was open at the proposal may be granted elsewhere since: finalising refuses, and grants nothing."""
    async with browser(started_app, team.staff["email"]) as staff:
        round_ = await _open(staff, team)
        path = f"/api/v1/budget-rounds/{round_['id']}"
        v1 = (await _ok(await staff.post(f"{path}/proposals", json={"lines": _lines(team)}), 201))[
            "proposals"
        ][0]
        second = await _open(staff, team)
        v2 = (
            await _ok(
                await staff.post(
                    f"/api/v1/budget-rounds/{second['id']}/proposals",
                    json={"lines": _lines(team, 600_000, 100_000)},
                ),
                201,
            )
        )["proposals"][0]
        for proposal in (v1, v2):
            for partner, org in zip(team.partners, team.orgs, strict=True):
                async with browser(started_app, partner["email"]) as client:
                    await _ok(
                        await client.post(
                            f"/api/v1/division-proposals/{proposal['id']}/responses",
                            json={"organisationId": str(org), "position": "consent"},
                        )
                    )
        await _ok(
            await staff.post(
                f"/api/v1/budget-rounds/{second['id']}/finalisations",
                json={"proposalId": v2["id"], "legalBasis": WOO},
            )
        )
        refused = await staff.post(f"{path}/finalisations", json={"proposalId": v1["id"], "legalBasis": WOO})
        assert refused.status_code == 409
        assert refused.json()["code"] == "budget_exceeded"
    assert await db.fetchval("SELECT granted_cents FROM budgets WHERE id = $1", team.budget_id) == 700_000
    assert await db.fetchval("SELECT status FROM budget_rounds WHERE id = $1", round_["id"]) == "open"
