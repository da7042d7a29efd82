"""PostgreSQL alone: pgbench running the statements the endpoints run, at the pool's concurrency.

The reads are the app's own statements (built by the same functions) with their parameters written
in; the writes are the statements of the write paths, with rows picked by pgbench's ``random``.
"""

import json
import shutil
import statistics
import subprocess
import tempfile
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any
from uuid import UUID

from api.domains.opgaven.queries import _ONE, OpgaveFilter
from api.domains.opgaven.queries import list_statement as opgaven_statement
from api.domains.opgaven.schemas import OpgaveSort
from api.domains.proposals.queries import ProposalFilter
from api.domains.proposals.queries import list_statement as proposals_statement
from api.domains.proposals.schemas import ProposalSort
from api.domains.tasks.claims import _TAKE_PLACE
from api.lib.pagination import decode_cursor
from api.lib.visibility import Viewer
from bench import ids
from bench.sizes import PERSONAS, Sizes

ANONYMOUS = Viewer(account_id=None, staff_in=())


def _literal(value: Any) -> str:
    if value is None:
        return "NULL"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, UUID):
        return f"'{value}'::uuid"
    if isinstance(value, datetime):
        return f"'{value.isoformat()}'::timestamptz"
    if isinstance(value, list):
        return "'{" + ",".join(str(v) for v in value) + "}'::uuid[]"
    return "'" + str(value).replace("'", "''") + "'"


def inline(sql: str, args: list[Any] | tuple[Any, ...], given: dict[int, str] | None = None) -> str:
    """``sql`` with its ``$n`` parameters written in (highest first, so $1 never eats $10)."""
    given = given or {}
    for n in range(len(args), 0, -1):
        sql = sql.replace(f"${n}", given.get(n) or _literal(args[n - 1]))
    return " ".join(sql.split()) + ";"


def scripts(sizes: Sizes, cursor_500: str) -> dict[str, str]:
    """pgbench scripts per endpoint."""
    hot = ids.uid(ids.OPGAVE, 0)
    after = decode_cursor(cursor_500, (str, datetime, UUID))
    assert after is not None
    opgave = ids.sql_uid(ids.OPGAVE, ":j")
    proposal = ids.sql_uid(ids.PROPOSAL, ":k")
    account = ids.sql_uid(ids.ACCOUNT, ":a")
    task = ids.sql_uid(ids.TASK, ":t")
    pick_opgave = (
        f"\\set j random(0, {sizes.opgaven - 1})\n\\set j case when :j % 20 = 19 then :j - 1 else :j end\n"
    )
    pick_proposal = (
        f"\\set k random(0, {sizes.proposals - 1})\n\\set k case when :k % 100 = 99 then :k - 1 else :k end\n"
    )
    pick_account = f"\\set a random(0, {PERSONAS - 1})\n"
    return {
        "list_opgaven": inline(*opgaven_statement(OpgaveFilter(), OpgaveSort.NEWEST, None, 20)) + "\n",
        "get_opgave": pick_opgave + inline(_ONE, [None, None], {1: opgave}) + "\n",
        "proposals_page_1": inline(
            *proposals_statement(ProposalFilter(opgave_id=hot), ANONYMOUS, ProposalSort.NEWEST, None, 20)
        )
        + "\n",
        "proposals_page_500": inline(
            *proposals_statement(ProposalFilter(opgave_id=hot), ANONYMOUS, ProposalSort.NEWEST, after[1:], 20)
        )
        + "\n",
        "support": pick_proposal
        + pick_account
        + "BEGIN;\n"
        + "WITH added AS (INSERT INTO supports (id, municipality_id, proposal_id, account_id) "
        f"SELECT gen_random_uuid(), p.municipality_id, p.id, {account} FROM proposals p WHERE p.id = {proposal} "
        "ON CONFLICT (proposal_id, account_id) DO NOTHING RETURNING 1) "
        f"SELECT support_count + (SELECT count(*) FROM added) FROM proposals WHERE id = {proposal};\nEND;\n",
        "submit_proposal": pick_account
        + pick_opgave
        + "BEGIN;\n"
        + "INSERT INTO proposals (id, municipality_id, opgave_id, title, body, body_text, author_id) "
        f"SELECT gen_random_uuid(), o.municipality_id, o.id, 'Idee uit pgbench', '<p>buurt groen samen</p>', "
        f"'buurt groen samen', {account} FROM opgaven o WHERE o.id = {opgave} RETURNING id AS new_id \\gset\n"
        "SELECT id, title, support_count FROM proposals WHERE id = :new_id::uuid;\nEND;\n",
        "claim": f"\\set t random(0, {sizes.tasks - 1})\n"
        + pick_account
        + "BEGIN;\n"
        + "INSERT INTO task_claims (id, municipality_id, task_id, organisation_id, claimed_by_id) "
        f"SELECT gen_random_uuid(), t.municipality_id, t.id, m.organisation_id, {account} FROM tasks t "
        "JOIN opgave_members m ON m.opgave_id = t.opgave_id AND m.organisation_id IS NOT NULL "
        f"WHERE t.id = {task} ORDER BY random() LIMIT 1 "
        "ON CONFLICT (task_id, organisation_id) WHERE released_at IS NULL DO NOTHING;\n"
        + inline(_TAKE_PLACE, [None], {1: task})
        + "\nEND;\n",
    }


