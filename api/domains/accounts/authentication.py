"""Who is calling: a session cookie (browsers) or a bearer token (machine clients).

Runs before the guards of every route. A cookie-authenticated write must carry the session's
CSRF token and come from a trusted origin; any browser write from an untrusted origin is refused,
signed in or not (that also stops login CSRF). Bearer tokens carry no ambient authority, so they
need neither.
"""

from datetime import timedelta
from typing import Any
from urllib.parse import urlsplit

from litestar.connection import ASGIConnection
from litestar.datastructures import Cookie
from litestar.middleware import ASGIMiddleware
from litestar.types import ASGIApp, Receive, Scope, Send

from api.db.connection import Database
from api.domains.accounts import queries
from api.lib.access import Anonymous, Principal
from api.lib.cookies import host_cookie
from api.lib.errors import Forbidden, Unauthenticated
from api.lib.time import utcnow
from api.lib.tokens import hash_token, same
from api.settings import Settings

SESSION_COOKIE = "__Host-samenspel"
CSRF_HEADER = "x-csrf-token"
SAFE_METHODS = frozenset({"GET", "HEAD", "OPTIONS"})
_TOUCH_AFTER = timedelta(hours=1)


def origin_of(url: str) -> str:
    parts = urlsplit(url)
    return f"{parts.scheme}://{parts.netloc}".lower()


def trusted_origins(settings: Settings) -> frozenset[str]:
    origins = {origin_of(o) for o in settings.security.cors_origins}
    if settings.server.public_url:
        origins.add(origin_of(settings.server.public_url))
    return frozenset(origins)


class AuthenticationMiddleware(ASGIMiddleware):
    """Puts the caller (``Principal``) in the request state."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self.trusted = trusted_origins(settings)

    async def handle(self, scope: Scope, receive: Receive, send: Send, next_app: ASGIApp) -> None:
        connection: ASGIConnection[Any, Any, Any, Any] = ASGIConnection(scope)
        scope.setdefault("state", {})["principal"] = await self.authenticate(connection)
        await next_app(scope, receive, send)

    def _own_origin(self, connection: ASGIConnection[Any, Any, Any, Any]) -> str:
        return f"{connection.url.scheme}://{connection.headers.get('host', '')}".lower()

    def _check_origin(self, connection: ASGIConnection[Any, Any, Any, Any], *, required: bool) -> None:
        origin = connection.headers.get("origin")
        if origin is None:
            if required:
                raise Forbidden("Deze wijziging mist de Origin-header.", code="csrf_failed")
            return
        if origin.lower() not in self.trusted and origin.lower() != self._own_origin(connection):
            raise Forbidden("Verzoeken van deze herkomst worden niet aanvaard.", code="csrf_failed")

    async def authenticate(self, connection: ASGIConnection[Any, Any, Any, Any]) -> Principal:
        unsafe = connection.scope.get("method", "GET") not in SAFE_METHODS
        authorization = connection.headers.get("authorization")
        if connection.route_handler.opt.get("client_credentials"):
            # The token endpoint: Authorization carries a client's id and secret, not a token.
            authorization = None
        if authorization is not None:
            from api.domains.clients.tokens import principal_from_authorization

            return await principal_from_authorization(connection.app.state, authorization)
        if unsafe:
            self._check_origin(connection, required=False)
        token = connection.cookies.get(SESSION_COOKIE)
        if not token:
            return Anonymous()
        db: Database = connection.app.state.db
        found = await queries.session_principal(db, hash_token(token))
        if found is None:
            # An expired or signed-out session is nobody, not an error: reading stays possible.
            return Anonymous()
        person, row = found
        if unsafe:
            self._check_origin(connection, required=True)
            sent = connection.headers.get(CSRF_HEADER, "")
            if not sent or not same(sent, row["csrf_token"]):
                raise Forbidden(
                    "Het CSRF-token ontbreekt of klopt niet. Laad de pagina opnieuw.", code="csrf_failed"
                )
        if utcnow() - row["last_seen_at"] > _TOUCH_AFTER:
            await db.fetchval("UPDATE sessions SET last_seen_at = now() WHERE id = $1", row["session_id"])
        return person


def session_cookie(token: str, settings: Settings) -> Cookie:
    """The cookie of a new session, however the person signed in."""
    return host_cookie(SESSION_COOKIE, token, settings.auth.session_days * 86400)


def require_person_session(principal: Principal) -> None:
    if isinstance(principal, Anonymous):
        raise Unauthenticated("Meld u aan om dit te doen.")
