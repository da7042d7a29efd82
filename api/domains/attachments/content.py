"""What an uploaded file is, decided by its bytes (never by its name), and what is kept of it.

Images are decoded and encoded again from their pixels alone: no EXIF (GPS, camera serial), no XMP,
no ICC profile or comment survives, and a file that only looks like an image fails to decode. Each
is kept in a few widths for ``srcset``. Documents (PDF, ODT, DOCX) are kept as sent and only ever
served as downloads.
"""

import io
import warnings
import zipfile
from dataclasses import dataclass
from enum import StrEnum

from PIL import Image, ImageOps, UnidentifiedImageError

# The widths an image is served in; an image narrower than one is not enlarged to it.
WIDTHS = (320, 640, 1280)
# A decoded image at most this many pixels (50 megapixels): a small file may not unpack into gigabytes.
MAX_PIXELS = 50_000_000
Image.MAX_IMAGE_PIXELS = MAX_PIXELS

_ODT = b"application/vnd.oasis.opendocument.text"
_ZIP_MAX_ENTRIES = 2_000


class Kind(StrEnum):
    IMAGE = "image"
    DOCUMENT = "document"


class Refused(Exception):
    """The content is not a kind the platform accepts, or is not what it starts out as."""


@dataclass(frozen=True)
class Sniffed:
    kind: Kind
    media_type: str
    extension: str


def sniff(head: bytes) -> Sniffed | None:
    """What the first bytes say the file is: only the kinds we accept; None for anything else."""
    if head.startswith(b"\xff\xd8\xff"):
        return Sniffed(Kind.IMAGE, "image/jpeg", "jpg")
    if head.startswith(b"\x89PNG\r\n\x1a\n"):
        return Sniffed(Kind.IMAGE, "image/png", "png")
    if head[:4] == b"RIFF" and head[8:12] == b"WEBP":
        return Sniffed(Kind.IMAGE, "image/webp", "webp")
    if head.startswith(b"%PDF-"):
        return Sniffed(Kind.DOCUMENT, "application/pdf", "pdf")
    if head.startswith(b"PK\x03\x04"):
        # ODT or DOCX: which one, the archive's entries tell once the whole file is here.
        return Sniffed(Kind.DOCUMENT, "application/zip", "zip")
    return None


def office_type(data: bytes) -> Sniffed:
    """An ODT or a DOCX, by what the archive holds; anything else in a ZIP is refused."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            names = archive.namelist()
            if len(names) > _ZIP_MAX_ENTRIES:
                raise Refused("Dit archief heeft te veel onderdelen.")
            if names and names[0] == "mimetype" and archive.read("mimetype").strip() == _ODT:
                return Sniffed(Kind.DOCUMENT, _ODT.decode(), "odt")
            if "[Content_Types].xml" in names and "word/document.xml" in names:
                return Sniffed(
                    Kind.DOCUMENT,
                    "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                    "docx",
                )
    except (zipfile.BadZipFile, KeyError, OSError, EOFError) as error:
        raise Refused("Dit bestand is geen geldig document.") from error
    raise Refused("Alleen PDF-, ODT- en DOCX-documenten kunnen worden toegevoegd.")


@dataclass(frozen=True)
class Rendition:
    """One width of an image, encoded anew."""

    width: int
    height: int
    data: bytes


def _decoded(data: bytes) -> Image.Image:
    opened: Image.Image
    with warnings.catch_warnings():
        warnings.simplefilter("error", Image.DecompressionBombWarning)
        try:
            opened = Image.open(io.BytesIO(data))
            opened.load()
        except (
            UnidentifiedImageError,
            OSError,
            SyntaxError,
            ValueError,
            Image.DecompressionBombError,
            Image.DecompressionBombWarning,
        ) as error:
            raise Refused("Deze afbeelding kan niet worden gelezen.") from error
    # The orientation EXIF gave is applied to the pixels, then EXIF is dropped with everything else.
    image = ImageOps.exif_transpose(opened)
    has_alpha = image.mode in {"RGBA", "LA", "PA"} or (image.mode == "P" and "transparency" in image.info)
    image = image.convert("RGBA" if has_alpha else "RGB")
    # A new image from the pixels alone: nothing of the original's info (EXIF, XMP, ICC, comments).
    return Image.frombytes(image.mode, image.size, image.tobytes())


def renditions(data: bytes) -> tuple[tuple[int, int], list[Rendition]]:
    """The image's size, and its widths as WebP without any metadata."""
    image = _decoded(data)
    widths = sorted({w for w in WIDTHS if w < image.width} | {min(image.width, WIDTHS[-1])})
    found: list[Rendition] = []
    for width in widths:
        height = max(1, round(image.height * width / image.width))
        scaled = image if width == image.width else image.resize((width, height), Image.Resampling.LANCZOS)
        out = io.BytesIO()
        scaled.save(out, "WEBP", quality=82, method=4)
        found.append(Rendition(width, height, out.getvalue()))
    return image.size, found


def checked_pdf(data: bytes) -> None:
    """A PDF ends as one: ``%%EOF`` near its end (a file that only starts like one is refused)."""
    if b"%%EOF" not in data[-2048:]:
        raise Refused("Dit bestand is geen geldige PDF.")
