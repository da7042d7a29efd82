"""Every event type, made through the API as people make it, is a valid CloudEvent 1.0 under the
NL GOV profile (checked with the ``cloudevents`` SDK) whose data has the shape the spec documents."""

import re
from datetime import timedelta
from typing import Any

import httpx
import msgspec
from cloudevents.core.formats.json import JSONFormat
from cloudevents.core.v1.event import CloudEvent
from litestar import Litestar

from api.db.connection import Database
from api.domains.events.types import ALL, BY_NAME
from api.lib.time import utcnow
from tests.identities import browser
from tests.integration.cocreation.conftest import Team, team  # noqa: F401 (the fixture)
from tests.integration.events.conftest import feed, settled

REVERSE_DNS = re.compile(r"^[a-z0-9]+(\.[a-z0-9-]+)+$")
WOO = "Subsidieregeling Samen aan de Slag 2027, artikel 4"


async def _ok(response: httpx.Response) -> dict[str, Any]:
    assert response.status_code < 300, response.text
    return dict(response.json()) if response.content else {}


async def _etag(client: httpx.AsyncClient, path: str) -> dict[str, str]:
    return {"If-Match": (await client.get(path)).headers["etag"]}


async def _moderate(staff: httpx.AsyncClient, kind: str, object_id: str) -> None:
    for action in ("hide", "restore"):
        await _ok(
            await staff.post(
                "/api/v1/moderation-decisions",
                json={"target": {"type": kind, "id": object_id}, "action": action, "publicReason": "Proef."},
            )
        )


