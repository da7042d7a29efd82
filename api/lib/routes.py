"""How a route is declared: one or two lines in a controller, its prose beside it as data.

A route is an attribute of a ``Controller`` (this module's, not Litestar's): a helper call below, or a
method under ``@get``/``@post``/... when its body does more than the helpers.
- Its operationId is its name in PascalCase (``list_budgets`` -> ``ListBudgets``): name the attribute
  after the operation. Pass ``operation_id=`` only where a name cannot say it (a controller factory).
- Its ``summary`` and ``description`` are in ``docs.toml`` beside the controller module, under
  ``[ListBudgets]``: the prose is read and edited apart from the routing.
- What the routes of a controller act on is said once, as the controller's ``target`` (the loader of
  the object in its path); a route then says only who may call it, ``opt=access(rule)``. A route that
  acts on something else says ``access(rule, target=loader)``.
- What stays on the route is what it does: path, body, service, access rule, and the problems it
  answers with (``responses=problems(...)``). A handler takes ``request: AnyRequest``, ``id: PathId``.

Route handlers for the routes that are all alike, made from a table row instead of written out.

A page of a list, and a thing with an ETag (read, made under the object in the path, changed or
removed with If-Match), look the same in every domain: only the path, the operation, the access rule,
the body, the service and the query differ. Each is one call here, so the contract of all of them
(parameters, Link, ETag and Location headers) is written once. A list says what it is of
(``PageOf``: the id in the path, the municipality of a slug or query parameter, or nothing for the
caller's own), what its query makes of the caller, and its filters as a table; the handler's
signature, and so its parameters in the contract, is built from that table in that order.
- A handler needs ``municipality_of(request)`` (the municipality its target loader found) or
  ``viewer_of(request)`` (whom the caller is, to a query) more often than anything else: both are here.
"""

import sys
import tomllib
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, replace
from functools import cache
from inspect import Parameter, Signature
from pathlib import Path
from typing import Any, ClassVar, Protocol
from uuid import UUID

import litestar
from litestar import Request, Response, delete, get, patch, post
from litestar.handlers import HTTPRouteHandler
from litestar.params import FromPath, JSONBody

from api.db.connection import Db
from api.db.uow import Uow
from api.lib.access import Access, Target, TargetLoader, principal_of, target_of
from api.lib.errors import NotFound
from api.lib.etag import ETAG_HEADER, LOCATION_HEADER, IfMatch, with_etag
from api.lib.pagination import LINK_HEADER, Cursor, Limit, Page, page_response
from api.lib.visibility import Viewer
from api.settings import API_PREFIX

PageQuery = Callable[..., Awaitable[Page]]
AnyRequest = Request[Any, Any, Any]
PathId = FromPath[UUID]
"""The ``id`` in the path of a route (``/budgets/{id:uuid}``)."""


@cache
def route_docs(folder: Path) -> dict[str, dict[str, str]]:
    """The prose of the operations of the controllers in ``folder``, keyed by operationId."""
    path = folder / "docs.toml"
    return tomllib.loads(path.read_text()) if path.exists() else {}


def municipality_of(request: AnyRequest) -> UUID:
    """The municipality of the object the route acts on (its access rule's target loader found it)."""
    municipality_id = target_of(request).municipality_id
    assert municipality_id is not None
    return municipality_id


def viewer_of(request: AnyRequest) -> Viewer:
    """Whom the caller is, to what a query shows."""
    return Viewer.of(principal_of(request))


def operation_name(attribute: str) -> str:
    """The operationId of a route from the attribute that holds it: ``list_budgets`` -> ``ListBudgets``."""
    return "".join(part[:1].upper() + part[1:] for part in attribute.split("_"))


class Controller(litestar.Controller):
    """A Litestar controller whose routes take their operationId from their names and their summary
    and description from ``docs.toml`` beside the module, and the target of their access rules from
    ``target`` (see the module's docstring)."""

    target: ClassVar[TargetLoader | None] = None

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        module_file = getattr(sys.modules.get(cls.__module__), "__file__", None)
        docs = route_docs(Path(module_file).parent) if module_file else {}
        for attribute, handler in list(vars(cls).items()):
            if not isinstance(handler, HTTPRouteHandler):
                continue
            declared = handler.opt.get("access")
            if cls.target is not None and isinstance(declared, Access) and declared.target is None:
                handler.opt["access"] = replace(declared, target=cls.target)
            if handler.operation_id is None:
                handler.operation_id = operation_name(attribute)
            operation_id = handler.operation_id
            if not isinstance(operation_id, str):
                continue
            prose = docs.get(operation_id, {})
            if handler.summary is None:
                handler.summary = prose.get("summary")
            if handler.description is None:
                handler.description = prose.get("description")
            fn = handler.fn
            if fn.__name__ == "handler":
                fn.__name__ = fn.__qualname__ = operation_id


