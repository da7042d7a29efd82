"""The base of every request and response body: camelCase msgspec structs that reject unknown fields."""

from collections.abc import Callable
from typing import Annotated, Any

import msgspec

NO_NUL = r"^[^\x00]*$"
"""Free text may hold anything but NUL, which PostgreSQL cannot store."""

LINE = r"^[^\x00-\x20\x7f-\x9f]([^\x00-\x1f\x7f-\x9f]*[^\x00-\x20\x7f-\x9f])?$"
"""One line of text for names and titles: no control characters, no spaces at either end."""

Text = Annotated[str, msgspec.Meta(pattern=NO_NUL)]
"""Free text; add a maximum where it is used: ``Annotated[Text, msgspec.Meta(max_length=...)]``."""

# What a response holds, bounded as its readers may rely on. What a request writes passed the
# stricter rules of its own type (a minimum, a pattern); reading it back needs only the bound.
Count = Annotated[int, msgspec.Meta(ge=0)]
"""A number of things: zero or more."""

Heading = Annotated[str, msgspec.Meta(max_length=200)]
"""A title or a name, as a response holds it."""

Prose = Annotated[str, msgspec.Meta(max_length=5000)]
"""A description or other text of a few paragraphs, as a response holds it."""

Paragraph = Annotated[str, msgspec.Meta(max_length=2000)]
"""A reason, an explanation or a note, as a response holds it."""

Positive = Annotated[int, msgspec.Meta(ge=1)]
"""A number of one or more: a position, a size, an amount."""


class Schema(msgspec.Struct, rename="camel", kw_only=True, forbid_unknown_fields=True):
    """A JSON body. Field names are snake_case in Python and lower camelCase on the wire."""


class InvalidParam(Schema):
    """One problem with the input, named after the field or parameter it concerns."""

    name: Annotated[str, msgspec.Meta(max_length=200, description="Het veld of de parameter.")]
    code: Annotated[str, msgspec.Meta(max_length=60, description="Een vaste code, bijvoorbeeld `required`.")]
    reason: Annotated[str, msgspec.Meta(max_length=500, description="Uitleg in het Nederlands.")]


class Problem(Schema):
    """An error, as RFC 9457 problem details."""

    type: Annotated[str, msgspec.Meta(max_length=200, description="URI die het soort probleem aanduidt.")]
    title: Annotated[
        str, msgspec.Meta(max_length=200, description="Korte samenvatting van het soort probleem.")
    ]
    status: Annotated[int, msgspec.Meta(ge=400, le=599, description="De HTTP-statuscode.")]
    detail: Annotated[str, msgspec.Meta(max_length=2000, description="Uitleg over dit geval.")]
    instance: Annotated[str, msgspec.Meta(max_length=2000, description="Het pad van het verzoek.")]
    code: Annotated[
        str, msgspec.Meta(max_length=60, description="Vaste code waarop een client kan handelen.")
    ]
    request_id: Annotated[
        str,
        msgspec.Meta(max_length=64, description="Kenmerk van het verzoek, ook in de logboeken."),
    ]
    invalid_params: (
        Annotated[list[InvalidParam], msgspec.Meta(max_length=100, description="Alle invoerfouten.")]
        | msgspec.UnsetType
    ) = msgspec.UNSET


def sent(data: msgspec.Struct, *fields: str) -> dict[str, Any]:
    """The fields of a partial update that the request sent (not ``UNSET``), by Python name: all of
    them, or those of ``fields``."""
    names = fields or data.__struct_fields__
    return {name: value for name in names if (value := getattr(data, name)) is not msgspec.UNSET}


def apply_sent(
    instance: object, data: msgspec.Struct, *fields: str, clean: Callable[[Any], Any] | None = None
) -> list[str]:
    """Set on ``instance`` each of ``fields`` the request sent, through ``clean`` if given; the
    names it set. Fields with rules of their own are handled one by one beside it."""
    changes = sent(data, *fields)
    for name, value in changes.items():
        setattr(instance, name, clean(value) if clean is not None else value)
    return list(changes)
