"""The read side of the audit log: a page for the screen, every matching line for a CSV file."""

import csv
import io
from collections.abc import AsyncIterator
from dataclasses import dataclass
from datetime import datetime
from uuid import UUID

from api.db.connection import Database
from api.domains.audit.schemas import AuditEventPage, AuditEventRead
from api.lib.pagination import decode_cursor, page_of
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


# The filter's parameters are $2-$6 after the municipality; `left()` rather than LIKE, so an
# action's `_` is no wildcard. The indexes on (municipality, actor | object, created_at) serve it.
_WHERE = """
    WHERE municipality_id = $1
      AND ($2::text IS NULL OR actor_id = $2)
      AND ($3::text IS NULL OR object_id = $3)
      AND ($4::text IS NULL OR left(action, length($4)) = $4)
      AND ($5::timestamptz IS NULL OR created_at >= $5)
      AND ($6::timestamptz IS NULL OR created_at < $6)
"""
_SELECT = """
    SELECT id, created_at, actor_type, actor_id, action, object_type, object_id, result, request_id, details
    FROM audit_events
"""


def _arguments(municipality_id: UUID, found: AuditFilter) -> tuple[object, ...]:
    return (
        municipality_id,
        found.actor or None,
        found.object_id or None,
        found.action or None,
        found.since,
        found.until,
    )


async def list_events(
    db: Database, municipality_id: UUID, found: AuditFilter, *, limit: int, cursor: str
) -> AuditEventPage:
    after = decode_cursor(cursor, (datetime, UUID))
    rows = await db.fetch(
        f"""{_SELECT} {_WHERE}
          AND ($7::timestamptz IS NULL OR (created_at, id) < ($7, $8::uuid))
        ORDER BY created_at DESC, id DESC
        LIMIT $9
        """,
        *_arguments(municipality_id, found),
        after[0] if after else None,
        after[1] if after else None,
        limit + 1,
    )
    items, next_cursor = page_of(from_rows(AuditEventRead, rows), limit, lambda e: (e.created_at, e.id))
    return AuditEventPage(items=items, next_cursor=next_cursor)


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
        statement = await connection.prepare(f"{_SELECT} {_WHERE} ORDER BY created_at DESC, id DESC")
        async for row in statement.cursor(*_arguments(municipality_id, found), prefetch=PREFETCH):
            writer.writerow([cell(value) for value in row.values()])
            if buffer.tell() >= CHUNK_BYTES:
                yield buffer.getvalue().encode()
                buffer.seek(0)
                buffer.truncate()
    yield buffer.getvalue().encode()
