"""Which tables a request changed: triggers on every table write each changed row's table to a log.

Made by the tests only (never by a migration) and removed after: comparing every row of every
table before and after each call costs a scan of the whole database per call; this costs one
insert per changed row. A row counts as changed when it is inserted, deleted or truncated, or
updated to a different value (an update that writes what was there changes nothing, as a
comparison of the rows would say).
"""

from collections.abc import Iterable

from api.db.connection import Database

LOG = "test_row_changes"
_FUNCTION = "test_log_row_change"


class ChangeLog:
    def __init__(self, db: Database, tables: Iterable[str]) -> None:
        self.db = db
        self.tables = sorted(tables)

    @classmethod
    async def install(cls, db: Database, *, ignore: Iterable[str] = ()) -> "ChangeLog":
        """A log of changes to every table of the public schema but ``ignore``."""
        skipped = {*ignore, LOG}
        rows = await db.fetch("SELECT tablename FROM pg_tables WHERE schemaname = 'public'")
        log = cls(db, (r["tablename"] for r in rows if r["tablename"] not in skipped))
        async with db.transaction() as connection:
            await connection.execute(
                f"""CREATE UNLOGGED TABLE {LOG} (
                        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
                        table_name text NOT NULL,
                        operation text NOT NULL)"""
            )
            await connection.execute(
                f"""CREATE FUNCTION {_FUNCTION}() RETURNS trigger LANGUAGE plpgsql AS $$
                    BEGIN
                        INSERT INTO {LOG} (table_name, operation) VALUES (TG_TABLE_NAME, TG_OP);
                        RETURN NULL;
                    END $$"""
            )
            for table in log.tables:
                await connection.execute(
                    f"""CREATE TRIGGER {LOG}_written AFTER INSERT OR DELETE ON "{table}"
                        FOR EACH ROW EXECUTE FUNCTION {_FUNCTION}();
                    CREATE TRIGGER {LOG}_updated AFTER UPDATE ON "{table}"
                        FOR EACH ROW WHEN (OLD::text IS DISTINCT FROM NEW::text)
                        EXECUTE FUNCTION {_FUNCTION}();
                    CREATE TRIGGER {LOG}_truncated AFTER TRUNCATE ON "{table}"
                        FOR EACH STATEMENT EXECUTE FUNCTION {_FUNCTION}();"""
                )
        return log

    async def remove(self) -> None:
        """Drop the log, its function and every trigger (the schema is as the migrations made it)."""
        async with self.db.transaction() as connection:
            await connection.execute(f"DROP FUNCTION {_FUNCTION}() CASCADE; DROP TABLE {LOG}")

    async def mark(self) -> int:
        """Where the log is now: pass it to ``changed_since`` after the request."""
        return int(await self.db.fetchval(f"SELECT coalesce(max(id), 0) FROM {LOG}"))

    async def changed_since(self, mark: int) -> list[str]:
        """The tables with a row changed by a transaction committed after ``mark``."""
        rows = await self.db.fetch(
            f"SELECT DISTINCT table_name FROM {LOG} WHERE id > $1 ORDER BY table_name", mark
        )
        return [r["table_name"] for r in rows]
