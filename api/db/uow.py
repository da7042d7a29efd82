"""The unit of work of a write request: one transaction, the audit entries that go with it.

Controllers that change data take ``uow: UnitOfWork``. The transaction commits after the handler
returns and before the response is sent, so a failed commit becomes an error response; any
exception rolls everything back, audit entries included.
"""

from collections.abc import AsyncGenerator, AsyncIterator
from contextlib import asynccontextmanager
from typing import Any
from uuid import UUID

from litestar import Request
from litestar.di import NamedDependency
from sqlalchemy.ext.asyncio import AsyncSession

from api.db.connection import Connection
from api.domains.audit.models import AuditEvent
from api.lib import idempotency
from api.lib.access import Client, Person, Principal, principal_of
from api.lib.errors import request_id_of


def actor_of(principal: Principal) -> tuple[str, str | None]:
    if isinstance(principal, Person):
        return "person", str(principal.account_id)
    if isinstance(principal, Client):
        return "client", principal.client_id
    return "anonymous", None


class UnitOfWork:
    """A SQLAlchemy session in a transaction, the asyncpg connection under it, and the audit trail."""

    def __init__(self, session: AsyncSession, principal: Principal, request_id: str) -> None:
        self.session = session
        self.principal = principal
        self.request_id = request_id

    async def connection(self) -> Connection:
        """The driver connection of this transaction, for hand-written SQL on hot paths.

        SQLAlchemy registered its own JSON codecs on it: JSON parameters go in as text.
        """
        connection = await self.session.connection()
        raw = await connection.get_raw_connection()
        driver: Connection = raw.driver_connection  # type: ignore[assignment]
        if not driver.is_in_transaction():
            # SQLAlchemy begins lazily, on its first statement; SQL sent straight to the driver
            # before that would run outside the transaction (and its locks end with it).
            await connection.exec_driver_sql("SELECT 1")
        return driver

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
        self.session.add(
            AuditEvent(
                municipality_id=municipality_id,
                actor_type=actor_type,
                actor_id=actor_id,
                action=action,
                object_type=object_type,
                object_id=str(object_id) if object_id is not None else None,
                result=result,
                request_id=self.request_id,
                details=details or {},
            )
        )


async def provide_uow(
    db_session: NamedDependency[AsyncSession], request: Request[Any, Any, Any]
) -> AsyncGenerator[UnitOfWork, None]:
    async with db_session.begin():
        uow = UnitOfWork(db_session, principal_of(request), request_id_of(request))
        if request.headers.get(idempotency.HEADER) is not None:
            connection = await uow.connection()
            claimed = await idempotency.claim(request, uow.principal, connection)
            if claimed is not None:
                idempotency.remember(request, claimed, connection)
        yield uow


@asynccontextmanager
async def unit_of_work(
    session: AsyncSession, principal: Principal, request_id: str
) -> AsyncIterator[UnitOfWork]:
    """A transaction of its own, for a handler that commits more than once: a sign-in that fails
    must still leave its audit entry, and no transaction should stay open while it waits on
    another server."""
    async with session.begin():
        yield UnitOfWork(session, principal, request_id)


Uow = NamedDependency[UnitOfWork]
