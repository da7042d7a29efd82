"""Hand-written SQL with named placeholders, for the asyncpg hot paths."""

from typing import Any


def bind(sql: str, values: dict[str, Any]) -> tuple[str, list[Any]]:
    """Named placeholders (``$name``) to asyncpg's numbered ones and their arguments.

    Longest names go first, so ``$k10`` is never read as ``$k1`` followed by ``0``.
    """
    args: list[Any] = []
    for index, name in enumerate(sorted(values, key=len, reverse=True), start=1):
        sql = sql.replace(f"${name}", f"${index}")
        args.append(values[name])
    return sql, args
