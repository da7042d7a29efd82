"""The unit of work of a write request: one transaction, and everything that commits with it.

A handler that changes data takes ``uow: Uow``; it is the only handle a write has (``db: Db`` is for
reads, which need no transaction). The transaction commits after the handler returns and before the
response is sent, so a failed commit is an error response; any exception rolls everything back,
audit entries, notifications and timeline events included.

One unit of work, on one of two kinds of connection, chosen per route:

- Most writes keep advanced-alchemy's ORM: ``uow.session``. ``await uow.connection()`` is the
  asyncpg connection under that same session, in the same transaction, and it flushes the session
  first, so hand-written SQL always sees what the ORM wrote: no handler or service flushes to
  make a read-back correct. The transaction begins, and the Idempotency-Key is claimed, before the
  handler runs.
- Hot writes (support, a claim on a task, a new idea, a budget decision: see STYLE.md) declare
  ``opt=access(...) | HOT_WRITE`` and run on a pooled driver connection alone, without
  SQLAlchemy's per-statement CPU or the session's extra round trips; ``uow.session`` refuses there.
  Their transaction begins, and the key is claimed, at the first ``await uow.connection()``.

Rows that go with a change (an audit entry, a notification, a timeline event, and later an outbox
event) are written one way in both: ``uow.add_row(statement, *values)`` (``uow.audit`` is one) keeps
them, and they are inserted together on the transaction's connection just before it commits.

Why not one pool for both: a SQLAlchemy session bound to a connection of the driver's pool makes
SQLAlchemy set up that connection as its own at every checkout (its JSON codecs over ours, and a
type-introspection round trip), which costs the hot writes what they are hot for. So the ORM keeps
its pool and a write uses exactly one connection of one of them.
"""

from collections.abc import AsyncGenerator, AsyncIterator, Awaitable, Callable
from contextlib import asynccontextmanager
from typing import Any, Concatenate, Final, Generic, ParamSpec, Protocol, TypeVar, cast
from uuid import UUID

import msgspec
from asyncpg.transaction import Transaction
from litestar import Request
from litestar.di import NamedDependency
from litestar.middleware import ASGIMiddleware
from litestar.types import ASGIApp, Receive, Scope, Send
from sqlalchemy import ColumnElement, select
from sqlalchemy.ext.asyncio import AsyncSession

from api.db.base import RecordBase
from api.db.connection import Connection, Database
from api.lib import idempotency
from api.lib.access import Client, CommandLine, Person, Principal, principal_of
from api.lib.errors import NotFound, request_id_of
from api.lib.etag import require_if_match
from api.lib.ids import new_id

P = ParamSpec("P")
T = TypeVar("T")
M = TypeVar("M", bound=RecordBase)


class Versioned(Protocol):
    """A model whose changes an ETag guards."""

    version: int


HOT_WRITE: Final[dict[str, Any]] = {"hot_write": True}
"""Merge into a write route's ``opt``: its unit of work runs on the driver alone, and the whole
request (authentication, the access check's target, the write) on one connection of the pool."""


HOT_BODY_LIMIT: Final = 64 * 1024
"""What a hot write's body is read up to before its connection is taken (theirs are small JSON)."""


class OneConnectionForHotWrites(ASGIMiddleware):
    """A hot write takes one connection of the pool for the whole request (``Database.one_connection``),
    from the session lookup to the commit: one acquisition instead of three, and no second
    connection asked of the pool while the write holds one. Mounted outside the authentication.

    The body is read first (up to ``HOT_BODY_LIMIT``), so that a client sending it slowly holds no
    connection meanwhile: a few slow clients would otherwise take the pool from everyone."""

    async def handle(self, scope: Scope, receive: Receive, send: Send, next_app: ASGIApp) -> None:
        handler = scope.get("route_handler")
        if handler is None or not handler.opt.get("hot_write"):
            await next_app(scope, receive, send)
            return
        received = await _read_body(receive, HOT_BODY_LIMIT)
        db: Database = scope["litestar_app"].state.db
        async with db.one_connection():
            await next_app(scope, _replay(received, receive), send)


