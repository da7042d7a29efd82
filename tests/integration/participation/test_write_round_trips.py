"""What a write costs in connections and round trips: submitting an idea takes one connection of
the pool and as few statements as its rules allow."""

import asyncio
from collections.abc import AsyncIterator
from typing import Any

from litestar import Litestar

from api.db.connection import Database
from tests.factories import unique
from tests.identities import browser
from tests.integration.participation.conftest import Town
from tests.probes import round_trips


async def test_submitting_an_idea_takes_one_connection_and_few_statements(
    started_app: Litestar, db: Database, town: Town, opgave: dict[str, Any]
) -> None:
    async with browser(started_app, town.inwoner["email"]) as resident:
        # A first write warms what a worker keeps (statement caches, the session's last visit).
        for _ in range(2):
            with round_trips(db) as taken:
                response = await resident.post(
                    f"/api/v1/opgaven/{opgave['id']}/proposals",
                    json={"title": unique("Een bankje"), "body": "<p>Bij de speeltuin.</p>"},
                    headers={"Idempotency-Key": unique("sleutel")},
                )
            assert response.status_code == 201, response.text
    # One connection for the session lookup, the opgave's rules and the write (it was three).
    assert len(taken) == 1, taken
    # The session; the opgave; BEGIN; the Idempotency-Key's lock and lookup; the hourly limit; a
    # posting block; the idea; its event; the read-back; the stored answer; the audit entry; COMMIT.
    assert len(taken[0]) <= 13, taken[0]


async def test_a_body_sent_slowly_holds_no_connection_of_the_pool(
    started_app: Litestar, db: Database, town: Town, opgave: dict[str, Any]
) -> None:
    """A hot write reads its body before it takes its connection: a client that sends slowly (or
    never finishes) must not hold one of the pool's connections while it does."""
    waiting = asyncio.Event()
    go_on = asyncio.Event()
    title = unique("Een bankje")

    async def slowly() -> AsyncIterator[bytes]:
        yield b'{"title": "'
        waiting.set()
        await go_on.wait()
        yield f'{title}", "body": "<p>Bij de speeltuin.</p>"}}'.encode()

    def in_use() -> int:
        return db.pool.get_size() - db.pool.get_idle_size()

    async with browser(started_app, town.inwoner["email"]) as resident:
        before = in_use()
        sending = asyncio.create_task(
            resident.post(
                f"/api/v1/opgaven/{opgave['id']}/proposals",
                content=slowly(),
                headers={"Content-Type": "application/json", "Idempotency-Key": unique("sleutel")},
            )
        )
        try:
            await asyncio.wait_for(waiting.wait(), 10)
            # The request is past its headers and waits for the rest of its body: no connection taken.
            held = in_use() - before
        finally:
            go_on.set()
            response = await asyncio.wait_for(sending, 10)
        assert held == 0
    assert response.status_code == 201, response.text
    assert response.json()["title"] == title
