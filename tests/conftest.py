"""Test fixtures: a real PostgreSQL built by the migrations, and the real ASGI app.

With ``DATABASE_URL`` set the tests use that server; otherwise they start an embedded PostgreSQL
in ``.data/pg-test``. Each run (and each xdist worker) gets a fresh database, migrated from empty.
Tests share that database, so they create their own data with unique names and never assume a
table is empty.
"""

import asyncio
import dataclasses
import os
from collections.abc import AsyncIterator, Iterator
from contextlib import asynccontextmanager

import asyncpg
import httpx
import pytest
from litestar import Litestar

from api.app import create_app
from api.db.connection import Database, asyncpg_dsn
from api.db.embedded import EmbeddedPostgres
from api.db.migrate import upgrade
from api.lib.keys import KeyStore
from api.settings import PROJECT_ROOT, Settings
from tests.identities import PASSWORD_COST
from tests.places_standin import StandIn

TEST_DATA = PROJECT_ROOT / ".data" / "test"
BASE_URL = "http://localhost:8000"


def _database_name(worker: str) -> str:
    return f"samenspel_test_{worker}"


async def _recreate(server_url: str, name: str) -> None:
    connection = await asyncpg.connect(asyncpg_dsn(server_url))
    try:
        await connection.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        await connection.execute(f'CREATE DATABASE "{name}"')
    finally:
        await connection.close()


def _with_database(url: str, name: str) -> str:
    """``url`` pointing at database ``name`` instead of its own."""
    from sqlalchemy.engine import make_url

    return make_url(url).set(database=name).render_as_string(hide_password=False)


@pytest.fixture(scope="session")
def server_url() -> Iterator[str]:
    """A PostgreSQL server: ``DATABASE_URL``'s, or an embedded one for this run."""
    if url := os.environ.get("DATABASE_URL"):
        yield url
        return
    embedded = EmbeddedPostgres(TEST_DATA / "pg", database="postgres", durable=False)
    yield embedded.start()


@pytest.fixture(scope="session")
def database_url(server_url: str, worker_id: str) -> str:
    """A fresh database for this run, built by running every migration."""
    name = _database_name(worker_id)
    asyncio.run(_recreate(server_url, name))
    url = _with_database(server_url, name)
    upgrade(url)
    return url


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """The long tests first (``slow``: the contract fuzzing, the races, the ones that start servers),
    so that the workers end on short ones together rather than one waiting for the other's last."""
    items.sort(key=lambda item: item.get_closest_marker("slow") is None)


@pytest.fixture(scope="session")
def places_server() -> Iterator[StandIn]:
    """The geocoder and tile service the API speaks to in tests: a real server on loopback."""
    server = StandIn().start()
    yield server
    server.stop()


@pytest.fixture
def places(places_server: StandIn) -> Iterator[StandIn]:
    """The stand-in, answering normally at the start and the end of the test."""
    places_server.mode = "ok"
    places_server.requests.clear()
    yield places_server
    places_server.mode = "ok"


@pytest.fixture
def impatient_maps(started_app: Litestar) -> Iterator[float]:
    """The app gives up on the map services after a second, for this test only (its time limit)."""
    settings: Settings = started_app.state.settings
    started_app.state.settings = dataclasses.replace(
        settings, maps=dataclasses.replace(settings.maps, timeout_seconds=1.0)
    )
    yield 1.0
    started_app.state.settings = settings


@pytest.fixture(scope="session")
def settings(tmp_path_factory: pytest.TempPathFactory, places_server: StandIn) -> Settings:
    data_dir = tmp_path_factory.mktemp("data")
    os.environ["DATA_DIR"] = str(data_dir)
    os.environ.setdefault("LOG_LEVEL", "WARNING")
    settings = Settings()
    # Tests sign in hundreds of times from one address; the rate-limit tests set their own limits.
    generous = dataclasses.replace(
        settings.auth,
        sign_in_free_failures=100_000,
        sign_in_free_failures_per_address=100_000,
        sign_in_free_failures_per_account=100_000,
        register_per_address=100_000,
        reset_per_account=100_000,
        reset_per_address=100_000,
        # Each test's provider is new: what an earlier one published must not be kept for it.
        provider_cache_seconds=0,
        password_cost=PASSWORD_COST,
    )
    posting = dataclasses.replace(
        settings.participation,
        proposals_per_hour=100_000,
        comments_per_hour=100_000,
        supports_per_hour=100_000,
        reports_per_hour=100_000,
        invitations_per_hour=100_000,
    )
    # Notification mail runs when a test calls it, at the time the test chooses; a background round
    # would settle notifications under the feet of tests that compare the database before and after.
    quiet_mail = dataclasses.replace(settings.mail, notification_interval_seconds=0)
    # Background work runs when a test starts a worker itself (tests/integration/worker).
    no_worker = dataclasses.replace(settings.worker, in_process=False)
    # The geocoder and the map's tiles: a stand-in on loopback (tests/places_standin.py). Its time limit
    # is generous, as a loaded machine can hold a loopback answer past a second; the tests of a slow
    # service shorten it for themselves (``impatient_maps``).
    maps = dataclasses.replace(
        settings.maps,
        geocoder_url=places_server.url,
        tile_url=places_server.url + "/tiles/{z}/{x}/{y}.png",
        timeout_seconds=10.0,
        max_bytes=256 * 1024,
    )
    settings = dataclasses.replace(
        settings, auth=generous, mail=quiet_mail, participation=posting, worker=no_worker, maps=maps
    )
    KeyStore(settings.keys_path, create=True).ensure()
    return settings


@pytest.fixture(scope="session")
def app(settings: Settings, database_url: str) -> Litestar:
    return create_app(settings, database_url=database_url)


@asynccontextmanager
async def run_lifespan(app: Litestar) -> AsyncIterator[Litestar]:
    """Start and stop ``app`` as a server does.

    The ASGI lifespan runs in a task of its own, so startup and shutdown may happen in
    different tasks of the test session (pytest-asyncio runs fixture teardown in another task).
    """
    inbox: asyncio.Queue[dict[str, str]] = asyncio.Queue()
    outbox: asyncio.Queue[dict[str, str]] = asyncio.Queue()
    task = asyncio.create_task(app({"type": "lifespan"}, inbox.get, outbox.put))  # type: ignore[arg-type]
    await inbox.put({"type": "lifespan.startup"})
    assert (await outbox.get())["type"] == "lifespan.startup.complete"
    try:
        yield app
    finally:
        await inbox.put({"type": "lifespan.shutdown"})
        assert (await outbox.get())["type"] == "lifespan.shutdown.complete"
        await task


@pytest.fixture(scope="session")
async def started_app(app: Litestar) -> AsyncIterator[Litestar]:
    """The app with its lifespan (connection pools) started, on the tests' event loop."""
    async with run_lifespan(app):
        yield app


@pytest.fixture(scope="session")
async def client(started_app: Litestar) -> AsyncIterator[httpx.AsyncClient]:
    """The app over HTTP, in process."""
    transport = httpx.ASGITransport(app=started_app)
    async with httpx.AsyncClient(transport=transport, base_url=BASE_URL) as client:
        yield client


@pytest.fixture(scope="session")
async def db(started_app: Litestar) -> Database:
    """The app's own connection pool, for setting up and checking rows directly."""
    database: Database = started_app.state.db
    return database
