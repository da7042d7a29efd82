"""Writing an event: one row in the transaction of the change, so both commit or neither does."""

from dataclasses import dataclass
from typing import Protocol
from uuid import UUID

import msgspec

from api.db.connection import Connection
from api.db.uow import UnitOfWork
from api.domains.events.types import CommentEventData, EventType, ProposalEventData
from api.lib.access import Person, Principal
from api.lib.ids import new_id
from api.lib.schema import Schema
from api.settings import API_PREFIX

# The data goes in as text and is cast: the connection may be SQLAlchemy's (whose JSON codec takes
# text) or the pool's (whose codec encodes objects); a text parameter means the same on both.
_INSERT = """
INSERT INTO events (id, municipality_id, tx, type, subject, opgave_id, object_type, object_id, actor_id, data)
VALUES ($1, $2, pg_current_xact_id()::text::bigint, $3, $4, $5, $6, $7, $8, $9::text::jsonb)
"""


@dataclass(frozen=True)
class DomainEvent:
    """What happened: its type, the resource it is about (``subject`` is that resource's API path),
    and the data its type documents."""

    type: EventType
    municipality_id: UUID
    subject: str
    object_id: UUID
    data: Schema
    opgave_id: UUID | None = None
    actor_id: UUID | None = None

    def __post_init__(self) -> None:
        if not isinstance(self.data, self.type.data):
            raise TypeError(f"{self.type.name} carries {self.type.data.__name__}")
        if not self.subject.startswith("/"):
            raise ValueError("subject is the resource's path")


async def record(connection: Connection, event: DomainEvent) -> UUID:
    """Write ``event`` on ``connection``, inside the transaction that makes the change."""
    if not connection.is_in_transaction():
        raise RuntimeError("an event is written in the transaction of its change")
    event_id = new_id()
    await connection.execute(
        _INSERT,
        event_id,
        event.municipality_id,
        event.type.name,
        event.subject,
        event.opgave_id,
        event.type.object_type,
        event.object_id,
        event.actor_id,
        msgspec.json.encode(event.data).decode(),
    )
    return event_id


class InOpgave(Protocol):
    """A row that belongs to an opgave: what an event about it needs of it."""

    @property
    def id(self) -> UUID: ...
    @property
    def municipality_id(self) -> UUID: ...
    @property
    def opgave_id(self) -> UUID: ...


@dataclass(frozen=True)
class Ref:
    """A row of an opgave named by its ids, where the row itself is not at hand."""

    id: UUID
    municipality_id: UUID
    opgave_id: UUID


def about(
    kind: EventType, collection: str, row: InOpgave, data: Schema, *, actor_id: UUID | None
) -> DomainEvent:
    """An event about ``row``, the resource ``/<collection>/<row.id>``, in its municipality and opgave."""
    return DomainEvent(
        type=kind,
        municipality_id=row.municipality_id,
        subject=subject(collection, row.id),
        object_id=row.id,
        opgave_id=row.opgave_id,
        actor_id=actor_id,
        data=data,
    )


async def emit_about(uow: UnitOfWork, kind: EventType, collection: str, row: InOpgave, data: Schema) -> UUID:
    """Record an event about ``row`` (see ``about``), caused by the unit of work's principal."""
    return await record(
        await uow.connection(), about(kind, collection, row, data, actor_id=actor(uow.principal))
    )


def subject(collection: str, object_id: UUID) -> str:
    """The API path of a resource, the ``subject`` of events about it: ``/api/v1/proposals/<id>``."""
    return f"{API_PREFIX}/{collection}/{object_id}"


def actor(principal: Principal) -> UUID | None:
    """The person who caused an event, if a person did (kept for the timeline, never published)."""
    return principal.account_id if isinstance(principal, Person) else None


def proposal_event(
    kind: EventType,
    *,
    municipality_id: UUID,
    opgave_id: UUID,
    proposal_id: UUID,
    status: str,
    actor_id: UUID | None,
) -> DomainEvent:
    data = ProposalEventData(opgave_id=opgave_id, proposal_id=proposal_id, status=status)
    return about(kind, "proposals", Ref(proposal_id, municipality_id, opgave_id), data, actor_id=actor_id)


class CommentLike(InOpgave, Protocol):
    """What an event needs of a comment (the comments domain is above this one)."""

    @property
    def proposal_id(self) -> UUID | None: ...
    @property
    def task_id(self) -> UUID | None: ...
    @property
    def parent_id(self) -> UUID | None: ...


def comment_event(kind: EventType, comment: CommentLike, *, actor_id: UUID | None) -> DomainEvent:
    data = CommentEventData(
        opgave_id=comment.opgave_id,
        comment_id=comment.id,
        proposal_id=comment.proposal_id,
        task_id=comment.task_id,
        parent_id=comment.parent_id,
    )
    return about(kind, "comments", comment, data, actor_id=actor_id)
