"""Sending deliveries: signed CloudEvents, retried with backoff, until taken or given up.

A worker takes a batch of due deliveries with a lease (``leased_until``) and counts the attempt
before it sends; a worker that dies mid-send leaves the lease to run out, and another sends
again. So a receiver may see an event twice, never zero times: the ``webhook-id`` header is the
event's persistent id, by which it recognises a repeat.

What a receiver's answer does (NL GOV webhook guideline):
- 2xx: delivered;
- 410 Gone: the subscription ends, nothing more is sent to it;
- 429: the next attempt waits ``Retry-After`` (seconds or an HTTP date);
- anything else, or no answer: the next attempt waits ``retry_base`` x 2^(attempt - 1), at most six
  hours; after ``max_attempts`` (about three days) the delivery fails, the subscription is paused,
  and the municipality's beheerders are mailed.
"""

import asyncio
import base64
import logging
import secrets
import time
from dataclasses import dataclass
from datetime import datetime, timedelta
from email.utils import parsedate_to_datetime
from typing import Any
from uuid import UUID

import httpx2
import msgspec
from standardwebhooks.webhooks import Webhook

from api.db.connection import Database
from api.domains.events.queries import cloud_event
from api.domains.webhooks.endpoint import UnsafeDestination, check_destination
from api.lib.ids import new_id
from api.lib.secretbox import SecretBox
from api.lib.time import utcnow
from api.settings import WebhookSettings

logger = logging.getLogger(__name__)

CONTENT_TYPE = "application/cloudevents+json"
MAX_WAIT = timedelta(hours=6)
BATCH = 200
PARALLEL = 20

_CLAIM = """
WITH due AS (
    SELECT d.id FROM webhook_deliveries d JOIN webhook_subscriptions s ON s.id = d.subscription_id
    WHERE d.status = 'pending' AND d.next_attempt_at <= $1 AND s.status = 'active'
      AND (d.leased_until IS NULL OR d.leased_until < $1)
    ORDER BY d.next_attempt_at
    LIMIT $3
    FOR UPDATE OF d SKIP LOCKED
)
UPDATE webhook_deliveries d SET leased_until = $2, attempts = d.attempts + 1, last_attempt_at = $1,
       updated_at = $1
FROM due, webhook_subscriptions s, events e, municipalities m
WHERE d.id = due.id AND s.id = d.subscription_id AND e.id = d.event_id AND m.id = e.municipality_id
RETURNING d.id AS delivery_id, d.attempts, d.subscription_id, d.municipality_id, s.url, s.secret_sealed,
          e.id, e.type, e.subject, e.created_at, e.data::text AS data, m.slug
"""
_DELIVERED = """
UPDATE webhook_deliveries SET status = 'delivered', delivered_at = now(), leased_until = NULL,
       last_status_code = $2, last_error = '', updated_at = now()
WHERE id = $1
"""
_RETRY = """
UPDATE webhook_deliveries SET leased_until = NULL, next_attempt_at = $2, last_status_code = $3,
       last_error = $4, updated_at = now()
WHERE id = $1
"""
_FAILED = """
UPDATE webhook_deliveries SET status = 'failed', leased_until = NULL, last_status_code = $2,
       last_error = $3, updated_at = now()
WHERE id = $1
"""
_GONE = """
WITH ended AS (
    UPDATE webhook_subscriptions SET status = 'ended', status_reason = $2, updated_at = now(), version = version + 1
    WHERE id = $1 AND status <> 'ended' RETURNING id
)
UPDATE webhook_deliveries SET status = 'cancelled', leased_until = NULL, last_status_code = 410,
       updated_at = now()
WHERE subscription_id = $1 AND status = 'pending'
"""
_PAUSE = """
UPDATE webhook_subscriptions SET status = 'paused', status_reason = $2, updated_at = now(), version = version + 1
WHERE id = $1 AND status = 'active'
RETURNING municipality_id, url
"""
_BEHEERDERS = """
SELECT a.email, a.display_name FROM role_assignments r JOIN accounts a ON a.id = r.account_id
WHERE r.municipality_id = $1 AND r.role = 'beheerder'
  AND a.email IS NOT NULL AND a.email_verified_at IS NOT NULL AND a.deleted_at IS NULL
"""
_INSERT_MAIL = "INSERT INTO outgoing_mails (id, to_address, subject, body) VALUES ($1, $2, $3, $4)"

SECRET_PURPOSE = "samenspel webhook signing secret"  # noqa: S105 - a key label, not a secret


@dataclass(frozen=True)
class Outcome:
    status_code: int | None
    error: str = ""
    retry_after: timedelta | None = None


def backoff(settings: WebhookSettings, attempts: int) -> timedelta:
    return min(timedelta(seconds=settings.retry_base_seconds * 2 ** max(0, attempts - 1)), MAX_WAIT)


def retry_after(value: str | None, now: datetime) -> timedelta | None:
    """``Retry-After`` as seconds or an HTTP date; ``None`` when absent or unreadable."""
    if not value:
        return None
    if value.strip().isdigit():
        return min(timedelta(seconds=int(value)), MAX_WAIT)
    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    return min(max(when - now, timedelta(0)), MAX_WAIT)


