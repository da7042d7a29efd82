"""Bodies of the notification endpoints."""

from datetime import datetime
from typing import Annotated
from uuid import UUID

import msgspec

from api.domains.notifications.models import NotificationKind
from api.lib.pagination import Items, Page
from api.lib.schema import Paragraph, Schema


class NotificationRead(Schema):
    """Iets dat gebeurde en mij aangaat."""

    id: UUID
    kind: NotificationKind
    title: Annotated[str, msgspec.Meta(max_length=300)]
    body: Paragraph
    link: Annotated[
        str, msgspec.Meta(max_length=300, description="Een pad op de site, zoals `/ideeen/<id>`.")
    ]
    object_type: Annotated[str, msgspec.Meta(max_length=40)] | None
    object_id: UUID | None
    municipality_id: UUID | None
    read: bool
    read_at: datetime | None
    created_at: datetime


class NotificationPage(Page):
    """Mijn meldingen, nieuwste eerst."""

    items: Items[NotificationRead]
    unread_count: Annotated[
        int, msgspec.Meta(ge=0, description="Hoeveel van al mijn meldingen ongelezen zijn.")
    ]


class NotificationUpdate(Schema):
    """Een melding als gelezen of ongelezen markeren."""

    read: bool


class NotificationReadMarkerCreate(Schema):
    """Alle meldingen als gelezen markeren, tot nu of tot een moment."""

    up_to: (
        Annotated[
            datetime,
            msgspec.Meta(
                tz=True,
                description=(
                    "Alleen meldingen van vóór of op dit moment, zodat wat binnenkwam nadat u de lijst zag "
                    "ongelezen blijft; zonder: alle."
                ),
            ),
        ]
        | msgspec.UnsetType
    ) = msgspec.UNSET


class NotificationReadMarkerRead(Schema):
    marked: Annotated[int, msgspec.Meta(ge=0, description="Hoeveel meldingen nu gelezen zijn geworden.")]
    read_at: datetime
