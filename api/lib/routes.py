"""Route handlers for the routes that are all alike, made from a table row instead of written out.

A page of what belongs to the object in the path, and that object itself with its ETag, look the
same in every domain: only the path, the operation, the access rule and the query differ. Each is
one call here, so the contract of all of them (parameters, Link and ETag headers) is written once.
"""

from collections.abc import Awaitable, Callable
from typing import Any
from uuid import UUID

from litestar import Request, Response, get
from litestar.handlers import HTTPRouteHandler
from litestar.params import FromPath

from api.db.connection import Database, Db
from api.lib.etag import ETAG_HEADER, with_etag
from api.lib.pagination import LINK_HEADER, Cursor, Limit, Page, page_response

PageQuery = Callable[..., Awaitable[Page]]
OneQuery = Callable[[Database, UUID], Awaitable[tuple[Any, int] | None]]


def page_of_path(
    path: str,
    *,
    operation_id: str,
    summary: str,
    opt: dict[str, Any],
    page: type[Page],
    query: PageQuery,
    description: str | None = None,
) -> HTTPRouteHandler:
    """``GET path``: a page of ``query(db, id, limit=, cursor=)``, with ``Link`` to the next."""

    async def handler(
        self: Any,
        request: Request[Any, Any, Any],
        db: Db,
        id: FromPath[UUID],
        limit: Limit = 20,
        cursor: Cursor = "",
    ) -> Response[Any]:
        return page_response(request, await query(db, id, limit=limit, cursor=cursor))

    handler.__annotations__["return"] = Response[page]  # type: ignore[valid-type]
    handler.__name__ = handler.__qualname__ = query.__name__
    return get(
        path,
        operation_id=operation_id,
        summary=summary,
        description=description,
        opt=opt,
        response_headers=[LINK_HEADER],
    )(handler)


def one_of_path(
    path: str,
    *,
    operation_id: str,
    summary: str,
    opt: dict[str, Any],
    read: type[Any],
    query: OneQuery,
    description: str | None = None,
) -> HTTPRouteHandler:
    """``GET path``: what ``query(db, id)`` finds, with its version as the ``ETag`` (the access
    rule's target loader has already answered 404 when there is nothing)."""

    async def handler(self: Any, db: Db, id: FromPath[UUID]) -> Response[Any]:
        found = await query(db, id)
        assert found is not None
        return with_etag(*found)

    handler.__annotations__["return"] = Response[read]  # type: ignore[valid-type]
    handler.__name__ = handler.__qualname__ = query.__name__
    return get(
        path,
        operation_id=operation_id,
        summary=summary,
        description=description,
        opt=opt,
        response_headers=[ETAG_HEADER],
    )(handler)
