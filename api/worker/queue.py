"""The queue and its tasks. Tasks are thin: each calls one function of the domain it serves."""

import logging
from typing import Any

import procrastinate
from procrastinate import JobContext
from procrastinate.exceptions import UniqueViolation
from procrastinate.jobs import Status
from procrastinate.manager import JobManager

from api.db.connection import Database, asyncpg_dsn
from api.domains.accounts.throttle import forget_old_failures
from api.domains.meetings.reminders import remind as remind_meetings
from api.domains.notifications.mail import mail_notifications
from api.domains.proposals.services import recompute_trending
from api.domains.webhooks.delivery import SECRET_PURPOSE as WEBHOOK_SECRET_PURPOSE
from api.domains.webhooks.delivery import Sender
from api.domains.webhooks.dispatch import dispatch
from api.lib.idempotency import forget_old_keys
from api.lib.keys import KeyStore
from api.lib.mail import Mailer, deliver_pending
from api.lib.secretbox import SecretBox
from api.settings import Settings
from api.worker.followers import tell_followers
from api.worker.schedule import every

logger = logging.getLogger(__name__)

SCHEMA = "procrastinate"
"""The queue's tables live in their own schema, apart from the application's."""


def _db(context: JobContext) -> Database:
    db: Database = context.additional_context["db"]
    return db


def connector(url: str, *, max_size: int = 4) -> procrastinate.PsycopgConnector:
    return procrastinate.PsycopgConnector(
        conninfo=asyncpg_dsn(url),
        min_size=1,
        max_size=max_size,
        kwargs={"options": f"-c search_path={SCHEMA}", "application_name": "samenspel-worker"},
    )


