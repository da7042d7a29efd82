"""``Idempotency-Key`` on every POST, one mechanism for all domains (the IETF draft's semantics).

The unit of work claims the key at the start of its transaction with a transaction-level
advisory lock: a second request with the same key waits for the first (up to a few seconds, then
409), then finds its stored response. The response is stored by an ``after_request`` hook inside
the same transaction as the change, so there is never a change without its record, nor a record
without its change. The same key with another body is 422. Keys are scoped to the caller.

A replay is the first answer as it was sent: status, body, content type and the headers that
belong to the answer (``Location``, ``ETag``, a session cookie). An answer that holds a secret
(a machine client's secret, an access token, a session) is stored encrypted (``sealed_replay``),
so a retry gets the same secret rather than a second live one, and a copy of the database reveals
none. The request is remembered by a keyed hash: a body with a password in it is never stored in a
form that can be guessed offline.
"""

import base64
import dataclasses
import hashlib
import hmac
import re
from contextvars import ContextVar
from dataclasses import dataclass
from typing import Any

import asyncpg
import msgspec
from litestar import MediaType, Request, Response
from litestar.connection import ASGIConnection
from litestar.datastructures import Cookie
from litestar.utils.helpers import get_enum_string_value

from api.db.connection import Connection
from api.lib.access import Client, Person, Principal
from api.lib.client_address import client_address
from api.lib.errors import AppError, Conflict, InvalidInput, Unprocessable
from api.lib.secretbox import SecretBox

HEADER = "idempotency-key"
_KEY = re.compile(r"^[\x21-\x7e]{1,200}$")
_WAIT = "5s"
# What belongs to the answer rather than to one sending of it (the request id, the date, the
# length, CORS and the headers every response gets are added again to the replay).
_STORED_HEADERS = frozenset(
    {"location", "etag", "content-type", "content-disposition", "retry-after", "pragma"}
)
_NO_BODY = frozenset({204, 304})
# Refusals that say "not now" are not the answer to remember: a retry later must be tried again.
_NOT_KEPT = frozenset({429})
SEAL_PURPOSE = "idempotency-replay"
HASH_PURPOSE = "idempotency-request-hash"
_LOCK = f"""
SELECT set_config('lock_timeout', '{_WAIT}', true), pg_advisory_xact_lock($1), set_config('lock_timeout', '0', true)
"""
# A retry comes within seconds or hours; after a day a key is forgotten and may be used again.
KEPT = "24 hours"


@dataclass
class Claim:
    scope: str
    key: str
    request_hash: bytes
    sealed: bool = False


@dataclass(frozen=True)
class ReplayKeys:
    """The keys of the replay store: one encrypts sealed answers, one hashes requests."""

    box: SecretBox
    hash_key: bytes

    @classmethod
    def derive(cls, platform_secret: bytes) -> "ReplayKeys":
        return cls(
            SecretBox.derive(platform_secret, SEAL_PURPOSE),
            SecretBox.derive(platform_secret, HASH_PURPOSE).key,
        )


class Replay(AppError):
    """The stored first response, answered again."""

    status = 200
    code = "replay"

    def __init__(self, status_code: int, headers: dict[str, str], body: bytes, cookies: list[Cookie]) -> None:
        super().__init__("replay")
        self.status_code = status_code
        self.stored_headers = headers
        self.body = body
        self.cookies = cookies


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
    request.scope["state"]["idempotency"] = (claimed, connection, request.app.state.replay_keys)


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
    keys: ReplayKeys = request.app.state.replay_keys
    parts = [request.url.path.encode(), await request.body()]
    if scope.startswith("address:"):
        # Anonymous callers may prove who they are in a header (HTTP Basic at the token
        # endpoint): the same key from another client at the same address is another request.
        parts.append(request.headers.get("authorization", "").encode("latin-1"))
    request_hash = hmac.digest(keys.hash_key, b"\n".join(parts), "sha256")
    try:
        # One round trip: the wait is bounded only while taking this lock (the select list runs in order).
        await connection.execute(_LOCK, _lock_id(scope, key))
    except asyncpg.LockNotAvailableError:
        raise Conflict(
            "Een verzoek met deze Idempotency-Key loopt nog.", code="idempotency_in_progress"
        ) from None
    # A statement of its own, after the lock: its snapshot must include the first request's commit.
    stored = await connection.fetchrow(
        "SELECT request_hash, status_code, headers, body FROM idempotency_records WHERE scope = $1 AND key = $2",
        scope,
        key,
    )
    if stored is not None:
        if not hmac.compare_digest(bytes(stored["request_hash"]), request_hash):
            raise Unprocessable(
                "Deze Idempotency-Key is al gebruikt voor een ander verzoek.", code="idempotency_key_reused"
            )
        document = stored["headers"]
        document = msgspec.json.decode(document) if isinstance(document, str) else document
        body = bytes(stored["body"])
        if isinstance(document, dict) and document.get("sealed"):
            document = msgspec.json.decode(keys.box.open(body, _context(Claim(scope, key, request_hash))))
            body = base64.b64decode(document["b"])
        raise _kept(stored["status_code"], document, body)
    sealed = bool(request.route_handler.opt.get("sealed_replay", False))
    return Claim(scope, key, request_hash, sealed)


