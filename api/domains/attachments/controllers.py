"""Files attached to opgaven, ideas, tasks, progress updates and reflections."""

from dataclasses import dataclass
from typing import Annotated, Any
from urllib.parse import quote
from uuid import UUID

from litestar import Response, delete, get, post
from litestar.background_tasks import BackgroundTask
from litestar.openapi.spec import OpenAPIFormat, OpenAPIMediaType, OpenAPIType, Operation, RequestBody, Schema
from litestar.params import QueryParameter

from api.db.connection import Db
from api.db.uow import HOT_WRITE, Uow
from api.domains.attachments import queries
from api.domains.attachments.content import Kind
from api.domains.attachments.guards import add_files, read_files, remove_files
from api.domains.attachments.models import SubjectType
from api.domains.attachments.schemas import AttachmentList, AttachmentRead
from api.domains.attachments.services import ALT_TEXT_MAX, AttachmentService, key_of
from api.domains.attachments.subjects import attachment_from_path, subject_from_query
from api.domains.attachments.upload import MEDIA_TYPE, read_upload
from api.lib.access import Person, access, principal_of, target_of
from api.lib.errors import InvalidInput, NotFound
from api.lib.etag import LOCATION_HEADER
from api.lib.http import settings_of
from api.lib.objectstore import ObjectStore
from api.lib.openapi import problems
from api.lib.routes import AnyRequest, Controller, PathId
from api.lib.schema import NO_NUL
from api.settings import API_PREFIX

# Far above any kind's limit: the stream is cut at the limit of the file's kind (see ``upload``).
_BODY_CEILING = 64 * 1024 * 1024

SubjectTypeParam = Annotated[
    SubjectType, QueryParameter(name="subjectType", description="Waar de bijlage bij hoort.")
]
SubjectIdParam = Annotated[UUID, QueryParameter(name="subjectId", description="Het id daarvan.")]
WidthParam = Annotated[
    int,
    QueryParameter(
        name="width",
        ge=0,
        le=10000,
        description="Voor een foto: de breedte uit `renditions`; 0 voor de grootste.",
    ),
]


@dataclass
class UploadOperation(Operation):
    """The contract of the upload: a multipart form, read as a stream (so not by the framework)."""

    def __post_init__(self) -> None:
        self.request_body = RequestBody(
            required=True,
            description="Het bestand (`file`) en, voor een foto, een korte beschrijving (`altText`).",
            content={
                MEDIA_TYPE: OpenAPIMediaType(
                    schema=Schema(
                        type=OpenAPIType.OBJECT,
                        required=["file"],
                        properties={
                            "file": Schema(
                                type=OpenAPIType.STRING,
                                format=OpenAPIFormat.BINARY,
                                max_length=20 * 1024 * 1024,
                            ),
                            "altText": Schema(
                                type=OpenAPIType.STRING, max_length=ALT_TEXT_MAX, pattern=NO_NUL
                            ),
                        },
                        additional_properties=False,
                    )
                )
            },
        )


def _viewer(request: AnyRequest) -> UUID | None:
    principal = principal_of(request)
    return principal.account_id if isinstance(principal, Person) else None


def _store(request: AnyRequest) -> ObjectStore:
    store: ObjectStore = request.app.state.objects
    return store


async def _tee(request: AnyRequest, keep: list[bytes]) -> Any:
    async for chunk in request.stream():
        keep.append(chunk)
        yield chunk


class AttachmentController(Controller):
    """Bijlagen: foto's en documenten."""

    path = "/attachments"
    tags = ["Bijlagen"]

    @get("", opt=access(read_files, target=subject_from_query))
    async def list_attachments(
        self, request: AnyRequest, db: Db, subject_type: SubjectTypeParam, subject_id: SubjectIdParam
    ) -> AttachmentList:
        return await queries.list_attachments(db, subject_type, subject_id, _viewer(request))

    @post(
        "",
        opt=access(add_files, target=subject_from_query) | HOT_WRITE | {"streamed_body": MEDIA_TYPE},
        request_max_body_size=_BODY_CEILING,
        operation_class=UploadOperation,
        responses=problems(409, 413, 415, 422, 429),
        response_headers=[LOCATION_HEADER],
    )
    async def add_attachment(
        self, request: AnyRequest, uow: Uow, subject_type: SubjectTypeParam, subject_id: SubjectIdParam
    ) -> Response[AttachmentRead]:
        settings = settings_of(request)
        raw: list[bytes] = []
        upload = await read_upload(
            request.headers.get("content-type", ""), _tee(request, raw), settings.uploads
        )
        # An Idempotency-Key is checked against the whole body, read here once as a stream.
        request._connection_state.body = request._body = b"".join(raw)
        attachment_id = await AttachmentService(uow, _store(request), settings.uploads).add(
            target_of(request), upload
        )
        found = await uow.read(queries.get_attachment, attachment_id, _viewer(request))
        return Response(
            found, status_code=201, headers={"Location": f"{API_PREFIX}/attachments/{attachment_id}"}
        )

    @get("/{id:uuid}", opt=access(read_files, target=attachment_from_path))
    async def get_attachment(self, request: AnyRequest, db: Db, id: PathId) -> AttachmentRead:
        found = await queries.get_attachment(db, id, _viewer(request))
        if found is None:
            raise NotFound("Deze bijlage bestaat niet.")
        return found

    @get(
        "/{id:uuid}/content",
        opt=access(read_files, target=attachment_from_path),
        media_type="application/octet-stream",
        responses=problems(),
    )
    async def get_attachment_content(
        self, request: AnyRequest, db: Db, id: PathId, width: WidthParam = 0
    ) -> Response[bytes]:
        row = await queries.stored(db, id)
        if row is None:
            raise NotFound("Deze bijlage bestaat niet.")
        key: str
        if row["kind"] == Kind.IMAGE:
            widths = list(row["widths"])
            if width and width not in widths:
                raise InvalidInput.one(
                    "width", "unknown_width", "Deze breedte bestaat niet; zie `renditions`."
                )
            key = key_of(row["storage_key"], width or widths[-1])
            disposition = "inline"
        else:
            key = key_of(row["storage_key"], None)
            disposition = "attachment"
        data = await _store(request).get(key)
        if data is None:
            raise NotFound("Deze bijlage bestaat niet meer.")
        name = row["file_name"]
        ascii_name = name.encode("ascii", "ignore").decode() or "bestand"
        return Response(
            data,
            media_type=row["media_type"],
            headers={
                "Content-Disposition": f"{disposition}; filename=\"{ascii_name}\"; filename*=UTF-8''{quote(name)}",
                # Served files never run as a page, whatever a browser makes of them.
                "Content-Security-Policy": "default-src 'none'; sandbox",
            },
        )

    @delete("/{id:uuid}", opt=access(remove_files, target=attachment_from_path))
    async def remove_attachment(self, request: AnyRequest, uow: Uow) -> Response[None]:
        keys = await AttachmentService(uow, _store(request), settings_of(request).uploads).remove(
            target_of(request)
        )
        # The objects go once the row is gone for good (after the commit).
        return Response(None, status_code=204, background=BackgroundTask(_store(request).delete, *keys))
