"""PostgreSQL alone: pgbench running the statements the endpoints run, at the pool's concurrency.

Two sets per endpoint, both prepared with their parameters bound, the way asyncpg sends them
(``-M prepared``: pgbench sends each ``:variable`` as a parameter):

- ``scripts``: the app's own statements (built by the same functions), so PostgreSQL plans them as
  it plans the app's (a generic plan, or one per execution where a parameter makes it cheaper);
- ``limits``: the cheapest correct statement for the same rows and fields, plain columns without
  the JSON the app has PostgreSQL build: what PostgreSQL cannot go below. The writes are their
  own limit (one statement per row they must write).

Rows are picked by pgbench's ``random`` (an integer, turned into the deterministic id in SQL).
"""

import json
import shutil
import statistics
import subprocess
import tempfile
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any
from uuid import UUID

from api.domains.opgaven.queries import OpgaveFilter, one
from api.domains.opgaven.queries import list_statement as opgaven_statement
from api.domains.opgaven.schemas import OpgaveSort
from api.domains.proposals.queries import ProposalFilter
from api.domains.proposals.queries import list_statement as proposals_statement
from api.domains.proposals.schemas import ProposalSort
from api.domains.tasks.claims import _TAKE_PLACE
from api.lib.pagination import decode_cursor
from api.lib.visibility import PUBLIC
from bench import ids
from bench.sizes import PERSONAS, Sizes

READS = ("list_opgaven", "get_opgave", "proposals_page_1", "proposals_page_500")


@dataclass(frozen=True)
class Script:
    """A pgbench script and the values of its variables (``-D name=value``)."""

    text: str
    defines: dict[str, str] = field(default_factory=dict)


def _text(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, datetime):
        return value.isoformat()
    if isinstance(value, list):
        return "{" + ",".join(str(v) for v in value) + "}"
    return str(value)


def bound(sql: str, args: list[Any] | tuple[Any, ...], given: dict[int, str] | None = None) -> Script:
    """``sql`` with its ``$n`` parameters as pgbench variables, bound at each execution; ``given``
    replaces some by an SQL expression over pgbench's own variables (a random row)."""
    given = given or {}
    defines: dict[str, str] = {}
    for n in range(len(args), 0, -1):  # highest first, so $1 never eats $10
        if n in given:
            sql = sql.replace(f"${n}", given[n])
        else:
            defines[f"p{n}"] = _text(args[n - 1])
            sql = sql.replace(f"${n}", f":p{n}")
    return Script(" ".join(sql.split()) + ";", defines)


def _then(prefix: str, script: Script) -> Script:
    return Script(prefix + script.text + "\n", script.defines)


def _picks(sizes: Sizes) -> dict[str, str]:
    return {
        "opgave": f"\\set j random(0, {sizes.opgaven - 1})\n\\set j case when :j % 20 = 19 then :j - 1 else :j end\n",
        "proposal": f"\\set k random(0, {sizes.proposals - 1})\n\\set k case when :k % 100 = 99 then :k - 1 else :k end\n",
        "account": f"\\set a random(0, {PERSONAS - 1})\n",
    }


def _writes(sizes: Sizes) -> dict[str, Script]:
    """The statements of the write paths; their values are pgbench variables, so bound too."""
    pick = _picks(sizes)
    opgave = ids.sql_uid(ids.OPGAVE, ":j")
    proposal = ids.sql_uid(ids.PROPOSAL, ":k")
    account = ids.sql_uid(ids.ACCOUNT, ":a")
    task = ids.sql_uid(ids.TASK, ":t")
    return {
        "support": Script(
            pick["proposal"]
            + pick["account"]
            + "BEGIN;\n"
            + "WITH added AS (INSERT INTO supports (id, municipality_id, proposal_id, account_id) "
            f"SELECT gen_random_uuid(), p.municipality_id, p.id, {account} FROM proposals p WHERE p.id = {proposal} "
            "ON CONFLICT (proposal_id, account_id) DO NOTHING RETURNING 1) "
            f"SELECT support_count + (SELECT count(*) FROM added) FROM proposals WHERE id = {proposal};\nEND;\n"
        ),
        "submit_proposal": Script(
            pick["account"]
            + pick["opgave"]
            + "BEGIN;\n"
            + "INSERT INTO proposals (id, municipality_id, opgave_id, title, body, body_text, author_id) "
            f"SELECT gen_random_uuid(), o.municipality_id, o.id, 'Idee uit pgbench', '<p>buurt groen samen</p>', "
            f"'buurt groen samen', {account} FROM opgaven o WHERE o.id = {opgave} RETURNING id AS new_id \\gset\n"
            "SELECT id, title, support_count FROM proposals WHERE id = :new_id::uuid;\nEND;\n"
        ),
        "claim": Script(
            f"\\set t random(0, {sizes.tasks - 1})\n"
            + pick["account"]
            + "BEGIN;\n"
            + "INSERT INTO task_claims (id, municipality_id, task_id, organisation_id, claimed_by_id) "
            f"SELECT gen_random_uuid(), t.municipality_id, t.id, m.organisation_id, {account} FROM tasks t "
            "JOIN opgave_members m ON m.opgave_id = t.opgave_id AND m.organisation_id IS NOT NULL "
            f"WHERE t.id = {task} ORDER BY random() LIMIT 1 "
            "ON CONFLICT (task_id, organisation_id) WHERE released_at IS NULL DO NOTHING;\n"
            + bound(_TAKE_PLACE, [None], {1: task}).text
            + "\nEND;\n"
        ),
    }


