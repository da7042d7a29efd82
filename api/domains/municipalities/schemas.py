"""Bodies of the municipality endpoints."""

from enum import StrEnum
from typing import Annotated
from uuid import UUID

import msgspec
from litestar.params import PathParameter, QueryParameter

from api.lib.pagination import Items, Page
from api.lib.schema import Schema, Text

MunicipalityParam = Annotated[
    str,
    QueryParameter(
        name="municipality", max_length=60, pattern=r"^[a-z0-9-]*$", description="Slug van de gemeente."
    ),
]
# For lists that are only of one municipality (its staff's): the guard refuses a request without
# it (400), so the spec says it is required. Absent still reaches the guard as "", for that 400.
RequiredMunicipalityParam = Annotated[
    str,
    QueryParameter(
        name="municipality",
        required=True,
        max_length=60,
        pattern=r"^[a-z0-9-]*$",
        description="Slug van de gemeente.",
    ),
]
Slug = Annotated[
    str, PathParameter(max_length=60, pattern=r"^[a-z0-9-]+$", description="De slug van de gemeente.")
]
TokenName = Annotated[str, msgspec.Meta(pattern=r"^--[a-z0-9-]{1,100}$", max_length=102)]
TokenValue = Annotated[str, msgspec.Meta(max_length=200, pattern=r"^[^;{}<>\x00]*$")]


class BaseTheme(StrEnum):
    """The NL Design System token set a theme starts from."""

    VOORBEELD = "voorbeeld"
    UTRECHT = "utrecht"


class MunicipalityTheme(Schema):
    """The look of a municipality's site: a base token set and overrides of design tokens."""

    base_theme: BaseTheme = BaseTheme.VOORBEELD
    tokens: Annotated[
        dict[TokenName, TokenValue],
        msgspec.Meta(max_length=200, description="Design tokens als CSS custom properties."),
    ] = msgspec.field(default_factory=dict)


class StaffSignIn(Schema):
    """Medewerkers melden zich aan via de identiteitsprovider van de gemeente (OpenID Connect)."""

    label: Annotated[
        str,
        msgspec.Meta(max_length=60, description="Tekst van de knop.", examples=["Inloggen voor medewerkers"]),
    ]


class MunicipalityRead(Schema):
    """A municipality as everyone may see it."""

    id: UUID
    slug: Annotated[str, msgspec.Meta(max_length=60, examples=["utrecht"])]
    name: Annotated[str, msgspec.Meta(max_length=120, examples=["Utrecht"])]
    cbs_code: Annotated[
        str,
        msgspec.Meta(pattern=r"^GM[0-9]{4}$", description="Gemeentecode van het CBS.", examples=["GM0344"]),
    ]
    description: Annotated[str, msgspec.Meta(max_length=4000)]
    theme: MunicipalityTheme
    staff_sign_in: Annotated[
        StaffSignIn | None,
        msgspec.Meta(
            description=(
                "Of medewerkers zich hier via de eigen identiteitsprovider aanmelden "
                "(`GET /municipalities/{slug}/staff-sign-in`); `null` als dat niet kan."
            )
        ),
    ]
    resident_sign_in: Annotated[
        StaffSignIn | None,
        msgspec.Meta(
            description=(
                "Of inwoners zich hier via de broker van de gemeente aanmelden, zoals met DigiD "
                "(`GET /municipalities/{slug}/resident-sign-in`); `null` als dat niet kan."
            )
        ),
    ] = None


class MunicipalityPage(Page):
    """A page of municipalities, by name."""

    items: Items[MunicipalityRead]


class MunicipalityUpdate(Schema):
    """Wijzigingen door de beheerder; velden die ontbreken blijven zoals ze zijn."""

    description: Annotated[Text, msgspec.Meta(max_length=4000)] | msgspec.UnsetType = msgspec.UNSET
    theme: MunicipalityTheme | msgspec.UnsetType = msgspec.UNSET
