"""The token endpoint, on authlib's RFC 6749 server and its client-credentials grant.

authlib's server is synchronous, so the request is read and its client fetched first; authlib then
does what the RFC says (client authentication by Basic or POST, grant and scope rules, error
codes) without touching the database, and our generator signs the token.
"""

import base64
import binascii
from dataclasses import dataclass
from typing import Any
from urllib.parse import unquote
from uuid import UUID

from authlib.oauth2.rfc6749 import AuthorizationServer, ClientMixin, OAuth2Request
from authlib.oauth2.rfc6749.errors import InvalidScopeError
from authlib.oauth2.rfc6749.grants import ClientCredentialsGrant
from authlib.oauth2.rfc6749.requests import BasicOAuth2Payload
from authlib.oauth2.rfc6749.util import scope_to_list

from api.db.connection import Database
from api.domains.clients.tokens import TokenKeys
from api.lib.scopes import SCOPES
from api.lib.tokens import hash_token
from api.lib.tokens import same as same_secret


@dataclass(frozen=True)
class OAuthClient(ClientMixin):  # type: ignore[misc]
    """An API client as authlib sees it."""

    client_id: str
    secret_hash: bytes
    scopes: tuple[str, ...]
    municipality_id: UUID
    id: UUID

    def get_client_id(self) -> str:
        return self.client_id

    def get_default_redirect_uri(self) -> None:
        return None

    def get_allowed_scope(self, scope: str | None) -> str:
        if not scope:
            return " ".join(self.scopes)
        return " ".join(s for s in scope_to_list(scope) if s in self.scopes)

    def check_redirect_uri(self, redirect_uri: str) -> bool:
        return False

    def check_client_secret(self, client_secret: str) -> bool:
        return same_secret(hash_token(client_secret).hex(), self.secret_hash.hex())

    def check_endpoint_auth_method(self, method: str, endpoint: str) -> bool:
        return endpoint == "token" and method in {"client_secret_basic", "client_secret_post"}

    def check_response_type(self, response_type: str) -> bool:
        return False

    def check_grant_type(self, grant_type: str) -> bool:
        return grant_type == "client_credentials"


class ClientCredentials(ClientCredentialsGrant):  # type: ignore[misc]
    """RFC 6749 §4.4, with the client's secret in HTTP Basic or in the form (§2.3.1)."""

    TOKEN_ENDPOINT_AUTH_METHODS = ["client_secret_basic", "client_secret_post"]


class TokenServer(AuthorizationServer):  # type: ignore[misc]
    """One request's authorization server, with its client already looked up."""

    def __init__(self, keys: TokenKeys, client: OAuthClient | None) -> None:
        super().__init__(scopes_supported=list(SCOPES))
        self.keys = keys
        self.client = client
        self.register_grant(ClientCredentials)
        self.register_token_generator("default", self._generate)

    def query_client(self, client_id: str) -> OAuthClient | None:
        return self.client if self.client is not None and self.client.client_id == client_id else None

    def save_token(self, token: dict[str, Any], request: OAuth2Request) -> None:
        """Tokens are self-contained JWTs: nothing to store."""

    def send_signal(self, name: str, *args: Any, **kwargs: Any) -> None:
        """No signal system here."""

    def create_oauth2_request(self, request: OAuth2Request) -> OAuth2Request:
        return request

    def handle_response(self, status: int, body: Any, headers: Any) -> tuple[int, Any, Any]:
        return status, body, headers

    def _generate(
        self,
        grant_type: str,
        client: OAuthClient,
        user: Any = None,
        scope: str | None = None,
        expires_in: int | None = None,
        include_refresh_token: bool = False,
    ) -> dict[str, Any]:
        if scope and not set(scope_to_list(scope)) <= set(client.scopes):
            raise InvalidScopeError("De client heeft niet alle gevraagde scopes.")
        granted = client.get_allowed_scope(scope).split()
        return {
            "access_token": self.keys.issue(client.client_id, client.municipality_id, granted),
            "token_type": "Bearer",
            "expires_in": self.keys.ttl,
            "scope": " ".join(sorted(granted)),
        }


class FormRequest(OAuth2Request):  # type: ignore[misc]
    """A token request as authlib's framework integrations build it: headers and a parsed form."""

    def __init__(self, method: str, uri: str, form: dict[str, str], headers: dict[str, str]) -> None:
        super().__init__(method, uri, headers=headers)
        self._form = form
        self.payload = BasicOAuth2Payload(form)

    @property
    def form(self) -> dict[str, str]:
        return self._form

    @property
    def args(self) -> dict[str, str]:
        return {}


def client_id_of(form: dict[str, str], authorization: str | None) -> str | None:
    """The client id from HTTP Basic (RFC 6749 §2.3.1, form-encoded parts) or from the form."""
    if authorization and authorization.lower().startswith("basic "):
        try:
            decoded = base64.b64decode(authorization[6:].strip(), validate=True).decode()
        except (binascii.Error, UnicodeDecodeError):
            return None
        return unquote(decoded.partition(":")[0])
    return form.get("client_id") or None


async def load_client(db: Database, client_id: str | None) -> OAuthClient | None:
    if not client_id or len(client_id) > 60:
        return None
    row = await db.fetchrow(
        """SELECT id, client_id, secret_hash, scopes, municipality_id FROM api_clients
           WHERE client_id = $1 AND revoked_at IS NULL""",
        client_id,
    )
    if row is None:
        return None
    return OAuthClient(**{**row, "scopes": tuple(row["scopes"])})


def token_response(
    keys: TokenKeys,
    client: OAuthClient | None,
    method: str,
    uri: str,
    form: dict[str, str],
    headers: dict[str, str],
) -> tuple[int, dict[str, Any], list[tuple[str, str]]]:
    """authlib's answer to a token request: (status, body, headers)."""
    request = FormRequest(method, uri, form, headers)
    status, body, response_headers = TokenServer(keys, client).create_token_response(request)
    return status, body, list(response_headers or [])