def scripts(sizes: Sizes, cursor_500: str) -> dict[str, Script]:
    """pgbench scripts per endpoint: the app's own statements, bound as the app binds them."""
    hot = ids.uid(ids.OPGAVE, 0)
    after = decode_cursor(cursor_500, (str, datetime, UUID))
    assert after is not None
    opgave = ids.sql_uid(ids.OPGAVE, ":j")
    return {
        "list_opgaven": _then("", bound(*opgaven_statement(OpgaveFilter(), OpgaveSort.NEWEST, None, 20))),
        "get_opgave": _then(_picks(sizes)["opgave"], bound(*one(hot, None), {1: opgave})),
        "proposals_page_1": _then(
            "",
            bound(*proposals_statement(ProposalFilter(opgave_id=hot), PUBLIC, ProposalSort.NEWEST, None, 20)),
        ),
        "proposals_page_500": _then(
            "",
            bound(
                *proposals_statement(
                    ProposalFilter(opgave_id=hot), PUBLIC, ProposalSort.NEWEST, after[1:], 20
                )
            ),
        ),
        **_writes(sizes),
    }


# The cheapest correct statements of the reads: the same rows and fields (the hidden-idea rule, the
# names, the counts, the budgets' sums, the domains), as plain columns.
_OPGAVE_COLUMNS = """
o.id, o.slug, o.title, o.summary, o.phase, o.published, o.start_date, o.end_date, o.created_at, o.updated_at,
o.version, o.proposal_count, o.supporter_count, o.member_count, o.open_task_count, o.domain_list,
mu.id, mu.slug, mu.name, b.total, b.granted
"""
_OPGAVE_FROM = """
FROM opgaven o JOIN municipalities mu ON mu.id = o.municipality_id
LEFT JOIN LATERAL (SELECT sum(total_cents) AS total, sum(granted_cents) AS granted
                   FROM budgets WHERE opgave_id = o.id) b ON true
"""
_PROPOSAL_PAGE = """
SELECT p.id, p.opgave_id, p.status, p.support_count, p.comment_count, p.trending_count, p.hidden, p.hidden_reason,
       p.created_at, p.updated_at, CASE WHEN p.hidden THEN 'Verborgen idee' ELSE p.title END,
       CASE WHEN p.hidden THEN '' ELSE p.body END, a.id, a.display_name,
       EXISTS (SELECT 1 FROM role_assignments r WHERE r.account_id = p.author_id
               AND r.municipality_id = p.municipality_id AND r.role IN ('medewerker', 'beheerder')),
       org.id, org.name, al.id, al.title, CASE WHEN p.hidden THEN NULL ELSE p.latitude END,
       CASE WHEN p.hidden THEN NULL ELSE p.longitude END, p.responded_at, p.response_text, p.responded_by_id,
       ARRAY(SELECT tp.task_id FROM task_proposals tp WHERE tp.proposal_id = p.id)
FROM proposals p LEFT JOIN accounts a ON a.id = p.author_id
LEFT JOIN organisations org ON org.id = p.organisation_id LEFT JOIN action_lines al ON al.id = p.action_line_id
WHERE p.opgave_id = :hot {after} ORDER BY p.created_at DESC, p.id DESC LIMIT 21
"""


def limits(sizes: Sizes, cursor_500: str) -> dict[str, Script]:
    """pgbench scripts per endpoint: the cheapest correct statement, bound."""
    after = decode_cursor(cursor_500, (str, datetime, UUID))
    assert after is not None
    hot = {"hot": str(ids.uid(ids.OPGAVE, 0))}
    key = {"after_at": _text(after[1]), "after_id": str(after[2])}
    opgave = ids.sql_uid(ids.OPGAVE, ":j")

    def one_line(sql: str) -> str:
        return " ".join(sql.split()) + ";\n"

    return {
        "list_opgaven": Script(
            one_line(
                f"SELECT {_OPGAVE_COLUMNS} {_OPGAVE_FROM} WHERE o.published AND mu.deactivated_at IS NULL "
                "ORDER BY o.created_at DESC, o.id DESC LIMIT 21"
            )
        ),
        "get_opgave": Script(
            _picks(sizes)["opgave"]
            + one_line(
                f"SELECT {_OPGAVE_COLUMNS}, o.formulation, o.target_group, o.area, o.proposal_phases, r.id, "
                f"r.display_name {_OPGAVE_FROM} LEFT JOIN accounts r ON r.id = o.procesregisseur_id WHERE o.id = {opgave}"
            )
        ),
        "proposals_page_1": Script(one_line(_PROPOSAL_PAGE.format(after="")), hot),
        "proposals_page_500": Script(
            one_line(_PROPOSAL_PAGE.format(after="AND (p.created_at, p.id) < (:after_at, :after_id)")),
            hot | key,
        ),
        **_writes(sizes),
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
    binary: str, dsn_parts: dict[str, str], script: Script, *, clients: int, seconds: int, log: Path
) -> PgbenchResult:
    """pgbench for ``seconds`` with ``clients`` connections; latency percentiles from its per-transaction log."""
    with tempfile.TemporaryDirectory(prefix="bench-pgbench-") as folder:
        path = Path(folder) / "script.sql"
        path.write_text(script.text)
        Path(folder).chmod(0o777)
        command = [
            binary, "-n", "-M", "prepared", "-c", str(clients), "-j", "1", "-T", str(seconds),
            "-f", str(path), "-l", "--log-prefix", str(Path(folder) / "tx"),
            *(f"-D{name}={value}" for name, value in script.defines.items()),
            "-h", dsn_parts["host"], "-U", dsn_parts["user"], dsn_parts["database"],
        ]  # fmt: skip
        done = subprocess.run(command, capture_output=True, text=True, timeout=seconds + 60, check=False)
        with log.open("a") as out:
            out.write(f"$ {' '.join(command)}\n{script.text}\n{done.stdout}{done.stderr}\n")
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
