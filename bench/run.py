"""One benchmark run: the app and the floor served side by side, each scenario on both, then pgbench.

Scenarios alternate between the two servers (app, floor, PostgreSQL alone) rather than running all
of one first, so a neighbour's load on a shared machine falls on both sides alike.
"""

import asyncio
import json
import logging
import os
import platform
import time
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

import asyncpg

from api.db.connection import asyncpg_dsn
from bench import database, pgbench
from bench.servers import Running, ServerConfig, postgres_cpu_seconds, serving
from bench.sizes import Sizes
from bench.workload import READS, WRITES, Result, page_cursor, run_wrk, write_config

logger = logging.getLogger("bench.run")

APP_PORT = int(os.environ.get("BENCH_PORT", "8210"))  # the floor on the next one
FLOOR_PORT = APP_PORT + 1
SCENARIOS = (*READS, *WRITES, "mixed")


@dataclass
class Options:
    scale: float = 0.05
    duration: int = 20
    connections: int = 64
    wrk_threads: int = 1
    warmup: int = 3
    server: str = "granian"
    workers: int = 1
    pool: int = 16
    orm_pool: int = 8
    scenarios: tuple[str, ...] = SCENARIOS
    app_env: dict[str, str] = field(default_factory=dict)
    out: Path = Path(__file__).parent / "results"
    seed: int = field(default_factory=lambda: int(time.time()) % 100_000)


async def reset_claims(dsn: str) -> None:
    """Claims from an earlier scenario would make this one's claims 409: start each from none."""
    connection = await asyncpg.connect(dsn)
    try:
        async with connection.transaction():
            await connection.execute("DELETE FROM task_claims")
            await connection.execute(
                "UPDATE tasks SET claimed_count = 0, status = 'open' WHERE claimed_count > 0"
            )
    finally:
        await connection.close()


async def _parent_of_backend(dsn: str) -> int | None:
    connection = await asyncpg.connect(dsn)
    try:
        # Read while the connection is open: its backend process ends with it.
        backend = int(await connection.fetchval("SELECT pg_backend_pid()"))
        try:
            stat = await asyncio.to_thread(Path(f"/proc/{backend}/stat").read_text)
        except OSError:
            return None
        return int(stat.rsplit(")", 1)[1].split()[1])
    finally:
        await connection.close()


def postmaster_of(dsn: str) -> int | None:
    """The PostgreSQL server's main process on this machine (the parent of a backend), or None
    when the server runs elsewhere."""
    return asyncio.run(_parent_of_backend(dsn))


def _pg_cpu(postmaster: int | None) -> float:
    return postgres_cpu_seconds(postmaster) if postmaster else 0.0


def _measure(
    running: Running,
    scenario: str,
    options: Options,
    sizes: Sizes,
    cursor: str,
    tmp: Path,
    dsn: str,
    postmaster: int | None,
) -> dict[str, Any]:
    config = tmp / f"{running.config.app}-{scenario}.lua"
    write_config(
        config, scenario, sizes, running.port, cursor, threads=options.wrk_threads, seed=options.seed
    )
    if scenario in ("claim", "mixed"):
        asyncio.run(reset_claims(dsn))
    load_before = os.getloadavg()[0]
    running.reset_peak()
    cpu_before, pg_before = running.cpu_seconds(), _pg_cpu(postmaster)
    result: Result = run_wrk(
        config,
        running.port,
        connections=options.connections,
        threads=options.wrk_threads,
        seconds=options.duration,
        log=tmp / "wrk.log",
    )
    entry = {
        **asdict(result),
        "rps": result.rps,
        "failed": result.failed,
        "peak_rss_mib": running.peak_mib(),
        "cpu_ms_per_request": (running.cpu_seconds() - cpu_before) * 1000 / max(1, result.requests),
        "pg_cpu_ms_per_request": (_pg_cpu(postmaster) - pg_before) * 1000 / max(1, result.requests),
        "load_before": load_before,
        "load_after": os.getloadavg()[0],
    }
    logger.info(
        "%-6s %-20s %7.0f req/s  p50 %6.1f ms  p99 %6.1f ms  %s  rss %.0f MiB  cpu %.2f ms/req  load %.1f",
        running.config.app, scenario, result.rps, result.p50_ms, result.p99_ms, result.statuses,
        running.peak_mib(), entry["cpu_ms_per_request"], load_before,
    )  # fmt: skip
    return entry


