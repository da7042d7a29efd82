"""``Idempotency-Key`` on every POST, one mechanism for all domains (the IETF draft's semantics).

The unit of work claims the key at the start of its transaction with a transaction-level
advisory lock: a second request with the same key waits for the first (up to a few seconds, then
409), then finds its stored response. The response is stored by an ``after_request`` hook inside
the same transaction as the change, so there is never a change without its record, nor a record
without its change. The same key with another body is 422. Keys are scoped to the caller.
"""

import hashlib
import re
from contextvars import ContextVar
from dataclasses import dataclass
from typing import Any

import asyncpg
import msgspec
from litestar import Request, Response
from litestar.connection import ASGIConnection

from api.db.connection import Connection
from api.lib.access import Client, Person, Principal
from api.lib.client_address import client_address
from api.lib.errors import AppError, Conflict, InvalidInput, Unprocessable

HEADER = "idempotency-key"
_KEY = re.compile(r"^[\x21-\x7e]{1,200}$")
_WAIT = "5s"
_STORED_HEADERS = ("location", "etag", "content-type")
# A retry comes within seconds or hours; after a day a key is forgotten and may be used again.
KEPT = "24 hours"


@dataclass
class Claim:
    scope: str
    key: str
    request_hash: bytes


class Replay(AppError):
    """The stored first response, answered again."""

    status = 200
    code = "replay"

    def __init__(self, status_code: int, headers: dict[str, str], body: bytes) -> None:
        super().__init__("replay")
        self.status_code = status_code
        self.stored_headers = headers
        self.body = body


# The request's state, set by the outermost middleware: the after_request hook gets no request.
request_state: ContextVar[dict[str, Any]] = ContextVar("request_state")


def scope_of(principal: Principal, connection: ASGIConnection[Any, Any, Any, Any]) -> str:
    if isinstance(principal, Person):
        return f"person:{principal.account_id}"
    if isinstance(principal, Client):
        return f"client:{principal.client_id}"
    return f"address:{client_address(connection, connection.app.state.settings)}"


def _lock_id(scope: str, key: str) -> int:
    return int.from_bytes(hashlib.sha256(f"{scope}\n{key}".encode()).digest()[:8], "big", signed=True)


def remember(request: Request[Any, Any, Any], claimed: Claim, connection: Connection) -> None:
    """Tell ``store_response`` which key to store this request's response under."""
    request.scope["state"]["idempotency"] = (claimed, connection)


async def claim(
    request: Request[Any, Any, Any], principal: Principal, connection: Connection
) -> Claim | None:
    """Claim this request's key, or raise: 409 while another holds it, 422 for another body,
    ``Replay`` when it was already answered."""
    key = request.headers.get(HEADER)
    if key is None or request.method != "POST" or not request.route_handler.opt.get("idempotent", True):
        return None
    if not _KEY.match(key):
        raise InvalidInput.one("Idempotency-Key", "pattern", "Gebruik 1 tot 200 zichtbare ASCII-tekens.")
    scope = scope_of(principal, request)
    body = await request.body()
    request_hash = hashlib.sha256(b"\n".join([request.url.path.encode(), body])).digest()
    await connection.execute(f"SET LOCAL lock_timeout = '{_WAIT}'")
    try:
        await connection.execute("SELECT pg_advisory_xact_lock($1)", _lock_id(scope, key))
    except asyncpg.LockNotAvailableError:
        raise Conflict(
            "Een verzoek met deze Idempotency-Key loopt nog.", code="idempotency_in_progress"
        ) from None
    await connection.execute("SET LOCAL lock_timeout = 0")
    stored = await connection.fetchrow(
        "SELECT request_hash, status_code, headers, body FROM idempotency_records WHERE scope = $1 AND key = $2",
        scope,
        key,
    )
    if stored is not None:
        if stored["request_hash"] != request_hash:
            raise Unprocessable(
                "Deze Idempotency-Key is al gebruikt voor een ander verzoek.", code="idempotency_key_reused"
            )
        headers = stored["headers"]
        raise Replay(
            stored["status_code"],
            msgspec.json.decode(headers) if isinstance(headers, str) else headers,
            stored["body"],
        )
    return Claim(scope, key, request_hash)


async def store_response(response: Response[Any]) -> Response[Any]:
    """``after_request``: keep the response of a claimed key, in the request's transaction."""
    current = request_state.get({}).get("idempotency")
    if current is None or (response.status_code or 200) >= 500:
        return response
    claim_, connection = current
    content = response.content
    body = b"" if content is None else content if isinstance(content, bytes) else msgspec.json.encode(content)
    headers = {k.lower(): v for k, v in response.headers.items() if k.lower() in _STORED_HEADERS}
    headers.setdefault("content-type", str(response.media_type))
    await connection.execute(
        """INSERT INTO idempotency_records (scope, key, request_hash, status_code, headers, body)
           VALUES ($1, $2, $3, $4, $5, $6)""",
        claim_.scope,
        claim_.key,
        claim_.request_hash,
        response.status_code or 200,
        msgspec.json.encode(headers).decode(),  # SQLAlchemy's JSON codec on this connection takes text
        body,
    )
    return response


def replay_response(request: Request[Any, Any, Any], exc: Replay) -> Response[bytes]:
    headers = dict(exc.stored_headers)
    media_type = headers.pop("content-type", "application/json")
    headers["Idempotent-Replayed"] = "true"
    return Response(exc.body, status_code=exc.status_code, headers=headers, media_type=media_type)


async def forget_old_keys(connection: Connection) -> int:
    """Remove the records of keys older than KEPT; returns how many."""
    result = await connection.execute(
        f"DELETE FROM idempotency_records WHERE created_at < now() - interval '{KEPT}'"
    )
    return int(result.split()[-1])
