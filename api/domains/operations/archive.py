"""All of one municipality's data in one zip: a JSON file per table, streamed as it is read.

For moving to another host, or leaving. One read-only snapshot (repeatable read), so the files
agree with each other; rows are read with a server-side cursor and written on as they come, so a
large municipality costs no more memory than a small one. Every file holds only rows whose
``municipality_id`` is this municipality's (``people.json``: the accounts that hold a role in it);
secrets (hashes of passwords, tokens and client secrets, sealed webhook secrets) are left out, as
are the short-lived sign-in states that mean nothing elsewhere.
"""

import io
import json
import zipfile
from collections.abc import AsyncIterator
from datetime import UTC, datetime
from typing import Any
from uuid import UUID

from sqlalchemy import LargeBinary

from api.db.base import Base
from api.db.connection import Database

# Short-lived state of a sign-in in progress: nothing to move.
_SKIPPED = {"pending_links", "staff_sign_in_states"}
_SECRET_WORDS = ("secret", "token", "password", "hash", "sealed")
# Full-text search vectors are derived from the text beside them.
_DERIVED = {"search"}
_CHUNK = 64 * 1024
_PEOPLE = """
SELECT json_build_object('id', a.id, 'displayName', a.display_name, 'email', a.email,
                         'emailVerifiedAt', a.email_verified_at, 'role', r.role, 'createdAt', a.created_at)::text
FROM role_assignments r JOIN accounts a ON a.id = r.account_id
WHERE r.municipality_id = $1 AND a.deleted_at IS NULL ORDER BY a.id
"""


def tables() -> list[tuple[str, list[str]]]:
    """Every table of a municipality's own rows, and the columns the archive leaves out."""
    import api.db.registry  # noqa: F401 - every domain's models, so the metadata is complete

    found = []
    for table in sorted(Base.metadata.tables.values(), key=lambda t: t.name):
        if "municipality_id" not in table.columns or table.name in _SKIPPED:
            continue
        left_out = [
            column.name
            for column in table.columns
            if isinstance(column.type, LargeBinary)
            or column.name in _DERIVED
            or any(word in column.name for word in _SECRET_WORDS)
        ]
        found.append((table.name, left_out))
    return found


class _Sink(io.RawIOBase):
    """What the zip writer wrote since the last ``take``; not seekable, so zipfile streams."""

    def __init__(self) -> None:
        self._parts: list[bytes] = []
        self.size = 0

    def writable(self) -> bool:
        return True

    def write(self, data: Any) -> int:
        chunk = bytes(data)
        self._parts.append(chunk)
        self.size += len(chunk)
        return len(chunk)

    def take(self) -> bytes:
        taken, self._parts, self.size = b"".join(self._parts), [], 0
        return taken


def filename(slug: str) -> str:
    return f"samenspel-{slug}-{datetime.now(UTC):%Y%m%d}.zip"


async def stream(db: Database, municipality_id: UUID) -> AsyncIterator[bytes]:
    """The zip, chunk by chunk."""
    sink = _Sink()
    archive = zipfile.ZipFile(sink, "w", compression=zipfile.ZIP_DEFLATED)
    async with (
        db.connection() as connection,
        connection.transaction(isolation="repeatable_read", readonly=True),
    ):
        head = await connection.fetchval(
            """SELECT to_jsonb(m)::text
               FROM municipalities m WHERE m.id = $1""",
            municipality_id,
        )
        archive.writestr("municipality.json", head or "null")
        yield sink.take()
        files: list[tuple[str, str, tuple[Any, ...]]] = [("people", _PEOPLE, (municipality_id,))]
        for name, left_out in tables():
            query = f"SELECT (to_jsonb(t) - $2::text[])::text FROM {name} t WHERE t.municipality_id = $1 ORDER BY t.id"
            files.append((name, query, (municipality_id, left_out)))
        counts: dict[str, int] = {}
        for name, query, args in files:
            count = 0
            with archive.open(f"{name}.json", "w", force_zip64=True) as entry:
                entry.write(b"[")
                async for row in connection.cursor(query, *args, prefetch=500):
                    entry.write((b",\n" if count else b"\n") + row[0].encode())
                    count += 1
                    if sink.size >= _CHUNK:
                        yield sink.take()
                entry.write(b"\n]\n")
            counts[name] = count
            yield sink.take()
        archive.writestr(
            "manifest.json",
            json.dumps(
                {
                    "municipalityId": str(municipality_id),
                    "exportedAt": datetime.now(UTC).isoformat(),
                    "rows": counts,
                },
                indent=2,
            ),
        )
    archive.close()
    yield sink.take()
