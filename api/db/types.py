"""Column types used across domains, and the columns made of them."""

from enum import StrEnum
from typing import Any, TypeVar

from sqlalchemy import Enum, ForeignKey
from sqlalchemy.orm import MappedColumn, mapped_column

E = TypeVar("E", bound=StrEnum)


def str_enum(enum_type: type[StrEnum], name: str) -> Enum:
    """A string enum stored as its lowercase API value in a VARCHAR with a CHECK constraint.

    Values, not Python member names, so hand-written SQL and the API use the same words.
    """
    return Enum(
        enum_type,
        name=name,
        native_enum=False,
        create_constraint=True,
        length=max(len(member.value) for member in enum_type) + 10,
        values_callable=lambda members: [member.value for member in members],
        validate_strings=True,
    )


def enum_column(enum_type: type[E], name: str, *, default: E | None = None) -> MappedColumn[Any]:
    """A column of ``str_enum(enum_type, name)``. A ``default`` holds both in Python (for the ORM)
    and in the database (for hand-written SQL)."""
    if default is None:
        return mapped_column(str_enum(enum_type, name))
    return mapped_column(str_enum(enum_type, name), default=default, server_default=default.value)


def account_ref(on_delete: str, **kwargs: Any) -> MappedColumn[Any]:
    """A reference to a person's account. ``on_delete`` says what deleting the account does: take
    the row with it (``CASCADE``: the person's own rows), forget who it was (``SET NULL``: who
    decided, invited, created), or refuse (``RESTRICT``: authorship, kept as accounts are anonymised
    rather than deleted)."""
    return mapped_column(ForeignKey("accounts.id", ondelete=on_delete), **kwargs)
