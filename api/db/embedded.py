"""The embedded PostgreSQL that runs when ``DATABASE_URL`` is unset.

It comes from the ``pgserver`` wheel (PostgreSQL 16 binaries), lives in a folder of the data
directory and keeps its data between starts. The handle stops the server when the process that
started it exits, so Ctrl-C on ``make run`` stops the database too.

It listens on a Unix socket only. A socket's path may not pass 107 characters, so from a deep
checkout the socket cannot live in the data folder: pgserver then puts it in a folder of its own
runtime path, which here is a short per-user folder under /tmp, one subfolder per data folder.
"""

import fcntl
import logging
import os
import stat
import warnings
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

if TYPE_CHECKING:
    from api.settings import Settings

logger = logging.getLogger(__name__)
# pgserver logs every command it runs, with its output, at INFO.
logging.getLogger("pgserver").setLevel(logging.WARNING)

# Many parallel requests in the race tests each hold a connection; the default of 100 is too few.
_SERVER_SETTINGS = {"max_connections": "400", "shared_buffers": "256MB"}
# A throwaway test cluster trades durability for speed; a cluster that keeps data never does.
_FAST_UNSAFE_SETTINGS = {"fsync": "off", "synchronous_commit": "off", "full_page_writes": "off"}


def runtime_dir(base: Path = Path("/tmp")) -> Path:  # noqa: S108 - a fixed, checked, short path
    """``/tmp/samenspel-<uid>``: short enough for any socket in it, and only this user's.

    Not ``$TMPDIR``: it may be as deep as the checkout. pgserver makes a subfolder per data folder
    (named by a hash of its path) for the socket. A folder someone else made, or one others may
    write to, is refused: a socket there could be swapped for theirs. (Run as root, pgserver runs
    the server as a user of its own and lets it read and pass through this folder: 0755.)
    """
    folder = base / f"samenspel-{os.getuid()}"
    with suppress(FileExistsError):
        folder.mkdir(mode=0o700)
    info = folder.lstat()
    if not stat.S_ISDIR(info.st_mode) or info.st_uid != os.getuid() or info.st_mode & 0o022:
        raise RuntimeError(f"{folder} is not a folder of this user that only this user can write to")
    return folder


@contextmanager
def _exclusive(lock_file: Path) -> Iterator[None]:
    """One process at a time: parallel test workers start (and configure) the same server."""
    with lock_file.open("a") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


class EmbeddedPostgres:
    """A PostgreSQL server in ``folder`` with one application database."""

    def __init__(self, folder: Path, database: str = "samenspel", *, durable: bool = True) -> None:
        self.folder = folder
        self.database = database
        self.durable = durable
        self._server: Any = None

    def start(self) -> str:
        """Start (or join) the server and return the URL of the application database."""
        runtime = runtime_dir()
        # pgserver's lock file lives in the runtime folder of the environment.
        os.environ.setdefault("XDG_RUNTIME_DIR", str(runtime))
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            from pgserver.postgres_server import PostgresServer, get_server
        # Where the socket goes when the data folder's path is too long for one.
        PostgresServer.runtime_path = runtime

        self.folder.parent.mkdir(parents=True, exist_ok=True)
        logger.info("starting embedded PostgreSQL in %s", self.folder)
        with _exclusive(self.folder.parent / f".{self.folder.name}.lock"):
            self._server = get_server(self.folder, cleanup_mode="stop")
            self._configure()
            self._server.psql(
                f"SELECT 'CREATE DATABASE {self.database}' "
                f"WHERE NOT EXISTS (SELECT FROM pg_database WHERE datname = '{self.database}')\\gexec"
            )
        return self.url(self.database)

    def url(self, database: str) -> str:
        info = self._server.get_postmaster_info()
        return f"postgresql://postgres@/{database}?host={quote(str(info.socket_dir))}"

    def _configure(self) -> None:
        wanted = dict(_SERVER_SETTINGS)
        if not self.durable:
            wanted.update(_FAST_UNSAFE_SETTINGS)
        current = self._server.psql(
            "SELECT name || '=' || setting FROM pg_settings WHERE name IN ("
            + ",".join(f"'{name}'" for name in wanted)
            + ");"
        )
        have = dict(line.strip().split("=", 1) for line in current.splitlines() if "=" in line.strip())
        normalised = {"shared_buffers": "32768"}  # 256MB in 8 kB pages, as pg_settings reports it
        if all(have.get(k) == normalised.get(k, v) for k, v in wanted.items()):
            return
        for name, value in wanted.items():
            self._server.psql(f"ALTER SYSTEM SET {name} = '{value}';")
        self._restart()

    def _restart(self) -> None:
        from pgserver import _commands

        pg_ctl: Any = getattr(_commands, "pg_ctl")  # noqa: B009 - generated at import time
        pg_ctl(
            ["-w", "-l", str(self.folder / "log"), "restart"],
            pgdata=self.folder,
            user=self._server.system_user,
        )
        from pgserver.utils import PostmasterInfo

        self._server._postmaster_info = PostmasterInfo.read_from_pgdata(self.folder)

    def stop(self) -> None:
        """Stop the server now instead of at process exit."""
        if self._server is not None:
            self._server.cleanup()
            self._server = None


_embedded: EmbeddedPostgres | None = None


def database_url(settings: "Settings") -> str:
    """``DATABASE_URL``, or the embedded server in the data folder, started (or joined) now."""
    global _embedded
    if settings.database.url:
        return settings.database.url
    if _embedded is None:
        _embedded = EmbeddedPostgres(settings.data_dir / "pg")
        url = _embedded.start()
    else:
        url = _embedded.url(_embedded.database)
    return url
