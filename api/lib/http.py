"""HTTP rules that hold for every route, applied once.

``RequestContext`` wraps the whole application (routing errors included): it gives each request an
id, adds the headers every response carries, answers a trailing slash with 404, answers HEAD as
GET without the body (RFC 9110 §9.3.2) and writes one JSON log line per request.
``check_request`` runs before each handler: no query parameters the contract does not declare,
the right content type (415 otherwise) and a strict decode that lists every problem at once (400).
"""

import logging
import re
import time
import uuid
from typing import Any
from urllib.parse import parse_qsl, unquote_to_bytes

import msgspec
from litestar import Request
from litestar.connection import ASGIConnection
from litestar.enums import ScopeType
from litestar.types import ASGIApp, HTTPResponseStartEvent, Message, Receive, Scope, Send

from api.lib.errors import (
    PROBLEM_MEDIA_TYPE,
    PROBLEM_TYPE_PREFIX,
    InvalidInput,
    UnsupportedMediaType,
)
from api.lib.idempotency import request_state
from api.lib.schema import InvalidParam, Problem
from api.lib.validation import decode_strict, text_problems
from api.settings import API_PREFIX, API_VERSION, Settings

access_log = logging.getLogger("api.access")

SPEC_PATH = f"{API_PREFIX}/openapi.json"
JSON_MEDIA_TYPES = frozenset({"application/json", "application/merge-patch+json"})
_INCOMING_ID = re.compile(r"^[A-Za-z0-9._-]{8,64}$")

_COMMON_HEADERS: list[tuple[bytes, bytes]] = [
    (b"x-content-type-options", b"nosniff"),
    (b"x-frame-options", b"DENY"),
    (b"referrer-policy", b"no-referrer"),
]
_API_HEADERS: list[tuple[bytes, bytes]] = [
    (b"api-version", API_VERSION.encode()),
    (b"cache-control", b"no-store"),
    (b"content-security-policy", b"default-src 'none'; frame-ancestors 'none'"),
]
# Request headers the app reads at most, together (nginx's default allows 32 KiB). The server in
# front (granian) passes up to SERVER_HEADER_BUFFER to the app, which says 431 as a problem.
MAX_HEADER_BYTES = 64 * 1024
SERVER_HEADER_BUFFER = 2 * 1024 * 1024
_HSTS = (b"strict-transport-security", b"max-age=31536000; includeSubDomains")


class RequestContext:
    """The outermost layer: request id, common headers, trailing-slash 404, HEAD, access log."""

    def __init__(self, app: ASGIApp, settings: Settings, site_headers: list[tuple[bytes, bytes]]) -> None:
        self.app = app
        self.extra = [_HSTS] if settings.security.behind_tls else []
        self.site_headers = site_headers

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != ScopeType.HTTP:
            await self.app(scope, receive, send)
            return
        started = time.perf_counter()
        request_id = _request_id(scope)
        state = scope.setdefault("state", {})
        state["request_id"] = request_id
        request_state.set(state)
        path: str = scope["path"]
        is_api = path == API_PREFIX or path.startswith(API_PREFIX + "/")
        status = 500
        own = [*_COMMON_HEADERS, *self.extra, (b"x-request-id", request_id.encode())]
        own.extend(_API_HEADERS if is_api else self.site_headers)
        # HEAD is GET without the body: the same status and headers, Content-Length included.
        method = scope.get("method")
        head = method == "HEAD" and is_api
        if head:
            scope = {**scope, "method": "GET"}

        async def send_with_headers(message: Message) -> None:
            nonlocal status
            if head and message["type"] == "http.response.body":
                message = {**message, "body": b""}
            if message["type"] == "http.response.start":
                status = message["status"]
                present = {name.lower() for name, _ in message.get("headers", [])}
                headers = list(message.get("headers", []))
                headers.extend(h for h in own if h[0] not in present)
                if path == SPEC_PATH:
                    # The contract is public: any origin, and never with credentials.
                    headers = [h for h in headers if not h[0].lower().startswith(b"access-control-allow-")]
                    headers.append((b"access-control-allow-origin", b"*"))
                message["headers"] = headers
            await send(message)

        try:
            if sum(len(name) + len(value) + 4 for name, value in scope.get("headers", [])) > MAX_HEADER_BYTES:
                await send_problem(
                    scope,
                    send_with_headers,
                    request_id,
                    431,
                    "headers_too_large",
                    "Headers te groot",
                    f"De headers van het verzoek zijn samen groter dan {MAX_HEADER_BYTES} bytes.",
                )
            elif is_api and path.endswith("/"):
                await send_problem(
                    scope,
                    send_with_headers,
                    request_id,
                    404,
                    "not_found",
                    "Niet gevonden",
                    "Deze bron bestaat niet. Paden eindigen nooit op een schuine streep.",
                )
            else:
                await self.app(scope, receive, send_with_headers)
        finally:
            access_log.info(
                "request",
                extra={
                    "method": method,
                    "route": scope.get("path_template") or None,
                    "status": status,
                    "durationMs": round((time.perf_counter() - started) * 1000, 2),
                    "requestId": request_id,
                },
            )


