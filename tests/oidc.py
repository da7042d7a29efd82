"""OpenID providers on loopback, and a browser that walks through a staff sign-in.

``mock_provider`` runs oidc-provider-mock (a real OpenID provider built on authlib) in a thread:
its issuer is ``http://localhost:<port>``; a test sets the claims of a ``sub`` with ``PUT /users/<sub>``
and signs in by posting that ``sub`` to the authorization URL, as a person clicking its form would.

``ForgingProvider`` is a small provider of our own, for what the mock will not do: ID tokens with
another issuer, audience, nonce, expiry, key or algorithm, and a discovery document that lies. It
checks PKCE and the client's credentials like a real one, so the happy path through it proves
that Samenspel sends the right verifier and secret.
"""

import base64
import hashlib
import json
import secrets
import threading
import time
import warnings
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs, urlencode, urlsplit
from uuid import UUID

import httpx
from joserfc import jwt
from joserfc.jwk import RSAKey
from litestar import Litestar

from api.db.connection import Database
from api.domains.staff_sign_in.models import IdentityProvider, ProviderPurpose
from api.domains.staff_sign_in.providers import secret_context
from api.lib.ids import new_id
from api.lib.secretbox import SecretBox

CLIENT_ID = "samenspel-test"
CLIENT_SECRET = "geheim-van-de-gemeente-" + secrets.token_hex(8)


@contextmanager
def mock_provider() -> Iterator[str]:
    """oidc-provider-mock on a free loopback port; yields its issuer."""
    with warnings.catch_warnings():
        # The mock imports authlib's deprecated JOSE module for its own signing; we never use it.
        warnings.simplefilter("ignore", DeprecationWarning)
        from oidc_provider_mock import run_server_in_thread

    with run_server_in_thread(require_nonce=True) as server:
        yield f"http://localhost:{server.server_port}"


def set_user(issuer: str, sub: str, claims: dict[str, Any]) -> None:
    """What the mock provider says about ``sub`` from now on."""
    response = httpx.put(f"{issuer}/users/{sub}", json=claims, timeout=5)
    assert response.status_code == 204, response.text


async def configure(
    db: Database,
    app: Litestar,
    municipality_id: UUID,
    issuer: str,
    *,
    client_id: str = CLIENT_ID,
    secret: str = CLIENT_SECRET,
    role: str = "medewerker",
    enabled: bool = True,
    label: str = "Inloggen voor medewerkers",
    purpose: str = "staff",
) -> None:
    """Give the municipality this provider directly in the database (the API has its own tests)."""
    box: SecretBox = app.state.secret_box
    context = secret_context(
        IdentityProvider(
            municipality_id=municipality_id,
            issuer=issuer,
            client_id=client_id,
            purpose=ProviderPurpose(purpose),
        )
    )
    await db.fetchval(
        """INSERT INTO identity_providers
               (id, municipality_id, issuer, client_id, client_secret_encrypted, label, new_staff_role, enabled,
                purpose)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)
           ON CONFLICT (municipality_id, purpose) DO UPDATE SET issuer = EXCLUDED.issuer,
               client_id = EXCLUDED.client_id, client_secret_encrypted = EXCLUDED.client_secret_encrypted,
               label = EXCLUDED.label, new_staff_role = EXCLUDED.new_staff_role, enabled = EXCLUDED.enabled""",
        new_id(),
        municipality_id,
        issuer,
        client_id,
        box.seal(secret, context),
        label,
        role,
        enabled,
        purpose,
    )


async def audit_of(db: Database, municipality_id: UUID) -> list[dict[str, Any]]:
    """The municipality's audit entries, oldest first."""
    rows = await db.fetch(
        """SELECT action, result, actor_type, actor_id, object_id, details FROM audit_events
           WHERE municipality_id = $1 ORDER BY created_at, id""",
        municipality_id,
    )
    return [dict(row) for row in rows]


