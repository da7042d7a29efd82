"""Writing to an opgave's timeline; other domains add their milestones through here."""

from typing import Any
from uuid import UUID

from api.db.uow import UnitOfWork
from api.domains.opgaven.models import TimelineEvent
from api.lib.access import Person


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
    uow.session.add(
        TimelineEvent(
            municipality_id=municipality_id,
            opgave_id=opgave_id,
            kind=kind,
            actor_id=actor.account_id if isinstance(actor, Person) else None,
            title=title[:300],
            details=details or {},
            object_type=object_type,
            object_id=object_id,
        )
    )
