"""The declarative base every model uses, and the tenancy helpers.

Tenancy is enforced by PostgreSQL, not by discipline: every tenant-owned table carries
``municipality_id`` and a ``UNIQUE (municipality_id, id)``, and a reference to another tenant-owned
row is a composite foreign key ``(municipality_id, x_id) → x (municipality_id, id)``. A row can
therefore never point at a row of another municipality. ``tenant_table_args`` is the easy path;
``tests/integration/test_tenancy.py`` checks that every table took it.
"""

from datetime import datetime
from typing import Any
from uuid import UUID

from advanced_alchemy.base import AdvancedDeclarativeBase, CommonTableAttributes

__all__ = [
    "AdvancedDeclarativeBase",
    "Base",
    "CommonTableAttributes",
    "RecordBase",
    "TenantBase",
    "TenantRecordBase",
    "link_table_args",
    "per_person_table_args",
    "tenant_table_args",
]
from advanced_alchemy.types import DateTimeUTC
from sqlalchemy import ForeignKey, ForeignKeyConstraint, Index, UniqueConstraint, func
from sqlalchemy.ext.asyncio import AsyncAttrs
from sqlalchemy.orm import Mapped, declared_attr, mapped_column

from api.lib.ids import new_id
from api.lib.time import utcnow

# Name constraints after all their columns: tenant tables have several uniques starting with
# municipality_id, which the default (first column only) would give one name.
AdvancedDeclarativeBase.metadata.naming_convention["uq"] = "uq_%(table_name)s_%(column_0_N_name)s"  # type: ignore[index]


class RecordBase(CommonTableAttributes, AdvancedDeclarativeBase, AsyncAttrs):
    """A table of records that are written once: a UUIDv7 primary key and a creation time.

    Defaults exist both in Python (for the ORM) and in the database (for hand-written SQL).
    """

    __abstract__ = True

    id: Mapped[UUID] = mapped_column(primary_key=True, default=new_id, sort_order=-100)
    created_at: Mapped[datetime] = mapped_column(
        DateTimeUTC(timezone=True), default=utcnow, server_default=func.now(), sort_order=3000
    )


class Base(RecordBase):
    """A table whose rows change: also an update time."""

    __abstract__ = True

    updated_at: Mapped[datetime] = mapped_column(
        DateTimeUTC(timezone=True),
        default=utcnow,
        onupdate=utcnow,
        server_default=func.now(),
        sort_order=3001,
    )


class _Tenant:
    """``municipality_id``: the row belongs to exactly one municipality."""

    @declared_attr
    def municipality_id(cls) -> Mapped[UUID]:  # noqa: N805 - SQLAlchemy's declared_attr convention
        return mapped_column(
            ForeignKey("municipalities.id", ondelete="RESTRICT"), nullable=False, sort_order=-90
        )


class TenantBase(_Tenant, Base):
    """A table whose rows belong to one municipality. Use ``tenant_table_args`` in ``__table_args__``."""

    __abstract__ = True


class TenantRecordBase(_Tenant, RecordBase):
    """Append-only records of one municipality (a timeline, a ledger)."""

    __abstract__ = True


def tenant_table_args(
    *args: Any,
    references: dict[str, str] | None = None,
    cascade: dict[str, str] | None = None,
    set_null: dict[str, str] | None = None,
) -> tuple[Any, ...]:
    """``__table_args__`` for a tenant table.

    ``references``, ``cascade`` and ``set_null`` each map a column of this table to the tenant table it
    points at, for example ``{"opgave_id": "opgaven"}``; each becomes a composite foreign key that
    includes ``municipality_id``. Deleting the row pointed at is refused (``references``), deletes this
    row with it (``cascade``), or empties this column only (``set_null``: ``ON DELETE SET NULL (column)``,
    as a plain ``SET NULL`` would empty ``municipality_id`` too).
    """
    tables = {**(references or {}), **(cascade or {}), **(set_null or {})}
    on_delete = {
        **dict.fromkeys(references or {}, "RESTRICT"),
        **dict.fromkeys(cascade or {}, "CASCADE"),
        **{column: f"SET NULL ({column})" for column in set_null or {}},
    }
    constraints: list[Any] = [UniqueConstraint("municipality_id", "id")]
    for column, table in tables.items():
        constraints.append(
            ForeignKeyConstraint(
                ["municipality_id", column],
                [f"{table}.municipality_id", f"{table}.id"],
                ondelete=on_delete[column],
            )
        )
    return (*constraints, *args)


def link_table_args(table: str, *, index: tuple[str, ...] = (), **links: str) -> tuple[Any, ...]:
    """``__table_args__`` for a tenant table that links two rows, its two ``links`` mapping each
    column to the tenant table it points at (``task_id="tasks", proposal_id="proposals"``): each
    pair once, found from the second by an index (on ``index`` when given), gone with either."""
    (first, second) = links
    return tenant_table_args(
        UniqueConstraint(first, second),
        Index(f"ix_{table}_{second.removesuffix('_id')}", *(index or (second,))),
        cascade=links,
    )


def per_person_table_args(
    table: str, column: str, *args: Any, **foreign_keys: dict[str, str]
) -> tuple[Any, ...]:
    """``__table_args__`` for a person's row about one thing (their vote on a ballot, their role in a
    municipality): one per person and ``column``, and a person's rows found by an index on
    ``account_id``. ``foreign_keys`` (``references``, ``cascade``, ``set_null``) as in ``tenant_table_args``."""
    return tenant_table_args(
        UniqueConstraint(column, "account_id"),
        Index(f"ix_{table}_account", "account_id"),
        *args,
        **foreign_keys,
    )
