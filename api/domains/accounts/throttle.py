"""Failed sign-ins slow the guesser down; they never lock the owner out.

Three counters of failures, each with its own free failures and longest wait:

- the account *and* address: one guesser at one account;
- the address, over every account: one guesser trying many accounts;
- the account, from every address it never signed in from: many guessers at one account. Its
  longest wait is short, and an address the account signed in from (in the last 30 days) does not
  count it at all, so the owner at home is never slowed by anyone else's failures.

Past its free failures, each failure doubles the wait before the next attempt (1 s, 2 s, 4 s, … up
to the longest; the first wait is a setting). A waiting attempt is answered at once with 429 and
``Retry-After``, and the password is not even tried, so the wait tells the guesser nothing.

Every attempt is counted as a failure *before* the password is checked, and as *under way* until
its answer is known; a sign-in that succeeds takes its failure back (for the account and address:
every failure before it). So parallel guesses cannot slip through together: an attempt that only the
attempts under way would put past the free failures waits for their outcome (briefly, without
holding a connection) instead of being refused, and is then judged by what they turned out to be.
Right passwords sent at once are therefore never refused, and wrong ones at once get no more than
the free failures. Each judgement holds its counters' rows, locked always in the same order, and
uses the clock at that moment (not the transaction's start), so attempts cannot race or deadlock.
An attempt whose answer never came (a crashed worker) stops counting as under way after a minute;
its failure stays. A counter forgets after a day without failures. Keys are keyed hashes, so the
table holds no e-mail address or IP address; an unknown e-mail address is counted exactly like a
known one.
"""

import asyncio
import hashlib
import hmac
import itertools
import math
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass
from datetime import datetime
from typing import Any, Literal

from litestar import Request

from api.db.connection import Database
from api.lib.client_address import client_address
from api.lib.errors import TooManyRequests
from api.lib.http import settings_of
from api.settings import AuthSettings

FORGET_SECONDS = 24 * 3600
KNOWN_SECONDS = 30 * 24 * 3600
KEY_PURPOSE = "sign-in-throttle"
# An attempt still under way after this long lost its answer (its worker stopped): no longer waited for.
UNDER_WAY_SECONDS = 60
# How long an attempt waits, at most, for the outcome of attempts under way before it is judged as if
# they all failed; and the pauses between its looks.
OUTCOME_WAIT_SECONDS = 10.0
_PAUSES = (0.02, 0.05, 0.1, 0.2)

# Lock the counter (made when missing), and read it with the clock of this moment.
_HOLD = """
INSERT INTO sign_in_throttles AS t (key, failures, pending, last_at) VALUES ($1, 0, 0, clock_timestamp())
ON CONFLICT (key) DO UPDATE SET key = excluded.key
RETURNING t.failures, t.pending, t.last_at, clock_timestamp() AS now
"""
_COUNT = "UPDATE sign_in_throttles SET failures = $2, pending = $3, last_at = $4 WHERE key = $1"
# Rows are locked in key order, as in ``attempt``: two settlements never wait on each other's locks.
_SUCCEEDED = """
UPDATE sign_in_throttles AS t SET
    failures = CASE WHEN t.key = $2 THEN greatest(t.pending - 1, 0) ELSE greatest(t.failures - 1, 0) END,
    pending = greatest(t.pending - 1, 0)
FROM (SELECT key FROM sign_in_throttles WHERE key = ANY($1::text[]) ORDER BY key FOR UPDATE) AS held
WHERE t.key = held.key
"""
_FAILED = """
UPDATE sign_in_throttles AS t SET pending = greatest(t.pending - 1, 0)
FROM (SELECT key FROM sign_in_throttles WHERE key = ANY($1::text[]) ORDER BY key FOR UPDATE) AS held
WHERE t.key = held.key
"""
_KNOWN = """
INSERT INTO sign_in_throttles AS t (key, failures, last_at) VALUES ($1, 0, now())
ON CONFLICT (key) DO UPDATE SET last_at = now()
"""
_IS_KNOWN = "SELECT EXISTS (SELECT 1 FROM sign_in_throttles WHERE key = $1 AND last_at > now() - make_interval(secs => $2))"
_FORGET = """
DELETE FROM sign_in_throttles
WHERE last_at < now() - make_interval(secs => CASE WHEN key LIKE 'known:%' THEN $1::float8 ELSE $2::float8 END)
"""


@dataclass(frozen=True)
class _Counter:
    key: str
    free: int
    longest: int
    first: float

    def wait(self, failures: int) -> float:
        """The wait after ``failures``: none within the free ones, then doubling up to the longest."""
        if failures < self.free:
            return 0.0
        return min(float(self.longest), self.first * 2.0 ** min(failures - self.free, 30))


@dataclass(frozen=True)
class _Judgement:
    """What one counter says about this attempt: go (with its new state), wait for others, or refuse."""

    verdict: Literal["go", "outcome", "refuse"]
    failures: int = 0
    pending: int = 0
    remaining: float = 0.0


