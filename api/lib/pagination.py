"""Keyset pagination: an opaque cursor, a capped page size, and a ``Link`` header.

A cursor is the sort key of the last row seen, so every page costs one index range scan whatever
its depth, and rows added meanwhile never shift a page.
"""

import base64
import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from enum import Enum
from functools import cache
from typing import Annotated, Any, Generic, Protocol, TypeVar, cast, get_args, get_type_hints
from urllib.parse import urlencode

import msgspec
from litestar import Request, Response
from litestar.datastructures import ResponseHeader
from litestar.params import QueryParameter

from api.db.sql import bind
from api.lib.errors import InvalidInput
from api.lib.rows import from_rows
from api.lib.schema import Schema

T = TypeVar("T")
P = TypeVar("P", bound="Page")

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

_UPDATED_SINCE = (
    "Alleen wat vanaf dit moment is aangemaakt of gewijzigd, voor systemen die een kopie van de lijst "
    "bijhouden; zonder tijdzone geldt UTC. Het moment is `updatedAt`: dat verschuift bij elke wijziging "
    "van het object zelf (tekst, status, fase, verborgen of niet…). {counts}"
)


def status_filter(things: str) -> QueryParameter:
    """The ``status`` parameter of a list of ``things`` (``"taken"``), worded alike in every list."""
    return QueryParameter(name="status", description=f"Alleen {things} met deze status.")


def action_line_filter(things: str) -> QueryParameter:
    """The ``actionLine`` parameter of a list of ``things`` in an opgave's plan."""
    return QueryParameter(name="actionLine", description=f"Alleen {things} bij deze actielijn.")


def updated_since(counts: str) -> QueryParameter:
    """The ``updatedSince`` parameter of a list, saying which of its fields it does not cover:
    counts kept by other rows' writes move without touching ``updatedAt`` (so a hot counter costs
    no write on its object, and a copy learns of them from the change feed instead)."""
    return QueryParameter(name="updatedSince", description=_UPDATED_SINCE.format(counts=counts))


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


@cache
def _item_type(page: type[Page]) -> Any:
    """The struct a page's ``items: Items[...]`` holds."""
    return get_args(get_type_hints(page)["items"])[0]


_PLACEHOLDER = re.compile(r"\$([a-z_][a-z0-9_]*)")


class Where:
    """The conditions of a list's ``WHERE`` and the values they name (``$name``), built from what a
    request asked for: ``Where("o.opgave_id = $opgave", opgave=opgave_id).given({...})``."""

    def __init__(self, *conditions: str, **values: Any) -> None:
        self.conditions = list(conditions)
        self.values = values

    def add(self, *conditions: str) -> "Where":
        """``conditions`` that name no value of the request (or whose values are bound already)."""
        self.conditions.extend(conditions)
        return self

    def given(self, filters: Mapping[str, Any]) -> "Where":
        """Each ``condition: value`` of ``filters`` whose value the request gave (not ``None``): the
        value goes under the one ``$name`` of its condition not bound yet, an enum as its value."""
        for condition, value in filters.items():
            if value is None:
                continue
            (name,) = {name for name in _PLACEHOLDER.findall(condition) if name not in self.values}
            self.conditions.append(condition)
            self.values[name] = value.value if isinstance(value, Enum) else value
        return self


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


def page_response(request: Request[Any, Any, Any], page: Any) -> Response[Any]:
    """The page as the body, with ``Link: <…>; rel="next"`` when there is a next page."""
    headers: dict[str, str] = {}
    if page.next_cursor:
        query = {k: v for k, v in request.query_params.items() if k != "cursor"}
        query["cursor"] = page.next_cursor
        headers["Link"] = f'<{request.url.path}?{urlencode(query)}>; rel="next"'
    return Response(page, headers=headers)


class _Fetches(Protocol):
    async def fetch(self, query: str, *args: Any) -> Sequence[Any]: ...


