"""Residents decide how a budget is spent: a ballot from opening to the grants staff confirm."""

from datetime import timedelta
from typing import Any

from litestar import Litestar

from api.db.connection import Database
from api.lib.time import utcnow
from tests.identities import browser, person
from tests.integration.deciding.conftest import POT, Place, ballot_body, open_ballot


async def test_a_ballot_from_opening_to_the_grants(started_app: Litestar, db: Database, place: Place) -> None:
    voters = [await person(db) for _ in range(4)]
    async with browser(started_app, place.staff["email"]) as staff, browser(started_app) as visitor:
        ballot = await open_ballot(staff, place, [300_000, 250_000, 200_000, 100_000])
        assert ballot["status"] == "open"
        assert ballot["acceptingVotes"] is True
        assert ballot["rule"].startswith("Meeste stemmen eerst")
        options = [o["id"] for o in ballot["options"]]
        path = f"/api/v1/ballots/{ballot['id']}"
        # The ballot's amount is set aside from what may be opened again.
        again = await staff.post(
            f"/api/v1/budgets/{place.budget_id}/ballots", json=ballot_body(place, [100], amountCents=POT)
        )
        assert again.status_code == 201, again.text
        choices = [[options[0], options[3]], [options[0], options[2]], [options[1], options[2]], [options[2]]]
        for voter, chosen in zip(voters, choices, strict=True):
            async with browser(started_app, voter["email"]) as resident:
                cast = await resident.put(f"{path}/votes/mine", json={"choices": chosen})
                assert cast.status_code == 200, cast.text
                spent = sum(o["costCents"] for o in ballot["options"] if o["id"] in chosen)
                assert cast.json()["spentCents"] == spent
                assert cast.json()["leftCents"] == 500_000 - spent
        # Before the close nobody sees counts, and there is no result yet.
        seen = (await visitor.get(path)).json()
        assert all(o["votes"] is None for o in seen["options"])
        assert seen["voterCount"] is None
        early = await visitor.get(f"{path}/results")
        assert early.status_code == 409
        assert early.json()["code"] == "not_tallied"

        tallied = await staff.post(f"{path}/tallies")
        assert tallied.status_code == 200, tallied.text
        result = tallied.json()
        # Idea 2: 3 votes, 200k; idea 0: 2 votes, 300k (fits: 500k); idea 1 and 3 (1 vote each): nothing left.
        assert [(r["optionId"], r["votes"], r["funded"]) for r in result["rows"]] == [
            (options[2], 3, True),
            (options[0], 2, True),
            (options[3], 1, False),
            (options[1], 1, False),
        ]
        assert result["voterCount"] == 4
        assert result["fundedCents"] == 500_000
        assert (await visitor.get(f"{path}/results")).json() == result
        assert "account" not in str(result).lower()
        twice = await staff.post(f"{path}/tallies")
        assert twice.status_code == 409
        assert twice.json()["code"] == "already_tallied"
        late = await staff.put(f"{path}/votes/mine", json={"choices": []})
        assert late.status_code == 409
        assert late.json()["code"] == "ballot_closed"

        # The chosen ideas are adopted; their money waits for staff as requested.
        statuses = {
            r["id"]: r["status"]
            for r in await db.fetch(
                "SELECT id, status FROM proposals WHERE id = ANY($1::uuid[])", [i["id"] for i in place.ideas]
            )
        }
        assert statuses[place.ideas[2]["id"]] == statuses[place.ideas[0]["id"]] == "adopted"
        assert statuses[place.ideas[1]["id"]] == "submitted"
        budget = (await visitor.get(f"/api/v1/budgets/{place.budget_id}")).json()
        assert (budget["grantedCents"], budget["requestedCents"]) == (0, 500_000)

        grant = await staff.post(
            f"/api/v1/ballot-options/{options[2]}/decisions",
            json={"decision": "grant", "legalBasis": "Verordening buurtbudgetten 2027, artikel 3"},
        )
        assert grant.status_code == 204, grant.text
        again_grant = await staff.post(
            f"/api/v1/ballot-options/{options[2]}/decisions",
            json={"decision": "grant", "legalBasis": "Nogmaals"},
        )
        assert again_grant.status_code == 409
        assert again_grant.json()["code"] == "already_decided"
        not_chosen = await staff.post(
            f"/api/v1/ballot-options/{options[1]}/decisions",
            json={"decision": "grant", "legalBasis": "Verordening"},
        )
        assert not_chosen.status_code == 409
        reject = await staff.post(
            f"/api/v1/ballot-options/{options[0]}/decisions",
            json={"decision": "reject", "reason": "De locatie is niet beschikbaar."},
        )
        assert reject.status_code == 204, reject.text
        budget = (await visitor.get(f"/api/v1/budgets/{place.budget_id}")).json()
        assert (budget["grantedCents"], budget["requestedCents"]) == (200_000, 0)
        ledger = (await visitor.get(f"/api/v1/budgets/{place.budget_id}/ledger")).json()["items"]
        grants = [e for e in ledger if e["kind"] == "grant"]
        assert len(grants) == 1
        assert grants[0]["amountCents"] == 200_000
        final = (await visitor.get(path)).json()
        awards = {o["id"]: o["award"] for o in final["options"]}
        assert awards == {
            options[0]: "rejected",
            options[1]: "none",
            options[2]: "granted",
            options[3]: "none",
        }
        events = await db.fetch(
            "SELECT type FROM events WHERE opgave_id = $1 AND type LIKE 'nl.samenspel.ballot%' ORDER BY id",
            place.opgave["id"],
        )
        assert [e["type"] for e in events] == [
            "nl.samenspel.ballot.opened",
            "nl.samenspel.ballot.opened",
            "nl.samenspel.ballot.tallied",
            "nl.samenspel.ballot-award.granted",
        ]
        # The opgave's timeline tells the ballot's milestones, rendered from those events.
        timeline = await visitor.get(f"/api/v1/opgaven/{place.opgave['id']}/timeline?limit=100")
        assert timeline.status_code == 200, timeline.text
        milestones = [(e["kind"], e["objectId"], e["title"]) for e in timeline.json()["items"]]
        about_ballot = [m for m in milestones if m[1] == ballot["id"]]
        assert [m[0] for m in about_ballot] == ["ballot_opened", "ballot_tallied"]
        assert about_ballot[0][2].startswith("Inwoners stemmen over € 5.000")
        assert "2 ideeën gekozen, 4 mensen stemden" in about_ballot[1][2]
        granted = [m for m in milestones if m[1] == options[2]]
        assert [m[0] for m in granted] == ["budget_granted"]
        assert place.ideas[2]["title"] in granted[0][2]


