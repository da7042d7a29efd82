"""The shared table helpers of ``api/db`` write the DDL the migrations wrote by hand."""

from enum import StrEnum

import sqlalchemy as sa
from sqlalchemy.dialects import postgresql
from sqlalchemy.schema import CreateIndex, CreateTable

from api.db.base import per_person_table_args, tenant_table_args
from api.db.constraints import filled_in_status, index_newest_first, index_oldest_first, unique_where
from api.db.types import enum_column


def _ddl(element: CreateIndex | CreateTable) -> str:
    return " ".join(str(element.compile(dialect=postgresql.dialect())).split())  # type: ignore[no-untyped-call]


def _table(name: str, *args: sa.schema.SchemaItem) -> sa.Table:
    schema = sa.MetaData()
    for parent in ("opgaven", "action_lines", "budgets"):
        sa.Table(parent, schema, sa.Column("id", sa.Uuid), sa.Column("municipality_id", sa.Uuid))
    return sa.Table(
        name,
        schema,
        sa.Column("id", sa.Uuid, primary_key=True),
        sa.Column("municipality_id", sa.Uuid, nullable=False),
        *(
            sa.Column(column, sa.Uuid)
            for column in ("opgave_id", "action_line_id", "budget_id", "account_id")
        ),
        sa.Column("status", sa.String(20)),
        sa.Column("closed_at", sa.DateTime(timezone=True)),
        sa.Column("created_at", sa.DateTime(timezone=True)),
        *args,
    )


def test_each_kind_of_reference_says_what_a_delete_does() -> None:
    table = _table(
        "things",
        *tenant_table_args(
            references={"budget_id": "budgets"},
            cascade={"opgave_id": "opgaven"},
            set_null={"action_line_id": "action_lines"},
        ),
    )
    ddl = _ddl(CreateTable(table))
    assert "UNIQUE (municipality_id, id)" in ddl
    assert (
        "FOREIGN KEY(municipality_id, budget_id) REFERENCES budgets (municipality_id, id) ON DELETE RESTRICT"
        in ddl
    )
    assert (
        "FOREIGN KEY(municipality_id, opgave_id) REFERENCES opgaven (municipality_id, id) ON DELETE CASCADE"
        in ddl
    )
    assert (
        "FOREIGN KEY(municipality_id, action_line_id) REFERENCES action_lines (municipality_id, id)"
        " ON DELETE SET NULL (action_line_id)" in ddl
    )


def test_a_persons_row_is_unique_per_thing_and_found_by_account() -> None:
    table = _table(
        "follows", *per_person_table_args("follows", "opgave_id", cascade={"opgave_id": "opgaven"})
    )
    assert "UNIQUE (opgave_id, account_id)" in _ddl(CreateTable(table))
    assert [_ddl(CreateIndex(index)) for index in table.indexes] == [
        "CREATE INDEX ix_follows_account ON follows (account_id)"
    ]


def test_index_and_constraint_shapes() -> None:
    table = _table(
        "things",
        index_oldest_first("ix_things_opgave", "opgave_id"),
        index_newest_first(
            "ix_things_recent", "municipality_id", postgresql_where=sa.text("status = 'open'")
        ),
        unique_where("uq_things_open", "opgave_id", "account_id", where="closed_at IS NULL"),
        filled_in_status("closed_at", "closed", name="closed_dated"),
    )
    indexes = sorted(_ddl(CreateIndex(index)) for index in table.indexes)
    assert indexes == [
        "CREATE INDEX ix_things_opgave ON things (opgave_id, created_at, id)",
        "CREATE INDEX ix_things_recent ON things (municipality_id, created_at DESC, id DESC)"
        " WHERE status = 'open'",
        "CREATE UNIQUE INDEX uq_things_open ON things (opgave_id, account_id) WHERE closed_at IS NULL",
    ]
    assert "CONSTRAINT closed_dated CHECK ((status = 'closed') = (closed_at IS NOT NULL))" in _ddl(
        CreateTable(table)
    )


class _Colour(StrEnum):
    RED = "red"
    GREEN = "green"


def test_an_enum_default_holds_in_python_and_in_the_database() -> None:
    column = enum_column(_Colour, "colour", default=_Colour.GREEN).column
    assert getattr(column.default, "arg", None) is _Colour.GREEN
    assert getattr(column.server_default, "arg", None) == "green"
    assert enum_column(_Colour, "colour").column.server_default is None