async def _read_body(receive: Receive, limit: int) -> list[Any]:
    """The request's messages up to its last body part, or until ``limit`` bytes came (the rest is
    the app's to read and refuse), or until the client leaves."""
    received: list[Any] = []
    size = 0
    while True:
        message = await receive()
        received.append(message)
        if message["type"] != "http.request" or not message.get("more_body", False):
            return received
        size += len(message.get("body", b""))
        if size > limit:
            return received


def _replay(received: list[Any], receive: Receive) -> Receive:
    """``receive`` that gives what was read first, then what is still to come."""
    pending = iter(received)

    async def replayed() -> Any:
        return next(pending, None) or await receive()

    return replayed


_AUDIT = """
INSERT INTO audit_events (id, municipality_id, actor_type, actor_id, action, object_type, object_id, result,
                          request_id, details)
VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10::text::jsonb)
"""


def actor_of(principal: Principal) -> tuple[str, str | None]:
    if isinstance(principal, CommandLine):
        return "command_line", principal.who[:100]
    if isinstance(principal, Person):
        return "person", str(principal.account_id)
    if isinstance(principal, Client):
        return "client", principal.client_id
    return "anonymous", None


def json_text(value: Any) -> str:
    """A JSON value for a ``$n::text::jsonb`` parameter: the two pools decode JSON differently."""
    return msgspec.json.encode(value).decode()


class UnitOfWork:
    """One transaction on one connection (an ORM session's or a pooled driver connection), and the
    rows that commit with it."""

    def __init__(
        self,
        principal: Principal,
        request_id: str,
        *,
        session: AsyncSession | None = None,
        connection: Connection | None = None,
        request: Request[Any, Any, Any] | None = None,
    ) -> None:
        assert (session is None) != (connection is None), "one kind of connection"
        self.principal = principal
        self.request_id = request_id
        self._session = session
        self._driver = connection
        self._request = request
        self._transaction: Transaction | None = None
        self._rows: list[tuple[str, tuple[Any, ...]]] = []

    @property
    def person(self) -> Person:
        """The person doing this write, where the route's access rule lets only a person in."""
        assert isinstance(self.principal, Person)
        return self.principal

    @property
    def session(self) -> AsyncSession:
        """The ORM session in this transaction (not in a hot write)."""
        if self._session is None:
            raise RuntimeError("a hot write runs on the driver alone: use await uow.connection()")
        return self._session

    async def connection(self) -> Connection:
        """The driver connection inside this transaction, with everything the ORM wrote flushed.

        In an ORM write, SQLAlchemy registered its own JSON codecs on it: JSON parameters go in as
        text (``$n::text::jsonb`` with ``json_text``), which works on both kinds.
        """
        if self._session is not None:
            await self._session.flush()
            connection = await self._session.connection()
            raw = await connection.get_raw_connection()
            driver: Connection = raw.driver_connection  # type: ignore[assignment]
            if not driver.is_in_transaction():
                # SQLAlchemy begins lazily, on its first statement; SQL sent straight to the driver
                # before that would run outside the transaction (and its locks end with it).
                await connection.exec_driver_sql("SELECT 1")
            return driver
        assert self._driver is not None
        if self._transaction is None:
            self._transaction = self._driver.transaction()
            await self._transaction.start()
            await self._claim_key(self._driver)
        return self._driver

    async def read(
        self,
        query: Callable[Concatenate[Connection, P], Awaitable[T | None]],
        *args: P.args,
        **kwargs: P.kwargs,
    ) -> T:
        """What this write just wrote, read back in its transaction by a query of the read side,
        so the answer is the same struct a GET gives."""
        found = await query(await self.connection(), *args, **kwargs)
        assert found is not None, "a write reads back what it wrote"
        return found

    async def lock_where(self, model: type[M], *where: ColumnElement[bool]) -> M | None:
        """The one row of ``model`` that ``where`` finds, locked for the rest of this transaction
        (``FOR UPDATE``), or None."""
        found: M | None = await self.session.scalar(select(model).where(*where).with_for_update())
        return found

    async def locked(self, model: type[M], row_id: UUID, missing: str, *, if_match: str | None = None) -> M:
        """The row, locked for the rest of this transaction (``FOR UPDATE``); 404 with ``missing``
        when there is none. Given the ``If-Match`` a change was sent with, also 428 without one and
        412 unless it names the row's current version."""
        found = await self.lock_where(model, model.id == row_id)
        if found is None:
            raise NotFound(missing)
        if if_match is not None:
            require_if_match(if_match, cast(Versioned, found).version)
        return found

    async def insert(self, row: RecordBase) -> None:
        """Add ``row`` and write it now (not at the commit): its defaults are known from here on, and a
        unique constraint that refuses it does so here."""
        self.session.add(row)
        await self.session.flush()

    async def _claim_key(self, connection: Connection) -> None:
        request = self._request
        if request is not None and request.headers.get(idempotency.HEADER) is not None:
            claimed = await idempotency.claim(request, self.principal, connection)
            if claimed is not None:
                idempotency.remember(request, claimed, connection)

    def add_row(self, statement: str, *values: Any) -> None:
        """Insert a row that goes with this change, just before the transaction commits."""
        self._rows.append((statement, values))

    def audit(
        self,
        action: str,
        object_type: str,
        object_id: UUID | str | None,
        municipality_id: UUID | None,
        details: dict[str, Any] | None = None,
        *,
        actor: Principal | None = None,
        result: str = "success",
    ) -> None:
        """Record ``action`` on the object, committed together with the change."""
        actor_type, actor_id = actor_of(actor or self.principal)
        self.add_row(
            _AUDIT,
            new_id(),
            municipality_id,
            actor_type,
            actor_id,
            action,
            object_type,
            str(object_id) if object_id is not None else None,
            result,
            self.request_id,
            json_text(details or {}),
        )

    async def _write_rows(self) -> None:
        """The kept rows, one ``executemany`` for each run of the same statement, in order."""
        if not self._rows:
            return
        connection = await self.connection()
        rows, self._rows = self._rows, []
        start = 0
        for end in range(1, len(rows) + 1):
            if end == len(rows) or rows[end][0] != rows[start][0]:
                await connection.executemany(rows[start][0], [values for _, values in rows[start:end]])
                start = end

    async def _commit_driver(self) -> None:
        await self._write_rows()
        if self._transaction is not None:
            await self._transaction.commit()

    async def _rollback_driver(self) -> None:
        if self._transaction is not None:
            await self._transaction.rollback()


