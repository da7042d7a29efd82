"""The change feed's body: CloudEvents 1.0 in their JSON format (the NL GOV profile)."""

from datetime import datetime
from typing import Annotated, Any, Literal
from uuid import UUID

import msgspec

from api.domains.events.types import NAMES
from api.lib.pagination import Items, Page
from api.lib.schema import Schema

EventTypeName = Literal[NAMES]  # type: ignore[valid-type]


class CloudEventRead(Schema):
    """Een gebeurtenis als CloudEvent 1.0 (NL GOV-profiel). De attribuutnamen zijn die van de
    CloudEvents-specificatie (kleine letters), niet camelCase."""

    specversion: Literal["1.0"]
    id: Annotated[UUID, msgspec.Meta(description="Blijvend kenmerk; gelijk bij elke herbezorging.")]
    source: Annotated[
        str,
        msgspec.Meta(
            max_length=200,
            description="URN van gemeente en systeem, zoals `urn:nld:gemeente-utrecht:samenspel`.",
        ),
    ]
    type: Annotated[EventTypeName, msgspec.Meta(description="Het soort gebeurtenis (omgekeerde DNS-naam).")]
    subject: Annotated[str, msgspec.Meta(max_length=200, description="Het API-pad van de bron.")]
    time: datetime
    datacontenttype: Literal["application/json"]
    data: Annotated[
        dict[str, Any],
        msgspec.Meta(description="De gegevens van dit soort gebeurtenis; zie de beschrijving van de feed."),
    ]


class EventPage(Page):
    """Gebeurtenissen, oudste eerst."""

    items: Items[CloudEventRead]
    resume_cursor: Annotated[
        str,
        msgspec.Meta(
            max_length=500,
            description=(
                "Altijd gezet: de cursor om later verder te lezen na de laatste gebeurtenis van deze pagina "
                "(of dezelfde als er niets nieuws was). Een systeem dat de feed volgt, bewaart deze."
            ),
        ),
    ]
