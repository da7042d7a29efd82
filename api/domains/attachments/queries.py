"""The read side of attachments: rows straight into structs, with their URLs."""

from typing import Any
from uuid import UUID

from api.db.connection import Connection, Database
from api.domains.attachments.models import SubjectType
from api.domains.attachments.schemas import MAX_PER_SUBJECT, AttachmentList, AttachmentRead, Rendition
from api.lib.rows import from_row
from api.settings import API_PREFIX

_COLUMNS = """
a.id, a.subject_type, coalesce(a.proposal_id, a.task_id, a.progress_update_id, a.reflection_id, a.opgave_id) AS subject_id,
a.kind, a.media_type, a.file_name, a.alt_text, a.size_bytes, a.width, a.height, a.widths, a.uploaded_by_id,
a.created_at, a.storage_key
"""
SUBJECT_COLUMN = {
    SubjectType.OPGAVE: "a.opgave_id",
    SubjectType.PROPOSAL: "a.proposal_id",
    SubjectType.TASK: "a.task_id",
    SubjectType.PROGRESS_UPDATE: "a.progress_update_id",
    SubjectType.REFLECTION: "a.reflection_id",
}


def content_url(attachment_id: UUID, width: int | None = None) -> str:
    base = f"{API_PREFIX}/attachments/{attachment_id}/content"
    return f"{base}?width={width}" if width is not None else base


def _read(row: Any, viewer: UUID | None) -> AttachmentRead:
    widths = list(row["widths"] or [])
    return from_row(
        AttachmentRead,
        {
            **row,
            "url": content_url(row["id"]),
            "renditions": [Rendition(width=w, url=content_url(row["id"], w)) for w in widths],
            "uploaded_by_me": viewer is not None and row["uploaded_by_id"] == viewer,
        },
    )


async def get_attachment(
    db: Database | Connection, attachment_id: UUID, viewer: UUID | None
) -> AttachmentRead | None:
    row = await db.fetchrow(f"SELECT {_COLUMNS} FROM attachments a WHERE a.id = $1", attachment_id)
    return _read(row, viewer) if row is not None else None


async def list_attachments(
    db: Database, subject_type: SubjectType, subject_id: UUID, viewer: UUID | None
) -> AttachmentList:
    """A thing's files, oldest first (there are at most ``MAX_PER_SUBJECT``)."""
    column = SUBJECT_COLUMN[subject_type]
    extra = " AND a.subject_type = 'opgave'" if subject_type == SubjectType.OPGAVE else ""
    rows = await db.fetch(
        f"SELECT {_COLUMNS} FROM attachments a WHERE {column} = $1{extra} ORDER BY a.created_at, a.id LIMIT $2",
        subject_id,
        MAX_PER_SUBJECT,
    )
    return AttachmentList(items=[_read(row, viewer) for row in rows])


async def stored(db: Database, attachment_id: UUID) -> Any:
    """What serving the content needs: where it is and what it is."""
    return await db.fetchrow(
        "SELECT id, kind, media_type, file_name, widths, storage_key FROM attachments WHERE id = $1",
        attachment_id,
    )