def _request_id(scope: Scope) -> str:
    for name, value in scope.get("headers", []):
        if name == b"x-request-id":
            candidate = value.decode("latin-1")
            if _INCOMING_ID.match(candidate):
                return candidate
    return str(uuid.uuid4())


async def send_problem(
    scope: Scope, send: Send, request_id: str, status: int, code: str, title: str, detail: str
) -> None:
    """A problem the outermost layer answers itself, before any route: no redirects and no second
    spelling (a path with a trailing slash does not exist), headers above the limit."""
    body = msgspec.json.encode(
        Problem(
            type=f"{PROBLEM_TYPE_PREFIX}{code}",
            title=title,
            status=status,
            detail=detail,
            instance=scope["path"][:2000],
            code=code,
            request_id=request_id,
        )
    )
    start: HTTPResponseStartEvent = {
        "type": "http.response.start",
        "status": status,
        "headers": [
            (b"content-type", PROBLEM_MEDIA_TYPE.encode()),
            (b"content-length", str(len(body)).encode()),
        ],
    }
    await send(start)
    await send({"type": "http.response.body", "body": body, "more_body": False})


async def check_request(request: Request[Any, Any, Any]) -> None:
    """Before every handler: no unknown query parameters, and a body of the right type and shape."""
    _check_query(request)
    await _check_body(request)


_query_names: dict[int, tuple[frozenset[str], frozenset[str]] | None] = {}


def _is_free_text(schema: Any) -> bool:
    """Whether a parameter's schema is plain text, where ``null`` is just a word."""
    options = getattr(schema, "one_of", None) or [schema]
    return all(
        getattr(o, "type", None) in ("string", "null")
        and not getattr(o, "enum", None)
        and not getattr(o, "format", None)
        for o in options
    )


def _declared_query(request: Request[Any, Any, Any]) -> tuple[frozenset[str], frozenset[str]] | None:
    """The query parameters the contract declares for this route, and those of them that are not
    free text; None if the route is not in the contract."""
    handler = request.route_handler
    key = id(handler)
    if key not in _query_names:
        found: tuple[frozenset[str], frozenset[str]] | None = None
        if handler.resolve_include_in_schema():
            item = request.app.openapi_schema.paths.get(request.scope["path_template"]) or None  # type: ignore[union-attr]
            operation = getattr(item, request.method.lower(), None) if item else None
            if operation is not None:
                query = [p for p in operation.parameters or [] if getattr(p, "param_in", None) == "query"]
                found = (
                    frozenset(p.name for p in query),
                    frozenset(p.name for p in query if not _is_free_text(getattr(p, "schema", None))),
                )
        _query_names[key] = found
    return _query_names[key]


def _check_query(request: Request[Any, Any, Any]) -> None:
    found = _declared_query(request)
    if found is None:
        return
    declared, typed = found
    # Parse the raw string: a parameter without a name ("=x") is unknown too, not ignored.
    raw = request.scope.get("query_string", b"").decode("latin-1")
    names = {name for name, _ in parse_qsl(raw, keep_blank_values=True)} | set(request.query_params)
    # A route called by another party (an OpenID provider's redirect) may name what it tolerates.
    tolerated: frozenset[str] = request.route_handler.opt.get("tolerated_query", frozenset())
    unknown = sorted(name for name in names if name not in declared and name not in tolerated)
    if not _is_utf8(raw.encode("latin-1"), form=True):
        raise InvalidInput.one("query", "invalid_encoding", "De query is geen geldige UTF-8.")
    if "\x00" in raw or any("\x00" in value for value in request.query_params.values()):
        # PostgreSQL text cannot hold NUL; refuse it here instead of failing in the database.
        raise InvalidInput.one("query", "invalid_character", "Tekst mag geen NUL-teken bevatten.")
    # The framework reads "null" as "not given" for an optional typed parameter; the contract does
    # not allow that word there, so neither does the API.
    nulls = sorted(name for name in typed if "null" in request.query_params.getall(name, []))
    if nulls and not unknown:
        raise InvalidInput(
            "Ongeldige waarde; zie invalidParams.",
            invalid_params=[
                InvalidParam(name=name, code="invalid_value", reason="Deze waarde is hier niet toegestaan.")
                for name in nulls
            ],
        )
    if unknown:
        raise InvalidInput(
            "Onbekende queryparameter(s); zie invalidParams.",
            invalid_params=[
                InvalidParam(
                    name=name[:200], code="unknown_parameter", reason="Deze parameter bestaat hier niet."
                )
                for name in unknown[:20]
            ],
        )


