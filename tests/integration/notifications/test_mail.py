"""Notifications by mail as each person chose: immediately, a daily digest, or never.

The job takes "now" as an argument, so these tests move the clock instead of waiting for it. Local
times are Amsterdam's, worked out by PostgreSQL (which also decides when the digest is due).
"""

import asyncio
import dataclasses
from collections.abc import AsyncIterator
from datetime import datetime
from typing import Any

import pytest
from litestar import Litestar

from api.db.connection import Database
from api.domains.notifications.mail import mail_notifications
from api.settings import Settings
from api.worker.queue import build
from api.worker.runner import running
from tests.content_factories import notification
from tests.identities import person

BASE = "https://samenspel.example"


@pytest.fixture(autouse=True)
async def _leave_the_outbox_clear(db: Database) -> AsyncIterator[None]:
    """The tests share one outbox that delivers a batch at a time; hundreds of notification mails
    left in it would keep other tests waiting for their own (a verification link, say)."""
    yield
    await db.fetchval(
        "DELETE FROM outgoing_mails WHERE sent_at IS NULL AND body LIKE '%Hoe vaak u mail krijgt%'"
    )


async def _choosing(db: Database, choice: str, **kwargs: Any) -> dict[str, Any]:
    someone = await person(db, display_name="Mila", **kwargs)
    await db.fetchval("UPDATE accounts SET email_notifications = $1 WHERE id = $2", choice, someone["id"])
    return someone


async def _mails(db: Database, address: str) -> list[dict[str, Any]]:
    rows = await db.fetch(
        "SELECT subject, body FROM outgoing_mails WHERE to_address = $1 ORDER BY created_at, id", address
    )
    return [dict(r) for r in rows]


async def _amsterdam(db: Database, days: int, hour: int) -> datetime:
    """``hour`` o'clock in Amsterdam, ``days`` after today there."""
    moment: datetime = await db.fetchval(
        """SELECT (date_trunc('day', now() AT TIME ZONE 'Europe/Amsterdam') + make_interval(days => $1, hours => $2))
                  AT TIME ZONE 'Europe/Amsterdam'""",
        days,
        hour,
    )
    return moment


async def test_immediately_means_one_mail_per_notification(started_app: Litestar, db: Database) -> None:
    someone = await _choosing(db, "immediately")
    answered = await notification(
        db,
        someone["id"],
        title="De gemeente heeft uw idee beantwoord",
        body="Uw idee wordt meegenomen in het plan van aanpak.",
        link="/ideeen/42",
    )
    await notification(db, someone["id"], kind="comment_replied", title="Iemand reageerde op uw reactie")
    await notification(db, someone["id"], kind="proposal_on_followed", title="Nieuw idee bij een opgave")

    await mail_notifications(db, BASE)
    mails = await _mails(db, someone["email"])
    assert [m["subject"] for m in mails] == [
        "Samenspel: De gemeente heeft uw idee beantwoord",
        "Samenspel: Iemand reageerde op uw reactie",
    ]
    first = mails[0]["body"]
    assert first.startswith("Beste Mila,")
    assert "Uw idee wordt meegenomen in het plan van aanpak." in first
    assert f"{BASE}/ideeen/42" in first
    assert f"{BASE}/mijn-account" in first
    settled = await db.fetchval("SELECT emailed_at FROM notifications WHERE id = $1", answered["id"])
    assert settled is not None

    # The next round finds nothing new; a new proposal on a followed opgave is never mailed.
    await mail_notifications(db, BASE)
    assert len(await _mails(db, someone["email"])) == 2
    assert (
        await db.fetchval(
            "SELECT count(*) FROM notifications WHERE account_id = $1 AND emailed_at IS NULL", someone["id"]
        )
        == 1
    )


async def test_daily_means_one_digest_a_day_with_everything_in_it(
    started_app: Litestar, db: Database
) -> None:
    someone = await _choosing(db, "daily")
    for title in ("Antwoord op uw idee", "Reactie op uw reactie", "Uw reactie is verborgen"):
        await notification(db, someone["id"], title=title, link=f"/ideeen/{title[:3].lower()}")

    # Not before seven in the morning, Amsterdam time.
    await mail_notifications(db, BASE, now=await _amsterdam(db, 1, 6))
    assert await _mails(db, someone["email"]) == []

    await mail_notifications(db, BASE, now=await _amsterdam(db, 1, 8))
    [digest] = await _mails(db, someone["email"])
    assert digest["subject"] == "Samenspel: uw dagelijkse overzicht, 3 nieuwe meldingen"
    body = digest["body"]
    assert body.startswith("Beste Mila,")
    positions = [
        body.index(t) for t in ("Antwoord op uw idee", "Reactie op uw reactie", "Uw reactie is verborgen")
    ]
    assert positions == sorted(positions)  # oldest first
    assert f"{BASE}/ideeen/ant" in body

    # Something new the same evening waits for tomorrow: one digest a day, never two.
    await notification(db, someone["id"], title="Nog een antwoord")
    await mail_notifications(db, BASE, now=await _amsterdam(db, 1, 20))
    await mail_notifications(db, BASE, now=await _amsterdam(db, 1, 23))
    assert len(await _mails(db, someone["email"])) == 1

    await mail_notifications(db, BASE, now=await _amsterdam(db, 2, 8))
    mails = await _mails(db, someone["email"])
    assert len(mails) == 2
    assert mails[1]["subject"] == "Samenspel: uw dagelijkse overzicht, 1 nieuwe melding"
    assert "Nog een antwoord" in mails[1]["body"]
    assert "Antwoord op uw idee" not in mails[1]["body"]
    await mail_notifications(db, BASE, now=await _amsterdam(db, 3, 8))
    assert len(await _mails(db, someone["email"])) == 2  # nothing new, no mail