def _warm(running: Running, options: Options, sizes: Sizes, cursor: str, tmp: Path) -> None:
    config = tmp / f"{running.config.app}-warm.lua"
    write_config(config, "mixed", sizes, running.port, cursor, threads=1, seed=options.seed)
    run_wrk(config, running.port, connections=16, threads=1, seconds=options.warmup, log=tmp / "wrk.log")


def run(options: Options) -> dict[str, Any]:
    from bench.__main__ import prepare

    server, url = prepare(options.scale)
    dsn = asyncpg_dsn(url)
    sizes = Sizes.of(options.scale)
    cursor, page = asyncio.run(page_cursor(dsn, 500))
    tmp = database.BENCH_DATA / "run"
    tmp.mkdir(parents=True, exist_ok=True)
    app_config = ServerConfig(
        "app", options.server, options.workers, options.pool, options.orm_pool, extra_env=options.app_env
    )
    floor_config = ServerConfig("floor", options.server, options.workers, options.pool)
    report: dict[str, Any] = {
        "started": time.strftime("%Y-%m-%d %H:%M:%S %Z"),
        "options": {k: str(v) if isinstance(v, Path) else v for k, v in asdict(options).items()},
        "machine": {
            "cpus": os.cpu_count(),
            "platform": platform.platform(),
            "python": platform.python_version(),
        },
        "load_at_start": os.getloadavg(),
        "sizes": asdict(sizes),
        "page_500_is_page": page,
        "servers": {"app": app_config.describe(), "floor": floor_config.describe()},
        "results": {},
    }
    binary = pgbench.pgbench_path(server.bin_dir)
    scripts = pgbench.scripts(sizes, cursor)
    limits = pgbench.limits(sizes, cursor)
    postmaster = postmaster_of(dsn)

    def bench_sql(scenario: str, script: pgbench.Script) -> dict[str, Any]:
        if scenario == "claim":
            asyncio.run(reset_claims(dsn))
        pg_before = _pg_cpu(postmaster)
        result = pgbench.run_pgbench(
            binary, pgbench.dsn_parts(url), script,
            clients=options.pool * options.workers, seconds=options.duration, log=tmp / "pgbench.log",
        )  # fmt: skip
        transactions = max(1.0, result.tps * options.duration)
        return {
            **asdict(result),
            "pg_cpu_ms_per_request": (_pg_cpu(postmaster) - pg_before) * 1000 / transactions,
        }

    with (
        serving(app_config, url, APP_PORT, tmp / "data", tmp / "app.log") as app,
        serving(floor_config, url, FLOOR_PORT, tmp / "data", tmp / "floor.log") as floor,
    ):
        for running in (app, floor):
            _warm(running, options, sizes, cursor, tmp)
        report["idle_rss_mib"] = {"app": app.peak_mib(), "floor": floor.peak_mib()}
        for scenario in options.scenarios:
            entry: dict[str, Any] = {}
            for running in (app, floor):
                entry[running.config.app] = _measure(
                    running, scenario, options, sizes, cursor, tmp, dsn, postmaster
                )
            if scenario in scripts:
                # The app's statements bound as it binds them, then the cheapest correct ones
                # (a write's statements are their own limit).
                entry["pgbench"] = bench_sql(scenario, scripts[scenario])
                entry["limit"] = (
                    bench_sql(scenario, limits[scenario]) if scenario in pgbench.READS else entry["pgbench"]
                )
                logger.info(
                    "pgbench %-19s %7.0f tps (app SQL)  %7.0f tps (limit)  PG CPU %.2f / %.2f ms",
                    scenario,
                    entry["pgbench"]["tps"],
                    entry["limit"]["tps"],
                    entry["pgbench"]["pg_cpu_ms_per_request"],
                    entry["limit"]["pg_cpu_ms_per_request"],
                )
            report["results"][scenario] = entry
    report["load_at_end"] = os.getloadavg()
    asyncio.run(reset_claims(dsn))
    return report


def save(report: dict[str, Any], out: Path) -> Path:
    from bench.report import markdown

    out.mkdir(parents=True, exist_ok=True)
    (out / "latest.json").write_text(json.dumps(report, indent=2, default=str) + "\n")
    path = out / "latest.md"
    path.write_text(markdown(report))
    return path
