"""Keyset pagination: an opaque cursor, a capped page size, and a ``Link`` header.

A cursor is the sort key of the last row seen, so every page costs one index range scan whatever
its depth, and rows added meanwhile never shift a page.
"""

import base64
from collections.abc import Sequence
from datetime import UTC, datetime
from typing import Annotated, Any, TypeVar
from urllib.parse import urlencode

import msgspec
from litestar import Request, Response
from litestar.datastructures import ResponseHeader
from litestar.params import QueryParameter

from api.lib.errors import InvalidInput
from api.lib.schema import Schema

T = TypeVar("T")

DEFAULT_LIMIT = 20
MAX_LIMIT = 100

Items = Annotated[list[T], msgspec.Meta(max_length=MAX_LIMIT, description="De resultaten op deze pagina.")]

Limit = Annotated[
    int,
    QueryParameter(
        name="limit",
        ge=1,
        le=MAX_LIMIT,
        description=f"Aantal resultaten per pagina (1–{MAX_LIMIT}).",
    ),
]
Cursor = Annotated[
    str,
    QueryParameter(
        name="cursor",
        max_length=500,
        pattern=r"^[A-Za-z0-9_-]*$",
        description="Het `nextCursor` van de vorige pagina; leeg voor de eerste.",
    ),
]

UpdatedSince = Annotated[
    datetime | None,
    QueryParameter(
        name="updatedSince",
        description=(
            "Alleen wat vanaf dit moment is aangemaakt of gewijzigd: voor systemen die een lijst bijhouden. "
            "Zonder tijdzone geldt UTC."
        ),
    ),
]


def since(moment: datetime | None) -> datetime | None:
    """``updatedSince`` as an aware moment (UTC when the caller named no zone)."""
    return moment.replace(tzinfo=UTC) if moment is not None and moment.tzinfo is None else moment


LINK_HEADER = ResponseHeader(
    name="Link",
    description='Verwijzing naar de volgende pagina: `<…>; rel="next"`.',
    documentation_only=True,
    required=False,
)


class Page(Schema):
    """One page of a collection. Subclasses name their items: ``items: Items[OrganisationRead]``,
    so the contract (and the generated client) knows exactly what a page holds."""

    next_cursor: Annotated[
        str | None,
        msgspec.Meta(description="Cursor van de volgende pagina, of null op de laatste."),
    ]


def encode_cursor(key: Sequence[Any]) -> str:
    """An opaque cursor for the sort key of the last row of a page."""
    return base64.urlsafe_b64encode(msgspec.json.encode(list(key), enc_hook=str)).decode().rstrip("=")


def decode_cursor(cursor: str, types: Sequence[type]) -> list[Any] | None:
    """The sort key in ``cursor``, converted to ``types``; ``None`` for the first page."""
    if not cursor:
        return None
    try:
        raw = base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4))
        values = msgspec.json.decode(raw)
        if not isinstance(values, list) or len(values) != len(types):
            raise ValueError("wrong shape")
        return [msgspec.convert(v, t, strict=False) for v, t in zip(values, types, strict=True)]
    except (ValueError, msgspec.ValidationError, msgspec.DecodeError):
        raise InvalidInput.one("cursor", "invalid_cursor", "Deze cursor is ongeldig of verlopen.") from None


def page_of(rows: Sequence[T], limit: int, key: Any) -> tuple[list[T], str | None]:
    """Split ``limit + 1`` fetched rows into a page and the cursor of the next one."""
    items = list(rows[:limit])
    if len(rows) > limit and items:
        return items, encode_cursor(key(items[-1]))
    return items, None


def page_response(request: Request[Any, Any, Any], page: Any) -> Response[Any]:
    """The page as the body, with ``Link: <…>; rel="next"`` when there is a next page."""
    headers: dict[str, str] = {}
    if page.next_cursor:
        query = {k: v for k, v in request.query_params.items() if k != "cursor"}
        query["cursor"] = page.next_cursor
        headers["Link"] = f'<{request.url.path}?{urlencode(query)}>; rel="next"'
    return Response(page, headers=headers)
