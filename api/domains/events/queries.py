"""The change feed: events in the order they became final, as the reader may see them."""

from datetime import datetime
from typing import Any
from uuid import UUID

import msgspec

from api.db.connection import Connection, Database
from api.domains.events import visibility
from api.domains.events.schemas import CloudEventRead, EventPage
from api.lib.pagination import decode_cursor, encode_cursor

# Only events of transactions older than every running one: none can appear before them later.
FINAL = "e.tx < pg_snapshot_xmin(pg_current_snapshot())::text::bigint"

_FEED = f"""
SELECT e.id, e.tx, e.type, e.subject, e.created_at, e.data::text AS data, m.slug
FROM events e JOIN municipalities m ON m.id = e.municipality_id
{visibility.JOINS}
WHERE {FINAL}
  AND ($4::bigint IS NULL OR (e.tx, e.id) > ($4, $5::uuid))
  AND (cardinality($6::text[]) = 0 OR e.type = ANY($6))
  AND ($7::uuid IS NULL OR e.opgave_id = $7)
  AND ($8::timestamptz IS NULL OR e.created_at >= $8)
  AND ($9::timestamptz IS NULL OR e.created_at < $9)
  AND {visibility.condition(1)}
ORDER BY e.tx, e.id
LIMIT $10
"""


def source(slug: str) -> str:
    """The NL GOV profile's ``source``: a URN naming the municipality and the system."""
    return f"urn:nld:gemeente-{slug}:samenspel"


def cloud_event(row: Any) -> CloudEventRead:
    return CloudEventRead(
        specversion="1.0",
        id=row["id"],
        source=source(row["slug"]),
        type=row["type"],
        subject=row["subject"],
        time=row["created_at"],
        datacontenttype="application/json",
        data=msgspec.json.decode(row["data"]),
    )


async def feed(
    db: Database | Connection,
    reader: visibility.Reader,
    *,
    cursor: str,
    limit: int,
    types: list[str] | None = None,
    opgave_id: UUID | None = None,
    since: datetime | None = None,
    until: datetime | None = None,
) -> tuple[list[CloudEventRead], str | None, str]:
    """A page of the feed after ``cursor``: the events, the cursor of a next page if there is one
    now, and the cursor to poll from later (always set)."""
    after = decode_cursor(cursor, (int, UUID))
    rows = await db.fetch(
        _FEED,
        *reader.params,
        after[0] if after else None,
        after[1] if after else None,
        types or [],
        opgave_id,
        since,
        until,
        limit + 1,
    )
    page = rows[:limit]
    resume = encode_cursor((page[-1]["tx"], page[-1]["id"])) if page else cursor
    return [cloud_event(r) for r in page], resume if len(rows) > limit else None, resume


_POSITIONS = f"""
SELECT e.id, e.tx
FROM events e
{visibility.JOINS}
WHERE {FINAL}
  AND (e.tx, e.id) > ($4, $5::uuid)
  AND (cardinality($6::text[]) = 0 OR e.type = ANY($6))
  AND ($7::uuid IS NULL OR e.opgave_id = $7)
  AND e.municipality_id = $8
  AND {visibility.condition(1)}
ORDER BY e.tx, e.id
LIMIT $9
"""
_NO_ID = UUID(int=0)


async def positions(
    connection: Connection,
    reader: visibility.Reader,
    municipality_id: UUID,
    *,
    after: tuple[int, UUID | None],
    types: list[str],
    opgave_id: UUID | None,
    limit: int,
) -> list[tuple[int, UUID]]:
    """Where the next events of one municipality that ``reader`` may read are: (transaction, id)."""
    rows = await connection.fetch(
        _POSITIONS, *reader.params, after[0], after[1] or _NO_ID, types, opgave_id, municipality_id, limit
    )
    return [(r["tx"], r["id"]) for r in rows]


async def one(connection: Connection, event_id: UUID) -> CloudEventRead | None:
    row = await connection.fetchrow(
        """SELECT e.id, e.type, e.subject, e.created_at, e.data::text AS data, m.slug
           FROM events e JOIN municipalities m ON m.id = e.municipality_id WHERE e.id = $1""",
        event_id,
    )
    return cloud_event(row) if row else None


async def page(db: Database, reader: visibility.Reader, **kwargs: Any) -> EventPage:
    items, next_cursor, resume = await feed(db, reader, **kwargs)
    return EventPage(items=items, next_cursor=next_cursor, resume_cursor=resume)
