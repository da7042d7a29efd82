"""The schema: built by the migrations, equal to the models, and tenant-safe by construction."""

import asyncio
import uuid

import asyncpg
import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import Column, ForeignKey, MetaData, Table, Uuid
from sqlalchemy.dialects import postgresql
from sqlalchemy.ext.asyncio import create_async_engine
from sqlalchemy.schema import CreateTable

from api.db.base import tenant_table_args
from api.db.connection import Database, sqlalchemy_url
from api.db.registry import metadata
from api.demo import seed_demo
from tests.factories import municipality
from tests.identities import PASSWORD_COST


async def test_models_and_migrations_do_not_differ(database_url: str) -> None:
    engine = create_async_engine(sqlalchemy_url(database_url))
    try:
        async with engine.connect() as connection:

            def diff(sync_connection):  # type: ignore[no-untyped-def]
                context = MigrationContext.configure(
                    sync_connection, opts={"compare_type": True, "compare_server_default": True}
                )
                return compare_metadata(context, metadata)

            differences = await connection.run_sync(diff)
    finally:
        await engine.dispose()
    assert differences == [], f"models and migrations differ; write a migration: {differences}"


def tenancy_problems(schema: MetaData) -> list[str]:
    """Why tables of ``schema`` could hold a reference across municipalities, if they could."""
    # Tenant-owned: every row belongs to exactly one municipality (the audit log may hold platform events).
    tenant = {
        t.name: t
        for t in schema.sorted_tables
        if "municipality_id" in t.c and not t.c.municipality_id.nullable
    }
    problems = []
    for table in tenant.values():
        uniques = {
            tuple(sorted(c.name for c in u.columns)) for u in table.constraints if hasattr(u, "columns")
        }
        if ("id", "municipality_id") not in uniques:
            problems.append(f"{table.name} lacks UNIQUE (municipality_id, id)")
        for fk in table.foreign_key_constraints:
            if fk.referred_table.name not in tenant:
                continue
            pairs = {(e.parent.name, e.column.name) for e in fk.elements}
            if ("municipality_id", "municipality_id") not in pairs:
                problems.append(f"{table.name} → {fk.referred_table.name} lacks municipality_id in its key")
    return problems


def test_every_tenant_table_takes_the_tenancy_helper() -> None:
    assert tenancy_problems(metadata) == [], "use TenantBase and tenant_table_args"


def test_the_tenancy_check_catches_a_plain_reference() -> None:
    bad = MetaData()
    Table("municipalities", bad, Column("id", Uuid, primary_key=True))
    Table(
        "parents", bad, Column("id", Uuid, primary_key=True), Column("municipality_id", Uuid, nullable=False)
    )
    Table(
        "children",
        bad,
        Column("id", Uuid, primary_key=True),
        Column("municipality_id", Uuid, nullable=False),
        Column("parent_id", Uuid, ForeignKey("parents.id")),
    )
    assert tenancy_problems(bad) == [
        "parents lacks UNIQUE (municipality_id, id)",
        "children lacks UNIQUE (municipality_id, id)",
        "children → parents lacks municipality_id in its key",
    ]


async def test_the_database_refuses_a_reference_to_another_municipalitys_row(db: Database) -> None:
    """Two probe tables built with the helper: a row of A may not point at a row of B."""
    suffix = uuid.uuid4().hex[:8]
    probe = MetaData()
    Table("municipalities", probe, Column("id", Uuid, primary_key=True))
    parent = Table(
        f"probe_parent_{suffix}",
        probe,
        Column("id", Uuid, primary_key=True),
        Column("municipality_id", Uuid, ForeignKey("municipalities.id"), nullable=False),
        *tenant_table_args(),
    )
    child = Table(
        f"probe_child_{suffix}",
        probe,
        Column("id", Uuid, primary_key=True),
        Column("municipality_id", Uuid, ForeignKey("municipalities.id"), nullable=False),
        Column("parent_id", Uuid, nullable=False),
        *tenant_table_args(references={"parent_id": parent.name}),
    )
    a = await municipality(db)
    b = await municipality(db)
    async with db.transaction() as connection:
        for table in (parent, child):
            await connection.execute(str(CreateTable(table).compile(dialect=postgresql.dialect())))
        parent_of_a = uuid.uuid4()
        await connection.execute(f"INSERT INTO {parent.name} VALUES ($1, $2)", parent_of_a, a["id"])
        # Same municipality: fine.
        await connection.execute(
            f"INSERT INTO {child.name} VALUES ($1, $2, $3)", uuid.uuid4(), a["id"], parent_of_a
        )
        # Another municipality pointing at A's row: refused by PostgreSQL itself.
        with pytest.raises(asyncpg.ForeignKeyViolationError):
            async with connection.transaction():
                await connection.execute(
                    f"INSERT INTO {child.name} VALUES ($1, $2, $3)", uuid.uuid4(), b["id"], parent_of_a
                )
        # Moving A's child to B without moving its parent: refused as well.
        with pytest.raises(asyncpg.ForeignKeyViolationError):
            async with connection.transaction():
                await connection.execute(f"UPDATE {child.name} SET municipality_id = $1", b["id"])
        await connection.execute(f"DROP TABLE {child.name}, {parent.name}")


