"""The benchmark's PostgreSQL: ``BENCH_DATABASE_URL``'s server, or an embedded one in .data/bench.

Each scale gets its own database (``bench_s0_05``), built by the project's migrations and marked
complete (a comment on the database) once the dataset is in, so a later run reuses it.
"""

import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import asyncpg

from api.db.connection import asyncpg_dsn
from api.db.embedded import EmbeddedPostgres
from api.settings import PROJECT_ROOT

BENCH_DATA = PROJECT_ROOT / ".data" / "bench"
COMPLETE = "samenspel bench dataset: complete"


def database_name(scale: float) -> str:
    return "bench_s" + f"{scale:g}".replace(".", "_").replace("-", "m")


def with_database(url: str, name: str) -> str:
    from sqlalchemy.engine import make_url

    return make_url(url).set(database=name).render_as_string(hide_password=False)


@dataclass
class Server:
    """Where the benchmark's PostgreSQL is, and (embedded) how to restart it."""

    url: str
    embedded: EmbeddedPostgres | None = None

    def database(self, name: str) -> str:
        return with_database(self.url, name)

    @property
    def bin_dir(self) -> Path | None:
        """The folder with pg_ctl and pgbench of the embedded server, if any."""
        if self.embedded is None:
            return None
        from pgserver import _commands

        return Path(getattr(_commands, "POSTGRES_BIN_PATH"))  # noqa: B009

    def start_again(self) -> None:
        """Start the embedded cluster after a stop, on the same socket as before (as pgserver starts it)."""
        assert self.embedded is not None
        from sqlalchemy.engine import make_url

        socket_dir = str(make_url(self.url).query["host"])
        log = str(self.embedded.folder / "log")
        self.pg_ctl("-w", "-o", '-h ""', "-o", f"-k {socket_dir}", "-l", log, "start")

    def pg_ctl(self, *args: str) -> None:
        """Run pg_ctl on the embedded cluster (as the user that owns it)."""
        assert self.embedded is not None, "restarting needs the embedded server"
        from pgserver import _commands

        pg_ctl: Any = getattr(_commands, "pg_ctl")  # noqa: B009 - generated at import time
        server: Any = self.embedded._server
        pg_ctl(list(args), pgdata=self.embedded.folder, user=server.system_user)


def start_server() -> Server:
    if url := os.environ.get("BENCH_DATABASE_URL"):
        return Server(url)
    embedded = EmbeddedPostgres(BENCH_DATA / "pg", database="postgres", durable=True)
    return Server(embedded.start(), embedded)


async def is_complete(server_url: str, name: str) -> bool:
    connection = await asyncpg.connect(asyncpg_dsn(server_url))
    try:
        comment = await connection.fetchval(
            "SELECT shobj_description(oid, 'pg_database') FROM pg_database WHERE datname = $1", name
        )
        return bool(comment == COMPLETE)
    finally:
        await connection.close()


async def recreate(server_url: str, name: str) -> None:
    connection = await asyncpg.connect(asyncpg_dsn(server_url))
    try:
        await connection.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        await connection.execute(f'CREATE DATABASE "{name}"')
    finally:
        await connection.close()


async def mark_complete(server_url: str, name: str) -> None:
    connection = await asyncpg.connect(asyncpg_dsn(server_url))
    try:
        await connection.execute(f"COMMENT ON DATABASE \"{name}\" IS '{COMPLETE}'")
    finally:
        await connection.close()
