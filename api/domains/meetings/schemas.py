"""Bodies of the meeting endpoints."""

from datetime import datetime
from typing import Annotated
from uuid import UUID

import msgspec

from api.domains.meetings.models import MeetingKind, MeetingStatus, RegistrationStatus
from api.lib.pagination import Items, Page
from api.lib.schema import LINE, Count, Heading, Positive, Prose, Schema, Text

Title = Annotated[str, msgspec.Meta(min_length=3, max_length=200, pattern=LINE)]
Description = Annotated[Text, msgspec.Meta(max_length=5000)]
Location = Annotated[
    str, msgspec.Meta(max_length=300, pattern=r"^[^\x00-\x1f\x7f]*$", description="Adres of zaal.")
]
# A moment in time as the contract states it (msgspec checks RFC 3339 with an offset).
Moment = Annotated[datetime, msgspec.Meta(extra_json_schema={"format": "date-time"})]
OnlineUrl = Annotated[
    str,
    msgspec.Meta(
        max_length=500,
        pattern=r"^(https://[^\s\x00-\x1f\x7f]+)?$",
        description="Link om online mee te doen (https).",
    ),
]
Capacity = Annotated[int, msgspec.Meta(ge=1, le=10000, description="Aantal plaatsen.")]
Record = Annotated[Text, msgspec.Meta(max_length=20000)]


class MeetingCreate(Schema):
    """Een bijeenkomst plannen: een tijd, een plaats of link (of beide), en een aantal plaatsen."""

    kind: MeetingKind
    title: Title
    starts_at: Moment
    ends_at: Moment
    capacity: Capacity
    description: Description = ""
    location: Location = ""
    online_url: OnlineUrl = ""
    reflection_id: Annotated[
        UUID | None,
        msgspec.Meta(description="Bij een reflectiemoment: het moment waarvan dit de bijeenkomst is."),
    ] = None


class MeetingUpdate(Schema):
    """Wijzigen of afzeggen, en achteraf de aantekeningen en besluiten vastleggen."""

    title: Title | msgspec.UnsetType = msgspec.UNSET
    description: Description | msgspec.UnsetType = msgspec.UNSET
    starts_at: Moment | msgspec.UnsetType = msgspec.UNSET
    ends_at: Moment | msgspec.UnsetType = msgspec.UNSET
    location: Location | msgspec.UnsetType = msgspec.UNSET
    online_url: OnlineUrl | msgspec.UnsetType = msgspec.UNSET
    capacity: Capacity | msgspec.UnsetType = msgspec.UNSET
    status: MeetingStatus | msgspec.UnsetType = msgspec.UNSET
    notes: Record | msgspec.UnsetType = msgspec.UNSET
    decisions: Record | msgspec.UnsetType = msgspec.UNSET


class MyRegistration(Schema):
    """Mijn aanmelding voor deze bijeenkomst."""

    id: UUID
    status: RegistrationStatus
    waiting_position: Positive | None


class MeetingRead(Schema):
    """Een bijeenkomst van een opgave."""

    id: UUID
    opgave_id: UUID
    kind: MeetingKind
    title: Heading
    description: Prose
    starts_at: datetime
    ends_at: datetime
    location: Annotated[str, msgspec.Meta(max_length=300)]
    online_url: Annotated[str, msgspec.Meta(max_length=500)]
    capacity: Positive
    registered_count: Count
    waiting_count: Count
    status: MeetingStatus
    reflection_id: UUID | None
    notes: Annotated[str, msgspec.Meta(max_length=20000)]
    decisions: Annotated[str, msgspec.Meta(max_length=20000)]
    calendar_url: Annotated[str, msgspec.Meta(max_length=300, description="De bijeenkomst als .ics.")]
    my_registration: MyRegistration | None
    created_at: datetime
    updated_at: datetime


class MeetingPage(Page):
    """Bijeenkomsten, eerstvolgende eerst."""

    items: Items[MeetingRead]


class RegistrationRead(Schema):
    """Een aanmelding: een plaats, of een plek op de wachtlijst."""

    id: UUID
    meeting_id: UUID
    status: RegistrationStatus
    waiting_position: Positive | None
    created_at: datetime
