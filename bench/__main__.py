"""``python -m bench load | run | fault`` — see bench/README.md."""

import argparse
import asyncio
import json
import logging
import sys
import time

from api.db.connection import asyncpg_dsn
from api.db.migrate import upgrade
from bench import database
from bench.sizes import Sizes

logger = logging.getLogger("bench")


def prepare(scale: float, *, fresh: bool = False) -> tuple[database.Server, str]:
    """The server, and the URL of a database holding the dataset at ``scale`` (loaded if needed)."""
    from bench.dataset import load, verify_counts

    server = database.start_server()
    name = database.database_name(scale)
    url = server.database(name)
    if not fresh and asyncio.run(database.is_complete(server.url, name)):
        logger.info("reusing %s", name)
        return server, url
    started = time.perf_counter()
    asyncio.run(database.recreate(server.url, name))
    upgrade(url)
    timings = asyncio.run(load(asyncpg_dsn(url), Sizes.of(scale)))
    bad = asyncio.run(verify_counts(asyncpg_dsn(url)))
    if any(bad.values()):
        sys.exit(f"the generated counts disagree with their rows: {bad}")
    asyncio.run(database.mark_complete(server.url, name))
    logger.info("loaded %s in %.0f s: %s", name, time.perf_counter() - started, json.dumps(timings))
    return server, url


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench", description=__doc__)
    sub = parser.add_subparsers(dest="command", required=True)
    load = sub.add_parser("load", help="generate the dataset at a scale (1 = the issue's full size)")
    load.add_argument("--scale", type=float, default=0.05)
    load.add_argument("--fresh", action="store_true", help="reload even when the dataset exists")
    run = sub.add_parser("run", help="the benchmark: app and floor per endpoint, pgbench, the table")
    run.add_argument("--scale", type=float, default=0.05)
    run.add_argument("--duration", type=int, default=20, help="seconds per scenario and server")
    run.add_argument("--connections", type=int, default=64)
    run.add_argument("--server", choices=("granian", "uvicorn"), default="granian")
    run.add_argument("--workers", type=int, default=1)
    run.add_argument("--pool", type=int, default=16, help="asyncpg connections per worker")
    run.add_argument("--orm-pool", type=int, default=8, help="SQLAlchemy connections per worker")
    run.add_argument("--only", nargs="*", default=None, help="some scenarios only")
    run.add_argument("--env", nargs="*", default=[], help="KEY=VALUE for the app's environment (experiments)")
    run.add_argument(
        "--out", default=None, help="folder for latest.json and latest.md (default bench/results)"
    )
    fault = sub.add_parser("fault", help="a fault run: restart, sigterm or exhaust (bounded in time)")
    fault.add_argument("kind", choices=("restart", "sigterm", "exhaust"))
    fault.add_argument("--scale", type=float, default=0.01)
    fault.add_argument("--duration", type=int, default=15, help="seconds of load")
    report = sub.add_parser("report", help="render bench/results/latest.md again from latest.json")
    report.add_argument("--out", default=None)
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(name)s %(message)s")
    logging.getLogger("alembic").setLevel(logging.WARNING)
    logging.getLogger("httpx").setLevel(logging.WARNING)
    if args.command == "load":
        _, url = prepare(args.scale, fresh=args.fresh)
        print(url)
    elif args.command == "report":
        from pathlib import Path

        from bench.run import Options, save

        out = Path(args.out) if args.out else Options().out
        print(save(json.loads((out / "latest.json").read_text()), out).read_text())
    elif args.command == "fault":
        from bench import faults

        server, url = prepare(args.scale)
        sizes = Sizes.of(args.scale)
        tmp = database.BENCH_DATA / "faults"
        tmp.mkdir(parents=True, exist_ok=True)
        if args.kind == "restart":
            result = faults.restart(server, url, sizes, args.duration, tmp)
        elif args.kind == "sigterm":
            result = faults.sigterm(url, sizes, args.duration, tmp)
        else:
            result = faults.exhaust(url, sizes, args.duration, tmp)
        print(json.dumps({"fault": args.kind, **result}, indent=2))
        return 0 if result["passed"] else 1
    elif args.command == "run":
        from pathlib import Path

        from bench.run import SCENARIOS, Options, save
        from bench.run import run as run_bench

        options = Options(
            scale=args.scale,
            duration=args.duration,
            connections=args.connections,
            server=args.server,
            workers=args.workers,
            pool=args.pool,
            orm_pool=args.orm_pool,
            scenarios=tuple(args.only) if args.only else SCENARIOS,
            app_env=dict(item.split("=", 1) for item in args.env),
        )
        if args.out:
            options.out = Path(args.out)
        path = save(run_bench(options), options.out)
        print(path.read_text())
    return 0


if __name__ == "__main__":
    sys.exit(main())
