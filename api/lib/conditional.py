"""Conditional GETs (RFC 9110 §13.1.2): every successful read of the API carries an ``ETag``, and a
request whose ``If-None-Match`` names the representation it would get is answered ``304 Not
Modified`` without a body, so a system that polls, or a browser that revalidates, moves no data for
what did not change.

A resource keeps the ETag it already has (its version, which ``If-Match`` checks on writes); any
other answer gets one from a hash of its bytes. What a reader without credentials gets is the same
for everyone, so it may be kept and revalidated (``no-cache``, varying on the credentials); what a
signed-in person or a client gets stays ``no-store``. Health checks are never cached.
"""

import hashlib

from litestar.enums import ScopeType
from litestar.types import ASGIApp, HTTPResponseStartEvent, Message, Receive, Scope, Send

from api.settings import API_PREFIX

_NOT_CACHED = (f"{API_PREFIX}/health/",)
# Sent again with a 304, as with the 200 it stands for (RFC 9110 §15.4.5).
_KEPT_ON_304 = frozenset({b"etag", b"cache-control", b"vary", b"content-location", b"expires", b"date"})


def _credentials(scope: Scope) -> bool:
    for name, value in scope.get("headers", []):
        if name == b"authorization" or (name == b"cookie" and value.strip()):
            return True
    return False


def _if_none_match(scope: Scope) -> list[bytes] | None:
    values = [value for name, value in scope.get("headers", []) if name == b"if-none-match"]
    if not values:
        return None
    return [tag.strip().removeprefix(b"W/") for value in values for tag in value.split(b",") if tag.strip()]


def _matches(wanted: list[bytes], etag: bytes) -> bool:
    # Weak comparison, as If-None-Match asks: W/"x" and "x" name the same representation.
    return b"*" in wanted or etag.removeprefix(b"W/") in wanted


class ConditionalGet:
    """ETag on every successful GET of the API, and 304 for a match of ``If-None-Match``."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        path: str = scope.get("path", "")
        if (
            scope["type"] != ScopeType.HTTP
            or scope.get("method") != "GET"
            or not path.startswith(API_PREFIX + "/")
            or path.startswith(_NOT_CACHED)
        ):
            await self.app(scope, receive, send)
            return
        wanted = _if_none_match(scope)
        public = not _credentials(scope)
        held: HTTPResponseStartEvent | None = None
        passing = False

        async def conditional(message: Message) -> None:
            nonlocal held, passing
            if passing:
                await send(message)
                return
            if message["type"] == "http.response.start":
                if message["status"] != 200:
                    passing = True
                    await send(message)
                else:
                    held = message
                return
            assert held is not None
            assert message["type"] == "http.response.body"
            passing = True
            headers = list(held.get("headers", []))
            names = {name.lower() for name, _ in headers}
            if message.get("more_body", False):
                # A streamed answer (an export) is not held back to be hashed; it goes as it is.
                await send(held)
                await send(message)
                return
            body = message.get("body", b"")
            etag = next((value for name, value in headers if name.lower() == b"etag"), None)
            if etag is None:
                etag = b'"' + hashlib.blake2b(body, digest_size=16).hexdigest().encode() + b'"'
                headers.append((b"etag", etag))
            if b"cache-control" not in names:
                headers.append((b"cache-control", b"no-cache" if public else b"no-store"))
            if public:
                headers.append((b"vary", b"Authorization, Cookie"))
            if wanted is not None and _matches(wanted, etag):
                kept = [(name, value) for name, value in headers if name.lower() in _KEPT_ON_304]
                await send({"type": "http.response.start", "status": 304, "headers": kept})
                await send({"type": "http.response.body", "body": b"", "more_body": False})
                return
            await send({**held, "headers": headers})
            await send(message)

        await self.app(scope, receive, conditional)
