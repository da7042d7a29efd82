"""The background queue: the jobs of a worker that died run again, and never collide with the job of
the same task that is already waiting."""

from litestar import Litestar

from api.db.connection import Database
from api.settings import Settings
from api.worker.queue import build, retry_stalled
from tests.factories import unique


async def _status(db: Database, job_id: int) -> str:
    status: str = await db.fetchval(
        "SELECT status FROM procrastinate.procrastinate_jobs WHERE id = $1", job_id
    )
    return status


async def test_a_dead_workers_jobs_run_again_unless_their_task_waits_already(
    started_app: Litestar, db: Database, settings: Settings, database_url: str
) -> None:
    queue = build(settings, database_url)
    # A queue and locks of this test's own, so other tests' jobs are not fetched here.
    name, lonely, crowded = unique("queue"), unique("lonely"), unique("crowded")
    async with queue.open_async():
        manager = queue.job_manager
        task = "webhooks.send"
        first = await queue.configure_task(task, queue=name, queueing_lock=lonely).defer_async(timestamp=1)
        second = await queue.configure_task(task, queue=name, queueing_lock=crowded).defer_async(timestamp=1)
        dead = await manager.register_worker()
        fetched = {
            job.id
            for job in [await manager.fetch_job([name], dead), await manager.fetch_job([name], dead)]
            if job
        }
        assert fetched == {first, second}
        await db.fetchval(
            "UPDATE procrastinate.procrastinate_workers SET last_heartbeat = now() - interval '1 hour' WHERE id = $1",
            dead,
        )
        # The periodic deferrer queued the crowded task again meanwhile: that job waits under its lock.
        waiting = await queue.configure_task(task, queue=name, queueing_lock=crowded).defer_async(timestamp=2)

        retried = await retry_stalled(manager, 60)

        assert first in retried
        assert second not in retried
        assert await _status(db, first) == "todo"
        assert await _status(db, second) == "failed"
        assert await _status(db, waiting) == "todo"
        # Run again, nothing is stalled any more.
        assert not {first, second} & set(await retry_stalled(manager, 60))
        for job_id in (first, waiting):
            assert await manager.cancel_job_by_id_async(job_id, delete_job=True)
