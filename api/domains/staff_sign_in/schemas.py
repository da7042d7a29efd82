"""Bodies and parameters of the identity-provider and staff sign-in endpoints."""

from datetime import datetime
from typing import Annotated

import msgspec
from litestar.params import QueryParameter

from api.domains.staff_sign_in.models import StaffRole
from api.lib.schema import LINE, NO_NUL, Heading, Schema

DEFAULT_LABEL = "Inloggen voor medewerkers"
DEFAULT_RESIDENTS_LABEL = "Inloggen met DigiD (via de gemeente)"

# A path on this site: one "/", then no second "/" or "\" (which browsers read as another host),
# and no spaces or control characters (which browsers drop, turning "/\t/evil" into "//evil").
RETURN_TO_PATTERN = r"^/(?![/\\])[^\x00-\x20\x7f\\]*$"

IssuerUrl = Annotated[
    str,
    msgspec.Meta(
        min_length=8,
        max_length=300,
        pattern=r"^https?://[^\s]+$",
        description=(
            "De issuer van de provider, precies zoals die in zijn tokens staat. Alleen `https://` naar een "
            "openbare host; `http://localhost` en `http://127.0.0.1` alleen in een ontwikkelomgeving."
        ),
        examples=["https://login.gemeente.example/realms/medewerkers"],
    ),
]
ClientId = Annotated[str, msgspec.Meta(min_length=1, max_length=200, pattern=r"^[\x21-\x7e]+$")]
ClientSecret = Annotated[
    str,
    msgspec.Meta(
        min_length=1,
        max_length=500,
        pattern=r"^[\x21-\x7e]+$",
        description=(
            "Wordt versleuteld bewaard en nooit teruggegeven. Verplicht bij het aanmaken en bij een andere "
            "issuer of client-id; weglaten houdt het bewaarde geheim."
        ),
    ),
]
Label = Annotated[
    str,
    msgspec.Meta(
        min_length=2,
        max_length=60,
        pattern=LINE,
        description="Tekst van de knop op de aanmeldpagina.",
        examples=[DEFAULT_LABEL],
    ),
]
ReturnTo = Annotated[
    str,
    QueryParameter(
        name="returnTo",
        max_length=500,
        pattern=RETURN_TO_PATTERN,
        description="Pad op deze site om na het aanmelden naartoe te gaan, bijvoorbeeld `/opgaven`.",
    ),
]

# The answer of the provider on the redirect URI (RFC 6749 §4.1.2, RFC 9207).
CodeParam = Annotated[
    str,
    QueryParameter(
        name="code", pattern=NO_NUL, max_length=2000, description="De autorisatiecode van de provider."
    ),
]
StateParam = Annotated[
    str,
    QueryParameter(
        name="state", pattern=NO_NUL, max_length=200, description="De state die Samenspel meegaf."
    ),
]
ErrorParam = Annotated[
    str,
    QueryParameter(
        name="error",
        pattern=NO_NUL,
        max_length=200,
        description="Een fout van de provider (RFC 6749 §4.1.2.1).",
    ),
]
IssParam = Annotated[
    str,
    QueryParameter(
        name="iss",
        pattern=NO_NUL,
        max_length=300,
        description="De issuer die het antwoord gaf (RFC 9207); moet die van de gemeente zijn.",
    ),
]


class ResidentBrokerWrite(Schema):
    """De OpenID-broker van een gemeente voor inwoners instellen (zoals DigiD via de gemeente); vervangt de
    huidige instelling. Wie zich zo aanmeldt krijgt nooit een rol: de broker zegt alleen wie iemand is."""

    issuer: IssuerUrl
    client_id: ClientId
    client_secret: ClientSecret | msgspec.UnsetType = msgspec.UNSET
    label: Label = DEFAULT_RESIDENTS_LABEL
    enabled: bool = True


class IdentityProviderWrite(ResidentBrokerWrite, kw_only=True):
    """De OpenID-provider van een gemeente voor medewerkers instellen (vervangt de huidige instelling)."""

    label: Label = DEFAULT_LABEL
    # The role's description comes from StaffRole itself (a field's own would make the spec unstable).
    new_staff_role: StaffRole = StaffRole.MEDEWERKER


class ResidentBrokerRead(Schema):
    """De OpenID-broker van een gemeente voor inwoners, zonder het geheim."""

    issuer: Annotated[str, msgspec.Meta(max_length=300)]
    client_id: Heading
    label: Annotated[str, msgspec.Meta(max_length=60)]
    enabled: bool
    redirect_uri: Annotated[
        str,
        msgspec.Meta(max_length=400, description="Registreer deze redirect-URI bij de provider."),
    ]
    created_at: datetime
    updated_at: datetime


class IdentityProviderRead(ResidentBrokerRead, kw_only=True):
    """De OpenID-provider van een gemeente voor medewerkers, zonder het geheim."""

    new_staff_role: StaffRole


class IdentityLinkConfirmationCreate(Schema):
    """De code uit de mail die een koppeling met de inlog van een gemeente bevestigt."""

    token: Annotated[str, msgspec.Meta(min_length=20, max_length=100, pattern=r"^[A-Za-z0-9_-]+$")]
