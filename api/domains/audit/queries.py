"""The read side of the audit log: a page for the screen, every matching line for a CSV file."""

import csv
import io
from collections.abc import AsyncIterator
from dataclasses import dataclass
from datetime import datetime
from typing import Any
from uuid import UUID

from api.db.connection import Database
from api.db.sql import bind
from api.domains.audit.schemas import AuditEventPage, AuditEventRead
from api.lib.pagination import Keyset
from api.lib.rows import from_rows
from api.lib.spreadsheet import cell

COLUMNS = (
    "id",
    "createdAt",
    "actorType",
    "actorId",
    "action",
    "objectType",
    "objectId",
    "result",
    "requestId",
    "details",
)
CHUNK_BYTES = 64 * 1024
PREFETCH = 500


@dataclass(frozen=True)
class AuditFilter:
    """Who (account or client id), which object, which actions (a prefix: `role` is every
    `role.…`), and from (inclusive) until (exclusive) when."""

    actor: str = ""
    object_id: str = ""
    action: str = ""
    since: datetime | None = None
    until: datetime | None = None


def _conditions(municipality_id: UUID, found: AuditFilter) -> tuple[list[str], dict[str, Any]]:
    """The filter as conditions; ``left()`` rather than LIKE, so an action's ``_`` is no wildcard.
    The indexes on (municipality, actor | object, created_at) serve it."""
    where = ["municipality_id = $municipality"]
    values: dict[str, Any] = {"municipality": municipality_id}
    for condition, name, value in (
        ("actor_id = $actor", "actor", found.actor),
        ("object_id = $object", "object", found.object_id),
        ("left(action, length($action)) = $action", "action", found.action),
        ("created_at >= $since", "since", found.since),
        ("created_at < $until", "until", found.until),
    ):
        if value:
            where.append(condition)
            values[name] = value
    return where, values


_SELECT = """
SELECT id, created_at, actor_type, actor_id, action, object_type, object_id, result, request_id, details
FROM audit_events
"""
_NEWEST = Keyset(("created_at", "id"), (datetime, UUID), descending=True)


async def list_events(
    db: Database, municipality_id: UUID, found: AuditFilter, *, limit: int, cursor: str
) -> AuditEventPage:
    where, values = _conditions(municipality_id, found)
    rows, next_cursor = await _NEWEST.fetch(db, _SELECT, where, values, cursor=cursor, limit=limit)
    return AuditEventPage(items=from_rows(AuditEventRead, rows), next_cursor=next_cursor)


async def csv_lines(db: Database, municipality_id: UUID, found: AuditFilter) -> AsyncIterator[bytes]:
    """Every matching line, newest first, as RFC 4180 CSV with a header, in chunks; read through
    a server-side cursor in one snapshot, so a long log streams in constant memory."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(COLUMNS)
    async with (
        db.connection() as connection,
        connection.transaction(isolation="repeatable_read", readonly=True),
    ):
        where, values = _conditions(municipality_id, found)
        sql, args = bind(f"{_SELECT} WHERE {' AND '.join(where)} ORDER BY {_NEWEST.order_by}", values)
        statement = await connection.prepare(sql)
        async for row in statement.cursor(*args, prefetch=PREFETCH):
            writer.writerow([cell(value) for value in row.values()])
            if buffer.tell() >= CHUNK_BYTES:
                yield buffer.getvalue().encode()
                buffer.seek(0)
                buffer.truncate()
    yield buffer.getvalue().encode()
