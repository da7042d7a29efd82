"""Running a worker: beside the API in a web worker, or alone (``python -m api worker``)."""

import asyncio
import logging
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager, suppress

import procrastinate

from api.db.connection import Database
from api.lib.mail import Mailer

logger = logging.getLogger(__name__)


@asynccontextmanager
async def running(
    queue: procrastinate.App,
    db: Database,
    mailer: Mailer,
    *,
    concurrency: int = 4,
    stalled_after: float = 60,
    name: str = "samenspel",
) -> AsyncIterator[None]:
    """Run a worker of ``queue`` while the context is open; on leaving, let running jobs finish."""
    async with queue.open_async():
        task = asyncio.create_task(
            queue.run_worker_async(
                name=name,
                concurrency=concurrency,
                additional_context={"db": db, "mailer": mailer},
                install_signal_handlers=False,
                delete_jobs="successful",
                update_heartbeat_interval=max(1.0, stalled_after / 6),
                stalled_worker_timeout=stalled_after,
                shutdown_graceful_timeout=30,
            ),
            name="procrastinate-worker",
        )
        try:
            yield
        finally:
            task.cancel()
            with suppress(asyncio.CancelledError):
                await task
