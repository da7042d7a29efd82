"""ETags: a resource's version as a strong entity tag, and the If-Match rule for guarded writes."""

from typing import Annotated, TypeVar

from litestar import Response
from litestar.datastructures import ResponseHeader
from litestar.params import HeaderParameter

from api.lib.errors import PreconditionFailed, PreconditionRequired
from api.lib.schema import NO_NUL

T = TypeVar("T")


def etag(version: int) -> str:
    """The ETag of a resource at ``version``."""
    return f'"{version}"'


def require_if_match(if_match: str, current_version: int) -> None:
    """Refuse a write unless the client saw the current version: 428 without, 412 when stale."""
    if not if_match:
        raise PreconditionRequired("Stuur de ETag die u bij het ophalen kreeg mee in de If-Match-header.")
    tags = {tag.strip() for tag in if_match.split(",")}
    if "*" not in tags and etag(current_version) not in tags:
        raise PreconditionFailed(
            "Iemand anders heeft dit intussen gewijzigd. Haal de nieuwste versie op en probeer opnieuw."
        )


# Absent means "": a header is never null, and a nullable type would say otherwise in the spec.
# Required in the spec; without it the write gets 428 (``require_if_match``), not a 400.
IfMatch = Annotated[
    str,
    HeaderParameter(
        name="If-Match",
        required=True,
        max_length=200,
        pattern=NO_NUL,
        description="De ETag van de versie die u wijzigt. Zonder: 428.",
    ),
]
# For a PUT that creates or replaces: needed only when there is something to replace.
IfMatchWhenReplacing = Annotated[
    str,
    HeaderParameter(
        name="If-Match",
        required=False,
        max_length=200,
        pattern=NO_NUL,
        description="De ETag van de versie die u vervangt; verplicht als er al een is (anders 428).",
    ),
]

ETAG_HEADER = ResponseHeader(
    name="ETag", description="Versie van de bron; stuur mee als If-Match.", documentation_only=True
)
LOCATION_HEADER = ResponseHeader(
    name="Location", description="Adres van de nieuwe bron.", documentation_only=True
)


def with_etag(body: T, version: int, *, status_code: int = 200, location: str | None = None) -> Response[T]:
    """``body`` with its ETag (and, for a creation, its Location)."""
    headers = {"ETag": etag(version)}
    if location:
        headers["Location"] = location
    return Response(body, status_code=status_code, headers=headers)
