"""Outgoing mail: written to the outbox in the transaction of the change, delivered after commit.

Delivery goes over SMTP (``SMTP_URL``), or, with the embedded default, into a mailbox folder of
``.eml`` files that a developer (and the browser tests) can read. Every worker delivers pending
mail in the background; rows are claimed with ``SKIP LOCKED`` so each message goes out once.
"""

import asyncio
import email.policy
import logging
import secrets
from email.message import EmailMessage
from pathlib import Path
from typing import Any
from urllib.parse import unquote, urlsplit

import aiosmtplib
from litestar import Request
from litestar.background_tasks import BackgroundTask

from api.db.connection import Database
from api.lib.time import utcnow

logger = logging.getLogger(__name__)

_CLAIM = """
UPDATE outgoing_mails SET attempts = attempts + 1, next_attempt_at = now() + make_interval(secs => 60 * power(2, attempts))
WHERE id IN (
    SELECT id FROM outgoing_mails WHERE sent_at IS NULL AND next_attempt_at <= now() AND attempts < 8
    ORDER BY next_attempt_at LIMIT 20 FOR UPDATE SKIP LOCKED
)
RETURNING id, to_address, subject, body
"""


class Mailer:
    """Sends one message, over SMTP or into the mailbox folder."""

    def __init__(self, smtp_url: str, mailbox: Path, sender: str) -> None:
        self.smtp_url = smtp_url
        self.mailbox = mailbox
        self.sender = sender

    def message(self, to: str, subject: str, body: str) -> EmailMessage:
        # SMTPUTF8: an international address is written as it is, not as an encoded word that a
        # reader decodes into something else.
        message = EmailMessage(policy=email.policy.SMTPUTF8)
        message["From"] = self.sender
        message["To"] = to
        message["Subject"] = subject
        message["Message-ID"] = f"<{secrets.token_hex(16)}@samenspel>"
        message.set_content(body)
        return message

    async def send(self, to: str, subject: str, body: str) -> None:
        message = self.message(to, subject, body)
        if not self.smtp_url:
            self.mailbox.mkdir(parents=True, exist_ok=True)
            name = f"{utcnow().strftime('%Y%m%dT%H%M%S%f')}-{secrets.token_hex(4)}.eml"
            await asyncio.to_thread((self.mailbox / name).write_bytes, message.as_bytes())
            return
        url = urlsplit(self.smtp_url)
        # The envelope names the one recipient; never let the server derive it from headers.
        await aiosmtplib.send(
            message,
            sender=self.sender,
            recipients=[to],
            hostname=url.hostname or "localhost",
            port=url.port or (465 if url.scheme == "smtps" else 587),
            username=unquote(url.username) if url.username else None,
            password=unquote(url.password) if url.password else None,
            use_tls=url.scheme == "smtps",
            start_tls=True if url.scheme == "smtp+starttls" else None,
            timeout=20,
        )


async def deliver_pending(db: Database, mailer: Mailer) -> int:
    """Send what is due; return how many went out.

    Claiming pushes a message's next attempt into the future (with backoff) and commits at once,
    so no transaction stays open during SMTP; a crash after sending means at worst one resend.
    """
    rows = await db.fetch(_CLAIM)
    sent = 0
    for row in rows:
        try:
            await mailer.send(row["to_address"], row["subject"], row["body"])
        except (OSError, aiosmtplib.SMTPException) as error:
            logger.warning(
                "mail delivery failed", extra={"mailId": str(row["id"]), "error": type(error).__name__}
            )
            await db.fetchval(
                "UPDATE outgoing_mails SET last_error = $2 WHERE id = $1", row["id"], str(error)[:500]
            )
            continue
        await db.fetchval(
            "UPDATE outgoing_mails SET sent_at = now(), last_error = NULL WHERE id = $1", row["id"]
        )
        sent += 1
    return sent


def deliver_after(request: Request[Any, Any, Any]) -> BackgroundTask:
    """Send what this request put in the outbox right after the response (the queue's periodic
    round is the fallback)."""
    return BackgroundTask(deliver_pending, request.app.state.db, request.app.state.mailer)
