"""Connections: an asyncpg pool for the hot paths and URLs for SQLAlchemy.

Reads that everyone does (lists, pages) run hand-written SQL on this pool without opening a
transaction; SQLAlchemy (through advanced-alchemy) keeps its own pool for the rest. Every acquire
has a timeout, so an exhausted pool answers 503 quickly instead of hanging.

A connection goes back to the pool without asyncpg's reset query (``RESET ALL; UNLISTEN *; ...``):
that is one more round trip per request, measured at a fifth of a hot read's time. asyncpg still
rolls back a transaction left open. So on this pool: no session-level ``SET`` (use ``SET LOCAL`` or
``set_config(..., true)`` inside a transaction), no ``LISTEN``, no session advisory locks, no
cursors outside a transaction; ``tests/unit/test_pool_hygiene.py`` holds the code to that.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Sequence
from contextlib import asynccontextmanager
from contextvars import ContextVar
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import asyncpg
import msgspec
from asyncpg.pool import PoolConnectionProxy
from litestar.di import NamedDependency

from api.settings import DatabaseSettings

if TYPE_CHECKING:
    Connection = PoolConnectionProxy[asyncpg.Record]
else:
    Connection = PoolConnectionProxy
"""A pooled connection for hand-written SQL."""


def asyncpg_dsn(url: str) -> str:
    """A plain ``postgresql://`` DSN for asyncpg, whatever driver the URL names."""
    for prefix in ("postgresql+asyncpg://", "postgres://", "postgresql+psycopg://"):
        if url.startswith(prefix):
            return "postgresql://" + url.removeprefix(prefix)
    return url


def sqlalchemy_url(url: str) -> str:
    """The same database as a SQLAlchemy URL on the asyncpg driver."""
    return "postgresql+asyncpg://" + asyncpg_dsn(url).removeprefix("postgresql://")


async def _keep_session(connection: asyncpg.Connection[asyncpg.Record]) -> None:
    """Nothing to reset: nothing on this pool changes session state (see the module's docstring)."""


async def _init_connection(connection: asyncpg.Connection[asyncpg.Record]) -> None:
    for json_type in ("json", "jsonb"):
        await connection.set_type_codec(
            json_type,
            encoder=lambda value: msgspec.json.encode(value).decode(),
            decoder=msgspec.json.decode,
            schema="pg_catalog",
        )


@dataclass
class _Held:
    """The one connection of a request (``Database.one_connection``), taken at its first use."""

    task: asyncio.Task[Any] | None
    connection: Connection | None = None


class Database:
    """The asyncpg pool of one worker."""

    def __init__(self, settings: DatabaseSettings, url: str) -> None:
        self.settings = settings
        self.dsn = asyncpg_dsn(url)
        self._pool: asyncpg.Pool[asyncpg.Record] | None = None
        self._held: ContextVar[_Held | None] = ContextVar(f"held_connection_{id(self)}", default=None)

    async def start(self) -> None:
        self._pool = await asyncpg.create_pool(
            self.dsn,
            min_size=self.settings.pool_min,
            max_size=self.settings.pool_max,
            init=_init_connection,
            reset=_keep_session,
            server_settings={
                "application_name": "samenspel",
                "statement_timeout": str(self.settings.statement_timeout_ms),
                "timezone": "UTC",
            },
        )

    async def stop(self) -> None:
        if self._pool is not None:
            await self._pool.close()
            self._pool = None

    @property
    def pool(self) -> asyncpg.Pool[asyncpg.Record]:
        if self._pool is None:
            raise RuntimeError("database pool is not started")
        return self._pool

    @asynccontextmanager
    async def connection(self) -> AsyncIterator[Connection]:
        """A connection from the pool; waiting longer than the acquire timeout raises TimeoutError.
        Inside ``one_connection``, the same one every time."""
        held = self._held.get()
        if held is not None and held.task is asyncio.current_task():
            if held.connection is None:
                held.connection = await self.pool.acquire(timeout=self.settings.acquire_timeout)
            yield held.connection
            return
        async with self.pool.acquire(timeout=self.settings.acquire_timeout) as connection:
            yield connection

    @asynccontextmanager
    async def one_connection(self) -> AsyncIterator[None]:
        """Until the end of the block, every ``connection()`` of this task is one connection, taken
        at the first and returned at the end: a hot write's authentication, access check and unit
        of work on one connection instead of three acquisitions. Tasks started meanwhile (which
        inherit the context) take their own; statements on it run one after another, as ever."""
        token = self._held.set(held := _Held(asyncio.current_task()))
        try:
            yield
        finally:
            self._held.reset(token)
            if held.connection is not None:
                await self.pool.release(held.connection)

    @asynccontextmanager
    async def transaction(self) -> AsyncIterator[Connection]:
        """A connection inside a transaction that commits on success and rolls back on error."""
        async with self.connection() as connection, connection.transaction():
            yield connection

    async def fetch(self, query: str, *args: Any) -> Sequence[asyncpg.Record]:
        async with self.connection() as connection:
            return await connection.fetch(query, *args)

    async def fetchrow(self, query: str, *args: Any) -> asyncpg.Record | None:
        async with self.connection() as connection:
            return await connection.fetchrow(query, *args)

    async def fetchval(self, query: str, *args: Any) -> Any:
        async with self.connection() as connection:
            return await connection.fetchval(query, *args)


Db = NamedDependency[Database]
"""A handler parameter ``db: Db`` receives the worker's pool."""
