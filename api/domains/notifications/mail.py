"""Notifications by mail, as each person chose: immediately, in a daily digest, or never.

A background round turns due notifications into rows of the mail outbox (``api.lib.mail`` sends
them). Each notification is claimed with ``FOR UPDATE SKIP LOCKED`` and marked in the transaction
that writes its mail, so several workers never mail it twice:

- immediately: one mail per notification, in the next round;
- daily: one digest per person per day (Amsterdam time), from ``DIGEST_HOUR`` on, with everything
  not yet mailed;
- never (or no verified address): marked done without mail.

``emailed_at`` is the moment a notification was settled for mail, whether a mail went out or not.
``now`` can be given, so tests can move time.
"""

import logging
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from api.db.connection import Connection, Database
from api.lib.ids import new_id
from api.lib.time import utcnow

logger = logging.getLogger(__name__)

TIME_ZONE = "Europe/Amsterdam"
DIGEST_HOUR = 7  # the digest of a day goes out from this local hour on
BATCH = 100

_PENDING = "n.emailed_at IS NULL AND n.mail_wanted AND n.created_at <= $1"
_MAILABLE = "a.email IS NOT NULL AND a.email_verified_at IS NOT NULL AND a.deleted_at IS NULL"

_CLAIM_IMMEDIATE = f"""
WITH due AS (
    SELECT n.id FROM notifications n JOIN accounts a ON a.id = n.account_id
    WHERE {_PENDING} AND a.email_notifications = 'immediately' AND {_MAILABLE}
    ORDER BY n.created_at LIMIT $2
    FOR UPDATE OF n SKIP LOCKED
)
UPDATE notifications n SET emailed_at = $1 FROM due, accounts a
WHERE n.id = due.id AND a.id = n.account_id
RETURNING n.title, n.body, n.link, n.created_at, n.id, a.email, a.display_name, a.language
"""

_SETTLE_UNMAILED = f"""
WITH due AS (
    SELECT n.id FROM notifications n JOIN accounts a ON a.id = n.account_id
    WHERE {_PENDING} AND (a.email_notifications = 'never' OR NOT ({_MAILABLE}))
    LIMIT $2
    FOR UPDATE OF n SKIP LOCKED
)
UPDATE notifications SET emailed_at = $1 WHERE id IN (SELECT id FROM due)
"""

# People whose digest of today is due: they chose it, have something unmailed, and got none today.
_CLAIM_DIGESTS = f"""
SELECT a.id, a.email, a.display_name, a.language FROM accounts a
WHERE a.id IN (SELECT n.account_id FROM notifications n WHERE {_PENDING})
  AND a.email_notifications = 'daily' AND {_MAILABLE}
  AND extract(hour FROM $1::timestamptz AT TIME ZONE '{TIME_ZONE}') >= {DIGEST_HOUR}
  AND (a.digest_sent_at IS NULL
       OR (a.digest_sent_at AT TIME ZONE '{TIME_ZONE}')::date < ($1::timestamptz AT TIME ZONE '{TIME_ZONE}')::date)
ORDER BY a.id LIMIT $2
FOR UPDATE OF a SKIP LOCKED
"""
_TAKE_FOR_DIGEST = f"""
UPDATE notifications n SET emailed_at = $1
WHERE n.account_id = $2 AND {_PENDING}
RETURNING n.title, n.body, n.link, n.created_at
"""

_INSERT_MAIL = "INSERT INTO outgoing_mails (id, to_address, subject, body) VALUES ($1, $2, $3, $4)"


# The words of a mail in each language a person can choose (accounts.language).
_WORDS: dict[str, dict[str, str]] = {
    "nl": {
        "dear": "Beste {name},",
        "nobody": "deelnemer",
        "footer": "U krijgt deze e-mail {why}. Hoe vaak u mail krijgt, wijzigt u bij Mijn account:",
        "now": "omdat u meldingen meteen wilt ontvangen",
        "daily": "één keer per dag, zoals u koos",
        "see": "Bekijk het op Samenspel:",
        "one": "{n} nieuwe melding",
        "many": "{n} nieuwe meldingen",
        "overview": "Dit is uw dagelijkse overzicht: {count}.",
        "overview_subject": "uw dagelijkse overzicht, {count}",
    },
    "en": {
        "dear": "Dear {name},",
        "nobody": "participant",
        "footer": "You receive this e-mail {why}. You can change how often you get mail under My account:",
        "now": "because you want notifications right away",
        "daily": "once a day, as you chose",
        "see": "See it on Samenspel:",
        "one": "{n} new notification",
        "many": "{n} new notifications",
        "overview": "This is your daily overview: {count}.",
        "overview_subject": "your daily overview, {count}",
    },
}


