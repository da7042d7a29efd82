"""Bodies of the webhook endpoints."""

from datetime import datetime
from typing import Annotated
from uuid import UUID

import msgspec

from api.domains.accounts.schemas import MunicipalitySlug
from api.domains.events.schemas import EventTypeName
from api.domains.events.types import ALL
from api.domains.webhooks.models import DeliveryStatus, SubscriptionStatus
from api.lib.pagination import Items, Page
from api.lib.schema import Count, Paragraph, Schema, Text

Url = Annotated[str, msgspec.Meta(min_length=8, max_length=500, pattern=r"^https?://[^\s]+$")]
EventTypes = Annotated[
    list[EventTypeName],
    msgspec.Meta(max_length=len(ALL), description="De soorten gebeurtenissen; leeg is alle soorten."),
]
Description = Annotated[Text, msgspec.Meta(max_length=200)]


class WebhookSubscriptionCreate(Schema):
    """Een adres van een systeem van de gemeente abonneren op gebeurtenissen."""

    municipality: MunicipalitySlug
    url: Annotated[Url, msgspec.Meta(description="Het https-adres dat de gebeurtenissen ontvangt.")]
    event_types: EventTypes = []
    opgave_id: Annotated[UUID | None, msgspec.Meta(description="Alleen over deze opgave.")] = None
    description: Description = ""


class WebhookSubscriptionUpdate(Schema):
    """Wijzigen, pauzeren of weer actief maken."""

    status: (
        Annotated[
            SubscriptionStatus,
            msgspec.Meta(description="`active` of `paused`; `ended` zet alleen de ontvanger (410)."),
        ]
        | msgspec.UnsetType
    ) = msgspec.UNSET
    event_types: EventTypes | msgspec.UnsetType = msgspec.UNSET
    opgave_id: UUID | msgspec.UnsetType | None = msgspec.UNSET
    description: Description | msgspec.UnsetType = msgspec.UNSET


class WebhookSubscriptionRead(Schema):
    id: UUID
    municipality_id: UUID
    url: Url
    event_types: EventTypes
    opgave_id: UUID | None
    description: Description
    status: SubscriptionStatus
    status_reason: Paragraph
    owner: Annotated[str, msgspec.Meta(max_length=20, description="`person` of `client`.")]
    created_at: datetime
    updated_at: datetime


class WebhookSubscriptionCreated(WebhookSubscriptionRead):
    """Het abonnement, met het geheim waarmee de ontvanger handtekeningen controleert (alleen nu)."""

    secret: Annotated[
        str,
        msgspec.Meta(
            max_length=100,
            description="Het Standard Webhooks-geheim (`whsec_…`); wordt niet nog eens getoond.",
        ),
    ]


class WebhookSubscriptionPage(Page):
    items: Items[WebhookSubscriptionRead]


class WebhookDeliveryRead(Schema):
    """Eén gebeurtenis voor één abonnement: het bezorglogboek."""

    id: UUID
    subscription_id: UUID
    event_id: UUID
    event_type: Annotated[str, msgspec.Meta(max_length=100)]
    status: DeliveryStatus
    attempts: Count
    next_attempt_at: datetime
    last_attempt_at: datetime | None
    last_status_code: Annotated[int, msgspec.Meta(ge=100, le=599)] | None
    last_error: Annotated[str, msgspec.Meta(max_length=500)]
    delivered_at: datetime | None
    created_at: datetime


class WebhookDeliveryPage(Page):
    items: Items[WebhookDeliveryRead]


class WebhookRetryRead(Schema):
    delivery: WebhookDeliveryRead
