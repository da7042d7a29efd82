"""Counters stay HOT-updatable: a support rewrites its opgave's row in place on the page.

Every support adds one to its opgave's ``supporter_count``. If that column were in an index, or the
page had no room, each update would write a new entry into every index of the table (the
full-text one too), and the table and its indexes would grow with every support.
PostgreSQL counts HOT updates per table (``pg_stat_user_tables.n_tup_hot_upd``); the test runs
on a database of its own, so that only its own updates are counted.
"""

import asyncio
from collections.abc import AsyncIterator, Awaitable, Callable

import asyncpg
import pytest

from api.db.connection import Database
from api.lib.ids import new_id
from api.settings import Settings
from tests.content_factories import proposal
from tests.factories import municipality, opgave
from tests.identities import person
from tests.integration.foundation.conftest import one_connection_pool

SUPPORTS = 40


@pytest.fixture(scope="module")
async def pool(settings: Settings, own_database: Callable[[str], Awaitable[str]]) -> AsyncIterator[Database]:
    async with one_connection_pool(settings, await own_database("hot")) as pool:
        yield pool


async def _updates(connection: asyncpg.Connection, table: str) -> tuple[int, int]:
    await connection.execute("SELECT pg_stat_force_next_flush()")
    await connection.execute("SELECT pg_stat_clear_snapshot()")
    row = await connection.fetchrow(
        "SELECT n_tup_upd, n_tup_hot_upd FROM pg_stat_user_tables WHERE relname = $1", table
    )
    assert row is not None
    return row["n_tup_upd"], row["n_tup_hot_upd"]


async def test_supports_update_their_opgave_in_place(pool: Database) -> None:
    town = await municipality(pool)
    regisseur = await person(pool, municipality_id=town["id"], role="medewerker")
    work = await opgave(pool, town["id"], regisseur["id"])
    idea = await proposal(pool, work, regisseur["id"])
    people = [await person(pool, municipality_id=town["id"], role="inwoner") for _ in range(SUPPORTS)]
    async with pool.connection() as connection:
        # An autovacuum of this table holds a snapshot while it runs, and a page cannot be pruned of
        # the versions that snapshot may see: an update meeting a full page then goes elsewhere. That
        # is the machine's timing, not the table's shape, which is what this test is about.
        await connection.execute("ALTER TABLE opgaven SET (autovacuum_enabled = off)")
        updated, hot = await _updates(connection, "opgaven")
        # One support per transaction, as the app writes them: each commits before the next.
        for someone in people:
            await connection.execute(
                "INSERT INTO supports (id, municipality_id, proposal_id, account_id) VALUES ($1, $2, $3, $4)",
                new_id(),
                town["id"],
                idea["id"],
                someone["id"],
            )
        kept = await connection.fetchval("SELECT supporter_count FROM opgaven WHERE id = $1", work["id"])
        # A backend hands its counts to the statistics at its own pace: wait (bounded) until all are in.
        for _ in range(150):
            updated_after, hot_after = await _updates(connection, "opgaven")
            if updated_after - updated >= SUPPORTS and hot_after - hot >= SUPPORTS:
                break
            await asyncio.sleep(0.1)
    assert kept == SUPPORTS
    assert updated_after - updated == SUPPORTS
    assert hot_after - hot == SUPPORTS