def _judge(counter: _Counter, failures: int, pending: int, last_at: datetime, now: datetime) -> _Judgement:
    since = (now - last_at).total_seconds()
    if since >= FORGET_SECONDS:
        failures = pending = 0
    elif since >= UNDER_WAY_SECONDS:
        pending = 0

    def ready(count: int) -> bool:
        return count < counter.free or since >= counter.wait(count)

    if ready(failures):
        return _Judgement("go", failures + 1, pending + 1)
    remaining = counter.wait(failures) - since
    # Past the free failures only if the attempts under way fail: their outcome decides.
    if pending and ready(failures - pending):
        return _Judgement("outcome", remaining=remaining)
    return _Judgement("refuse", remaining=remaining)


class _LookAgain(Exception):
    """Attempts under way decide this one: roll back, and look again once they have their outcome."""


class SignInThrottle:
    """The counters of one sign-in attempt: an e-mail address from a client address."""

    def __init__(self, db: Database, secret: bytes, settings: AuthSettings, email: str, address: str) -> None:
        self.db = db
        email = email.strip().lower()
        self._known = self._key(secret, "known", email, address)
        first = settings.sign_in_first_delay_seconds
        self._pair = _Counter(
            self._key(secret, "pair", email, address),
            settings.sign_in_free_failures,
            settings.sign_in_max_delay_seconds,
            first,
        )
        self._address = _Counter(
            self._key(secret, "address", address),
            settings.sign_in_free_failures_per_address,
            settings.sign_in_max_delay_seconds,
            first,
        )
        self._account = _Counter(
            self._key(secret, "account", email),
            settings.sign_in_free_failures_per_account,
            settings.sign_in_account_max_delay_seconds,
            first,
        )
        self._counted: list[str] = []

    @classmethod
    def of(cls, request: Request[Any, Any, Any], email: str) -> "SignInThrottle":
        """The counters of this request's attempt. They commit on their own, outside the sign-in's
        unit of work, like every attempt in ``api.lib.ratelimit``: a failed attempt must count."""
        settings = settings_of(request)
        return cls(
            request.app.state.db,
            request.app.state.throttle_secret,
            settings.auth,
            email,
            client_address(request, settings),
        )

    @property
    def keys(self) -> tuple[str, str, str]:
        """The keys of its counters (account and address, address, account)."""
        return self._pair.key, self._address.key, self._account.key

    @staticmethod
    def _key(secret: bytes, kind: str, *parts: str) -> str:
        digest = hmac.digest(secret, "\n".join(parts).encode(), hashlib.sha256)
        return f"{kind}:{digest.hex()[:64]}"

    @asynccontextmanager
    async def attempt(self) -> AsyncIterator[None]:
        """Count this attempt, or raise 429 while any of its counters must wait; the block checks the
        password. A block that ends normally was a success, one that raises a failure."""
        await self._count()
        try:
            yield
        except BaseException:
            # A failure (or no answer): it stays counted, and is no longer under way.
            await self.db.fetchval(_FAILED, self._counted)
            raise
        # The password was right: the attempt was no failure, and this address is the owner's.
        async with self.db.transaction() as connection:
            await connection.execute(_SUCCEEDED, self._counted, self._pair.key)
            await connection.execute(_KNOWN, self._known)

    async def _count(self) -> None:
        loop = asyncio.get_running_loop()
        deadline = loop.time() + OUTCOME_WAIT_SECONDS
        for look in itertools.count():
            try:
                await self._try_count(patient=loop.time() < deadline)
            except _LookAgain:
                await asyncio.sleep(_PAUSES[min(look, len(_PAUSES) - 1)])
            else:
                return

    async def _try_count(self, *, patient: bool) -> None:
        """Judge and count this attempt in one transaction; ``_LookAgain`` when attempts under way
        decide it (only while ``patient``, after that they are judged as failures)."""
        async with self.db.transaction() as connection:
            known = await connection.fetchval(_IS_KNOWN, self._known, float(KNOWN_SECONDS))
            counters = [self._pair, self._address] + ([] if known else [self._account])
            # Always in the same order, so two attempts never wait on each other's locks.
            counters.sort(key=lambda c: c.key)
            judged = []
            for counter in counters:
                row = await connection.fetchrow(_HOLD, counter.key)
                assert row is not None
                judgement = _judge(counter, row["failures"], row["pending"], row["last_at"], row["now"])
                judged.append((counter, judgement, row["now"]))
            verdicts = {judgement.verdict for _, judgement, _ in judged}
            if verdicts == {"go"}:
                for counter, judgement, now in judged:
                    await connection.execute(_COUNT, counter.key, judgement.failures, judgement.pending, now)
                self._counted = [counter.key for counter in counters]
                return
            # Nothing of a refused attempt, or one that looks again, is counted: rolled back.
            if "refuse" not in verdicts and patient:
                raise _LookAgain
            raise TooManyRequests(
                "U heeft te vaak een verkeerd wachtwoord gebruikt. Wacht even en probeer het dan opnieuw.",
                retry_after=max(1, math.ceil(max(j.remaining for _, j, _ in judged if j.verdict != "go"))),
                code="sign_in_delayed",
            )


async def forget_old_failures(db: Database) -> None:
    """Counters without a failure for a day, and addresses not signed in from for 30 days, go."""
    await db.fetchval(_FORGET, float(KNOWN_SECONDS), float(FORGET_SECONDS))
