"""Database rows straight into msgspec structs, by the structs' Python field names."""

from collections.abc import Iterable, Mapping
from typing import Any, TypeVar

import asyncpg
import msgspec

T = TypeVar("T", bound=msgspec.Struct)
Row = Mapping[str, Any] | asyncpg.Record


class _Attributes:
    """A row seen through attributes, which ``msgspec.convert(from_attributes=True)`` reads."""

    __slots__ = ("_row",)

    def __init__(self, row: Row) -> None:
        self._row = row

    def __getattr__(self, name: str) -> Any:
        try:
            return self._row[name]
        except KeyError:
            raise AttributeError(name) from None


def from_row(struct_type: type[T], row: Row) -> T:
    """``struct_type`` from a row whose column names are the struct's snake_case field names."""
    return msgspec.convert(_Attributes(row), struct_type, from_attributes=True)


def from_orm(struct_type: type[T], instance: object) -> T:
    """``struct_type`` from a model instance's attributes (all loaded: no lazy loads in async)."""
    return msgspec.convert(instance, struct_type, from_attributes=True)


def from_rows(struct_type: type[T], rows: Iterable[Row]) -> list[T]:
    return [from_row(struct_type, row) for row in rows]
