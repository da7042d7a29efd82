"""The relying party: discovery, the authorization URL and the code exchange through authlib's
client, and the ID token checked with joserfc.

authlib's own JOSE module is deprecated and had verification bugs, so it never sees the ID token:
joserfc verifies it against the provider's published keys only (never a key named in the token),
with the algorithms pinned to those the provider advertises among RS256, ES256 and PS256.
Every outgoing request passes the SSRF guard of ``urls``, has a deadline and follows no redirect;
every answer (discovery, keys, the token response) also has a size limit. A checked discovery
document and key set are kept for a few minutes per worker, so a sign-in costs the provider one
request (the code exchange) instead of four; keys are fetched anew once when a token names a key
we lack.
"""

import asyncio
import time
from collections.abc import AsyncIterator
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

import httpx2
import msgspec
from authlib.integrations.httpx_client import AsyncOAuth2Client, OAuthError
from joserfc import jwt
from joserfc.errors import ClaimError, ExpiredTokenError, JoseError
from joserfc.jwk import KeySet

from api.lib.destinations import UnsafeDestination, check_destination, check_url

SCOPE = "openid email profile"
ALGORITHMS = ("RS256", "ES256", "PS256")
_KEY_TYPES = frozenset({"RSA", "EC"})
_MAX_DOCUMENT_BYTES = 256 * 1024
_LEEWAY_SECONDS = 60


class ProviderError(Exception):
    """The provider could not be used, or what it sent does not hold; ``reason`` is for the log."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


@dataclass(frozen=True)
class Discovery:
    """What we use of a provider's discovery document, checked."""

    issuer: str
    authorization_endpoint: str
    token_endpoint: str
    jwks_uri: str
    algorithms: tuple[str, ...]
    token_auth_method: str


@dataclass(frozen=True)
class Registration:
    """Our client at the provider."""

    client_id: str
    client_secret: str
    redirect_uri: str


class _CappedStream(httpx2.AsyncByteStream):
    """A response body that stops being read past ``limit`` bytes."""

    def __init__(self, inner: httpx2.AsyncByteStream, limit: int) -> None:
        self._inner = inner
        self._limit = limit

    async def __aiter__(self) -> AsyncIterator[bytes]:
        read = 0
        async for chunk in self._inner:
            read += len(chunk)
            if read > self._limit:
                raise ProviderError("provider_response_too_large")
            yield chunk

    async def aclose(self) -> None:
        await self._inner.aclose()


class _CappedTransport(httpx2.AsyncBaseTransport):
    """The token endpoint is read by authlib in one go: this keeps a huge answer out of memory."""

    def __init__(self, limit: int) -> None:
        self._inner = httpx2.AsyncHTTPTransport(trust_env=False)
        self._limit = limit

    async def handle_async_request(self, request: httpx2.Request) -> httpx2.Response:
        response = await self._inner.handle_async_request(request)
        assert isinstance(response.stream, httpx2.AsyncByteStream)
        response.stream = _CappedStream(response.stream, self._limit)
        return response

    async def aclose(self) -> None:
        await self._inner.aclose()


T = TypeVar("T")


class _Kept(Generic[T]):
    """What was fetched and checked, per URL, until it is ``seconds`` old (one worker's memory)."""

    def __init__(self) -> None:
        self._items: dict[str, tuple[float, T]] = {}

    def get(self, url: str, seconds: float) -> T | None:
        kept = self._items.get(url)
        if kept is None or time.monotonic() - kept[0] >= seconds:
            return None
        return kept[1]

    def put(self, url: str, value: T) -> T:
        if len(self._items) > 1000:  # one provider per municipality: this only stops a leak
            self._items.clear()
        self._items[url] = (time.monotonic(), value)
        return value

    def forget(self) -> None:
        self._items.clear()


_discoveries: _Kept["Discovery"] = _Kept()
_key_sets: _Kept[KeySet] = _Kept()


def forget_providers() -> None:
    """Drop every kept discovery document and key set (a provider's configuration changed)."""
    _discoveries.forget()
    _key_sets.forget()


