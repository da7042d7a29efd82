"""The shapes of index and constraint that many tables take: a list's keyset, uniqueness among some
rows only, a column that is filled in one status."""

from typing import Any

from sqlalchemy import CheckConstraint, Index, text
from sqlalchemy.sql.elements import TextClause


def index_oldest_first(name: str, *columns: str, **kwargs: Any) -> Index:
    """An index over ``columns`` and then the order of creation: the keyset of a list, oldest first."""
    return Index(name, *columns, "created_at", "id", **kwargs)


def index_newest_first(name: str, *columns: str, **kwargs: Any) -> Index:
    """An index over ``columns`` and then the newest first: the keyset of a list, most recent first."""
    return Index(name, *columns, text("created_at DESC"), text("id DESC"), **kwargs)


def unique_where(name: str, *columns: str | TextClause, where: str) -> Index:
    """A unique index that holds only among the rows matching ``where`` (the live ones, the open ones)."""
    return Index(name, *columns, unique=True, postgresql_where=text(where))


def filled_in_status(column: str, status: str, *, name: str) -> CheckConstraint:
    """``column`` is filled exactly while the row's ``status`` is ``status`` (when it got there, why)."""
    return CheckConstraint(f"(status = '{status}') = ({column} IS NOT NULL)", name=name)