def signed_request(row: Any, secret: str, now: datetime) -> tuple[bytes, dict[str, str]]:
    """The body (a structured-mode CloudEvent) and the Standard Webhooks headers."""
    body = msgspec.json.encode(cloud_event(row))
    message_id = str(row["id"])  # the event's id: the same on every attempt and redelivery
    headers = {
        "Content-Type": CONTENT_TYPE,
        "webhook-id": message_id,
        "webhook-timestamp": str(int(now.timestamp())),
        "webhook-signature": Webhook(secret).sign(message_id, now, body),
    }
    return body, headers


async def _send(client: httpx2.AsyncClient, row: Any, secret: str, *, allow_loopback: bool) -> Outcome:
    now = utcnow()
    try:
        await check_destination(row["url"], allow_loopback=allow_loopback)
        body, headers = signed_request(row, secret, now)
        response = await client.post(row["url"], content=body, headers=headers)
    except UnsafeDestination as unsafe:
        return Outcome(None, f"adres geweigerd: {unsafe.code}")
    except (httpx2.HTTPError, OSError) as error:
        return Outcome(None, f"geen antwoord: {type(error).__name__}")
    if response.status_code == 429:
        return Outcome(429, "te veel verzoeken", retry_after(response.headers.get("Retry-After"), now))
    return Outcome(response.status_code, "" if response.is_success else f"antwoord {response.status_code}")


class Sender:
    """Sends due deliveries for one worker."""

    def __init__(
        self, db: Database, secrets: SecretBox, settings: WebhookSettings, *, allow_loopback: bool
    ) -> None:
        self.db = db
        self.secrets = secrets
        self.settings = settings
        self.allow_loopback = allow_loopback

    def secret_of(self, row: Any) -> str:
        return self.secrets.open(row["secret_sealed"], secret_context(row["subscription_id"]))

    async def run(self, *, budget_seconds: float = 20) -> int:
        """Send due deliveries, batch after batch, until none is due or the time is up."""
        sent, deadline = 0, time.monotonic() + budget_seconds
        limits = httpx2.Limits(max_connections=PARALLEL)
        async with httpx2.AsyncClient(
            timeout=self.settings.timeout_seconds, follow_redirects=False, trust_env=False, limits=limits
        ) as client:
            while time.monotonic() < deadline:
                now = utcnow()
                lease = now + timedelta(seconds=self.settings.lease_seconds)
                rows = await self.db.fetch(_CLAIM, now, lease, BATCH)
                if not rows:
                    break

                async def one(row: Any, gate: asyncio.Semaphore) -> None:
                    try:
                        async with gate:
                            outcome = await _send(
                                client, row, self.secret_of(row), allow_loopback=self.allow_loopback
                            )
                    except Exception as error:
                        # One delivery that cannot be sent (an unreadable secret) stops no other.
                        logger.exception("webhook delivery could not be sent")
                        outcome = Outcome(None, f"niet te versturen: {type(error).__name__}")
                    await self.settle(row, outcome)

                gate = asyncio.Semaphore(PARALLEL)
                await asyncio.gather(*(one(row, gate) for row in rows))
                sent += len(rows)
        return sent

    async def settle(self, row: Any, outcome: Outcome) -> None:
        code = outcome.status_code
        if code is not None and 200 <= code < 300:
            await self.db.fetchval(_DELIVERED, row["delivery_id"], code)
        elif code == 410:
            await self.db.fetchval(_GONE, row["subscription_id"], "De ontvanger antwoordde 410 Gone.")
        elif row["attempts"] < self.settings.max_attempts:
            wait = outcome.retry_after or backoff(self.settings, row["attempts"])
            await self.db.fetchval(_RETRY, row["delivery_id"], utcnow() + wait, code, outcome.error[:500])
        else:
            await self._give_up(row, code, outcome.error)

    async def _give_up(self, row: Any, code: int | None, error: str) -> None:
        reason = f"Na {row['attempts']} pogingen niet bezorgd ({error})."
        async with self.db.transaction() as connection:
            await connection.execute(_FAILED, row["delivery_id"], code, error[:500])
            paused = await connection.fetchrow(_PAUSE, row["subscription_id"], reason)
            if paused is None:
                return
            for person in await connection.fetch(_BEHEERDERS, paused["municipality_id"]):
                await connection.execute(
                    _INSERT_MAIL, new_id(), person["email"], *_pause_mail(person, paused["url"], reason)
                )
        logger.warning("webhook subscription paused", extra={"subscription": str(row["subscription_id"])})


def _pause_mail(person: Any, url: str, reason: str) -> tuple[str, str]:
    subject = "Samenspel: een webhook is gepauzeerd"
    body = "\n\n".join(
        [
            f"Beste {person['display_name'] or 'beheerder'},",
            f"Samenspel kon gebeurtenissen niet bezorgen bij {url}. {reason}",
            "Het abonnement is gepauzeerd: er gaat niets meer naartoe tot u het weer actief maakt. "
            "De bezorgingen die mislukten, kunt u opnieuw laten versturen.",
            "Samenspel",
        ]
    )
    return subject, body


def new_secret() -> str:
    """A Standard Webhooks secret: ``whsec_`` and 32 random bytes in base64."""
    return "whsec_" + base64.b64encode(secrets.token_bytes(32)).decode()


def secret_context(subscription_id: UUID) -> str:
    return str(subscription_id)
