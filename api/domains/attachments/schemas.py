"""Bodies of the attachment endpoints. An upload itself is multipart (see ``upload``)."""

from datetime import datetime
from typing import Annotated
from uuid import UUID

import msgspec

from api.domains.attachments.content import Kind
from api.domains.attachments.models import SubjectType
from api.lib.schema import Heading, Positive, Schema

# At most this many files per thing (an idea, a task, ...).
MAX_PER_SUBJECT = 20


class Rendition(Schema):
    """Eén breedte van een afbeelding, voor `srcset`."""

    width: Annotated[int, msgspec.Meta(ge=1, le=10000)]
    url: Annotated[str, msgspec.Meta(max_length=300)]


class AttachmentRead(Schema):
    """Een bijlage: een foto (met alt-tekst, in enkele breedtes) of een document (alleen als download)."""

    id: UUID
    subject_type: SubjectType
    subject_id: UUID
    kind: Kind
    media_type: Annotated[str, msgspec.Meta(max_length=100)]
    file_name: Heading
    alt_text: Annotated[
        str, msgspec.Meta(max_length=300, description="Beschrijving van de foto; leeg bij een document.")
    ]
    size_bytes: Positive
    width: Annotated[int, msgspec.Meta(ge=1, le=100000)] | None
    height: Annotated[int, msgspec.Meta(ge=1, le=100000)] | None
    url: Annotated[
        str, msgspec.Meta(max_length=300, description="De inhoud: de grootste breedte, of het document.")
    ]
    renditions: Annotated[list[Rendition], msgspec.Meta(max_length=10)]
    uploaded_by_me: bool
    created_at: datetime


class AttachmentList(Schema):
    """De bijlagen van één ding, oudste eerst."""

    items: Annotated[list[AttachmentRead], msgspec.Meta(max_length=MAX_PER_SUBJECT)]