class OpenIDClient:
    """One provider, spoken to with ``timeout`` seconds per request; what it publishes is kept
    ``cache_seconds`` (0: fetched every time)."""

    def __init__(
        self, issuer: str, *, timeout: float, allow_loopback: bool, cache_seconds: float = 0
    ) -> None:
        self.issuer = issuer
        self.timeout = timeout
        self.allow_loopback = allow_loopback
        self.cache_seconds = cache_seconds

    def _oauth(self, registration: Registration, auth_method: str = "none") -> AsyncOAuth2Client:
        return AsyncOAuth2Client(
            client_id=registration.client_id,
            client_secret=registration.client_secret or None,
            token_endpoint_auth_method=auth_method,
            scope=SCOPE,
            redirect_uri=registration.redirect_uri,
            code_challenge_method="S256",
            timeout=httpx2.Timeout(self.timeout),
            follow_redirects=False,
            trust_env=False,
            transport=_CappedTransport(_MAX_DOCUMENT_BYTES),
        )

    async def _get_json(self, url: str) -> dict[str, Any]:
        """A JSON object from ``url``, refused when unsafe, slow, large or not JSON."""
        try:
            await check_destination(url, allow_loopback=self.allow_loopback)
            async with (
                asyncio.timeout(self.timeout * 2),
                httpx2.AsyncClient(
                    timeout=httpx2.Timeout(self.timeout), follow_redirects=False, trust_env=False
                ) as client,
                client.stream("GET", url, headers={"Accept": "application/json"}) as response,
            ):
                if response.status_code != 200:
                    raise ProviderError("provider_http_error")
                body = bytearray()
                async for chunk in response.aiter_bytes():
                    body += chunk
                    if len(body) > _MAX_DOCUMENT_BYTES:
                        raise ProviderError("provider_response_too_large")
        except UnsafeDestination as error:
            raise ProviderError(f"unsafe_destination:{error.code}") from None
        except (httpx2.HTTPError, TimeoutError, OSError):
            raise ProviderError("provider_unreachable") from None
        try:
            document = msgspec.json.decode(bytes(body))
        except msgspec.DecodeError:
            raise ProviderError("provider_invalid_json") from None
        if not isinstance(document, dict):
            raise ProviderError("provider_invalid_json")
        return document

    async def discover(self) -> Discovery:
        """The discovery document, whose ``issuer`` must be ours exactly (OpenID Discovery §4.3)."""
        if (kept := _discoveries.get(self.issuer, self.cache_seconds)) is not None:
            return kept
        document = await self._get_json(self.issuer.rstrip("/") + "/.well-known/openid-configuration")
        if document.get("issuer") != self.issuer:
            raise ProviderError("discovery_issuer_mismatch")
        endpoints = [document.get(name) for name in ("authorization_endpoint", "token_endpoint", "jwks_uri")]
        for endpoint in endpoints:
            if not isinstance(endpoint, str) or len(endpoint) > 2000:
                raise ProviderError("discovery_incomplete")
            try:
                check_url(endpoint, allow_loopback=self.allow_loopback)
            except UnsafeDestination as error:
                raise ProviderError(f"unsafe_destination:{error.code}") from None
        advertised = document.get("id_token_signing_alg_values_supported", ["RS256"])
        algorithms = tuple(a for a in ALGORITHMS if isinstance(advertised, list) and a in advertised)
        if not algorithms:
            raise ProviderError("no_supported_algorithm")
        methods = document.get("token_endpoint_auth_methods_supported", ["client_secret_basic"])
        methods = methods if isinstance(methods, list) else []
        method = next((m for m in ("client_secret_basic", "client_secret_post") if m in methods), None)
        if method is None:
            raise ProviderError("no_supported_client_authentication")
        discovery = Discovery(
            issuer=self.issuer,
            authorization_endpoint=str(endpoints[0]),
            token_endpoint=str(endpoints[1]),
            jwks_uri=str(endpoints[2]),
            algorithms=algorithms,
            token_auth_method=method,
        )
        return _discoveries.put(self.issuer, discovery)

    async def authorization_url(
        self, discovery: Discovery, registration: Registration, *, state: str, nonce: str, code_verifier: str
    ) -> str:
        """Where to send the browser: the code flow with PKCE (S256), ``state`` and ``nonce``."""
        async with self._oauth(registration) as client:
            url, _ = client.create_authorization_url(
                discovery.authorization_endpoint, state=state, code_verifier=code_verifier, nonce=nonce
            )
        return str(url)

    async def exchange_code(
        self, discovery: Discovery, registration: Registration, *, code: str, code_verifier: str
    ) -> str:
        """The ID token for ``code``, proving with ``code_verifier`` that we asked for it."""
        try:
            await check_destination(discovery.token_endpoint, allow_loopback=self.allow_loopback)
            async with (
                asyncio.timeout(self.timeout * 2),
                self._oauth(registration, discovery.token_auth_method) as client,
            ):
                token = await client.fetch_token(
                    discovery.token_endpoint,
                    grant_type="authorization_code",
                    code=code,
                    code_verifier=code_verifier,
                )
        except UnsafeDestination as error:
            raise ProviderError(f"unsafe_destination:{error.code}") from None
        except OAuthError:
            raise ProviderError("token_request_refused") from None
        except (httpx2.HTTPError, TimeoutError, OSError, ValueError):
            raise ProviderError("provider_unreachable") from None
        id_token = token.get("id_token")
        if not isinstance(id_token, str) or not id_token or len(id_token) > 16_000:
            raise ProviderError("id_token_missing")
        return id_token

    async def verified_claims(
        self, id_token: str, discovery: Discovery, *, client_id: str, nonce: str
    ) -> dict[str, Any]:
        """The claims of ``id_token``, checked against the provider's keys; when kept keys do not
        verify it, once more against freshly fetched ones (the provider may have rotated them)."""
        kept = _key_sets.get(discovery.jwks_uri, self.cache_seconds)
        if kept is not None:
            try:
                return verify_id_token(id_token, kept, discovery, client_id=client_id, nonce=nonce)
            except ProviderError as error:
                if error.reason != "id_token_invalid":
                    raise
        keys = await self.keys(discovery)
        return verify_id_token(id_token, keys, discovery, client_id=client_id, nonce=nonce)

    async def keys(self, discovery: Discovery) -> KeySet:
        """The provider's public signing keys; symmetric and encryption keys are left out."""
        document = await self._get_json(discovery.jwks_uri)
        listed = document.get("keys")
        usable = [
            key
            for key in (listed if isinstance(listed, list) else [])
            if isinstance(key, dict) and key.get("kty") in _KEY_TYPES and key.get("use", "sig") == "sig"
        ]
        try:
            return _key_sets.put(discovery.jwks_uri, KeySet.import_key_set({"keys": usable}))
        except (JoseError, ValueError, TypeError, KeyError):
            raise ProviderError("jwks_unusable") from None


