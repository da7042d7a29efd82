"""Recurring background work of a worker: run a job every so often until the worker stops."""

import asyncio
import logging
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import asynccontextmanager, suppress

logger = logging.getLogger(__name__)


async def _every(seconds: float, job: Callable[[], Awaitable[object]], name: str) -> None:
    while True:
        try:
            await job()
        except asyncio.CancelledError:
            raise
        except Exception:
            # A failed round is logged and retried next time; it must not stop the worker.
            logger.exception("background job failed", extra={"job": name})
        await asyncio.sleep(seconds)


@asynccontextmanager
async def running_every(
    seconds: float, job: Callable[[], Awaitable[object]], name: str
) -> AsyncIterator[None]:
    """Run ``job`` now and then every ``seconds`` while the context is open."""
    task = asyncio.create_task(_every(seconds, job, name), name=name)
    try:
        yield
    finally:
        task.cancel()
        with suppress(asyncio.CancelledError):
            await task
