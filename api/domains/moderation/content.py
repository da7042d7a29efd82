"""The content moderation acts on: a comment or a proposal, seen the same way."""

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, TypeVar
from uuid import UUID

from api.db.connection import Connection, Database
from api.domains.moderation.models import ContentType

M = TypeVar("M")

_FIND = {
    ContentType.COMMENT: """
        SELECT c.id, c.municipality_id, c.opgave_id, c.proposal_id, c.task_id, c.author_id, c.hidden,
               c.deleted_at IS NOT NULL AS deleted, left(c.body, 60) AS label
        FROM comments c WHERE c.id = $1""",
    ContentType.PROPOSAL: """
        SELECT p.id, p.municipality_id, p.opgave_id, NULL::uuid AS proposal_id, NULL::uuid AS task_id,
               p.author_id, p.hidden, false AS deleted, p.title AS label
        FROM proposals p WHERE p.id = $1""",
}

NOUN = {ContentType.COMMENT: "reactie", ContentType.PROPOSAL: "idee"}


@dataclass(frozen=True)
class Content:
    """What the rules need to know of a comment or proposal."""

    type: ContentType
    id: UUID
    municipality_id: UUID
    opgave_id: UUID
    proposal_id: UUID | None
    task_id: UUID | None
    # None for a comment the municipality wrote itself (through one of its systems).
    author_id: UUID | None
    hidden: bool
    deleted: bool
    # A proposal's title, or the start of a comment: to say in a notification what it was about.
    label: str

    @property
    def column(self) -> str:
        """The column of moderation tables that points at this content."""
        return f"{self.type.value}_id"

    @property
    def link(self) -> str:
        """Where the content is on the site."""
        if self.type is ContentType.PROPOSAL:
            return f"/ideeen/{self.id}"
        anchor = f"#reactie-{self.id}"
        if self.proposal_id is not None:
            return f"/ideeen/{self.proposal_id}{anchor}"
        if self.task_id is not None:
            return f"/taken/{self.task_id}{anchor}"
        return f"/opgaven/{self.opgave_id}{anchor}"

    def describe(self) -> str:
        """``uw idee "Titel"`` or ``uw reactie "Het begin…"``, for the author."""
        label = " ".join(self.label.split())
        if self.type is ContentType.COMMENT and len(self.label) >= 60:
            label += "…"
        return f'uw {NOUN[self.type]} "{label}"'


async def find_content(db: Database | Connection, kind: ContentType, content_id: Any) -> Content | None:
    row = await db.fetchrow(_FIND[kind], content_id)
    return Content(type=kind, **dict(row)) if row is not None else None


# Who has taken part in a municipality: written an idea or a comment there, or holds a role there.
# A beheerder may block only them, so that a block (whose list shows the address) never tells a
# beheerder whether an address, or an account seen elsewhere, exists on the platform.
_PARTICIPANT = """
    SELECT a.id FROM accounts a
    WHERE a.deleted_at IS NULL AND {match}
      AND (EXISTS (SELECT 1 FROM proposals p WHERE p.author_id = a.id AND p.municipality_id = $1)
           OR EXISTS (SELECT 1 FROM comments c WHERE c.author_id = a.id AND c.municipality_id = $1)
           OR EXISTS (SELECT 1 FROM role_assignments r WHERE r.account_id = a.id AND r.municipality_id = $1))"""


async def participant(
    db: Database | Connection,
    municipality_id: UUID,
    *,
    email: str | None = None,
    account_id: UUID | None = None,
) -> UUID | None:
    """The account, by address or id, of someone who has taken part in the municipality."""
    if email is not None:
        found = await db.fetchval(
            _PARTICIPANT.format(match="lower(a.email) = lower($2)"), municipality_id, email
        )
    else:
        found = await db.fetchval(_PARTICIPANT.format(match="a.id = $2"), municipality_id, account_id)
    return found if isinstance(found, UUID) else None


def content_of(comment_id: UUID | None, proposal_id: UUID | None) -> tuple[ContentType, UUID]:
    """The content a moderation row (report, decision) points at: exactly one of the two."""
    if comment_id is not None:
        return ContentType.COMMENT, comment_id
    assert proposal_id is not None
    return ContentType.PROPOSAL, proposal_id


MODERATED: dict[ContentType, type[Any]] = {}
"""The model of each kind of content moderation can hide (``id``, ``hidden``, ``hidden_reason``).

The domains that own the content register their model (``@moderated(ContentType.COMMENT)``), so
moderation, which they build on to refuse a blocked person's posts, never imports them."""


def moderated(content_type: ContentType) -> Callable[[type[M]], type[M]]:
    def register(model: type[M]) -> type[M]:
        MODERATED[content_type] = model
        return model

    return register
