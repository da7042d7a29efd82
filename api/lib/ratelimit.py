"""Rate limits, the one place they are counted: a fixed-window counter per key in PostgreSQL, so a
limit holds across every worker.

One statement increments (or restarts) the window and returns the count, so parallel requests in
different workers can never both slip under the limit. There are two kinds of limit, and no third:

- ``attempts(request, key, limit)``: sign-ins, reset mails, staff sign-in starts. Every attempt
  counts, whatever its answer, so it commits on its own, outside any write's transaction (a failed
  password must count, and it is refused).
- ``per_person_hourly(uow, action, account_id, hits)``: what a person posts (ideas, comments,
  reports, support). Counted in the write's unit of work, after its Idempotency-Key is claimed:
  a replayed retry is answered before it could count, and a refused write rolls its count back,
  as every refused request changes nothing.

Failed sign-ins with a password are not limited but slowed down (a wait that doubles, never a
lockout of the owner): ``api.domains.accounts.throttle.SignInThrottle.of(request, email)``, counted
like ``attempts`` on its own connection, with keyed hashes for keys.
"""

import math
import random
from dataclasses import dataclass
from typing import Any

from litestar import Request

from api.db.connection import Connection, Database
from api.db.uow import UnitOfWork
from api.lib.errors import TooManyRequests

_HIT = """
INSERT INTO rate_limit_counters AS c (key, window_start, hits) VALUES ($1, now(), 1)
ON CONFLICT (key) DO UPDATE SET
    hits = CASE WHEN c.window_start <= now() - make_interval(secs => $2) THEN 1 ELSE c.hits + 1 END,
    window_start = CASE WHEN c.window_start <= now() - make_interval(secs => $2) THEN now() ELSE c.window_start END
RETURNING hits, extract(epoch FROM c.window_start + make_interval(secs => $2) - now())::float8 AS remaining
"""


@dataclass(frozen=True)
class Limit:
    """At most ``hits`` per ``seconds`` for one key."""

    hits: int
    seconds: int


async def _hit(db: Database | Connection, key: str, limit: Limit) -> None:
    row = await db.fetchrow(_HIT, key[:200], float(limit.seconds))
    assert row is not None
    if random.random() < 0.01:  # noqa: S311 - housekeeping, not security
        await db.fetchval("DELETE FROM rate_limit_counters WHERE window_start < now() - interval '1 day'")
    if row["hits"] > limit.hits:
        raise TooManyRequests(
            "Te veel pogingen. Wacht even en probeer het dan opnieuw.",
            retry_after=max(1, math.ceil(row["remaining"])),
        )


async def attempts(request: Request[Any, Any, Any], key: str, limit: Limit) -> None:
    """Count one attempt for ``key``, committed at once; raise 429 with Retry-After once over ``limit``."""
    await _hit(request.app.state.db, key, limit)


async def per_person_hourly(uow: UnitOfWork, action: str, account_id: object, hits: int) -> None:
    """Count one ``action`` by a person in this write; 429 past ``hits`` an hour."""
    await _hit(await uow.connection(), f"{action}:{account_id}", Limit(hits, 3600))
