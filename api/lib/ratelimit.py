"""Rate limits that hold across every worker: a fixed-window counter per key in PostgreSQL.

One statement increments (or restarts) the window and returns the count, so parallel requests in
different workers can never both slip under the limit. It runs outside the request's transaction:
a refused or failed attempt still counts.
"""

import math
import random
from dataclasses import dataclass

from api.db.connection import Connection, Database
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


async def hit(db: Database | Connection, key: str, limit: Limit) -> None:
    """Count one attempt for ``key``; raise 429 with Retry-After once over the limit."""
    row = await db.fetchrow(_HIT, key[:200], float(limit.seconds))
    assert row is not None
    if random.random() < 0.01:  # noqa: S311 - housekeeping, not security
        await db.fetchval("DELETE FROM rate_limit_counters WHERE window_start < now() - interval '1 day'")
    if row["hits"] > limit.hits:
        raise TooManyRequests(
            "Te veel pogingen. Wacht even en probeer het dan opnieuw.",
            retry_after=max(1, math.ceil(row["remaining"])),
        )


async def per_person_hourly(db: Database | Connection, action: str, account_id: object, hits: int) -> None:
    """Count one ``action`` (posting an idea, a comment) by a person; 429 past ``hits`` an hour."""
    await hit(db, f"{action}:{account_id}", Limit(hits, 3600))
