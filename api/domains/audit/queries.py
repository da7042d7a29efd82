"""The read side of the audit log."""

from datetime import datetime
from typing import Any
from uuid import UUID

from api.db.connection import Database
from api.domains.audit.schemas import AuditEventPage, AuditEventRead
from api.lib.pagination import Keyset
from api.lib.rows import from_rows

_SELECT = """
SELECT id, created_at, actor_type, actor_id, action, object_type, object_id, result, request_id, details
FROM audit_events
"""
_NEWEST = Keyset(("created_at", "id"), (datetime, UUID), descending=True)


async def list_events(
    db: Database, municipality_id: UUID, *, actor: str, object_id: str, limit: int, cursor: str
) -> AuditEventPage:
    where = ["municipality_id = $municipality"]
    values: dict[str, Any] = {"municipality": municipality_id}
    if actor:
        where.append("actor_id = $actor")
        values["actor"] = actor
    if object_id:
        where.append("object_id = $object")
        values["object"] = object_id
    rows, next_cursor = await _NEWEST.fetch(db, _SELECT, where, values, cursor=cursor, limit=limit)
    return AuditEventPage(items=from_rows(AuditEventRead, rows), next_cursor=next_cursor)
