"""An opgave's open tasks and policy domains are kept by the writes, also when they race.

The list reads them from the opgave's row (``open_task_count``, ``domain_list``); these tests write
concurrently on many connections and hold the kept values against a recount of the rows.
"""

import asyncio
import contextlib
import random
from typing import Any

import asyncpg
from litestar import Litestar

from api.db.connection import Database
from api.lib.ids import new_id
from tests.factories import municipality, opgave
from tests.identities import browser, person

WRITERS = 12
ROUNDS = 6


async def _kept_and_counted(db: Database, opgave_id: Any) -> tuple[Any, ...]:
    row = await db.fetchrow(
        """SELECT o.open_task_count, o.domain_list,
                  (SELECT count(*) FROM tasks t WHERE t.opgave_id = o.id AND t.status = 'open') AS open_tasks,
                  (SELECT coalesce(jsonb_agg(jsonb_build_object('slug', pd.slug, 'name', pd.name)
                                             ORDER BY pd.name, pd.slug), '[]')
                   FROM opgave_domains od JOIN policy_domains pd ON pd.id = od.domain_id
                   WHERE od.opgave_id = o.id) AS domains
           FROM opgaven o WHERE o.id = $1""",
        opgave_id,
    )
    assert row is not None
    return row["open_task_count"], row["open_tasks"], row["domain_list"], row["domains"]


async def test_open_tasks_kept_by_concurrent_writes_agree_with_a_recount(
    started_app: Litestar, db: Database
) -> None:
    town = await municipality(db)
    regisseur = await person(db, municipality_id=town["id"], role="medewerker")
    work = await opgave(db, town["id"], regisseur["id"])
    statuses = ["open", "in_progress", "done", "cancelled"]

    async def writer(seed: int) -> None:
        rng = random.Random(seed)
        mine: list[Any] = []
        for _ in range(ROUNDS):
            # Two rounds that take the same tasks in another order: one is undone, whole (by the
            # deadlock detector, or on a loaded machine by the statement timeout while it waits).
            with contextlib.suppress(asyncpg.DeadlockDetectedError, asyncpg.QueryCanceledError):
                await one_round(rng, mine)

    async def one_round(rng: random.Random, mine: list[Any]) -> None:
        async with db.transaction() as connection:
            task_id = new_id()
            await connection.execute(
                "INSERT INTO tasks (id, municipality_id, opgave_id, title, status) VALUES ($1, $2, $3, 'Taak', $4)",
                task_id,
                town["id"],
                work["id"],
                rng.choice(["open", "open", "in_progress"]),
            )
            mine.append(task_id)
            # Any task of the opgave, others' too: the same rows change on many connections.
            await connection.execute(
                """UPDATE tasks SET status = $2::text, cancel_reason = CASE WHEN $2::text = 'cancelled' THEN 'Geen tijd' END
                   WHERE id = (SELECT id FROM tasks WHERE opgave_id = $1 ORDER BY random() LIMIT 1)""",
                work["id"],
                rng.choice(statuses),
            )
            if rng.random() < 0.3:
                await connection.execute("DELETE FROM tasks WHERE id = $1", mine.pop(0))
            if rng.random() < 0.3:
                # A write that fails changes nothing, the count included.
                savepoint = connection.transaction()
                await savepoint.start()
                await connection.execute(
                    "UPDATE tasks SET status = 'open', cancel_reason = NULL WHERE opgave_id = $1", work["id"]
                )
                await savepoint.rollback()

    await asyncio.gather(*(writer(n) for n in range(WRITERS)))
    kept, counted, _, _ = await _kept_and_counted(db, work["id"])
    assert kept == counted
    assert counted > 0


async def test_domains_kept_by_concurrent_writes_agree_with_a_recount_and_reach_the_list(
    started_app: Litestar, db: Database
) -> None:
    town = await municipality(db)
    regisseur = await person(db, municipality_id=town["id"], role="medewerker")
    work = await opgave(db, town["id"], regisseur["id"], title="Domeinen in de lijst")
    domains = [
        r["id"]
        for r in await db.fetch("SELECT id FROM policy_domains WHERE municipality_id = $1", town["id"])
    ]
    assert len(domains) >= 4

    async def link(domain_id: Any, linger: float) -> None:
        async with db.transaction() as connection:
            await connection.execute(
                "INSERT INTO opgave_domains (id, municipality_id, opgave_id, domain_id) VALUES ($1, $2, $3, $4)",
                new_id(),
                town["id"],
                work["id"],
                domain_id,
            )
            await asyncio.sleep(linger)  # commit while the others wait on the opgave's row

    await asyncio.gather(*(link(d, 0.05 * n) for n, d in enumerate(domains)))
    kept, _, kept_domains, counted_domains = await _kept_and_counted(db, work["id"])
    assert kept == 0
    assert len(kept_domains) == len(domains)
    assert kept_domains == counted_domains

    # Unlinked and renamed at the same time, on different connections.
    async def unlink(domain_id: Any) -> None:
        async with db.transaction() as connection:
            await connection.execute(
                "DELETE FROM opgave_domains WHERE opgave_id = $1 AND domain_id = $2", work["id"], domain_id
            )
            await asyncio.sleep(0.05)

    async def rename(domain_id: Any) -> None:
        async with db.transaction() as connection:
            await connection.execute(
                "UPDATE policy_domains SET name = 'Aaa hernoemd' WHERE id = $1", domain_id
            )
            await asyncio.sleep(0.05)

    await asyncio.gather(unlink(domains[0]), unlink(domains[1]), rename(domains[2]))
    _, _, kept_domains, counted_domains = await _kept_and_counted(db, work["id"])
    assert kept_domains == counted_domains
    assert kept_domains[0]["name"] == "Aaa hernoemd"
    assert len(kept_domains) == len(domains) - 2

    async with browser(started_app) as visitor:
        response = await visitor.get(f"/api/v1/opgaven?municipality={town['slug']}")
        assert response.status_code == 200, response.text
        (item,) = [i for i in response.json()["items"] if i["id"] == str(work["id"])]
    assert item["domains"] == counted_domains
