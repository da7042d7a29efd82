"""The timeline is rendered when it is read, from the opgave's events and its objects as they are
now: a renamed task shows its new name, a hidden idea its place but not its words. Milestones
written before the events existed still show, once."""

from datetime import UTC, datetime
from typing import Any

import httpx
from litestar import Litestar

from api.db.connection import Database
from api.lib.ids import new_id
from tests.identities import browser
from tests.integration.opgaven.conftest import Town

IDEA = "Een moestuin achter het stadskantoor"


async def _timeline(client: httpx.AsyncClient, opgave_id: str) -> list[dict[str, Any]]:
    response = await client.get(f"/api/v1/opgaven/{opgave_id}/timeline", params={"limit": 100})
    assert response.status_code == 200, response.text
    return list(response.json()["items"])


async def test_the_timeline_shows_things_as_they_are_now(
    started_app: Litestar, db: Database, town: Town
) -> None:
    async with (
        browser(started_app, town.regisseur["email"]) as staff,
        browser(started_app, town.inwoner["email"]) as author,
        browser(started_app) as visitor,
    ):
        created = await staff.post(
            "/api/v1/opgaven",
            json={
                "municipality": town.slug,
                "title": "Groen in de wijk",
                "procesregisseurId": str(town.regisseur["id"]),
                "published": True,
            },
        )
        assert created.status_code == 201, created.text
        opgave_id = created.json()["id"]
        moved = await staff.post(
            f"/api/v1/opgaven/{opgave_id}/phase-transitions", json={"toPhase": "formulating"}
        )
        assert moved.status_code == 201, moved.text
        idea = await author.post(
            f"/api/v1/opgaven/{opgave_id}/proposals", json={"title": IDEA, "body": "<p>Met de buren.</p>"}
        )
        assert idea.status_code == 201, idea.text
        answered = await staff.post(
            f"/api/v1/proposals/{idea.json()['id']}/responses",
            json={"status": "under_review", "text": "We kijken ernaar."},
        )
        assert answered.status_code == 200, answered.text
        task = await staff.post(f"/api/v1/opgaven/{opgave_id}/tasks", json={"title": "Grond zoeken"})
        assert task.status_code == 201, task.text
        path = f"/api/v1/tasks/{task.json()['id']}"

        before = await _timeline(visitor, opgave_id)
        assert [e["kind"] for e in before] == [
            "opgave_created",
            "opgave_published",
            "phase_changed",
            "proposal_answered",
            "task_planned",
        ]
        assert before[2]["details"] == {
            "from": "exploring",
            "to": "formulating",
            "direction": "forward",
            "reason": "",
        }
        assert before[2]["actor"]["displayName"] == "Regisseur"
        assert IDEA in before[3]["title"]
        assert before[4]["title"] == "Taak ‘Grond zoeken’ gepland"

        # Renamed, the task is called by its new name on the timeline; hidden, the idea keeps its
        # place without its words, except for its author and staff (the one rule).
        etag = (await staff.get(path)).headers["etag"]
        renamed = await staff.patch(path, json={"title": "Een stuk grond vinden"}, headers={"If-Match": etag})
        assert renamed.status_code == 200, renamed.text
        hidden = await staff.post(
            "/api/v1/moderation-decisions",
            json={
                "target": {"type": "proposal", "id": idea.json()["id"]},
                "action": "hide",
                "publicReason": "Bevat een adres.",
            },
        )
        assert hidden.status_code == 201, hidden.text
        now = await _timeline(visitor, opgave_id)
        assert [e["id"] for e in now] == [e["id"] for e in before]
        assert now[4]["title"] == "Taak ‘Een stuk grond vinden’ gepland"
        assert IDEA not in str(now)
        assert now[3]["title"] == "De gemeente heeft gereageerd op ‘Verborgen idee’: in behandeling"
        for who in (author, staff):
            assert IDEA in (await _timeline(who, opgave_id))[3]["title"]

        # A milestone written before the events keeps showing; one written in the same transaction
        # as an event (while both were written) shows once, as the event.
        first = await db.fetchrow(
            "SELECT created_at, municipality_id FROM events WHERE opgave_id = $1", opgave_id
        )
        for created_at, title in (
            (datetime(2026, 1, 5, 10, tzinfo=UTC), "Startbijeenkomst in het wijkcentrum"),
            (None, "dubbel"),
        ):
            await db.fetchval(
                """INSERT INTO timeline_events (id, municipality_id, opgave_id, kind, title, created_at)
                   VALUES ($1, $2, $3, 'meeting', $4, coalesce($5::timestamptz, $6))""",
                new_id(),
                first["municipality_id"],
                opgave_id,
                title,
                created_at,
                first["created_at"],
            )
        merged = await _timeline(visitor, opgave_id)
        assert [e["title"] for e in merged][:2] == [
            "Startbijeenkomst in het wijkcentrum",
            "De opgave is aangemaakt.",
        ]
        assert "dubbel" not in str(merged)
        assert len(merged) == len(now) + 1