async def _everything(
    town: Team, staff: httpx.AsyncClient, resident: httpx.AsyncClient, pa: Any, partners: dict[str, Any]
) -> None:
    opgave_path = f"/api/v1/opgaven/{town.opgave['id']}"
    # An opgave of its own: created, published, and a phase on.
    fresh = await _ok(
        await staff.post(
            "/api/v1/opgaven",
            json={
                "municipality": town.town["slug"],
                "title": "Werk dat past",
                "procesregisseurId": str(town.staff["id"]),
                "published": True,
            },
        )
    )
    await _ok(
        await staff.post(f"/api/v1/opgaven/{fresh['id']}/phase-transitions", json={"toPhase": "formulating"})
    )
    # The formulation, an action line, the town.
    proposed = await _ok(
        await staff.post(f"{opgave_path}/formulations", json={"text": "Hoe vinden mensen werk dat past?"})
    )
    await _ok(await staff.post(f"/api/v1/formulations/{proposed['id']}/adoption"))
    await _ok(await staff.post(f"{opgave_path}/action-lines", json={"title": "Vooroordelen verminderen"}))
    member = await _ok(
        await staff.post(
            f"{opgave_path}/members",
            json={"organisationId": str(town.orgs["c"]), "role": "partner", "partnerRole": "contributor"},
        )
    )
    await _ok(await staff.patch(f"/api/v1/members/{member['id']}", json={"partnerRole": "initiator"}))
    await _ok(await staff.delete(f"/api/v1/members/{member['id']}"))
    # Ideas: answered, withdrawn, hidden and shown again.
    idea = await _ok(
        await resident.post(
            f"{opgave_path}/proposals", json={"title": "Een buurtkamer", "body": "<p>Voor werkzoekenden.</p>"}
        )
    )
    await _ok(
        await staff.post(
            f"/api/v1/proposals/{idea['id']}/responses", json={"status": "under_review", "text": "We kijken."}
        )
    )
    await _moderate(staff, "proposal", idea["id"])
    other = await _ok(
        await resident.post(
            f"{opgave_path}/proposals", json={"title": "Een jobcafé", "body": "<p>Elke maand.</p>"}
        )
    )
    path = f"/api/v1/proposals/{other['id']}"
    await _ok(await resident.patch(path, json={"status": "withdrawn"}, headers=await _etag(resident, path)))
    # A comment, hidden and shown again.
    comment = await _ok(await resident.post(f"{opgave_path}/comments", json={"body": "Goed plan."}))
    await _moderate(staff, "comment", comment["id"])
    # Tasks: planned, claimed, released, done; another cancelled.
    task = await _ok(
        await staff.post(f"{opgave_path}/tasks", json={"title": "Werkgevers bellen", "capacity": 2})
    )
    claim = await _ok(
        await pa.post(f"/api/v1/tasks/{task['id']}/claims", json={"organisationId": str(town.orgs["a"])})
    )
    await _ok(await pa.delete(f"/api/v1/claims/{claim['id']}"))
    path = f"/api/v1/tasks/{task['id']}"
    await _ok(await staff.patch(path, json={"status": "in_progress"}, headers=await _etag(staff, path)))
    await _ok(await staff.patch(path, json={"status": "done"}, headers=await _etag(staff, path)))
    dropped = await _ok(await staff.post(f"{opgave_path}/tasks", json={"title": "Folders drukken"}))
    path = f"/api/v1/tasks/{dropped['id']}"
    await _ok(
        await staff.patch(
            path,
            json={"status": "cancelled", "cancelReason": "Niet nodig."},
            headers=await _etag(staff, path),
        )
    )
    # Money: a budget set and changed, a contribution, a grant, a rejection, a withdrawal.
    budget = await _ok(await staff.post(f"{opgave_path}/budgets", json={"title": "Werkbudget"}))
    path = f"/api/v1/budgets/{budget['id']}"
    await _ok(
        await staff.patch(path, json={"title": "Werkbudget Overvecht"}, headers=await _etag(staff, path))
    )
    await _ok(await staff.post(f"{path}/contributions", json={"amountCents": 1_000_000}))
    asks = [
        await _ok(
            await pa.post(
                f"{path}/claims",
                json={
                    "organisationId": str(town.orgs["a"]),
                    "amountCents": 100_000,
                    "motivation": motivation,
                },
            )
        )
        for motivation in ("Twee jobcoaches voor een half jaar.", "Koffie voor de bijeenkomst.")
    ]
    decide = "/api/v1/budget-claims/{}/decisions"
    await _ok(await staff.post(decide.format(asks[0]["id"]), json={"decision": "grant", "legalBasis": WOO}))
    await _ok(
        await staff.post(
            decide.format(asks[0]["id"]), json={"decision": "withdraw", "reason": "Het project stopt."}
        )
    )
    await _ok(
        await staff.post(
            decide.format(asks[1]["id"]), json={"decision": "reject", "reason": "Dat betaalt het buurthuis."}
        )
    )
    # Residents decide: a ballot over the idea opened, a vote, the tally, and the grant confirmed.
    now = utcnow()
    ballot = await _ok(
        await staff.post(
            f"/api/v1/budgets/{budget['id']}/ballots",
            json={
                "title": "Wat doen we met het werkbudget?",
                "method": "knapsack",
                "amountCents": 200_000,
                "opensAt": (now - timedelta(minutes=1)).isoformat(),
                "closesAt": (now + timedelta(days=7)).isoformat(),
                "options": [{"proposalId": idea["id"], "costCents": 150_000}],
            },
        )
    )
    option = ballot["options"][0]["id"]
    await _ok(await resident.put(f"/api/v1/ballots/{ballot['id']}/votes/mine", json={"choices": [option]}))
    await _ok(await staff.post(f"/api/v1/ballots/{ballot['id']}/tallies"))
    await _ok(
        await staff.post(
            f"/api/v1/ballot-options/{option}/decisions", json={"decision": "grant", "legalBasis": WOO}
        )
    )
    # Partners divide the rest together: a round, a proposal, every organisation's response, the finalising.
    round_ = await _ok(
        await staff.post(
            f"/api/v1/budgets/{budget['id']}/rounds",
            json={"title": "Samen verdelen", "respondBy": (now + timedelta(days=7)).isoformat()},
        )
    )
    line = {"organisationId": str(town.orgs["a"]), "amountCents": 100_000, "purpose": "Jobcoaches"}
    proposed = await _ok(
        await staff.post(f"/api/v1/budget-rounds/{round_['id']}/proposals", json={"lines": [line]})
    )
    proposal = proposed["proposals"][0]["id"]
    for organisation in proposed["waitingFor"]:
        key = next(k for k, v in town.orgs.items() if str(v) == organisation)
        await _ok(
            await partners[key].post(
                f"/api/v1/division-proposals/{proposal}/responses",
                json={"organisationId": organisation, "position": "consent"},
            )
        )
    await _ok(
        await staff.post(
            f"/api/v1/budget-rounds/{round_['id']}/finalisations",
            json={"proposalId": proposal, "legalBasis": WOO},
        )
    )
    # Results: a reflection closed and published, an indicator and a measurement.
    moment = await _ok(
        await staff.post(f"{opgave_path}/reflections", json={"title": "Terugblik", "heldOn": "2026-11-15"})
    )
    await _ok(
        await staff.post(
            f"/api/v1/reflections/{moment['id']}/closure",
            json={
                "conclusions": "We gaan vaker de wijk in.",
                "summary": "Vaker de wijk in.",
                "publish": True,
            },
        )
    )
    indicator = await _ok(
        await staff.post(
            f"{opgave_path}/indicators",
            json={
                "name": "Inwoners die werk vinden",
                "kind": "effect",
                "unit": "personen",
                "direction": "higher",
                "baselineValue": 100,
                "baselineDate": "2026-01-01",
                "targetValue": 160,
                "targetDate": "2027-12-31",
                "dataSource": "Werkzoekendenregistratie",
            },
        )
    )
    await _ok(
        await staff.post(
            f"/api/v1/indicators/{indicator['id']}/measurements",
            json={"value": 112, "measuredOn": "2026-06-30", "sourceNote": "CBS"},
        )
    )
    # A meeting planned, its notes recorded afterwards, and then called off.
    meeting = await _ok(
        await staff.post(
            f"{opgave_path}/meetings",
            json={
                "kind": "work_session",
                "title": "Werksessie werkgevers",
                "startsAt": "2027-03-01T19:00:00+01:00",
                "endsAt": "2027-03-01T21:00:00+01:00",
                "capacity": 20,
                "location": "Stadskantoor",
            },
        )
    )
    meeting_path = f"/api/v1/meetings/{meeting['id']}"
    recorded = await staff.patch(
        meeting_path, json={"notes": "Twaalf deelnemers."}, headers=await _etag(staff, meeting_path)
    )
    await _ok(recorded)
    await _ok(
        await staff.patch(
            meeting_path, json={"status": "cancelled"}, headers=await _etag(staff, meeting_path)
        )
    )
    # A quick poll at that meeting, opened and closed.
    poll = await _ok(
        await staff.post(
            f"{opgave_path}/polls",
            json={
                "title": "Hoe was de werksessie?",
                "meetingId": meeting["id"],
                "questions": [
                    {"kind": "scale", "text": "Hoe tevreden bent u?", "scaleMin": 1, "scaleMax": 5}
                ],
            },
        )
    )
    poll_path = f"/api/v1/polls/{poll['id']}"
    for status in ("open", "closed"):
        await _ok(
            await staff.patch(poll_path, json={"status": status}, headers=await _etag(staff, poll_path))
        )