@dataclass(frozen=True)
class PgbenchResult:
    tps: float
    p50_ms: float
    p99_ms: float
    failed: int


def pgbench_path(bin_dir: Path | None) -> str:
    if bin_dir is not None and (bin_dir / "pgbench").exists():
        return str(bin_dir / "pgbench")
    found = shutil.which("pgbench")
    if found is None:
        raise RuntimeError("pgbench not found (it comes with the embedded PostgreSQL, or postgresql-client)")
    return found


def run_pgbench(
    binary: str, dsn_parts: dict[str, str], script: str, *, clients: int, seconds: int, log: Path
) -> PgbenchResult:
    """pgbench for ``seconds`` with ``clients`` connections; latency percentiles from its per-transaction log."""
    with tempfile.TemporaryDirectory(prefix="bench-pgbench-") as folder:
        path = Path(folder) / "script.sql"
        path.write_text(script)
        Path(folder).chmod(0o777)
        command = [
            binary, "-n", "-M", "prepared", "-c", str(clients), "-j", "1", "-T", str(seconds),
            "-f", str(path), "-l", "--log-prefix", str(Path(folder) / "tx"),
            "-h", dsn_parts["host"], "-U", dsn_parts["user"], dsn_parts["database"],
        ]  # fmt: skip
        done = subprocess.run(command, capture_output=True, text=True, timeout=seconds + 60, check=False)
        with log.open("a") as out:
            out.write(f"$ {' '.join(command)}\n{script}\n{done.stdout}{done.stderr}\n")
        latencies: list[float] = []
        for file in Path(folder).glob("tx*"):
            for line in file.read_text().splitlines():
                fields = line.split()
                latencies.append(int(fields[2]) / 1000)
        tps = next(
            (float(x.split("=")[1].split()[0]) for x in done.stdout.splitlines() if x.startswith("tps =")),
            0.0,
        )
        failed = next(
            (int(x.split(":")[1].split()[0]) for x in done.stdout.splitlines() if "failed transactions" in x),
            0,
        )
    if len(latencies) < 2:
        raise RuntimeError(f"pgbench ran nothing: {done.stderr[-800:]}")
    cuts = statistics.quantiles(latencies, n=100)
    return PgbenchResult(tps=tps, p50_ms=cuts[49], p99_ms=cuts[98], failed=failed)


def dsn_parts(url: str) -> dict[str, str]:
    from sqlalchemy.engine import make_url

    parsed = make_url(url)
    return {
        "host": str(parsed.query.get("host") or parsed.host or "localhost"),
        "user": parsed.username or "postgres",
        "database": parsed.database or "postgres",
    }


def describe(result: PgbenchResult) -> str:
    return json.dumps(result.__dict__)