async def failures(db: Database, municipality_id: UUID | None) -> list[str]:
    """The reasons of failed staff sign-ins logged for the municipality."""
    rows = await db.fetch(
        """SELECT details->>'reason' AS reason FROM audit_events
           WHERE action = 'staff_sign_in.failed' AND result = 'failed'
             AND municipality_id IS NOT DISTINCT FROM $1 ORDER BY created_at, id""",
        municipality_id,
    )
    return [row["reason"] for row in rows]


async def reasons_of(db: Database, response: httpx.Response) -> list[str]:
    """The reasons of failed staff sign-ins logged by the request of ``response``."""
    rows = await db.fetch(
        """SELECT details->>'reason' AS reason FROM audit_events
           WHERE action = 'staff_sign_in.failed' AND result = 'failed' AND request_id = $1""",
        response.headers["x-request-id"],
    )
    return [row["reason"] for row in rows]


def query_of(url: str) -> dict[str, str]:
    return {k: v[0] for k, v in parse_qs(urlsplit(url).query).items()}


def path_of(url: str) -> str:
    """The path and query of ``url``, to replay it against the app in process."""
    parts = urlsplit(url)
    return f"{parts.path}?{parts.query}" if parts.query else parts.path


async def start(
    browser: httpx.AsyncClient, slug: str, return_to: str | None = None, *, path: str = "staff-sign-in"
) -> httpx.Response:
    params = {"returnTo": return_to} if return_to is not None else {}
    return await browser.get(f"/api/v1/municipalities/{slug}/{path}", params=params)


async def log_in_at_mock(authorization_url: str, sub: str, *, deny: bool = False) -> str:
    """A person at the mock's form: signs in as ``sub`` (or denies); returns the way back."""
    form = {"action": "deny"} if deny else {"sub": sub}
    async with httpx.AsyncClient(timeout=10) as provider_browser:
        response = await provider_browser.post(authorization_url, data=form)
    assert response.status_code == 302, response.text
    return response.headers["location"]


async def log_in_at(authorization_url: str) -> str:
    """A person at the forging provider, which signs in at once; returns the way back."""
    async with httpx.AsyncClient(timeout=10) as provider_browser:
        response = await provider_browser.get(authorization_url)
    assert response.status_code == 302, response.text
    return response.headers["location"]


async def come_back(browser: httpx.AsyncClient, callback_url: str) -> httpx.Response:
    """The browser arrives at Samenspel's redirect URI."""
    assert urlsplit(callback_url).path in (
        "/api/v1/staff-sign-in/callback",
        "/api/v1/resident-sign-in/callback",
    ), callback_url
    return await browser.get(path_of(callback_url))


async def resident_sign_in(
    browser: httpx.AsyncClient, slug: str, sub: str, return_to: str = "/"
) -> httpx.Response:
    """Through the municipality's residents' broker (the mock) as ``sub``, and back."""
    started = await start(browser, slug, return_to, path="resident-sign-in")
    assert started.status_code == 303, started.text
    return await come_back(browser, await log_in_at_mock(started.headers["location"], sub))


def _b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


