"""Fault runs, each bounded in time: a database restart, SIGTERM, and an exhausted pool.

``python -m bench fault restart|sigterm|exhaust [--duration N]`` serves the app on loopback against
the bench dataset, applies the fault under load and checks the outcome against RELIABILITY.md:

- restart: PostgreSQL is crash-stopped (``pg_ctl stop -m immediate``) and started again while 20
  clients submit proposals. Every acknowledged proposal must be there afterwards; every ambiguous
  answer (503, reset connection) is retried with the same Idempotency-Key until it resolves, with
  no duplicates; /health/ready must answer 200 within seconds of the database being back.
- sigterm: SIGTERM to the server while 20 clients submit. Every request in flight completes with
  an answer; every proposal in the database has its audit entry and idempotency record (nothing
  half-done); the server exits within its grace period.
- exhaust: a pool of 2 (acquire timeout 1 s) while a lock holds the proposals table and 40 clients
  read: the excess get 503 problem+json with Retry-After within the timeout + 1 s, never a 500,
  never a hang; once the lock goes, reads are served again.
"""

import asyncio
import json
import logging
import signal
import time
import uuid
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import asyncpg
import httpx

from api.db.connection import asyncpg_dsn
from bench import database, ids
from bench.dataset import csrf_token, session_token
from bench.servers import ServerConfig, serving
from bench.sizes import PERSONAS, Sizes

logger = logging.getLogger("bench.faults")
PORT = 8220
TITLE = "Foutproef"
READERS = 40


@dataclass
class Tally:
    """What the clients saw."""

    acknowledged: dict[str, str] = field(default_factory=dict)  # key → proposal id
    retried: set[str] = field(default_factory=set)  # keys that needed more than one attempt
    unresolved: set[str] = field(default_factory=set)
    statuses: dict[str, int] = field(default_factory=dict)
    attempts: list[tuple[float, float, str]] = field(default_factory=list)  # start, end, outcome

    def saw(self, status: str, started: float) -> None:
        self.statuses[status] = self.statuses.get(status, 0) + 1
        self.attempts.append((started, time.monotonic(), status))


def _client(persona: int) -> httpx.AsyncClient:
    origin = f"http://127.0.0.1:{PORT}"
    return httpx.AsyncClient(
        base_url=origin,
        timeout=httpx.Timeout(20.0),
        headers={
            "Cookie": f"__Host-samenspel={session_token(persona)}",
            "X-CSRF-Token": csrf_token(persona),
            "Origin": origin,
        },
    )


async def _submit_until_resolved(
    client: httpx.AsyncClient, opgave: uuid.UUID, tally: Tally, deadline: float, *, retry: bool
) -> None:
    """One logical write: the same key and body until the answer is a decision (2xx or 4xx)."""
    key = f"fault-{uuid.uuid4()}"
    body = {"title": f"{TITLE} {key}", "body": "<p>Een idee tijdens een storing.</p>"}
    while time.monotonic() < deadline + 30:  # an ambiguous write gets 30 s past the load to resolve
        started = time.monotonic()
        try:
            answer = await client.post(
                f"/api/v1/opgaven/{opgave}/proposals", json=body, headers={"Idempotency-Key": key}
            )
        except httpx.TransportError as error:
            tally.saw(type(error).__name__, started)
            if not retry:
                tally.unresolved.add(key)
                await asyncio.sleep(0.1)
                return
            tally.retried.add(key)
            await asyncio.sleep(0.3)
            continue
        tally.saw(str(answer.status_code), started)
        if answer.status_code == 201:
            tally.acknowledged[key] = answer.json()["id"]
            return
        if answer.status_code in (409, 503) or answer.status_code >= 500:
            tally.retried.add(key)
            if not retry:
                tally.unresolved.add(key)
                return
            await asyncio.sleep(0.3)
            continue
        raise RuntimeError(f"unexpected {answer.status_code}: {answer.text[:300]}")
    tally.unresolved.add(key)


async def _writers(
    sizes: Sizes, tally: Tally, seconds: float, *, clients: int = 20, retry: bool = True
) -> None:
    open_opgaven = [ids.uid(ids.OPGAVE, j) for j in sizes.open_opgaven()]
    deadline = time.monotonic() + seconds

    async def writer(n: int) -> None:
        persona = n % PERSONAS
        async with _client(persona) as client:
            while time.monotonic() < deadline:
                opgave = open_opgaven[(n * 7919 + len(tally.acknowledged)) % len(open_opgaven)]
                await _submit_until_resolved(client, opgave, tally, deadline, retry=retry)

    await asyncio.gather(*(writer(n) for n in range(clients)))


