"""Bodies of the token endpoint and of API-client management.

The token endpoint's names (``grant_type``, ``access_token``, ...) are fixed by RFC 6749, so those
structs keep them as they are instead of camelCase.
"""

from datetime import datetime
from enum import StrEnum
from typing import Annotated, Any
from uuid import UUID

import msgspec

from api.lib.pagination import Items, Page
from api.lib.schema import LINE, Problem, Schema, Text
from api.lib.scopes import SCOPES

ScopeName = StrEnum("ScopeName", {name.replace(":", "_").upper(): name for name in SCOPES})  # type: ignore[misc]


class TokenRequest(msgspec.Struct, kw_only=True):
    """Een toegangstoken aanvragen (RFC 6749 §4.4), als application/x-www-form-urlencoded."""

    grant_type: Annotated[Text, msgspec.Meta(max_length=40, examples=["client_credentials"])] = ""
    scope: Annotated[
        Text, msgspec.Meta(max_length=500, description="Gevraagde scopes, met spaties gescheiden.")
    ] = ""
    client_id: Annotated[Text, msgspec.Meta(max_length=60, description="Alleen zonder HTTP Basic.")] = ""
    client_secret: Annotated[Text, msgspec.Meta(max_length=200, description="Alleen zonder HTTP Basic.")] = ""


class TokenResponse(msgspec.Struct, kw_only=True):
    """Een toegangstoken (RFC 6749 §5.1): een ondertekende JWT, kort geldig."""

    access_token: Annotated[str, msgspec.Meta(max_length=4000)]
    token_type: Annotated[str, msgspec.Meta(max_length=20, examples=["Bearer"])]
    expires_in: Annotated[int, msgspec.Meta(ge=1, description="Seconden tot het token verloopt.")]
    scope: Annotated[str, msgspec.Meta(max_length=500)]


class OAuthProblem(Problem):
    """Een fout van het tokenendpoint: een probleem, met ook de velden van RFC 6749 §5.2."""

    error: Annotated[str, msgspec.Meta(max_length=40, examples=["invalid_client"])] = "invalid_request"
    error_description: Annotated[str, msgspec.Meta(max_length=500)] = msgspec.field(
        name="error_description", default=""
    )


class Jwks(Schema):
    """De publieke sleutels waarmee toegangstokens te controleren zijn (RFC 7517)."""

    keys: Annotated[list[dict[str, Any]], msgspec.Meta(max_length=20)]


class ApiClientCreate(Schema):
    """Een nieuwe client voor een systeem van de gemeente."""

    municipality: Annotated[str, msgspec.Meta(max_length=60, pattern=r"^[a-z0-9-]+$")]
    name: Annotated[str, msgspec.Meta(min_length=2, max_length=120, pattern=LINE)]
    scopes: Annotated[list[ScopeName], msgspec.Meta(min_length=1, max_length=len(SCOPES))]


class ApiClientRead(Schema):
    """Een client, zonder geheim."""

    id: UUID
    name: Annotated[str, msgspec.Meta(max_length=120)]
    client_id: Annotated[str, msgspec.Meta(max_length=60)]
    scopes: Annotated[list[ScopeName], msgspec.Meta(max_length=len(SCOPES))]
    created_at: datetime
    revoked_at: datetime | None
    last_used_at: Annotated[
        datetime | None,
        msgspec.Meta(description="Wanneer de client voor het laatst een token haalde; `null`: nog nooit."),
    ]


class ApiClientCreated(ApiClientRead):
    """Een nieuwe client, met het geheim: dit is de enige keer dat het getoond wordt."""

    client_secret: Annotated[str, msgspec.Meta(max_length=100)]


class ApiClientPage(Page):
    """Een pagina clients, nieuwste eerst."""

    items: Items[ApiClientRead]
