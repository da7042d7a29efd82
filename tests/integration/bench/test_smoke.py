"""The benchmark's tooling at the smallest scale: it loads, its counts agree, its statements run.

The load run itself (wrk, servers, pgbench) is ``python -m bench run``: far too slow for a test.
"""

import asyncio
import re
from typing import Any

import asyncpg
import pytest

from api.db.connection import asyncpg_dsn
from api.db.migrate import upgrade
from bench import ids
from bench.database import recreate, with_database
from bench.dataset import load, verify_counts
from bench.pgbench import Script, limits, scripts
from bench.report import markdown
from bench.sizes import PERSONAS, Sizes
from bench.workload import page_cursor, write_config

SCALE = 0.0001


@pytest.fixture(scope="module")
def bench_url(server_url: str, worker_id: str) -> str:
    name = f"bench_smoke_{worker_id}"
    asyncio.run(recreate(server_url, name))
    url = with_database(server_url, name)
    upgrade(url)
    return url


async def test_a_tiny_dataset_loads_with_counts_that_agree_with_its_rows(bench_url: str) -> None:
    sizes = Sizes.of(SCALE)
    dsn = asyncpg_dsn(bench_url)
    indexes = "SELECT indexname, indexdef FROM pg_indexes WHERE schemaname = 'public' ORDER BY 1"
    before = await _fetch(dsn, indexes)
    await load(dsn, sizes)
    # The loader drops and rebuilds plain indexes around the copy: the migrations' set comes back.
    assert await _fetch(dsn, indexes) == before
    assert await verify_counts(dsn) == dict.fromkeys(await verify_counts(dsn), 0)
    connection = await asyncpg.connect(dsn)
    try:
        counted = {
            table: await connection.fetchval(f"SELECT count(*) FROM {table}")
            for table in ("municipalities", "opgaven", "proposals", "tasks", "budget_claims", "sessions")
        }
        hot = await connection.fetchval(
            "SELECT count(*) FROM proposals WHERE opgave_id = $1", ids.uid(ids.OPGAVE, 0)
        )
        # Every statement of pgbench's scripts runs (pgbench variables set to row 0 / persona 0).
        cursor, page = await page_cursor(dsn, 500)
        for script in [*scripts(sizes, cursor).values(), *limits(sizes, cursor).values()]:
            transaction = connection.transaction()
            await transaction.start()
            for statement in _statements(script):
                await connection.execute(statement)
            await transaction.rollback()  # the dataset stays as it was
    finally:
        await connection.close()
    assert counted == {
        "municipalities": sizes.municipalities,
        "opgaven": sizes.opgaven,
        "proposals": sizes.proposals,
        "tasks": sizes.tasks,
        "budget_claims": sizes.budget_claims,
        "sessions": PERSONAS,
    }
    assert hot == sizes.hot_proposals
    assert page == max(2, hot // 20)


async def _fetch(dsn: str, sql: str) -> list[tuple[Any, ...]]:
    connection = await asyncpg.connect(dsn)
    try:
        return [tuple(r) for r in await connection.fetch(sql)]
    finally:
        await connection.close()


def _statements(script: Script) -> list[str]:
    """The SQL of a pgbench script with its variables set: ``-D`` values as literals of unknown type
    (as a bound parameter is), ``\\set`` lines dropped, ``:x`` → 0."""
    sql = [line for line in script.text.splitlines() if line and not line.startswith("\\set")]
    text = "\n".join(sql).replace(" \\gset", ";")
    for name in sorted(script.defines, key=len, reverse=True):
        text = text.replace(f":{name}", "'" + script.defines[name].replace("'", "''") + "'")
    text = text.replace(":new_id::uuid", f"'{ids.uid(ids.PROPOSAL, 0)}'::uuid")
    text = re.sub(r":([a-z])\b", "0", text)
    return [s.strip() for s in text.split(";\n") if s.strip() and s.strip() not in ("BEGIN", "END;", "END")]


def test_the_wrk_config_and_the_report_render(tmp_path: Any) -> None:
    path = tmp_path / "config.lua"
    write_config(path, "mixed", Sizes.of(SCALE), 8299, "abc", threads=1, seed=1)
    text = path.read_text()
    assert text.startswith("return {")
    assert 'scenario = "mixed"' in text
    assert "open = {" in text
    result = {"rps": 100.0, "p50_ms": 1.0, "p99_ms": 3.0, "peak_rss_mib": 120.0, "failed": 0,
              "cpu_ms_per_request": 0.5, "load_before": 1.0}  # fmt: skip
    report = {
        "started": "now",
        "options": {
            "scale": SCALE,
            "duration": 1,
            "wrk_threads": 1,
            "connections": 8,
            "pool": 4,
            "workers": 1,
        },
        "machine": {"cpus": 2},
        "load_at_start": [1.0],
        "load_at_end": [1.0],
        "servers": {"app": "granian", "floor": "granian"},
        "page_500_is_page": 2,
        "results": {"support": {"app": result, "floor": {**result, "rps": 150.0}}},
    }
    table = markdown(report)
    assert "| support | 100 | 150 | – | – | 67% | – |" in table
    assert "| met |" in table