async def test_every_type_is_a_valid_cloud_event_with_its_documented_data(
    started_app: Litestar,
    db: Database,
    team: Team,  # noqa: F811
) -> None:
    async with (
        browser(started_app, team.staff["email"]) as staff,
        browser(started_app, team.inwoner["email"]) as resident,
        browser(started_app, team.members["pa"]["email"]) as pa,
        browser(started_app, team.members["pb"]["email"]) as pb,
        browser(started_app, team.members["pc"]["email"]) as pc,
    ):
        await _everything(team, staff, resident, pa, {"a": pa, "b": pb, "c": pc})
        await settled(db)
        events = await feed(staff)

    ours = [e for e in events if e["source"] == f"urn:nld:gemeente-{team.town['slug']}:samenspel"]
    assert {e["type"] for e in ours} == {t.name for t in ALL}
    for event in ours:
        parsed = JSONFormat().read(CloudEvent, httpx.Response(200, json=event).content)
        assert parsed.get_specversion() == "1.0"
        assert parsed.get_id() == event["id"]
        assert parsed.get_source().startswith("urn:nld:gemeente-")
        assert REVERSE_DNS.match(parsed.get_type()), parsed.get_type()
        assert parsed.get_subject() == event["subject"]
        assert parsed.get_subject().startswith("/api/v1/")
        # The data is exactly what the spec documents for its type: nothing more, nothing missing.
        kind = BY_NAME[event["type"]]
        msgspec.convert(event["data"], kind.data, from_attributes=False)
        assert set(event["data"]) == {f.encode_name for f in msgspec.structs.fields(kind.data)}, event["type"]
        assert str(team.inwoner["id"]) not in str(event)
