"""Probe routes mounted beside the real ones, to test the shared HTTP rules before a domain
uses them (a body to validate, an unexpected failure), and a count of the statements a route sends."""

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Annotated, Any

import msgspec
from litestar import Controller, post
from litestar.params import JSONBody

from api.db.connection import Database
from api.lib.access import access, everyone
from api.lib.openapi import problems
from api.lib.schema import Schema


class ProbeItem(Schema):
    label: Annotated[str, msgspec.Meta(min_length=2, max_length=10)]


class ProbeBody(Schema):
    title: Annotated[str, msgspec.Meta(min_length=1, max_length=20)]
    amount_cents: Annotated[int, msgspec.Meta(ge=0)]
    items: Annotated[list[ProbeItem], msgspec.Meta(max_length=3)] = msgspec.field(default_factory=list)


class ProbeController(Controller):
    path = "/probes"

    @post("/echo", operation_id="ProbeEcho", responses=problems(400), opt=access(everyone))
    async def echo(self, data: JSONBody[ProbeBody]) -> ProbeBody:
        return data

    @post("/crash", operation_id="ProbeCrash", opt=access(everyone))
    async def crash(self) -> None:
        raise RuntimeError("secret internal detail: SELECT * FROM users")


@contextmanager
def statements(db: Database) -> Iterator[list[str]]:
    """The statements sent through the worker's pool while inside: a route's cost, countable."""
    sent: list[str] = []
    originals = {name: getattr(db, name) for name in ("fetch", "fetchrow", "fetchval")}

    def counting(name: str) -> Any:
        async def call(query: str, *args: Any) -> Any:
            sent.append(query)
            return await originals[name](query, *args)

        return call

    for name in originals:
        setattr(db, name, counting(name))
    try:
        yield sent
    finally:
        for name in originals:
            delattr(db, name)


@contextmanager
def round_trips(db: Database) -> Iterator[list[list[str]]]:
    """Per connection taken from the worker's pool while inside (each acquisition), the statements
    sent on it, BEGIN and COMMIT included: what a request costs in connections and round trips."""
    taken: list[list[str]] = []
    pool = db.pool
    kind: Any = type(pool)  # a Pool has slots: its methods are replaced on the class, for this pool
    acquire, release = kind._acquire, kind.release
    loggers: dict[int, Any] = {}

    async def counting_acquire(self: Any, *args: Any) -> Any:
        connection = await acquire(self, *args)
        if self is pool:
            sent: list[str] = []
            taken.append(sent)

            def log(record: Any) -> None:
                sent.append(" ".join(record.query.split()))

            connection.add_query_logger(log)
            loggers[id(connection)] = log
        return connection

    async def counting_release(self: Any, connection: Any, **options: Any) -> None:
        if (log := loggers.pop(id(connection), None)) is not None:
            connection.remove_query_logger(log)
        await release(self, connection, **options)

    kind._acquire, kind.release = counting_acquire, counting_release
    try:
        yield taken
    finally:
        kind._acquire, kind.release = acquire, release
