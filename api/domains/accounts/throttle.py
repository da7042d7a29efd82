"""Failed sign-ins slow the guesser down; they never lock the owner out.

Three counters of failures, each with its own free failures and longest wait:

- the account *and* address: one guesser at one account;
- the address, over every account: one guesser trying many accounts;
- the account, from every address it never signed in from: many guessers at one account. Its
  longest wait is short, and an address the account signed in from (in the last 30 days) does not
  count it at all, so the owner at home is never slowed by anyone else's failures.

Past its free failures, each failure doubles the wait before the next attempt (1 s, 2 s, 4 s, … up
to the longest; the first wait is a setting). A waiting attempt is answered at once with 429 and ``Retry-After``: no worker
sleeps, and the password is not even tried, so the wait tells the guesser nothing. Every attempt
is counted as a failure *before* the password is checked, in one transaction over its counters
(so parallel guesses cannot slip through together), and a sign-in that succeeds takes its count
back. A counter forgets after a day without failures. Keys are keyed hashes, so the table holds no
e-mail address or IP address; an unknown e-mail address is counted exactly like a known one.
"""

import hashlib
import hmac
import math
from dataclasses import dataclass
from typing import Any

from litestar import Request

from api.db.connection import Database
from api.lib.client_address import client_address
from api.lib.errors import TooManyRequests
from api.lib.http import settings_of
from api.settings import AuthSettings

FORGET_SECONDS = 24 * 3600
KNOWN_SECONDS = 30 * 24 * 3600
KEY_PURPOSE = "sign-in-throttle"

# The wait after ``failures`` (before this attempt): none within the free ones, then doubling.
_WAIT = "CASE WHEN t.failures < $2 THEN 0 ELSE least($3, $4 * power(2, least(t.failures - $2, 30))) END"

# Count this attempt, unless the key must still wait (then no row comes back, nothing changes).
_ATTEMPT = f"""
INSERT INTO sign_in_throttles AS t (key, failures, last_at) VALUES ($1, 1, now())
ON CONFLICT (key) DO UPDATE SET
    failures = CASE WHEN t.last_at <= now() - make_interval(secs => $5) THEN 1 ELSE t.failures + 1 END,
    last_at = now()
WHERE t.last_at <= now() - make_interval(secs => $5)
   OR t.last_at + make_interval(secs => {_WAIT}) <= now()
RETURNING failures
"""
_REMAINING = f"""
SELECT extract(epoch FROM t.last_at + make_interval(secs => {_WAIT}) - now())::float8
FROM sign_in_throttles t WHERE t.key = $1
"""
_SUCCEEDED = """
UPDATE sign_in_throttles SET failures = greatest(failures - 1, 0) WHERE key = ANY($1::text[])
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

    def arguments(self) -> tuple[str, int, float, float]:
        return self.key, self.free, float(self.longest), float(self.first)


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

    async def attempt(self) -> None:
        """Count this attempt as a failure, or raise 429 while any of its counters must wait."""
        async with self.db.transaction() as connection:
            known = await connection.fetchval(_IS_KNOWN, self._known, float(KNOWN_SECONDS))
            counters = [self._pair, self._address] + ([] if known else [self._account])
            # Always in the same order, so two attempts never wait on each other's locks.
            waits = []
            for counter in sorted(counters, key=lambda c: c.key):
                counted = await connection.fetchval(_ATTEMPT, *counter.arguments(), float(FORGET_SECONDS))
                if counted is None:
                    remaining = await connection.fetchval(_REMAINING, *counter.arguments())
                    waits.append(remaining or 0.0)
            if waits:
                # Nothing of a refused attempt is counted: the transaction is rolled back.
                raise TooManyRequests(
                    "U heeft te vaak een verkeerd wachtwoord gebruikt. Wacht even en probeer het dan opnieuw.",
                    retry_after=max(1, math.ceil(max(waits))),
                    code="sign_in_delayed",
                )

    async def succeeded(self) -> None:
        """The password was right: the attempt was no failure, and this address is the owner's."""
        async with self.db.transaction() as connection:
            await connection.execute("DELETE FROM sign_in_throttles WHERE key = $1", self._pair.key)
            await connection.execute(_SUCCEEDED, [self._address.key, self._account.key])
            await connection.execute(_KNOWN, self._known)


async def forget_old_failures(db: Database) -> None:
    """Counters without a failure for a day, and addresses not signed in from for 30 days, go."""
    await db.fetchval(_FORGET, float(KNOWN_SECONDS), float(FORGET_SECONDS))
