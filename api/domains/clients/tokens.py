"""Access tokens: short-lived JWTs signed with the platform's EC key (ES256, via joserfc).

Verification pins the algorithm, takes keys only from our own key set (never from the token's
header), and requires ``iss``, ``aud``, ``exp``, ``sub`` and the municipality the client belongs to.
A revoked client's tokens stop working at once.
"""

import secrets
import time
from dataclasses import dataclass
from typing import Any
from uuid import UUID

from joserfc import jwt
from joserfc.errors import JoseError
from joserfc.jwk import ECKey, KeySet
from litestar.datastructures import State

from api.lib.access import Client
from api.lib.errors import Unauthenticated
from api.lib.keys import KeyStore
from api.settings import API_PREFIX, Settings

ALGORITHM = "ES256"
AUDIENCE = "samenspel-api"


@dataclass(frozen=True)
class TokenKeys:
    """The signing key (the newest) and every key that may verify."""

    issuer: str
    signing: ECKey
    verifying: KeySet
    ttl: int

    @classmethod
    def load(cls, settings: Settings) -> "TokenKeys":
        keys: list[Any] = [
            ECKey.import_key(k.pem, parameters={"kid": k.kid, "use": "sig", "alg": ALGORITHM})
            for k in KeyStore(settings.keys_path, create=False).signing_keys()
        ]
        return cls(
            issuer=settings.server.base_url + API_PREFIX,
            signing=keys[0],
            verifying=KeySet(keys),
            ttl=settings.auth.token_ttl_seconds,
        )

    def public_jwks(self) -> dict[str, Any]:
        return dict(self.verifying.as_dict(private=False))

    def issue(self, client_id: str, municipality_id: UUID, scopes: list[str]) -> str:
        now = int(time.time())
        claims = {
            "iss": self.issuer,
            "aud": AUDIENCE,
            "sub": client_id,
            "client_id": client_id,
            "municipality": str(municipality_id),
            "scope": " ".join(sorted(scopes)),
            "iat": now,
            "exp": now + self.ttl,
            "jti": secrets.token_hex(16),
        }
        header = {"alg": ALGORITHM, "kid": self.signing.kid, "typ": "at+jwt"}
        return jwt.encode(header, claims, self.signing, algorithms=[ALGORITHM])

    def verify(self, value: str) -> dict[str, Any]:
        """The claims of a valid token; anything else raises ``Unauthenticated``."""
        try:
            token = jwt.decode(value, self.verifying, algorithms=[ALGORITHM])
            jwt.JWTClaimsRegistry(
                iss={"essential": True, "value": self.issuer},
                aud={"essential": True, "value": AUDIENCE},
                exp={"essential": True},
                sub={"essential": True},
                municipality={"essential": True},
            ).validate(token.claims)
            if token.header.get("kid") is None:
                raise ValueError("no kid")
            UUID(str(token.claims["municipality"]))
        except (JoseError, ValueError, KeyError, TypeError) as error:
            raise Unauthenticated(
                "Het toegangstoken is ongeldig of verlopen.",
                code="invalid_token",
                headers={"WWW-Authenticate": 'Bearer error="invalid_token"'},
            ) from error
        return dict(token.claims)


async def principal_from_authorization(state: State, authorization: str) -> Client:
    """The client of a ``Bearer`` token, if the token and the client are both still valid."""
    scheme, _, value = authorization.partition(" ")
    if scheme.lower() != "bearer" or not value.strip():
        raise Unauthenticated(
            "Gebruik een Bearer-token in de Authorization-header.",
            code="invalid_token",
            headers={"WWW-Authenticate": "Bearer"},
        )
    keys: TokenKeys = state.token_keys
    claims = keys.verify(value.strip())
    row = await state.db.fetchrow(
        "SELECT municipality_id, scopes FROM api_clients WHERE client_id = $1 AND revoked_at IS NULL",
        claims["sub"],
    )
    if row is None or str(row["municipality_id"]) != claims["municipality"]:
        raise Unauthenticated("Deze client bestaat niet (meer).", code="invalid_token")
    granted = frozenset(str(claims.get("scope", "")).split()) & frozenset(row["scopes"])
    return Client(client_id=claims["sub"], municipality_id=row["municipality_id"], scopes=granted)
