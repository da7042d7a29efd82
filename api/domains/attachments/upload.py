"""Reading a multipart upload as it arrives: the file's kind is known from its first bytes, and
reading stops the moment the file is of a kind we refuse or past the limit for its kind.

Fields: ``file`` (exactly one) and ``altText`` (a short text). Nothing is read twice and no more
than the limit is ever held.
"""

from collections.abc import AsyncIterator
from dataclasses import dataclass

from multipart import MultipartError, MultipartSegment, PushMultipartParser, parse_options_header

from api.domains.attachments.content import Sniffed, sniff
from api.lib.errors import InvalidInput, PayloadTooLarge, UnsupportedMediaType
from api.settings import UploadSettings

MEDIA_TYPE = "multipart/form-data"
_SNIFF_BYTES = 16
_TEXT_FIELD_MAX = 4096
_TEXT_FIELDS = frozenset({"altText"})


@dataclass(frozen=True)
class Upload:
    sniffed: Sniffed
    file_name: str
    data: bytes
    alt_text: str


def boundary_of(content_type: str) -> str:
    media_type, options = parse_options_header(content_type)
    if media_type.lower() != MEDIA_TYPE or not options.get("boundary"):
        raise UnsupportedMediaType(
            "Stuur het bestand als multipart/form-data.", code="unsupported_media_type"
        )
    return str(options["boundary"])


def _limit(sniffed: Sniffed, limits: UploadSettings) -> int:
    return limits.image_max_bytes if sniffed.kind == "image" else limits.document_max_bytes


def _too_large(limit: int) -> PayloadTooLarge:
    return PayloadTooLarge(f"Dit bestand is groter dan {limit // (1024 * 1024)} MB.", code="file_too_large")


def _unsupported() -> UnsupportedMediaType:
    return UnsupportedMediaType(
        "Alleen foto's (JPEG, PNG, WebP) en documenten (PDF, ODT, DOCX) kunnen worden toegevoegd.",
        code="unsupported_file_type",
    )


async def read_upload(content_type: str, chunks: AsyncIterator[bytes], limits: UploadSettings) -> Upload:
    """Parse the stream; 415 for a file of a kind we do not take, 413 past its limit, 400 otherwise."""
    boundary = boundary_of(content_type)
    texts: dict[str, str] = {}
    file_parts: list[bytes] = []
    file_size = 0
    file_name: str | None = None
    sniffed: Sniffed | None = None
    current: MultipartSegment | None = None
    text: bytearray = bytearray()
    try:
        with PushMultipartParser(boundary, max_header_count=8, max_segment_count=8, strict=True) as parser:
            async for chunk in chunks:
                for event in parser.parse(chunk):
                    if isinstance(event, MultipartSegment):
                        current, text = event, bytearray()
                        if event.name == "file":
                            if file_name is not None:
                                raise InvalidInput.one("file", "one_file", "Stuur één bestand per keer.")
                            file_name = event.filename or "bestand"
                        elif event.name not in _TEXT_FIELDS:
                            raise InvalidInput.one(
                                str(event.name)[:100], "unknown_field", "Dit veld bestaat hier niet."
                            )
                    elif event is None:
                        if current is not None and current.name in _TEXT_FIELDS:
                            texts[str(current.name)] = _text(str(current.name), bytes(text))
                        current = None
                    elif current is not None and current.name == "file":
                        file_parts.append(event)
                        file_size += len(event)
                        if sniffed is None and (file_size >= _SNIFF_BYTES):
                            sniffed = sniff(b"".join(file_parts)[:_SNIFF_BYTES]) or _raise(_unsupported())
                        if sniffed is not None and file_size > _limit(sniffed, limits):
                            raise _too_large(_limit(sniffed, limits))
                        if file_size > limits.max_bytes:
                            raise _too_large(limits.max_bytes)
                    elif current is not None:
                        text.extend(event)
                        if len(text) > _TEXT_FIELD_MAX:
                            raise InvalidInput.one(str(current.name), "too_long", "Deze tekst is te lang.")
    except MultipartError as error:
        raise InvalidInput.one("body", "invalid_multipart", "De inhoud is geen geldig formulier.") from error
    if file_name is None or file_size == 0:
        raise InvalidInput.one("file", "required", "Kies een bestand.")
    data = b"".join(file_parts)
    sniffed = sniffed or sniff(data)
    if sniffed is None:
        raise _unsupported()
    return Upload(sniffed, _safe_name(file_name), data, texts.get("altText", "").strip())


def _raise(error: Exception) -> Sniffed:
    raise error


def _text(name: str, raw: bytes) -> str:
    try:
        value = raw.decode("utf-8")
    except UnicodeDecodeError:
        raise InvalidInput.one(name, "invalid_encoding", "Deze tekst is geen geldige UTF-8.") from None
    if "\x00" in value:
        raise InvalidInput.one(name, "invalid_character", "Tekst mag geen NUL-teken bevatten.")
    return value


def _safe_name(name: str) -> str:
    """The name a download offers: no folders, no control characters, not too long."""
    base = name.replace("\\", "/").rsplit("/", 1)[-1]
    cleaned = "".join(c for c in base if c.isprintable() and c not in '"<>|:*?').strip(" .")
    return (cleaned or "bestand")[:150]
