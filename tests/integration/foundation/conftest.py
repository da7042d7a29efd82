"""An app with the probe routes, sharing the session's database; databases of a test's own."""

import asyncio
import contextlib
import dataclasses
from collections.abc import AsyncIterator, Awaitable, Callable

import httpx
import pytest
from litestar import Litestar

from api.app import create_app
from api.db.connection import Database
from api.db.migrate import upgrade
from api.settings import Settings
from tests.conftest import BASE_URL, _recreate, _with_database, run_lifespan
from tests.probes import ProbeController


@pytest.fixture(scope="session")
async def probe_client(settings: Settings, database_url: str) -> AsyncIterator[httpx.AsyncClient]:
    app: Litestar = create_app(settings, database_url=database_url, extra_routes=[ProbeController])
    async with run_lifespan(app):
        transport = httpx.ASGITransport(app=app, raise_app_exceptions=False)
        async with httpx.AsyncClient(transport=transport, base_url=BASE_URL) as client:
            yield client


@pytest.fixture(scope="module")
def own_database(server_url: str, worker_id: str) -> Callable[[str], Awaitable[str]]:
    """A fresh database built by the migrations, for a test that reads what PostgreSQL counts per
    database or plans from its statistics, where other tests' rows would change the answer."""

    async def make(purpose: str) -> str:
        name = f"samenspel_{purpose}_{worker_id}"
        await _recreate(server_url, name)
        url = _with_database(server_url, name)
        await asyncio.to_thread(upgrade, url)  # Alembic runs its own event loop
        return url

    return make


@contextlib.asynccontextmanager
async def one_connection_pool(settings: Settings, url: str) -> AsyncIterator[Database]:
    """A pool of one connection: every call lands in the same session and its statement cache."""
    pool = Database(dataclasses.replace(settings.database, pool_min=1, pool_max=1), url)
    await pool.start()
    try:
        yield pool
    finally:
        await pool.stop()