@dataclass
class ForgingProvider:
    """A provider that signs whatever the test asks for. Set ``claims`` (``None`` drops one),
    ``header``, ``key`` or ``token`` (the raw ID token) before the browser comes back."""

    key: RSAKey = field(default_factory=lambda: RSAKey.generate_key(2048, parameters={"kid": "k1"}))
    claims: dict[str, Any] = field(default_factory=dict)
    header: dict[str, Any] = field(default_factory=dict)
    signing_key: RSAKey | None = None
    token: Callable[[dict[str, Any]], str] | None = None
    discovery: dict[str, Any] = field(default_factory=dict)
    issuer: str = ""
    requests: list[dict[str, Any]] = field(default_factory=list)
    _codes: dict[str, dict[str, str]] = field(default_factory=dict)

    def document(self) -> dict[str, Any]:
        return {
            "issuer": self.issuer,
            "authorization_endpoint": f"{self.issuer}/authorize",
            "token_endpoint": f"{self.issuer}/token",
            "jwks_uri": f"{self.issuer}/jwks",
            "response_types_supported": ["code"],
            "subject_types_supported": ["public"],
            "id_token_signing_alg_values_supported": ["RS256"],
        } | self.discovery

    def id_token(self, authorization: dict[str, str]) -> str:
        now = int(time.time())
        claims: dict[str, Any] = {
            "iss": self.issuer,
            "aud": authorization["client_id"],
            "sub": "vervalst-1",
            "iat": now,
            "exp": now + 300,
            "nonce": authorization.get("nonce"),
            "email": "vervalst@example.org",
            "email_verified": True,
            "name": "Vera Vervalst",
        } | self.claims
        claims = {k: v for k, v in claims.items() if v is not None}
        if self.token is not None:
            return self.token(claims)
        header = {"alg": "RS256", "kid": "k1"} | self.header
        return jwt.encode(header, claims, self.signing_key or self.key, algorithms=[header["alg"]])

    def handle(self, method: str, path: str, query: dict[str, str], form: dict[str, str], auth: str) -> Any:
        """(status, headers, body) for one request."""
        self.requests.append({"method": method, "path": path, "query": query, "form": form})
        if path == "/.well-known/openid-configuration":
            return 200, {}, self.document()
        if path == "/jwks":
            return 200, {}, {"keys": [self.key.as_dict(private=False)]}
        if path == "/authorize":
            code = secrets.token_urlsafe(16)
            self._codes[code] = query
            back = f"{query['redirect_uri']}?{urlencode({'code': code, 'state': query['state']})}"
            return 302, {"Location": back}, None
        if path == "/token" and method == "POST":
            authorization = self._codes.pop(form.get("code", ""), None)
            if authorization is None:
                return 400, {}, {"error": "invalid_grant"}
            challenge = _b64(hashlib.sha256(form.get("code_verifier", "").encode()).digest())
            if authorization.get("code_challenge_method") != "S256" or challenge != authorization.get(
                "code_challenge"
            ):
                return 400, {}, {"error": "invalid_grant", "error_description": "PKCE"}
            expected = "Basic " + base64.b64encode(f"{CLIENT_ID}:{CLIENT_SECRET}".encode()).decode()
            if auth != expected:
                return 401, {}, {"error": "invalid_client"}
            body = {"access_token": "at", "token_type": "Bearer", "id_token": self.id_token(authorization)}
            return 200, {}, body
        return 404, {}, {"error": "not_found"}


@contextmanager
def forging_provider() -> Iterator[ForgingProvider]:
    """A ``ForgingProvider`` on a free port of 127.0.0.1."""
    provider = ForgingProvider()

    class Handler(BaseHTTPRequestHandler):
        def _answer(self) -> None:
            parts = urlsplit(self.path)
            length = int(self.headers.get("Content-Length") or 0)
            form = {k: v[0] for k, v in parse_qs(self.rfile.read(length).decode()).items()}
            query = {k: v[0] for k, v in parse_qs(parts.query).items()}
            status, headers, body = provider.handle(
                self.command, parts.path, query, form, self.headers.get("Authorization", "")
            )
            self.send_response(status)
            for name, value in headers.items():
                self.send_header(name, value)
            payload = json.dumps(body).encode() if body is not None else b""
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(payload)))
            self.end_headers()
            self.wfile.write(payload)

        do_GET = _answer  # noqa: N815 - http.server's naming
        do_POST = _answer  # noqa: N815

        def log_message(self, format: str, *args: Any) -> None:
            """Quiet."""

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    provider.issuer = f"http://127.0.0.1:{server.server_address[1]}"
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    thread.start()
    try:
        yield provider
    finally:
        server.shutdown()
        server.server_close()
        thread.join(2)