async def test_the_demo_loads_once_and_a_second_load_changes_nothing(db: Database) -> None:
    await seed_demo(db, PASSWORD_COST)
    before = await db.fetch("SELECT * FROM municipalities WHERE slug IN ('putten', 'utrecht') ORDER BY slug")
    await seed_demo(db, PASSWORD_COST)
    after = await db.fetch("SELECT * FROM municipalities WHERE slug IN ('putten', 'utrecht') ORDER BY slug")
    assert [r["name"] for r in after] == ["Putten", "Utrecht"]
    assert [dict(r) for r in before] == [dict(r) for r in after]


async def test_the_demo_counts_equal_their_rows_after_two_loads(db: Database) -> None:
    await seed_demo(db, PASSWORD_COST)
    await seed_demo(db, PASSWORD_COST)
    rows = await db.fetch(
        """SELECT p.title, p.support_count, p.comment_count,
                  (SELECT count(*) FROM supports s WHERE s.proposal_id = p.id) AS supports,
                  (SELECT count(*) FROM comments c WHERE c.proposal_id = p.id) AS comments
           FROM proposals p JOIN municipalities m ON m.id = p.municipality_id
           WHERE m.slug IN ('putten', 'utrecht')"""
    )
    assert len(rows) >= 6
    assert all((r["support_count"], r["comment_count"]) == (r["supports"], r["comments"]) for r in rows)
    assert any(r["comment_count"] > 0 for r in rows)


async def test_the_demo_budgets_and_tasks_add_up_after_two_loads(db: Database) -> None:
    await seed_demo(db, PASSWORD_COST)
    await seed_demo(db, PASSWORD_COST)
    budgets = await db.fetch(
        """SELECT b.id, b.total_cents, b.granted_cents, b.requested_cents,
                  (SELECT coalesce(sum(confirmed_cents), 0) FROM budget_contributions
                   WHERE budget_id = b.id AND status = 'confirmed') AS contributed,
                  (SELECT count(*) FROM budget_contributions WHERE budget_id = b.id AND status = 'pending') AS pledges,
                  (SELECT coalesce(sum(granted_cents), 0) FROM budget_claims WHERE budget_id = b.id AND status = 'granted') AS standing,
                  (SELECT coalesce(sum(amount_cents), 0) FROM budget_claims WHERE budget_id = b.id AND status = 'requested') AS open,
                  (SELECT count(*) FROM ledger_entries WHERE budget_id = b.id) AS entries
           FROM budgets b JOIN municipalities m ON m.id = b.municipality_id WHERE m.slug = 'utrecht'"""
    )
    assert len(budgets) >= 2  # the demo's two, and whatever other tests opened there
    for b in budgets:
        assert (b["total_cents"], b["granted_cents"], b["requested_cents"]) == (
            b["contributed"],
            b["standing"],
            b["open"],
        )
        assert (b["entries"] > 0) == (b["total_cents"] > 0)
    # Real money is confirmed; one partner's pledge still waits for staff, so the site shows one.
    assert sum(b["pledges"] for b in budgets) >= 1
    tasks = await db.fetch(
        """SELECT t.claimed_count, (SELECT count(*) FROM task_claims WHERE task_id = t.id AND released_at IS NULL) AS active
           FROM tasks t JOIN municipalities m ON m.id = t.municipality_id WHERE m.slug = 'utrecht'"""
    )
    assert len(tasks) >= 6
    assert all(t["claimed_count"] == t["active"] for t in tasks)


async def test_rate_limit_counters_are_unlogged_and_the_rest_is_not(db: Database) -> None:
    """A hit must not wait for a WAL flush; every other table must survive a crash."""
    unlogged = await db.fetch(
        "SELECT relname FROM pg_class WHERE relkind = 'r' AND relpersistence = 'u' AND relnamespace = 'public'::regnamespace"
    )
    assert [r["relname"] for r in unlogged] == ["rate_limit_counters"]


async def test_one_connection_holds_one_for_its_task_and_lets_other_tasks_take_their_own(
    db: Database,
) -> None:
    pid = "SELECT pg_backend_pid()"
    async with db.one_connection():
        first = await db.fetchval(pid)
        assert await db.fetchval(pid) == first
        async with db.connection() as connection:
            assert await connection.fetchval(pid) == first
            # A task started meanwhile inherits the context, not the connection.
            other = await asyncio.create_task(db.fetchval(pid))
        assert other != first
    async with db.connection() as connection:
        assert connection.is_in_transaction() is False  # it went back to the pool, clean
