"""The unit of work of a hot write: one asyncpg connection, one transaction, no SQLAlchemy.

Support and claim run a handful of hand-written statements; through a SQLAlchemy session each
costs about a millisecond of CPU, and the session's own BEGIN, ``SELECT 1`` and ORM flush of the
audit entry several more round trips. This unit of work does what ``UnitOfWork`` does for them on
the driver alone: ``await work.connection()`` begins the transaction (and claims the request's
Idempotency-Key in it), ``work.audit(...)`` writes the audit entry in the same transaction, and
the commit happens after the handler returns and before the response is sent, so a failed commit
is an error response. Any exception rolls everything back.

The request holds one pooled connection from start to end. Statements that must commit on their
own, before the transaction (a rate-limit hit), go through ``work.autocommit()`` on that same
connection: asking the pool for a second one while holding the first could starve it. Such a
hit comes before the Idempotency-Key is claimed, so a same-key retry would count against the limit
too; a limit on successful writes (ideas per hour) is better counted inside the transaction.
"""

from collections.abc import AsyncGenerator
from typing import Any
from uuid import UUID

from asyncpg.transaction import Transaction
from litestar import Request
from litestar.di import NamedDependency

from api.db.connection import Connection, Db
from api.lib import idempotency
from api.lib.access import Principal, principal_of
from api.lib.errors import request_id_of
from api.lib.ids import new_id

_AUDIT = """
INSERT INTO audit_events (id, municipality_id, actor_type, actor_id, action, object_type, object_id, result,
                          request_id, details)
VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)
"""


class DriverUnitOfWork:
    """A transaction on one pooled asyncpg connection, and the audit trail that commits with it."""

    def __init__(self, connection: Connection, request: Request[Any, Any, Any]) -> None:
        self._connection = connection
        self._request = request
        self._transaction: Transaction | None = None
        self._audit: list[tuple[Any, ...]] = []
        self.principal: Principal = principal_of(request)
        self.request_id = request_id_of(request)

    def autocommit(self) -> Connection:
        """The connection before the transaction begins: each statement commits on its own."""
        if self._transaction is not None:
            raise RuntimeError("the transaction has begun; autocommit statements go before it")
        return self._connection

    async def connection(self) -> Connection:
        """The connection inside this request's transaction (begun, and the key claimed, on first use)."""
        if self._transaction is None:
            self._transaction = self._connection.transaction()
            await self._transaction.start()
            if self._request.headers.get(idempotency.HEADER) is not None:
                claimed = await idempotency.claim(self._request, self.principal, self._connection)
                if claimed is not None:
                    idempotency.remember(self._request, claimed, self._connection)
        return self._connection

    def audit(
        self,
        action: str,
        object_type: str,
        object_id: UUID | str | None,
        municipality_id: UUID | None,
        details: dict[str, Any] | None = None,
        *,
        result: str = "success",
    ) -> None:
        """Record ``action`` on the object, committed together with the change."""
        from api.db.uow import actor_of

        actor_type, actor_id = actor_of(self.principal)
        self._audit.append(
            (
                new_id(),
                municipality_id,
                actor_type,
                actor_id,
                action,
                object_type,
                str(object_id) if object_id is not None else None,
                result,
                self.request_id,
                details or {},  # this pool's JSON codec encodes it
            )
        )

    async def commit(self) -> None:
        if self._transaction is None:
            if not self._audit:
                return
            await self.connection()
        if self._audit:
            await self._connection.executemany(_AUDIT, self._audit)
        assert self._transaction is not None
        await self._transaction.commit()

    async def rollback(self) -> None:
        if self._transaction is not None:
            await self._transaction.rollback()


async def provide_driver_uow(
    db: Db, request: Request[Any, Any, Any]
) -> AsyncGenerator[DriverUnitOfWork, None]:
    async with db.connection() as connection:
        work = DriverUnitOfWork(connection, request)
        try:
            yield work
        except BaseException:
            await work.rollback()
            raise
        await work.commit()


DriverUow = NamedDependency[DriverUnitOfWork]
"""A handler parameter ``work: DriverUow`` receives the hot write's unit of work."""
