"""What a write costs in connections and round trips: submitting an idea takes one connection of
the pool and as few statements as its rules allow."""

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
