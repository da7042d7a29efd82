"""What integrators can do in the municipality's name, and how they keep a copy in step.

A machine client with ``budgets:write`` sets budgets, brings in the municipality's money and decides
on requests; with ``opgaven:write`` it moves an opgave to another phase and runs its team. Without
the scope it gets 403 and nothing changes. ``updatedSince`` gives what changed since a moment.
"""

import asyncio
from datetime import UTC, datetime
from typing import Any

import httpx
from litestar import Litestar

from api.db.connection import Database
from tests.factories import municipality
from tests.identities import browser
from tests.integration.cocreation.conftest import Team, team  # noqa: F401 (the fixture)
from tests.integration.events.conftest import feed, machine_client, settled, submit_idea

WOO = "Subsidieregeling Samen aan de Slag 2027, artikel 4"


async def _ok(response: httpx.Response, status: int) -> dict[str, Any]:
    assert response.status_code == status, response.text
    return dict(response.json()) if response.content else {}


async def test_a_system_decides_on_money_and_phases_in_the_municipalitys_name(
    started_app: Litestar,
    db: Database,
    team: Team,  # noqa: F811
) -> None:
    system = await machine_client(started_app, db, team.town["id"], ["budgets:write", "opgaven:write"])
    reader = await machine_client(started_app, db, team.town["id"], ["budgets:read", "opgaven:read"])
    # Another municipality's system, with every scope: this opgave is not its municipality's (it is
    # public, so it hears 403 rather than 404).
    stranger = await machine_client(
        started_app, db, (await municipality(db))["id"], ["budgets:write", "opgaven:write"]
    )
    opgave_path = f"/api/v1/opgaven/{team.opgave['id']}"
    try:
        async with browser(started_app, team.members["pa"]["email"]) as partner:
            # Without the write scopes: 403 as problem+json, and nothing is made.
            refused = await reader.post(f"{opgave_path}/budgets", json={"title": "Werkbudget"})
            assert refused.status_code == 403
            assert refused.headers["content-type"] == "application/problem+json"
            assert (
                await db.fetchval("SELECT count(*) FROM budgets WHERE opgave_id = $1", team.opgave["id"]) == 0
            )

            budget = await _ok(await system.post(f"{opgave_path}/budgets", json={"title": "Werkbudget"}), 201)
            path = f"/api/v1/budgets/{budget['id']}"
            await _ok(await system.post(f"{path}/contributions", json={"amountCents": 2_000_000}), 201)
            asked = await _ok(
                await partner.post(
                    f"{path}/claims",
                    json={
                        "organisationId": str(team.orgs["a"]),
                        "amountCents": 500_000,
                        "motivation": "Twee jobcoaches.",
                    },
                ),
                201,
            )
            decide = f"/api/v1/budget-claims/{asked['id']}/decisions"
            assert (
                await stranger.post(decide, json={"decision": "grant", "legalBasis": WOO})
            ).status_code == 403
            assert (await stranger.post(f"{path}/contributions", json={"amountCents": 1})).status_code == 403
            assert (
                await reader.post(decide, json={"decision": "grant", "legalBasis": WOO})
            ).status_code == 403
            await _ok(await system.post(decide, json={"decision": "grant", "legalBasis": WOO}), 200)
            granted = await _ok(await system.get(path), 200)
            assert (granted["totalCents"], granted["grantedCents"]) == (2_000_000, 500_000)

            # Phases and the team: the system invites organisation c in the municipality's name.
            moved = await system.post(f"{opgave_path}/phase-transitions", json={"toPhase": "executing"})
            assert moved.status_code == 201, moved.text
            joining = {"role": "partner", "partnerRole": "contributor", "organisationId": str(team.orgs["c"])}
            assert (await reader.post(f"{opgave_path}/members", json=joining)).status_code == 403
            assert (await stranger.post(f"{opgave_path}/members", json=joining)).status_code == 403
            # A person is invited by a medewerker, never by a system.
            by_mail = await system.post(
                f"{opgave_path}/members", json={"role": "resident", "email": "iemand@example.org"}
            )
            assert by_mail.status_code == 400, by_mail.text
            invited = await _ok(await system.post(f"{opgave_path}/members", json=joining), 201)
            assert invited["status"] == "invited"
            member_id = invited["id"]
            assert (
                await reader.patch(f"/api/v1/members/{member_id}", json={"status": "active"})
            ).status_code == 403
            await _ok(await system.patch(f"/api/v1/members/{member_id}", json={"status": "active"}), 200)
            await _ok(await system.delete(f"/api/v1/members/{member_id}"), 204)

        await settled(db)
        kinds = [
            e["type"].removeprefix("nl.samenspel.") for e in await feed(reader, opgave=team.opgave["id"])
        ]
        assert kinds == [
            "budget.created",
            "budget.contribution-added",
            "budget-claim.granted",
            "opgave.phase-changed",
            "opgave.member-added",
            "opgave.member-changed",
            "opgave.member-removed",
        ]
        # Done by a system: no person is named as who did it.
        assert await db.fetchval(
            "SELECT bool_and(actor_id IS NULL) FROM events WHERE opgave_id = $1",
            team.opgave["id"],
        )
    finally:
        await system.aclose()
        await reader.aclose()
        await stranger.aclose()