async def test_a_vote_stays_within_the_ballot(started_app: Litestar, db: Database, place: Place) -> None:
    resident, unverified = await person(db), await person(db, verified=False)
    async with browser(started_app, place.staff["email"]) as staff:
        knapsack = await open_ballot(staff, place, [300_000, 250_000, 200_000])
        approval = await open_ballot(
            staff, place, [300_000, 250_000, 200_000], method="approval", maxChoices=2
        )
        later = await open_ballot(staff, place, [100_000], opensAt=(utcnow() + timedelta(days=1)).isoformat())
    k = [o["id"] for o in knapsack["options"]]
    a = [o["id"] for o in approval["options"]]

    async def vote(client: Any, ballot: dict[str, Any], choices: list[str]) -> Any:
        return await client.put(f"/api/v1/ballots/{ballot['id']}/votes/mine", json={"choices": choices})

    async with (
        browser(started_app, resident["email"]) as me,
        browser(started_app, unverified["email"]) as doubtful,
    ):
        over = await vote(me, knapsack, [k[0], k[1]])
        assert over.status_code == 400
        assert over.json()["invalidParams"][0]["code"] == "over_budget"
        unknown = await vote(me, knapsack, [a[0]])
        assert unknown.status_code == 400
        assert unknown.json()["invalidParams"][0]["name"] == "choices[0]"
        twice = await vote(me, knapsack, [k[2], k[2]])
        assert twice.status_code == 400
        many = await vote(me, approval, a)
        assert many.status_code == 400
        assert many.json()["invalidParams"][0]["code"] == "too_many"
        early = await vote(me, later, [])
        assert early.status_code == 409
        assert early.json()["code"] == "not_open_yet"
        refused = await vote(doubtful, knapsack, [k[2]])
        assert refused.status_code == 403
        assert refused.json()["code"] == "email_unverified"
        assert (await me.get(f"/api/v1/ballots/{knapsack['id']}/votes/mine")).status_code == 404
        # A changed vote replaces the one before.
        assert (await vote(me, knapsack, [k[0]])).status_code == 200
        changed = await vote(me, knapsack, [k[1], k[2]])
        assert changed.status_code == 200
        assert changed.json()["choices"] == [k[1], k[2]]
        mine = await me.get(f"/api/v1/ballots/{knapsack['id']}/votes/mine")
        assert mine.json()["choices"] == [k[1], k[2]]
        assert mine.json()["leftCents"] == 50_000
        # The personal export shows a person their own ballot.
        exported = (await me.get("/api/v1/me/export")).json()["ballotVotes"]
        assert [(v["ballotId"], v["choices"]) for v in exported] == [(knapsack["id"], [k[1], k[2]])]
    rows = await db.fetchval("SELECT count(*) FROM ballot_votes WHERE ballot_id = $1", knapsack["id"])
    assert rows == 1


async def test_opening_a_ballot_is_checked(started_app: Litestar, db: Database, place: Place) -> None:
    hidden = place.ideas[3]
    await db.fetchval("UPDATE proposals SET hidden = true WHERE id = $1 RETURNING id", hidden["id"])
    async with browser(started_app, place.staff["email"]) as staff:
        url = f"/api/v1/budgets/{place.budget_id}/ballots"
        body = ballot_body(place, [600_000, 100, 100, 100])
        body["options"].append(body["options"][1])
        bad = await staff.post(url, json=body | {"closesAt": body["opensAt"]})
        assert bad.status_code == 400
        codes = {(p["name"], p["code"]) for p in bad.json()["invalidParams"]}
        assert codes == {
            ("closesAt", "before_opening"),
            ("closesAt", "in_the_past"),
            ("options[0].costCents", "exceeds_amount"),
            ("options[3].proposalId", "not_eligible"),
            ("options[4].proposalId", "duplicate"),
        }
        no_max = await staff.post(url, json=ballot_body(place, [100], method="approval"))
        assert no_max.status_code == 400
        assert no_max.json()["invalidParams"][0]["name"] == "maxChoices"
        too_much = await staff.post(url, json=ballot_body(place, [100], amountCents=POT + 1))
        assert too_much.status_code == 409
        assert too_much.json()["code"] == "exceeds_budget"
    assert await db.fetchval("SELECT count(*) FROM ballots WHERE budget_id = $1", place.budget_id) == 0