class Deletes(Protocol):
    """A service that removes a thing, guarded by its ETag."""

    async def delete(self, id: UUID, if_match: str, /) -> object: ...


@dataclass(frozen=True)
class PageOf:
    """What a list is of, as the request names it: a parameter ``name`` typed ``annotation`` (in the
    path, or a query parameter with its ``default``), and what the query is given for it:
    ``value(request, parameter)``, first after the database, or by ``keyword``."""

    name: str
    annotation: Any
    value: Callable[[AnyRequest, Any], Any]
    keyword: str | None = None
    default: Any = Parameter.empty

    def given_as(self, keyword: str) -> "PageOf":
        """The same, given to the query by name (``budget_claims(db, budget_id=...)``)."""
        return replace(self, keyword=keyword)

    @staticmethod
    def municipality(annotation: Any, name: str = "slug", default: Any = Parameter.empty) -> "PageOf":
        """The municipality the request names (by its ``{slug}`` in the path, or a query parameter),
        found by the access rule's target loader: the query gets its id."""
        return PageOf(name, annotation, lambda request, _: municipality_of(request), default=default)


PATH_ID = PageOf("id", PathId, lambda _, id: id)
"""The ``{id:uuid}`` in the path, given to the query as it is."""

Filter = tuple[Any, Any]
"""A query parameter that narrows a list: its annotation and its default (or a dependency that reads
several, annotated ``NamedDependency[...]`` without a default)."""


def page_of_path(
    path: str,
    *,
    page: type[Page],
    query: PageQuery,
    of: PageOf | None = PATH_ID,
    viewer: Callable[[AnyRequest], Any] | None = None,
    from_request: dict[str, Callable[[AnyRequest], Any]] | None = None,
    filters: dict[str, Filter] | None = None,
    limit: int = 20,
    **route: Any,
) -> HTTPRouteHandler:
    """``GET path``: a page of ``query(db, of, viewer, **from_request, **filters, limit=, cursor=)``,
    with ``Link`` to the next. ``of`` is what the list is of (none for a list of the caller's own),
    ``viewer`` what the query makes of the caller (left out when ``None``), ``from_request`` what
    else it takes from the request, by name, ``filters`` the query parameters that narrow it, passed
    on by name, and ``limit`` the page size when the client asks none."""
    named = dict(filters or {})
    parameters = [
        Parameter("self", Parameter.POSITIONAL_OR_KEYWORD),
        Parameter("request", Parameter.KEYWORD_ONLY, annotation=AnyRequest),
        Parameter("db", Parameter.KEYWORD_ONLY, annotation=Db),
        *(
            [Parameter(of.name, Parameter.KEYWORD_ONLY, annotation=of.annotation, default=of.default)]
            if of
            else []
        ),
        *(Parameter(n, Parameter.KEYWORD_ONLY, annotation=a, default=d) for n, (a, d) in named.items()),
        Parameter("limit", Parameter.KEYWORD_ONLY, annotation=Limit, default=limit),
        Parameter("cursor", Parameter.KEYWORD_ONLY, annotation=Cursor, default=""),
    ]

    async def handler(self: Any, *, request: AnyRequest, db: Db, **arguments: Any) -> Response[Any]:
        given: tuple[Any, ...] = ()
        if of is not None:
            value = of.value(request, arguments.pop(of.name))
            if of.keyword is None:
                given = (value,)
            else:
                arguments[of.keyword] = value
        if viewer is not None:
            given = (*given, viewer(request))
        for name, take in (from_request or {}).items():
            arguments[name] = take(request)
        return page_response(request, await query(db, *given, **arguments))

    handler.__signature__ = Signature(parameters, return_annotation=Response[page])  # type: ignore[attr-defined,valid-type]
    handler.__annotations__ = {p.name: p.annotation for p in parameters[1:]} | {"return": Response[page]}  # type: ignore[valid-type]
    handler.__name__ = handler.__qualname__ = getattr(query, "__name__", "handler")
    return get(path, response_headers=[LINK_HEADER], **route)(handler)


