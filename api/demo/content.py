"""The demo's content (its opgaven, ideas, tasks, budgets, indicators and reflections) is data: a JSON
file beside each module that seeds it, read into that module's dataclasses. Its code is the one loop
that writes what the data says."""

from collections.abc import Awaitable, Callable, Iterable
from functools import cache
from pathlib import Path
from typing import Any, TypeVar

import msgspec

from api.db.connection import Connection

T = TypeVar("T")
Seed = Callable[[Connection], Awaitable[None]]


@cache
def _read(path: Path) -> dict[str, Any]:
    content: dict[str, Any] = msgspec.json.decode(path.read_bytes())
    return content


def content(module_file: str, name: str, kind: type[T]) -> T:
    """``name`` from the JSON file named after ``module_file`` (``putten.py`` -> ``putten.json``), as ``kind``."""
    return msgspec.convert(_read(Path(module_file).with_suffix(".json"))[name], kind)


def seed_each(items: Iterable[T], seed_one: Callable[[Connection, T], Awaitable[None]]) -> Seed:
    """A module's ``seed``: ``seed_one`` for each item of its content, in order."""

    async def seed(connection: Connection) -> None:
        for item in items:
            await seed_one(connection, item)

    return seed