async def _check_body(request: Request[Any, Any, Any]) -> None:
    """A body only where the operation takes one; then every problem of its shape at once (400)."""
    field = request.route_handler.parsed_data_field
    streamed: str | None = request.route_handler.opt.get("streamed_body")
    if streamed is not None:
        # The handler reads this body as a stream (an upload), so only its type is checked here.
        if request.content_type[0].lower() != streamed:
            raise UnsupportedMediaType(f"Stuur de inhoud als {streamed}.")
        return
    if field is None:
        if await request.body() and _is_api(request):
            # Content nobody reads would be accepted unseen: say so instead.
            raise InvalidInput.one("body", "unexpected_body", "Dit verzoek heeft geen inhoud.")
        return
    body = await checked_body(request)
    if not body:
        if field.is_optional:
            return
        await checked_body(request, required=True)
    if request.content_type[0].lower() in JSON_MEDIA_TYPES:
        if problems := decode_strict(body, field.annotation):
            raise InvalidInput(
                f"{len(problems)} probleem/problemen met de invoer; zie invalidParams.",
                invalid_params=problems,
            )
        raw = msgspec.json.decode(body)
        nul = b"\\u0000" in body and _contains_nul(raw)
    else:
        raw, nul = None, b"%00" in body or b"\x00" in body
    if nul:
        # PostgreSQL text cannot hold NUL; refuse it here instead of failing in the database.
        raise InvalidInput.one("body", "invalid_character", "Tekst mag geen NUL-teken bevatten.")
    if problems := text_problems(raw):
        raise InvalidInput(
            f"{len(problems)} probleem/problemen met de tekst; zie invalidParams.", invalid_params=problems
        )


async def checked_body(request: Request[Any, Any, Any], *, required: bool = False) -> bytes:
    """The body of a request to an operation that takes one, once it is of an accepted content
    type (415), declares no charset but UTF-8 (415) and is UTF-8 (400); empty if there is none.

    Everything that reads a body calls this first, guards that look into it included."""
    body = await request.body()
    if not body and not required:
        return body
    accepted: frozenset[str] = request.route_handler.opt.get("accepts", JSON_MEDIA_TYPES)
    media_type, parameters = request.content_type
    media_type = media_type.lower()
    if media_type not in accepted:
        raise UnsupportedMediaType(
            f"Stuur de inhoud als {' of '.join(sorted(accepted))}, niet als {media_type or 'onbekend formaat'}."
        )
    charset = parameters.get("charset", "utf-8").strip('"').lower()
    if charset not in _UTF8:
        raise UnsupportedMediaType(
            f"Stuur de inhoud als UTF-8, niet als {charset[:40]}.", code="unsupported_charset"
        )
    if not body:
        raise InvalidInput.one("body", "required", "Dit verzoek heeft inhoud nodig.")
    if not _is_utf8(body, form=media_type not in JSON_MEDIA_TYPES):
        raise InvalidInput.one("body", "invalid_encoding", "De inhoud is geen geldige UTF-8.")
    return body


_UTF8 = frozenset({"utf-8", "utf8"})


def _is_api(request: Request[Any, Any, Any]) -> bool:
    path = request.scope["path"]
    return bool(path == API_PREFIX or path.startswith(API_PREFIX + "/"))


def _is_utf8(body: bytes, *, form: bool) -> bool:
    """Whether ``body`` is UTF-8; in a form, its percent-escapes too (``%FF`` is not a character)."""
    try:
        (unquote_to_bytes(body.replace(b"+", b" ")) if form else body).decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


def _contains_nul(value: Any) -> bool:
    if isinstance(value, str):
        return "\x00" in value
    if isinstance(value, dict):
        return any(_contains_nul(k) or _contains_nul(v) for k, v in value.items())
    if isinstance(value, list):
        return any(_contains_nul(v) for v in value)
    return False


def settings_of(connection: ASGIConnection[Any, Any, Any, Any]) -> Settings:
    """The settings the app was built with."""
    settings: Settings = connection.app.state.settings
    return settings