def _context(claimed: Claim) -> str:
    """What a sealed answer is bound to: it opens only for the same caller and key."""
    return f"{claimed.scope}\n{claimed.key}"


@dataclass(frozen=True)
class _Sent:
    """What a response sent, as the replay store keeps it."""

    status: int
    headers: dict[str, str]
    cookies: list[dict[str, Any]]
    body: bytes

    def document(self) -> dict[str, Any]:
        return {"h": self.headers, "c": self.cookies}

    @classmethod
    def of(cls, response: Response[Any]) -> "_Sent":
        """``response`` as Litestar sends it (``ASGIResponse``'s rules for the body and its type)."""
        status = response.status_code or 200
        media_type = get_enum_string_value(response.media_type or MediaType.JSON)
        headers = {k.lower(): str(v) for k, v in response.headers.items() if k.lower() in _STORED_HEADERS}
        cookies = [dataclasses.asdict(c) for c in response.cookies if not c.documentation_only]
        if status in _NO_BODY:
            headers.pop("content-type", None)
            return cls(status, headers, cookies, b"")
        headers.setdefault("content-type", media_type)
        return cls(status, headers, cookies, response.render(response.content, media_type))


def _kept(status: int, document: Any, body: bytes) -> Replay:
    """A stored record as a replay (records from before cookies were kept hold only headers)."""
    headers = document.get("h", document) if isinstance(document, dict) else {}
    headers = {k: v for k, v in headers.items() if not (k == "content-type" and v == "None")}
    return Replay(status, headers, body, [Cookie(**c) for c in document.get("c", [])])


async def store_response(response: Response[Any]) -> Response[Any]:
    """``after_request``: keep the response of a claimed key, in the request's transaction."""
    current = request_state.get({}).get("idempotency")
    if current is None or (response.status_code or 200) >= 500 or response.status_code in _NOT_KEPT:
        return response
    claim_, connection, keys = current
    sent = _Sent.of(response)
    document, body = sent.document(), sent.body
    if claim_.sealed:
        plain = {**document, "b": base64.b64encode(body).decode()}
        document, body = (
            {"sealed": True},
            keys.box.seal(msgspec.json.encode(plain).decode(), _context(claim_)),
        )
    await connection.execute(
        """INSERT INTO idempotency_records (scope, key, request_hash, status_code, headers, body)
           VALUES ($1, $2, $3, $4, $5, $6)""",
        claim_.scope,
        claim_.key,
        claim_.request_hash,
        sent.status,
        msgspec.json.encode(document).decode(),  # SQLAlchemy's JSON codec on this connection takes text
        body,
    )
    return response


def replay_response(request: Request[Any, Any, Any], exc: Replay) -> Response[bytes]:
    headers = dict(exc.stored_headers)
    media_type = headers.pop("content-type", MediaType.JSON)
    headers["Idempotent-Replayed"] = "true"
    return Response(
        exc.body, status_code=exc.status_code, headers=headers, cookies=exc.cookies, media_type=media_type
    )


async def forget_old_keys(connection: Connection) -> int:
    """Remove the records of keys older than KEPT; returns how many."""
    result = await connection.execute(
        f"DELETE FROM idempotency_records WHERE created_at < now() - interval '{KEPT}'"
    )
    return int(result.split()[-1])