async def test_updated_since_gives_what_changed(
    started_app: Litestar,
    db: Database,
    team: Team,  # noqa: F811
) -> None:
    opgave_id = team.opgave["id"]
    async with browser(started_app, team.staff["email"]) as staff, browser(started_app) as visitor:
        tasks = [
            await _ok(await staff.post(f"/api/v1/opgaven/{opgave_id}/tasks", json={"title": title}), 201)
            for title in ("Werkgevers bellen", "Folders drukken")
        ]
        await asyncio.sleep(0.01)
        moment = datetime.now(UTC)
        await asyncio.sleep(0.01)
        path = f"/api/v1/tasks/{tasks[1]['id']}"
        etag = (await staff.get(path)).headers["etag"]
        await _ok(await staff.patch(path, json={"title": "Flyers drukken"}, headers={"If-Match": etag}), 200)

        def ids(response: httpx.Response) -> list[str]:
            assert response.status_code == 200, response.text
            return [item["id"] for item in response.json()["items"]]

        since = {"updatedSince": moment.isoformat()}
        assert ids(await visitor.get(f"/api/v1/opgaven/{opgave_id}/tasks", params=since)) == [tasks[1]["id"]]
        assert len(ids(await visitor.get(f"/api/v1/opgaven/{opgave_id}/tasks"))) == 2
        assert ids(await visitor.get(f"/api/v1/opgaven/{opgave_id}/proposals", params=since)) == []
        listed = ids(
            await visitor.get("/api/v1/opgaven", params={**since, "municipality": team.town["slug"]})
        )
        assert str(opgave_id) not in listed
        await db.fetchval("UPDATE opgaven SET updated_at = now() WHERE id = $1", opgave_id)
        listed = ids(
            await visitor.get("/api/v1/opgaven", params={**since, "municipality": team.town["slug"]})
        )
        assert listed == [str(opgave_id)]
        # Without a zone it is UTC; nonsense is a 400 problem.
        naive = {"updatedSince": moment.replace(tzinfo=None).isoformat()}
        assert ids(await visitor.get(f"/api/v1/opgaven/{opgave_id}/tasks", params=naive)) == [tasks[1]["id"]]
        bad = await visitor.get(f"/api/v1/opgaven/{opgave_id}/tasks", params={"updatedSince": "gisteren"})
        assert bad.status_code == 400
        assert bad.headers["content-type"] == "application/problem+json"


async def test_updated_since_leaves_counts_to_the_feed_as_the_spec_says(
    started_app: Litestar,
    db: Database,
    team: Team,  # noqa: F811
) -> None:
    """Counters kept by other rows' writes (support, comments, ideas of an opgave) do not move
    ``updatedAt``: a copy kept with ``updatedSince`` misses them unless it reads ``/events``, and
    the spec says so for each list, naming the fields."""
    opgave_id = team.opgave["id"]
    reader = await machine_client(started_app, db, team.town["id"], ["proposals:read", "opgaven:read"])
    try:
        async with browser(started_app, team.inwoner["email"]) as resident:
            idea = await submit_idea(resident, str(opgave_id))
            await asyncio.sleep(0.01)
            moment = datetime.now(UTC)
            await asyncio.sleep(0.01)
            await _ok(await resident.put(f"/api/v1/proposals/{idea}/support"), 200)
            await _ok(
                await resident.post(f"/api/v1/proposals/{idea}/comments", json={"body": "Goed plan."}), 201
            )
        since = {"updatedSince": moment.isoformat()}
        listed = await _ok(await reader.get(f"/api/v1/opgaven/{opgave_id}/proposals", params=since), 200)
        assert listed["items"] == []
        now = await _ok(await reader.get(f"/api/v1/proposals/{idea}"), 200)
        assert (now["supportCount"], now["commentCount"]) == (1, 1)
        opgaven = await _ok(
            await reader.get("/api/v1/opgaven", params={**since, "municipality": team.town["slug"]}), 200
        )
        assert str(opgave_id) not in [item["id"] for item in opgaven["items"]]
        # The comment is in the feed after that moment; support is not an event (the spec says so).
        await settled(db)
        after = [e["type"] for e in await feed(reader, opgave=opgave_id) if e["time"] >= moment.isoformat()]
        assert after == ["nl.samenspel.comment.posted"]

        spec = (await reader.get("/api/v1/openapi.json")).json()

        def described(path: str) -> str:
            parameters = spec["paths"][path]["get"]["parameters"]
            return str(next(p["description"] for p in parameters if p["name"] == "updatedSince"))

        for path, fields in (
            ("/opgaven/{id}/proposals", ("supportCount", "commentCount", "trendingCount", "/events")),
            ("/opgaven", ("supporterCount", "counts", "/events")),
            ("/opgaven/{id}/tasks", ("claimedCount",)),
        ):
            assert all(f"`{field}`" in described(path) or field in described(path) for field in fields), path
    finally:
        await reader.aclose()
