"""Writing to an opgave's timeline; other domains add their milestones through here."""

from typing import Any
from uuid import UUID

from api.db.uow import UnitOfWork, json_text
from api.lib.access import Person
from api.lib.ids import new_id

_INSERT = """
INSERT INTO timeline_events (id, municipality_id, opgave_id, kind, actor_id, title, details, object_type, object_id)
VALUES ($1, $2, $3, $4, $5, $6, $7::text::jsonb, $8, $9)
"""


def record(
    uow: UnitOfWork,
    *,
    municipality_id: UUID,
    opgave_id: UUID,
    kind: str,
    title: str,
    details: dict[str, Any] | None = None,
    object_type: str | None = None,
    object_id: UUID | None = None,
) -> None:
    """Add a milestone, in the transaction of the change it records."""
    actor = uow.principal
    uow.add_row(
        _INSERT,
        new_id(),
        municipality_id,
        opgave_id,
        kind,
        actor.account_id if isinstance(actor, Person) else None,
        title[:300],
        json_text(details or {}),
        object_type,
        object_id,
    )
