"""The scenarios wrk drives, and running wrk on one of them.

Each scenario is one function in lua/samenspel.lua; this module writes the Lua table it reads
(the dataset's shape, the cursor of page 500, the mix) and turns wrk's closing line into numbers.
"""

import json
import os
import subprocess
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import asyncpg

from api.domains.proposals.schemas import ProposalSort
from api.lib.pagination import encode_cursor
from bench import ids
from bench.sizes import ORGANISATIONS_PER_MUNICIPALITY, PERSONAS, TEAM_PARTNERS, Sizes

LUA = Path(__file__).parent / "lua" / "samenspel.lua"
READS = ("list_opgaven", "get_opgave", "proposals_page_1", "proposals_page_500")
WRITES = ("submit_proposal", "support", "claim")
# 80 % reads, 15 % supports and comments, 5 % claims (cumulative weights).
MIX = (
    ("list_opgaven", 15),
    ("get_opgave", 35),
    ("proposals_page_1", 60),
    ("get_proposal", 80),
    ("support", 90),
    ("comment", 95),
    ("claim", 100),
)


@dataclass(frozen=True)
class Result:
    """What wrk measured for one scenario against one server."""

    requests: int
    seconds: float
    p50_ms: float
    p90_ms: float
    p99_ms: float
    max_ms: float
    errors: dict[str, int]
    statuses: dict[str, int]

    @property
    def rps(self) -> float:
        return self.requests / self.seconds if self.seconds else 0.0

    @property
    def failed(self) -> int:
        """Requests without a 2xx answer, and socket errors."""
        bad = sum(n for status, n in self.statuses.items() if not status.startswith("2"))
        return bad + sum(self.errors.values()) - self.errors.get("status", 0)


async def page_cursor(dsn: str, page: int) -> tuple[str, int]:
    """The cursor that opens ``page`` of opgave 0's proposals (newest first), and the page it opens."""
    connection = await asyncpg.connect(dsn)
    try:
        total = await connection.fetchval(
            "SELECT count(*) FROM proposals WHERE opgave_id = $1", ids.uid(ids.OPGAVE, 0)
        )
        page = max(2, min(page, total // 20))
        row = await connection.fetchrow(
            """SELECT created_at, id FROM proposals WHERE opgave_id = $1
               ORDER BY created_at DESC, id DESC OFFSET $2 LIMIT 1""",
            ids.uid(ids.OPGAVE, 0),
            (page - 1) * 20 - 1,
        )
    finally:
        await connection.close()
    assert row is not None
    return encode_cursor((ProposalSort.NEWEST.value, row["created_at"], row["id"])), page


def _lua(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int | float):
        return repr(value)
    if isinstance(value, str):
        return json.dumps(value)
    if isinstance(value, list | tuple):
        return "{" + ", ".join(_lua(v) for v in value) + "}"
    if isinstance(value, dict):
        return "{" + ", ".join(f"{k} = {_lua(v)}" for k, v in value.items()) + "}"
    raise TypeError(type(value))


def write_config(
    path: Path, scenario: str, sizes: Sizes, port: int, cursor_500: str, *, threads: int, seed: int
) -> None:
    config = {
        "scenario": scenario,
        "prefix": "/api/v1",
        "origin": f"http://127.0.0.1:{port}",
        "seed": seed,
        "threads": threads,
        "personas": PERSONAS,
        "municipalities": sizes.municipalities,
        "organisations_per_municipality": ORGANISATIONS_PER_MUNICIPALITY,
        "team": TEAM_PARTNERS,
        "proposals": sizes.proposals,
        "tasks": sizes.tasks,
        "published": [j for j in range(sizes.opgaven) if sizes.published(j)],
        "open": sizes.open_opgaven(),
        "cursor_500": cursor_500,
        "claim_start": 0,
        "count_statuses": True,
        "mix": [list(entry) for entry in MIX],
    }
    path.write_text("return " + _lua(config) + "\n")


def run_wrk(config: Path, port: int, *, connections: int, threads: int, seconds: int, log: Path) -> Result:
    """wrk against the server on ``port`` for ``seconds``; its own timeout bounds every request."""
    command = [
        "wrk", f"-t{threads}", f"-c{connections}", f"-d{seconds}s", "--timeout", "10s",
        "-s", str(LUA), f"http://127.0.0.1:{port}",
    ]  # fmt: skip
    done = subprocess.run(
        command,
        env={**os.environ, "BENCH_CONFIG": str(config)},
        capture_output=True,
        text=True,
        timeout=seconds + 60,
        check=False,
    )
    with log.open("a") as out:
        out.write(f"$ {' '.join(command)}\n{done.stdout}{done.stderr}\n")
    line = next((x for x in done.stdout.splitlines() if x.startswith("BENCH_RESULT ")), None)
    if line is None:
        raise RuntimeError(f"wrk gave no result (exit {done.returncode}): {done.stderr[-500:]}")
    raw = json.loads(line.removeprefix("BENCH_RESULT "))
    return Result(
        requests=raw["requests"],
        seconds=raw["duration_us"] / 1e6,
        p50_ms=raw["p50_us"] / 1000,
        p90_ms=raw["p90_us"] / 1000,
        p99_ms=raw["p99_us"] / 1000,
        max_ms=raw["max_us"] / 1000,
        errors=raw["errors"],
        statuses=raw["statuses"],
    )