@dataclass(frozen=True)
class Keyset:
    """The order of a keyset-paged list, and everything a page of it needs: the ``ORDER BY``, the
    condition "after the cursor", ``limit + 1`` rows, and the next cursor from the last row shown.

    ``columns`` are SQL expressions, the last one unique (``("o.created_at", "o.id")``), all in one
    direction; a row holds each under its name after the dot, or under ``names``. ``tag`` (a sort's
    name) goes first in the cursor, so a cursor of one order is refused in another.
    """

    columns: tuple[str, ...]
    types: tuple[type, ...]
    descending: bool = False
    tag: str = ""
    names: tuple[str, ...] = ()

    @property
    def order_by(self) -> str:
        direction = " DESC" if self.descending else ""
        return ", ".join(f"{column}{direction}" for column in self.columns)

    def decode(self, cursor: str) -> list[Any] | None:
        """The key after which the page starts; ``None`` for the first page."""
        if not self.tag:
            return decode_cursor(cursor, self.types)
        decoded = decode_cursor(cursor, (str, *self.types))
        if decoded is None:
            return None
        if decoded[0] != self.tag:
            raise InvalidInput.one("cursor", "invalid_cursor", "Deze cursor hoort bij een andere volgorde.")
        return decoded[1:]

    def after(self, key: Sequence[Any], values: dict[str, Any]) -> str:
        """The condition "after ``key``" in named placeholders (``$key1``…), which go into ``values``."""
        names = [f"key{i}" for i in range(1, len(key) + 1)]
        values.update(zip(names, key, strict=True))
        placeholders = ", ".join(f"${name}" for name in names)
        if len(key) == 1:
            return f"{self.columns[0]} {'<' if self.descending else '>'} {placeholders}"
        return f"({', '.join(self.columns)}) {'<' if self.descending else '>'} ({placeholders})"

    def statement(
        self,
        select: str,
        where: Sequence[str],
        values: dict[str, Any],
        *,
        after: Sequence[Any] | None,
        limit: int,
    ) -> tuple[str, list[Any]]:
        """``select`` with ``where``, the keyset condition, the order and ``limit + 1``, bound.

        The limit is written in, not sent: with ``LIMIT $n`` a generic plan cannot know that a page
        is small, prices a sort of every matching row, and PostgreSQL plans each request anew. The
        page sizes a client may ask for are few and bounded, so are the statement texts."""
        values = dict(values)
        conditions = [*where, self.after(after, values)] if after is not None else list(where)
        sql = f"{select} WHERE {' AND '.join(conditions) or 'true'} ORDER BY {self.order_by} LIMIT {int(limit) + 1}"
        return bind(sql, values)

    def page(self, rows: Sequence[Any], limit: int) -> tuple[list[Any], str | None]:
        """Split ``limit + 1`` fetched rows into the page and the cursor of the next one."""
        page = list(rows[:limit])
        if len(rows) <= limit or not page:
            return page, None
        names = self.names or tuple(column.rsplit(".", 1)[-1] for column in self.columns)
        key = [page[-1][name] for name in names]
        return page, encode_cursor([self.tag, *key] if self.tag else key)

    async def fetch(
        self,
        db: _Fetches,
        select: str,
        where: Sequence[str],
        values: dict[str, Any],
        *,
        cursor: str,
        limit: int,
    ) -> tuple[list[Any], str | None]:
        """One page of ``select`` after ``cursor``: its rows and the next cursor (``None`` on the last)."""
        sql, args = self.statement(select, where, values, after=self.decode(cursor), limit=limit)
        return self.page(await db.fetch(sql, *args), limit)

    async def read(
        self,
        db: _Fetches,
        page: type[P],
        select: str,
        where: Where,
        *,
        cursor: str,
        limit: int,
    ) -> P:
        """One page of ``select`` after ``cursor`` as ``page``, its items read from the rows by their
        field names (``from_rows``), the struct its ``items: Items[...]`` names."""
        rows, next_cursor = await self.fetch(
            db, select, where.conditions, where.values, cursor=cursor, limit=limit
        )
        return cast(Callable[..., P], page)(items=from_rows(_item_type(page), rows), next_cursor=next_cursor)


@dataclass(frozen=True)
class Listing(Generic[P]):
    """A keyset-paged list read straight into its page struct, declared once beside its query:
    ``Listing(_SELECT, BudgetPage, Keyset(("b.created_at", "b.id"), (datetime, UUID)))``; a request
    adds only its ``Where``."""

    select: str
    page: type[P]
    order: Keyset

    async def read(self, db: _Fetches, where: Where, cursor: str, limit: int) -> P:
        """The page of ``where`` after ``cursor``, of at most ``limit`` items."""
        return await self.order.read(db, self.page, self.select, where, cursor=cursor, limit=limit)
