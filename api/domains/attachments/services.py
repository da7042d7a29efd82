"""Adding and removing files: the limits per account, the decoding, the object store, the row."""

import asyncio
from uuid import UUID

from api.db.uow import UnitOfWork
from api.domains.attachments import content
from api.domains.attachments.content import Kind, Refused
from api.domains.attachments.models import SubjectType
from api.domains.attachments.queries import SUBJECT_COLUMN
from api.domains.attachments.schemas import MAX_PER_SUBJECT
from api.domains.attachments.subjects import AttachmentFacts, SubjectFacts
from api.domains.attachments.upload import Upload
from api.domains.opgaven.guards import opgave_of
from api.lib import ratelimit
from api.lib.access import Person, Target
from api.lib.errors import Conflict, InvalidInput, NotFound, Unprocessable
from api.lib.ids import new_id
from api.lib.objectstore import ObjectStore
from api.settings import UploadSettings

ALT_TEXT_MAX = 300

_INSERT = """
INSERT INTO attachments (id, municipality_id, opgave_id, subject_type, proposal_id, task_id, progress_update_id,
                         reflection_id, kind, media_type, file_name, alt_text, size_bytes, width, height, widths,
                         storage_key, uploaded_by_id)
VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18)
"""


def key_of(storage_key: str, width: int | None) -> str:
    """An image's width lives beside its others; a document is one object."""
    return f"{storage_key}/{width}.webp" if width is not None else f"{storage_key}/original"


class Prepared:
    """What will be stored: the objects by key, and what the row says of them."""

    def __init__(self, upload: Upload) -> None:
        self.upload = upload
        self.media_type = upload.sniffed.media_type
        self.kind = upload.sniffed.kind
        self.objects: dict[int | None, bytes] = {}
        self.width: int | None = None
        self.height: int | None = None

    @property
    def size(self) -> int:
        return sum(len(data) for data in self.objects.values())

    @property
    def widths(self) -> list[int]:
        return sorted(w for w in self.objects if w is not None)


def prepare(upload: Upload) -> Prepared:
    """Decode and re-encode an image, check a document; raise ``Refused`` for what is not what it claims."""
    prepared = Prepared(upload)
    if upload.sniffed.kind == Kind.IMAGE:
        (prepared.width, prepared.height), found = content.renditions(upload.data)
        prepared.objects = {r.width: r.data for r in found}
        prepared.media_type = "image/webp"
        return prepared
    sniffed = upload.sniffed
    if sniffed.extension == "zip":
        sniffed = content.office_type(upload.data)
    elif sniffed.extension == "pdf":
        content.checked_pdf(upload.data)
    prepared.media_type = sniffed.media_type
    prepared.objects = {None: upload.data}
    return prepared


def _checked_alt_text(upload: Upload) -> str:
    alt = upload.alt_text
    if upload.sniffed.kind == Kind.IMAGE and not alt:
        raise InvalidInput.one(
            "altText",
            "required",
            "Beschrijf de foto in een paar woorden (alt-tekst), voor wie hem niet kan zien.",
        )
    if len(alt) > ALT_TEXT_MAX:
        raise InvalidInput.one("altText", "too_long", f"De alt-tekst is langer dan {ALT_TEXT_MAX} tekens.")
    if any(not c.isprintable() for c in alt):
        raise InvalidInput.one("altText", "invalid_character", "De alt-tekst heeft onzichtbare tekens.")
    return alt if upload.sniffed.kind == Kind.IMAGE else ""


class AttachmentService:
    def __init__(self, uow: UnitOfWork, store: ObjectStore, limits: UploadSettings) -> None:
        self.uow = uow
        self.store = store
        self.limits = limits

    async def add(self, target: Target, upload: Upload) -> UUID:
        """Store the file and its row; 400 without alt text, 422 for content that is not what it
        starts as, 409 past a thing's number of files or the account's quota, 429 past the hourly limit."""
        person = self.uow.principal
        assert isinstance(person, Person)
        alt_text = _checked_alt_text(upload)
        try:
            prepared = await asyncio.to_thread(prepare, upload)
        except Refused as refused:
            raise Unprocessable(str(refused), code="unreadable_file") from None
        connection = await self.uow.connection()
        await ratelimit.per_person_hourly(self.uow, "upload", person.account_id, self.limits.uploads_per_hour)
        # One upload at a time per account from here on, so two at once cannot both fit the quota.
        await connection.execute(
            "SELECT pg_advisory_xact_lock(hashtextextended('upload:' || $1::uuid::text, 0))",
            person.account_id,
        )
        used = await connection.fetchval(
            "SELECT coalesce(sum(size_bytes), 0) FROM attachments WHERE uploaded_by_id = $1",
            person.account_id,
        )
        if used + prepared.size > self.limits.quota_bytes_per_account:
            raise Conflict(
                "U heeft de ruimte voor uw bestanden opgebruikt. Verwijder eerst iets.", code="quota_exceeded"
            )
        subject = target.fact(SubjectFacts)
        subject_type, subject_id = subject.subject_type, subject.subject_id
        column = SUBJECT_COLUMN[subject_type]
        count = await connection.fetchval(
            f"SELECT count(*) FROM attachments a WHERE {column} = $1 AND a.subject_type = $2",
            subject_id,
            subject_type.value,
        )
        if count >= MAX_PER_SUBJECT:
            raise Conflict(
                f"Hier zijn al {MAX_PER_SUBJECT} bestanden bij gevoegd.", code="too_many_attachments"
            )
        attachment_id = new_id()
        storage_key = f"{target.municipality_id}/{attachment_id}"
        for width, data in prepared.objects.items():
            await self.store.put(key_of(storage_key, width), data)
        ids = {t: (subject_id if t == subject_type else None) for t in SubjectType if t != SubjectType.OPGAVE}
        await connection.execute(
            _INSERT,
            attachment_id,
            target.municipality_id,
            opgave_of(target).opgave_id,
            subject_type.value,
            ids[SubjectType.PROPOSAL],
            ids[SubjectType.TASK],
            ids[SubjectType.PROGRESS_UPDATE],
            ids[SubjectType.REFLECTION],
            prepared.kind.value,
            prepared.media_type,
            upload.file_name,
            alt_text,
            prepared.size,
            prepared.width,
            prepared.height,
            prepared.widths,
            storage_key,
            person.account_id,
        )
        self.uow.audit(
            "attachment.added",
            "attachment",
            attachment_id,
            target.municipality_id,
            {"subjectType": subject_type.value, "subjectId": str(subject_id), "kind": prepared.kind.value},
        )
        return attachment_id

    async def remove(self, target: Target) -> list[str]:
        """Delete the row; the keys of the objects to delete once that has committed."""
        connection = await self.uow.connection()
        row = await connection.fetchrow(
            "DELETE FROM attachments WHERE id = $1 RETURNING storage_key, widths, kind",
            target.fact(AttachmentFacts).attachment_id,
        )
        if row is None:
            raise NotFound("Deze bijlage bestaat niet.")
        self.uow.audit(
            "attachment.removed",
            "attachment",
            target.fact(AttachmentFacts).attachment_id,
            target.municipality_id,
        )
        widths = list(row["widths"]) if row["kind"] == Kind.IMAGE else [None]
        return [key_of(row["storage_key"], w) for w in widths]
