"""Hand-written SQL on the asyncpg connection: named placeholders, and the two ways a statement is
refused (a conditional change that changed nothing, a unique constraint) as the service's own error."""

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import asyncpg

from api.db.connection import Connection
from api.lib.errors import AppError


class Inline(str):
    """SQL written into the statement in place of a parameter (a constant such as ``NULL::uuid``).

    For a value that one kind of caller always sends the same, such as "nobody" for an anonymous
    reader: the statement then has a text of its own without that parameter, and PostgreSQL can
    keep one generic plan for it instead of planning it anew for every request.
    """


def bind(sql: str, values: dict[str, Any]) -> tuple[str, list[Any]]:
    """Named placeholders (``$name``) to asyncpg's numbered ones and their arguments.

    Longest names go first, so ``$k10`` is never read as ``$k1`` followed by ``0``.
    """
    args: list[Any] = []
    for name in sorted(values, key=len, reverse=True):
        value = values[name]
        if isinstance(value, Inline):
            sql = sql.replace(f"${name}", value)
            continue
        args.append(value)
        sql = sql.replace(f"${name}", f"${len(args)}")
    return sql, args


@contextmanager
def unique_or(refusal: AppError) -> Iterator[None]:
    """The statements inside may be refused by a unique constraint: a second registration or claim
    raises ``refusal`` (a 409) instead. The transaction is aborted either way; the caller's rolls back."""
    try:
        yield
    except asyncpg.UniqueViolationError:
        raise refusal from None


async def changed(connection: Connection, sql: str, *args: Any, refused: AppError) -> asyncpg.Record:
    """The row a conditional statement changed (``UPDATE … WHERE <condition> RETURNING …``), or
    ``refused`` when its condition held for no row. The condition sits in the statement itself, never
    in a read before it: of parallel changes PostgreSQL lets through only those the newest version of
    the row still allows, and the rest are refused here."""
    row = await connection.fetchrow(sql, *args)
    if row is None:
        raise refused
    return row