async def _check_writes(dsn: str, tally: Tally) -> dict[str, Any]:
    """Acknowledged writes present, no key written twice, every proposal with its audit and key record."""
    connection = await asyncpg.connect(dsn)
    try:
        rows = await connection.fetch(
            "SELECT id, title FROM proposals WHERE title LIKE $1", f"{TITLE} fault-%"
        )
        by_key: dict[str, list[str]] = {}
        for row in rows:
            by_key.setdefault(row["title"].removeprefix(f"{TITLE} "), []).append(str(row["id"]))
        missing = [k for k, pid in tally.acknowledged.items() if pid not in by_key.get(k, [])]
        duplicates = [k for k, found in by_key.items() if len(found) > 1]
        half_done = await connection.fetchval(
            """SELECT count(*) FROM proposals p WHERE p.title LIKE $1 AND (
                 NOT EXISTS (SELECT 1 FROM audit_events a WHERE a.action = 'proposal.submitted' AND a.object_id = p.id::text)
                 OR NOT EXISTS (SELECT 1 FROM idempotency_records r WHERE r.key = substr(p.title, length($2) + 2)))""",
            f"{TITLE} fault-%",
            TITLE,
        )
    finally:
        await connection.close()
    return {
        "acknowledged": len(tally.acknowledged),
        "in_database": len(rows),
        "retried_keys": len(tally.retried),
        "unresolved_keys": len(tally.unresolved),
        "missing_acknowledged": missing,
        "duplicate_keys": duplicates,
        "half_done": int(half_done),
        "statuses": tally.statuses,
    }


async def _ready_within(base: str, limit: float) -> float | None:
    started = time.monotonic()
    async with httpx.AsyncClient(base_url=base, timeout=2.0) as client:
        while time.monotonic() - started < limit:
            try:
                if (await client.get("/api/v1/health/ready")).status_code == 200:
                    return time.monotonic() - started
            except httpx.TransportError:
                pass
            await asyncio.sleep(0.1)
    return None


def restart(server: database.Server, url: str, sizes: Sizes, seconds: int, tmp: Path) -> dict[str, Any]:
    if server.embedded is None:
        raise SystemExit("the restart run needs the embedded PostgreSQL (unset BENCH_DATABASE_URL)")
    tally = Tally()
    with serving(ServerConfig("app"), url, PORT, tmp / "data", tmp / "fault-restart.log") as running:

        async def scenario() -> float | None:
            load = asyncio.create_task(_writers(sizes, tally, seconds))
            await asyncio.sleep(seconds / 3)
            logger.info("crash-stopping PostgreSQL (%d acknowledged so far)", len(tally.acknowledged))
            await asyncio.to_thread(server.pg_ctl, "stop", "-m", "immediate", "-w")
            await asyncio.sleep(2)
            await asyncio.to_thread(server.start_again)
            logger.info("PostgreSQL is back; waiting for /health/ready")
            ready = await _ready_within(running.base, 30)
            await load
            return ready

        ready_after = asyncio.run(scenario())
    result = asyncio.run(_check_writes(asyncpg_dsn(url), tally))
    result["ready_after_database_s"] = ready_after
    result["passed"] = (
        not result["missing_acknowledged"]
        and not result["duplicate_keys"]
        and not result["unresolved_keys"]
        and result["half_done"] == 0
        and ready_after is not None
        and ready_after < 5
    )
    return result


