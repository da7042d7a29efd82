"""A full meeting under a crowd: the places and the waiting list hold with every request at once.

A hundred residents register at the same moment for twenty places, each request through the real
app in its own transaction; then residents with a place cancel, one by one and all at once, and each
cancellation moves exactly one person up, in order of arrival.
"""

import asyncio
from contextlib import AsyncExitStack
from typing import Any

import httpx
from litestar import Litestar

from api.db.connection import Database
from tests.identities import browser, person, session_of
from tests.integration.meetings.conftest import Town, plan

CROWD = 100
PLACES = 20


async def _counts(db: Database, meeting_id: Any) -> dict[str, int]:
    rows = await db.fetch(
        "SELECT status, count(*) AS n FROM meeting_registrations WHERE meeting_id = $1 GROUP BY status",
        meeting_id,
    )
    return {row["status"]: row["n"] for row in rows}


async def test_a_hundred_at_once_for_twenty_places(started_app: Litestar, db: Database, town: Town) -> None:
    async with browser(started_app, town.staff["email"]) as staff:
        meeting = await plan(staff, town.opgave["id"], capacity=PLACES)
    people = [await person(db) for _ in range(CROWD)]
    async with AsyncExitStack() as stack:
        clients: list[httpx.AsyncClient] = [
            await stack.enter_async_context(session_of(started_app, db, p["id"])) for p in people
        ]
        start = asyncio.Event()

        async def register(client: httpx.AsyncClient) -> httpx.Response:
            await start.wait()
            return await client.post(f"/api/v1/meetings/{meeting['id']}/registrations")

        tasks = [asyncio.create_task(register(c)) for c in clients]
        start.set()
        answers = await asyncio.gather(*tasks)
        assert all(a.status_code == 201 for a in answers), [a.text for a in answers if a.status_code != 201][
            :3
        ]
        statuses = [a.json()["status"] for a in answers]
        assert statuses.count("registered") == PLACES
        assert statuses.count("waiting") == CROWD - PLACES
        # The waiting list is in order of arrival: positions 1..80, each once.
        assert sorted(
            a.json()["waitingPosition"] for a in answers if a.json()["status"] == "waiting"
        ) == list(range(1, CROWD - PLACES + 1))
        assert await _counts(db, meeting["id"]) == {"registered": PLACES, "waiting": CROWD - PLACES}
        assert (
            await db.fetchval("SELECT registered_count FROM meetings WHERE id = $1", meeting["id"]) == PLACES
        )

        by_id = {a.json()["id"]: client for a, client in zip(answers, clients, strict=True)}
        placed = [a.json()["id"] for a in answers if a.json()["status"] == "registered"]
        queue = await db.fetch(
            "SELECT account_id FROM meeting_registrations WHERE meeting_id = $1 AND status = 'waiting' ORDER BY position",
            meeting["id"],
        )
        # One by one: each cancellation moves exactly the first in line up.
        for n, registration_id in enumerate(placed[:5], start=1):
            assert (
                await by_id[registration_id].delete(f"/api/v1/registrations/{registration_id}")
            ).status_code == 204
            assert await _counts(db, meeting["id"]) == {
                "registered": PLACES,
                "waiting": CROWD - PLACES - n,
                "cancelled": n,
            }
            moved = await db.fetchval(
                "SELECT status FROM meeting_registrations WHERE meeting_id = $1 AND account_id = $2 AND status <> 'cancelled'",
                meeting["id"],
                queue[n - 1]["account_id"],
            )
            assert moved == "registered"

        # All at once: ten cancellations move ten up, no more and no fewer.
        batch = placed[5:15]
        gone = await asyncio.gather(*(by_id[r].delete(f"/api/v1/registrations/{r}") for r in batch))
        assert [g.status_code for g in gone] == [204] * len(batch)
        assert await _counts(db, meeting["id"]) == {
            "registered": PLACES,
            "waiting": CROWD - PLACES - 15,
            "cancelled": 15,
        }
        assert (
            await db.fetchval("SELECT registered_count FROM meetings WHERE id = $1", meeting["id"]) == PLACES
        )
        first_fifteen = {row["account_id"] for row in queue[:15]}
        now_placed = {
            row["account_id"]
            for row in await db.fetch(
                "SELECT account_id FROM meeting_registrations WHERE meeting_id = $1 AND status = 'registered'",
                meeting["id"],
            )
        }
        assert first_fifteen <= now_placed