def verify_id_token(
    id_token: str, keys: KeySet, discovery: Discovery, *, client_id: str, nonce: str
) -> dict[str, Any]:
    """The claims of ``id_token`` once its signature, issuer, audience, times and nonce hold."""
    try:
        token = jwt.decode(id_token, keys, algorithms=list(discovery.algorithms))
    except (JoseError, ValueError, TypeError, KeyError):
        # A bad signature, an unknown key, a refused algorithm or no JWT at all.
        raise ProviderError("id_token_invalid") from None
    claims = dict(token.claims)
    registry = jwt.JWTClaimsRegistry(
        leeway=_LEEWAY_SECONDS,
        iss={"essential": True, "value": discovery.issuer},
        aud={"essential": True, "value": client_id},
        exp={"essential": True},
        iat={"essential": True},
        sub={"essential": True},
        nonce={"essential": True, "value": nonce},
    )
    try:
        registry.validate(claims)
    except ExpiredTokenError:
        raise ProviderError("id_token_expired") from None
    except ClaimError as error:
        raise ProviderError(f"id_token_{error.error}:{error.claim}"[:80]) from None
    audiences = claims["aud"] if isinstance(claims["aud"], list) else [claims["aud"]]
    # OpenID Connect Core §3.1.3.7: with several audiences, we must be the authorized party.
    if len(audiences) > 1 and claims.get("azp") != client_id:
        raise ProviderError("id_token_invalid_claim:azp")
    if not isinstance(claims["sub"], str) or len(claims["sub"]) > 255:
        raise ProviderError("id_token_invalid_claim:sub")
    return claims