def sigterm(url: str, sizes: Sizes, seconds: int, tmp: Path) -> dict[str, Any]:
    tally = Tally()
    with serving(ServerConfig("app"), url, PORT, tmp / "data", tmp / "fault-sigterm.log") as running:

        async def scenario() -> tuple[float, float]:
            load = asyncio.create_task(_writers(sizes, tally, seconds, retry=False))
            await asyncio.sleep(seconds / 2)
            # Hold the opgaven rows that a new proposal's count trigger updates: the writes in flight
            # now wait in the database, mid-transaction, when the signal comes.
            locker = await asyncpg.connect(asyncpg_dsn(url))
            tx = locker.transaction()
            await tx.start()
            await locker.execute("SELECT id FROM opgaven FOR UPDATE")
            await asyncio.sleep(1)
            logger.info("SIGTERM to the server (%d acknowledged so far)", len(tally.acknowledged))
            sent = time.monotonic()
            running.process.send_signal(signal.SIGTERM)
            await asyncio.sleep(2)
            await tx.rollback()
            await locker.close()
            await asyncio.to_thread(running.process.wait, 40)
            stopped = time.monotonic() - sent
            await load
            return sent, stopped

        sent_at, stopped_after = asyncio.run(scenario())
    result = asyncio.run(_check_writes(asyncpg_dsn(url), tally))
    # Requests already sent when the signal came must be answered; later ones may be refused at the
    # door (ConnectError), which a client retries elsewhere.
    in_flight = [a for a in tally.attempts if a[0] < sent_at <= a[1]]
    cut = [a for a in in_flight if not a[2].isdigit()]
    refused_later = [a for a in tally.attempts if a[0] >= sent_at and not a[2].isdigit()]
    result.update(
        {
            "server_exited_after_s": round(stopped_after, 2),
            "in_flight_at_signal": len(in_flight),
            "in_flight_answered": sum(1 for a in in_flight if a[2].isdigit()),
            "in_flight_cut": len(cut),
            "refused_after_signal": len(refused_later),
        }
    )
    result["passed"] = (
        not result["missing_acknowledged"]
        and result["half_done"] == 0
        and not cut
        and len(in_flight) > 0
        and stopped_after < 35
    )
    return result


def exhaust(url: str, sizes: Sizes, seconds: int, tmp: Path) -> dict[str, Any]:
    config = ServerConfig("app", pool=2, orm_pool=2, extra_env={"DB_ACQUIRE_TIMEOUT": "1"})
    timeout = 1.0
    outcomes: list[tuple[int, float, str, str]] = []
    log = tmp / "fault-exhaust.log"
    log.unlink(missing_ok=True)
    with serving(config, url, PORT, tmp / "data", log) as running:

        async def scenario() -> None:
            locker = await asyncpg.connect(asyncpg_dsn(url))
            hot = ids.uid(ids.OPGAVE, 0)
            try:
                tx = locker.transaction()
                await tx.start()
                await locker.execute("LOCK TABLE proposals IN ACCESS EXCLUSIVE MODE")
                deadline = time.monotonic() + seconds

                async def reader(n: int) -> None:
                    async with httpx.AsyncClient(base_url=running.base, timeout=30.0) as client:
                        while time.monotonic() < deadline:
                            started = time.monotonic()
                            answer = await client.get(f"/api/v1/opgaven/{hot}/proposals")
                            outcomes.append(
                                (
                                    answer.status_code,
                                    time.monotonic() - started,
                                    answer.headers.get("content-type", ""),
                                    answer.headers.get("retry-after", ""),
                                )
                            )

                readers = asyncio.gather(*(reader(n) for n in range(READERS)))
                await asyncio.sleep(seconds)
                await tx.rollback()  # the lock goes: the two blocked requests finish
                await readers
                async with httpx.AsyncClient(base_url=running.base, timeout=10.0) as client:
                    after = await client.get(f"/api/v1/opgaven/{hot}/proposals")
                    outcomes.append((after.status_code, 0.0, "after", ""))
            finally:
                await locker.close()

        asyncio.run(scenario())
    unavailable = [o for o in outcomes if o[0] == 503]
    # The server's own time for each 503 (its access log), apart from the harness's queueing on a busy machine.
    served = [
        json.loads(line)["durationMs"] / 1000
        for line in log.read_text().splitlines()
        if '"status":503' in line and '"api.access"' in line
    ]
    waits = sorted(o[1] for o in unavailable)
    deciles = [round(waits[len(waits) * d // 10], 2) for d in range(10)] if waits else []
    server_slowest = round(max(served, default=0.0), 2)
    problems = all(o[2].startswith("application/problem+json") and o[3] for o in unavailable)
    served_after = outcomes[-1][0] == 200
    fives = sum(1 for o in outcomes if o[0] == 500)
    result: dict[str, Any] = {
        "server_slowest_503_s": server_slowest,
        "requests": len(outcomes),
        "statuses": {str(s): sum(1 for o in outcomes if o[0] == s) for s in sorted({o[0] for o in outcomes})},
        "slowest_503_s": round(max(waits, default=0.0), 2),
        "503_seconds_by_decile": deciles,
        "all_503_are_problems_with_retry_after": problems,
        "served_after_the_lock": served_after,
        "fives": fives,
    }
    result["passed"] = (
        bool(unavailable)
        and server_slowest <= timeout + 1
        and deciles[-1] <= timeout + 1
        and problems
        and served_after
        and fives == 0
    )
    return result