@dataclass(frozen=True)
class Texts:
    """The mail texts in one language (Dutch unless the person chose English), with links to the
    site at ``base_url``. The notifications themselves were written in that language already."""

    base_url: str
    language: str = "nl"

    def of(self, language: str | None) -> "Texts":
        return Texts(self.base_url, language if language in _WORDS else "nl")

    def word(self, key: str, **values: object) -> str:
        return _WORDS[self.language][key].format(**values)

    def url(self, link: str) -> str:
        return f"{self.base_url}{link if link.startswith('/') else '/'}"

    def greeting(self, name: str | None) -> str:
        return self.word("dear", name=name or self.word("nobody"))

    @staticmethod
    def subject(text: str) -> str:
        line = " ".join(text.split())  # no line breaks in a header
        return f"Samenspel: {line}"[:200]

    def footer(self, why: str) -> str:
        return f"{self.word('footer', why=self.word(why))}\n{self.base_url}/mijn-account\n\nSamenspel"

    def single(self, row: Any) -> tuple[str, str]:
        parts = [self.greeting(row["display_name"]), row["title"]]
        if row["body"]:
            parts.append(row["body"])
        parts += [f"{self.word('see')}\n{self.url(row['link'])}", self.footer("now")]
        return self.subject(row["title"]), "\n\n".join(parts)

    def digest(self, name: str | None, rows: list[Any]) -> tuple[str, str]:
        count = self.word("one" if len(rows) == 1 else "many", n=len(rows))
        entries = []
        for row in rows:
            body = " ".join(row["body"].split())
            lines = [f"- {row['title']}"]
            if body:
                lines.append(f"  {body[:300]}{'…' if len(body) > 300 else ''}")
            lines.append(f"  {self.url(row['link'])}")
            entries.append("\n".join(lines))
        text = "\n\n".join(
            [self.greeting(name), self.word("overview", count=count), *entries, self.footer("daily")]
        )
        return self.subject(self.word("overview_subject", count=count)), text


async def _immediately(db: Database, texts: Texts, now: datetime) -> tuple[int, bool]:
    async with db.transaction() as connection:
        rows = await connection.fetch(_CLAIM_IMMEDIATE, now, BATCH)
        # An UPDATE returns its rows in no set order: the mails go out in the order things happened.
        rows = sorted(rows, key=lambda row: (row["created_at"], row["id"]))
        mails = [(new_id(), row["email"], *texts.of(row["language"]).single(row)) for row in rows]
        if mails:
            await connection.executemany(_INSERT_MAIL, mails)
    return len(mails), len(rows) == BATCH


async def _digest_of(connection: Connection, texts: Texts, person: Any, now: datetime) -> bool:
    rows = await connection.fetch(_TAKE_FOR_DIGEST, now, person["id"])
    if not rows:
        return False
    rows = sorted(rows, key=lambda r: r["created_at"])
    await connection.execute(
        _INSERT_MAIL,
        new_id(),
        person["email"],
        *texts.of(person["language"]).digest(person["display_name"], rows),
    )
    await connection.execute("UPDATE accounts SET digest_sent_at = $1 WHERE id = $2", now, person["id"])
    return True


async def _daily(db: Database, texts: Texts, now: datetime) -> tuple[int, bool]:
    async with db.transaction() as connection:
        people = await connection.fetch(_CLAIM_DIGESTS, now, BATCH)
        sent = [await _digest_of(connection, texts, person, now) for person in people]
    return sum(sent), len(people) == BATCH


async def _unmailed(db: Database, now: datetime) -> tuple[int, bool]:
    async with db.transaction() as connection:
        status = await connection.execute(_SETTLE_UNMAILED, now, BATCH)
    settled = int(status.rsplit(" ", 1)[-1])
    return 0, settled == BATCH


async def mail_notifications(db: Database, base_url: str, *, now: datetime | None = None) -> int:
    """One round: settle every due notification; return how many mails went to the outbox."""
    now = now or utcnow()
    texts = Texts(base_url.rstrip("/"))
    written = 0
    for step in (_immediately, _daily):
        more = True
        while more:
            count, more = await step(db, texts, now)
            written += count
    more = True
    while more:
        _, more = await _unmailed(db, now)
    return written
