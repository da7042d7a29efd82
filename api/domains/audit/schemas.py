"""Bodies of the audit log endpoint."""

from datetime import datetime
from typing import Annotated, Any
from uuid import UUID

import msgspec

from api.lib.pagination import Items, Page
from api.lib.schema import Schema


class AuditEventRead(Schema):
    """Eén logregel: wie deed wat met welk object, wanneer, met welk resultaat."""

    id: UUID
    created_at: datetime
    actor_type: Annotated[str, msgspec.Meta(max_length=20, examples=["person", "client", "system"])]
    actor_id: Annotated[str, msgspec.Meta(max_length=100)] | None
    action: Annotated[str, msgspec.Meta(max_length=80, examples=["session.opened"])]
    object_type: Annotated[str, msgspec.Meta(max_length=40)]
    object_id: Annotated[str, msgspec.Meta(max_length=100)] | None
    result: Annotated[str, msgspec.Meta(max_length=20)]
    request_id: Annotated[str, msgspec.Meta(max_length=64)]
    details: dict[str, Any]


class AuditEventPage(Page):
    """Een pagina logregels, nieuwste eerst."""

    items: Items[AuditEventRead]