async def test_never_means_no_mail(started_app: Litestar, db: Database) -> None:
    quiet = await _choosing(db, "never")
    unverified = await _choosing(db, "immediately", verified=False)
    for someone in (quiet, unverified):
        await notification(db, someone["id"], title="Antwoord op uw idee")
    await mail_notifications(db, BASE, now=await _amsterdam(db, 1, 9))
    for someone in (quiet, unverified):
        assert await _mails(db, someone["email"]) == []
        # Settled, so no round looks at them again; still there to read in the site.
        assert (
            await db.fetchval(
                "SELECT count(*) FROM notifications WHERE account_id = $1 AND emailed_at IS NULL AND read_at IS NULL",
                someone["id"],
            )
            == 0
        )
        assert (
            await db.fetchval("SELECT count(*) FROM notifications WHERE account_id = $1", someone["id"]) == 1
        )


async def test_several_workers_mail_each_notification_once(started_app: Litestar, db: Database) -> None:
    busy = await _choosing(db, "immediately")
    digesters = [await _choosing(db, "daily") for _ in range(5)]
    for i in range(150):
        await notification(db, busy["id"], title=f"Melding {i}")
    for someone in digesters:
        for i in range(3):
            await notification(db, someone["id"], title=f"Melding {i}")
    now = await _amsterdam(db, 1, 10)
    await asyncio.gather(*(mail_notifications(db, BASE, now=now) for _ in range(6)))
    subjects = [m["subject"] for m in await _mails(db, busy["email"])]
    assert len(subjects) == 150
    assert len(set(subjects)) == 150
    for someone in digesters:
        assert len(await _mails(db, someone["email"])) == 1


async def test_two_workers_mail_what_is_due_once(
    started_app: Litestar, db: Database, settings: Settings, database_url: str
) -> None:
    """The round runs on the background queue: two workers (two web workers with the queue in
    process, say) mail each due notification once, and deliver it."""
    people = [await _choosing(db, "immediately") for _ in range(3)]
    for someone in people:
        await notification(db, someone["id"], title="Antwoord in de achtergrond")
    quick = dataclasses.replace(
        settings,
        mail=dataclasses.replace(settings.mail, notification_interval_seconds=1),
        server=dataclasses.replace(settings.server, public_url=BASE),
    )
    mailer = started_app.state.mailer
    async with (
        running(build(quick, database_url), db, mailer, name="een"),
        running(build(quick, database_url), db, mailer, name="twee"),
    ):
        for _ in range(600):  # a minute at most, for a loaded machine; it ends as soon as all is sent
            sent = await db.fetchval(
                "SELECT count(*) FROM outgoing_mails WHERE to_address = ANY($1) AND sent_at IS NOT NULL",
                [p["email"] for p in people],
            )
            if sent == len(people):
                break
            await asyncio.sleep(0.1)
    for someone in people:
        assert [m["subject"] for m in await _mails(db, someone["email"])] == [
            "Samenspel: Antwoord in de achtergrond"
        ]
    # Successful jobs leave the queue; none of the mail queue's is left half done. (Another test of
    # the session kills a worker in the middle of a webhook delivery: that job stays until retried.)
    left = await db.fetchval(
        "SELECT count(*) FROM procrastinate.procrastinate_jobs WHERE status = 'doing' AND queue_name = 'mail'"
    )
    assert left == 0


async def test_mail_comes_in_the_language_the_person_chose(started_app: Litestar, db: Database) -> None:
    at_once = await _choosing(db, "immediately")
    daily = await _choosing(db, "daily")
    for someone in (at_once, daily):
        await db.fetchval("UPDATE accounts SET language = 'en' WHERE id = $1", someone["id"])
        await notification(
            db, someone["id"], kind="opgave_update", title="‘Werk’ is now in the phase planning"
        )
    await mail_notifications(db, BASE, now=await _amsterdam(db, 1, 8))

    [single] = await _mails(db, at_once["email"])
    assert single["subject"] == "Samenspel: ‘Werk’ is now in the phase planning"
    assert single["body"].startswith("Dear Mila,")
    assert "See it on Samenspel:" in single["body"]
    assert "because you want notifications right away" in single["body"]
    [digest] = await _mails(db, daily["email"])
    assert digest["subject"] == "Samenspel: your daily overview, 1 new notification"
    assert "This is your daily overview: 1 new notification." in digest["body"]
    await db.fetchval("DELETE FROM outgoing_mails WHERE body LIKE '%You can change how often%'")