def build(settings: Settings, url: str) -> procrastinate.App:
    """The queue on the database at ``url``, with every task of the platform."""
    app = procrastinate.App(connector=connector(url))

    @app.periodic(cron=every(2), periodic_id="mail")
    @app.task(name="mail.deliver", queue="mail", pass_context=True, queueing_lock="mail.deliver")
    async def deliver_mail(context: JobContext, timestamp: int) -> None:
        """Send what is in the mail outbox; forget mail sent more than a week ago."""
        db = _db(context)
        mailer: Mailer = context.additional_context["mailer"]
        await deliver_pending(db, mailer)
        await db.fetchval("DELETE FROM outgoing_mails WHERE sent_at < now() - interval '7 days'")

    interval = settings.mail.notification_interval_seconds
    if interval > 0:

        @app.periodic(cron=every(interval), periodic_id="notifications")
        @app.task(
            name="notifications.mail", queue="mail", pass_context=True, queueing_lock="notifications.mail"
        )
        async def mail_due_notifications(context: JobContext, timestamp: int) -> None:
            """Turn due notifications into mail, as each person chose (now or in the daily digest)."""
            await mail_notifications(_db(context), settings.server.base_url)

    @app.periodic(cron=every(settings.participation.trending_interval_seconds), periodic_id="trending")
    @app.task(name="proposals.trending", pass_context=True, queueing_lock="proposals.trending")
    async def trending(context: JobContext, timestamp: int) -> None:
        """Supports older than seven days stop counting as trending."""
        async with _db(context).connection() as connection:
            await recompute_trending(connection)

    @app.periodic(cron=every(3600), periodic_id="idempotency")
    @app.task(name="idempotency.expire", pass_context=True, queueing_lock="idempotency.expire")
    async def expire_idempotency_keys(context: JobContext, timestamp: int) -> None:
        """Idempotency keys are kept a day."""
        async with _db(context).connection() as connection:
            await forget_old_keys(connection)

    @app.periodic(cron=every(3600), periodic_id="sign-in-failures")
    @app.task(name="accounts.forget-sign-in-failures", pass_context=True, queueing_lock="sign-in-failures")
    async def forget_sign_in_failures(context: JobContext, timestamp: int) -> None:
        """Sign-in failures are forgotten after a quiet day."""
        await forget_old_failures(_db(context))

    stalled_after = settings.worker.stalled_after_seconds

    @app.periodic(cron=every(30), periodic_id="stalled")
    @app.task(name="queue.retry-stalled", pass_context=True, queueing_lock="queue.retry-stalled")
    async def retry_stalled_jobs(context: JobContext, timestamp: int) -> None:
        """Jobs of a worker that died (no heartbeat) run again on a living one."""
        await retry_stalled(context.app.job_manager, stalled_after)

    @app.periodic(cron=every(2), periodic_id="webhooks")
    @app.task(name="webhooks.send", queue="webhooks", pass_context=True, queueing_lock="webhooks.send")
    async def send_webhooks(context: JobContext, timestamp: int) -> None:
        """Fan new events out to the subscriptions, then send what is due."""
        db = _db(context)
        await dispatch(db)
        await Sender(
            db, webhook_secrets(settings), settings.webhooks, allow_loopback=settings.allow_loopback_providers
        ).run()

    @app.periodic(cron=every(2), periodic_id="followers")
    @app.task(name="notifications.followers", pass_context=True, queueing_lock="notifications.followers")
    async def notify_followers(context: JobContext, timestamp: int) -> None:
        """Followers of an opgave hear of its phases, formulation, tasks, grants, reflections, results."""
        for _ in range(20):  # a bounded catch-up; the next round goes on
            if not await tell_followers(_db(context)):
                break

    @app.periodic(cron=every(300), periodic_id="meeting-reminders")
    @app.task(name="meetings.remind", queue="mail", pass_context=True, queueing_lock="meetings.remind")
    async def remind_registrants(context: JobContext, timestamp: int) -> None:
        """A day before a meeting, everyone with a place gets a reminder in the mail outbox."""
        await remind_meetings(_db(context), settings.server.base_url)

    @app.periodic(cron=every(3600), periodic_id="webhook-log")
    @app.task(name="webhooks.prune", pass_context=True, queueing_lock="webhooks.prune")
    async def prune_delivery_log(context: JobContext, timestamp: int) -> None:
        """The delivery log keeps settled deliveries 90 days."""
        await _db(context).fetchval(
            "DELETE FROM webhook_deliveries WHERE status <> 'pending' AND updated_at < now() - interval '90 days'"
        )

    _ = (
        send_webhooks,
        prune_delivery_log,
        deliver_mail,
        trending,
        expire_idempotency_keys,
        retry_stalled_jobs,
        remind_registrants,
    )
    return app


async def retry_stalled(manager: JobManager, seconds_since_heartbeat: float) -> list[int]:
    """Put the jobs of dead workers back in the queue; return the ids of those that will run again.

    Every task here does "what is due", and its queueing lock lets one job of it wait at a time. A
    stalled job whose task already has a job waiting is therefore not needed: the waiting one does its
    work, so the stalled one is closed as failed instead of colliding with the lock."""
    retried = []
    for job in await manager.get_stalled_jobs(seconds_since_heartbeat=seconds_since_heartbeat):
        assert job.id is not None  # jobs read from the database have one
        try:
            await manager.retry_job(job)
        except UniqueViolation as clash:
            if clash.queueing_lock is None:
                raise
            logger.warning("a stalled job's task is queued again already", extra={"job": job.id})
            await manager.finish_job(job, status=Status.FAILED, delete_job=False)
        else:
            logger.warning("retrying a stalled job", extra={"job": job.id, "task": job.task_name})
            retried.append(job.id)
    return retried


def webhook_secrets(settings: Settings) -> SecretBox:
    return SecretBox.derive(KeyStore(settings.keys_path, create=False).secret(), WEBHOOK_SECRET_PURPOSE)


def periodic_ids(app: procrastinate.App) -> list[Any]:
    return sorted(p.periodic_id for p in app.periodic_registry.periodic_tasks.values())