@dataclass(frozen=True)
class Resource:
    """A thing with a version that a write answers with as a GET would: read back by ``query``
    (with what ``viewer`` makes of the request, when the query wants a viewer), as ``read`` with
    its ``ETag``; a new one lives at ``{API_PREFIX}{collection}/{id}``. Its routes are one call each.
    """

    read: type[Any]
    query: Callable[..., Awaitable[tuple[Any, int] | None]]
    collection: str
    viewer: Callable[[AnyRequest], Any] | None = None

    async def respond(self, request: AnyRequest, uow: Uow, id: UUID, **kwargs: Any) -> Response[Any]:
        """What the write just wrote, with its ETag (``status_code`` and ``location`` passed on)."""
        extra = () if self.viewer is None else (self.viewer(request),)
        return with_etag(*await uow.read(self.query, id, *extra), **kwargs)

    def created(self, request: AnyRequest, uow: Uow, id: UUID) -> Awaitable[Response[Any]]:
        """The answer to a creation: 201, with its ETag and Location."""
        return self.respond(request, uow, id, status_code=201, location=f"{API_PREFIX}{self.collection}/{id}")

    def get(self, path: str, missing: str | None = None, **route: Any) -> HTTPRouteHandler:
        """``GET path``: the thing of the path with its ETag. The access rule's target loader has
        already answered 404 when there is none; where the query may still hide it from this viewer,
        ``missing`` is the 404's words."""

        resource = self

        async def handler(self: Any, request: AnyRequest, db: Db, id: PathId) -> Response[Any]:
            extra = () if resource.viewer is None else (resource.viewer(request),)
            found = await resource.query(db, id, *extra)
            if found is None and missing is not None:
                raise NotFound(missing)
            assert found is not None
            return with_etag(*found)

        return get(path, response_headers=[ETAG_HEADER], **route)(_typed(handler, route, response=self.read))

    def create(
        self,
        path: str,
        body: type[Any],
        service: Callable[[Uow], Any],
        act: Callable[[Any, Target, Any], Awaitable[UUID]] | None = None,
        **route: Any,
    ) -> HTTPRouteHandler:
        """``POST path``: ``service.create(target, data)`` (or another ``act`` of the service, such as
        ``MeetingService.plan``) under the target of the path; 201."""

        resource = self

        async def handler(self: Any, request: AnyRequest, id: PathId, data: Any, uow: Uow) -> Response[Any]:
            acting, target = service(uow), target_of(request)
            made = await (acting.create(target, data) if act is None else act(acting, target, data))
            return await resource.created(request, uow, made)

        return post(path, response_headers=[ETAG_HEADER, LOCATION_HEADER], **route)(
            _typed(handler, route, data=body, response=self.read)
        )

    def create_under(
        self,
        path: str,
        body: type[Any],
        service: Callable[[Uow], Any],
        act: Callable[[Any, Target, UUID, Any], Awaitable[UUID]],
        **route: Any,
    ) -> HTTPRouteHandler:
        """``POST path``: ``act(service, target, id, data)`` makes one under the object of the path
        (a ballot under the budget ``id``: ``BallotService.open``); 201."""

        resource = self

        async def handler(self: Any, request: AnyRequest, id: PathId, data: Any, uow: Uow) -> Response[Any]:
            return await resource.created(request, uow, await act(service(uow), target_of(request), id, data))

        return post(path, response_headers=[ETAG_HEADER, LOCATION_HEADER], **route)(
            _typed(handler, route, data=body, response=self.read)
        )

    def create_in_municipality(
        self, path: str, body: type[Any], service: Callable[[Uow], Any], **route: Any
    ) -> HTTPRouteHandler:
        """``POST path``: ``service.create(municipality, data)`` in the municipality the access rule's
        target names (its body's, for a collection of every municipality); 201."""

        resource = self

        async def handler(self: Any, request: AnyRequest, data: Any, uow: Uow) -> Response[Any]:
            made = await service(uow).create(municipality_of(request), data)
            return await resource.created(request, uow, made)

        return post(path, response_headers=[ETAG_HEADER, LOCATION_HEADER], **route)(
            _typed(handler, route, data=body, response=self.read)
        )

    def update(
        self,
        path: str,
        body: type[Any],
        service: Callable[[Uow], Any],
        act: Callable[[Any, UUID, Any, str], Awaitable[object]] | None = None,
        **route: Any,
    ) -> HTTPRouteHandler:
        """``PATCH path``: ``service.update(id, data, if_match)`` (or another ``act`` of the service,
        such as ``MeasurementService.correct``), answered with the new version."""

        resource = self

        async def handler(
            self: Any, request: AnyRequest, id: PathId, data: Any, uow: Uow, if_match: IfMatch = ""
        ) -> Response[Any]:
            acting = service(uow)
            await (acting.update(id, data, if_match) if act is None else act(acting, id, data, if_match))
            return await resource.respond(request, uow, id)

        return patch(path, response_headers=[ETAG_HEADER], **route)(
            _typed(handler, route, data=body, response=self.read)
        )


def delete_of_path(path: str, service: Callable[[Uow], Deletes], **route: Any) -> HTTPRouteHandler:
    """``DELETE path``: ``service.delete(id, if_match)``; 204."""

    async def handler(self: Any, id: PathId, uow: Uow, if_match: IfMatch = "") -> None:
        await service(uow).delete(id, if_match)

    return delete(path, **route)(_typed(handler, route))


def _typed(handler: Any, route: dict[str, Any], *, data: Any = None, response: Any = None) -> Any:
    """``handler`` with the body and answer types Litestar reads from its signature, named after
    its operation."""
    if data is not None:
        handler.__annotations__["data"] = JSONBody[data]  # type: ignore[misc]
    if response is not None:
        handler.__annotations__["return"] = Response[response]
    handler.__name__ = handler.__qualname__ = route.get("operation_id", "handler")
    return handler
