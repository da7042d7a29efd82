"""Reminders by mail, a day before a meeting, to everyone with a place.

A background round (the queue's ``meetings.remind``) claims due registrations with ``FOR UPDATE SKIP
LOCKED`` and marks them in the transaction that writes their mail to the outbox, so several workers
never remind anyone twice. ``now`` can be given, so tests can move time.
"""

from datetime import datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from api.db.connection import Database
from api.lib.ids import new_id
from api.lib.time import utcnow

BEFORE = timedelta(hours=24)
BATCH = 200
_LOCAL = ZoneInfo("Europe/Amsterdam")

_CLAIM = """
WITH due AS (
    SELECT r.id FROM meeting_registrations r JOIN meetings m ON m.id = r.meeting_id
    WHERE r.status = 'registered' AND r.reminded_at IS NULL AND m.status = 'planned'
      AND m.starts_at > $1 AND m.starts_at <= $1 + make_interval(secs => $2)
    ORDER BY m.starts_at LIMIT $3
    FOR UPDATE OF r SKIP LOCKED
)
UPDATE meeting_registrations r SET reminded_at = $1 FROM due, meetings m, accounts a
WHERE r.id = due.id AND m.id = r.meeting_id AND a.id = r.account_id
RETURNING a.email, a.display_name, (a.email IS NOT NULL AND a.email_verified_at IS NOT NULL AND a.deleted_at IS NULL) AS mailable,
          m.id AS meeting_id, m.title, m.starts_at, m.location, m.online_url
"""
_INSERT_MAIL = "INSERT INTO outgoing_mails (id, to_address, subject, body) VALUES ($1, $2, $3, $4)"


def _body(r: Any, base_url: str) -> str:
    when = r["starts_at"].astimezone(_LOCAL).strftime("%d-%m-%Y om %H:%M")
    where = r["location"] or ""
    online = r["online_url"]
    lines = [
        f"Beste {r['display_name']},",
        "",
        f"Morgen is de bijeenkomst '{r['title']}' waarvoor u bent aangemeld: {when}.",
    ]
    if where:
        lines.append(f"Plaats: {where}")
    if online:
        lines.append(f"Online: {online}")
    lines += [
        "",
        f"Kunt u niet? Meld u dan af, dan krijgt iemand op de wachtlijst uw plaats: {base_url}/bijeenkomsten/{r['meeting_id']}",
    ]
    return "\n".join(lines)


async def remind(db: Database, base_url: str, now: datetime | None = None) -> int:
    """Write the reminders that are due to the mail outbox; how many went in."""
    moment = now or utcnow()
    async with db.connection() as connection, connection.transaction():
        rows = await connection.fetch(_CLAIM, moment, BEFORE.total_seconds(), BATCH)
        mails = [
            (new_id(), row["email"], f"Herinnering: {row['title']}", _body(row, base_url))
            for row in rows
            if row["mailable"]
        ]
        if mails:
            await connection.executemany(_INSERT_MAIL, mails)
    return len(mails)