class Service:
    """A domain's writes and rules, inside the request's unit of work."""

    def __init__(self, uow: UnitOfWork) -> None:
        self.uow = uow


class RowService(Service, Generic[M]):
    """A service whose writes change rows of ``model``, each first locked or a 404 saying ``missing``."""

    model: type[M]
    missing: str

    async def _locked(self, row_id: UUID, if_match: str | None = None) -> M:
        """The row, locked for the rest of the transaction (see ``UnitOfWork.locked``)."""
        return await self.uow.locked(self.model, row_id, self.missing, if_match=if_match)


async def provide_uow(
    db: NamedDependency[Database],
    db_session: NamedDependency[AsyncSession],
    request: Request[Any, Any, Any],
) -> AsyncGenerator[UnitOfWork, None]:
    """The request's unit of work: on the driver for a route marked ``HOT_WRITE``, else the ORM's."""
    principal, request_id = principal_of(request), request_id_of(request)
    if request.route_handler.opt.get("hot_write"):
        async with db.connection() as connection:
            work = UnitOfWork(principal, request_id, connection=connection, request=request)
            try:
                yield work
            except BaseException:
                await work._rollback_driver()
                raise
            await work._commit_driver()
        return
    async with db_session.begin():
        uow = UnitOfWork(principal, request_id, session=db_session, request=request)
        if request.headers.get(idempotency.HEADER) is not None:
            await uow._claim_key(await uow.connection())
        yield uow
        await uow._write_rows()


@asynccontextmanager
async def unit_of_work(
    session: AsyncSession, principal: Principal, request_id: str
) -> AsyncIterator[UnitOfWork]:
    """A transaction of its own, for a handler that commits more than once: a sign-in that fails
    must still leave its audit entry, and no transaction should stay open while it waits on
    another server."""
    async with session.begin():
        uow = UnitOfWork(principal, request_id, session=session)
        yield uow
        await uow._write_rows()


Uow = NamedDependency[UnitOfWork]
"""A handler parameter ``uow: Uow`` receives the request's unit of work."""
