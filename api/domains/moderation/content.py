"""The content moderation acts on: a comment, a proposal or an open poll answer, seen the same way."""

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any, TypeVar
from uuid import UUID

from api.db.connection import Connection, Database
from api.domains.accounts.people import person_json
from api.domains.clients.refs import client_name
from api.domains.moderation.models import ContentType

M = TypeVar("M")


@dataclass(frozen=True)
class ContentSql:
    """How moderation reads one kind of content: given by the domain that owns it, so moderation's
    own SQL never names another domain's tables (comments and ideas are still read here, below).

    ``find`` selects the fields of ``Content`` for the id ``$1``. ``joins`` are LEFT JOINs from a
    moderation row ``{t}`` (a report or decision, through its ``<type>_id`` column) to the content,
    with aliases of its own; ``read`` is the content as a ``ModeratedContent`` JSON over them."""

    find: str
    joins: str
    read: str


SQL: dict[ContentType, ContentSql] = {
    ContentType.COMMENT: ContentSql(
        find="""
        SELECT c.id, c.municipality_id, c.opgave_id, c.proposal_id, c.task_id, c.author_id, c.hidden,
               c.deleted_at IS NOT NULL AS deleted, left(c.body, 60) AS label
        FROM comments c WHERE c.id = $1""",
        joins="LEFT JOIN comments c ON c.id = {t}.comment_id LEFT JOIN accounts ca ON ca.id = c.author_id",
        read=f"""json_build_object(
    'type', 'comment', 'id', c.id, 'opgaveId', c.opgave_id, 'proposalId', c.proposal_id, 'taskId', c.task_id,
    'title', NULL,
    'text', left(c.body, 2000), 'author', {person_json("ca", "c.municipality_id")},
    'clientName', {client_name("c.author_client_id")},
    'hidden', c.hidden, 'hiddenReason', c.hidden_reason, 'deleted', c.deleted_at IS NOT NULL,
    'createdAt', c.created_at)""",
    ),
    ContentType.PROPOSAL: ContentSql(
        find="""
        SELECT p.id, p.municipality_id, p.opgave_id, NULL::uuid AS proposal_id, NULL::uuid AS task_id,
               p.author_id, p.hidden, false AS deleted, p.title AS label
        FROM proposals p WHERE p.id = $1""",
        joins="LEFT JOIN proposals p ON p.id = {t}.proposal_id LEFT JOIN accounts pa ON pa.id = p.author_id",
        read=f"""json_build_object(
    'type', 'proposal', 'id', p.id, 'opgaveId', p.opgave_id, 'proposalId', NULL, 'taskId', NULL, 'title', p.title,
    'text', left(p.body_text, 2000), 'author', {person_json("pa", "p.municipality_id")}, 'clientName', NULL,
    'hidden', p.hidden, 'hiddenReason', p.hidden_reason, 'deleted', false, 'createdAt', p.created_at)""",
    ),
}

NOUN = {ContentType.COMMENT: "reactie", ContentType.PROPOSAL: "idee", ContentType.POLL_ANSWER: "antwoord"}
THIS = {
    ContentType.COMMENT: "deze reactie",
    ContentType.PROPOSAL: "dit idee",
    ContentType.POLL_ANSWER: "dit antwoord",
}


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
    # Where it is on the site, when its domain says so (a poll answer: its poll's page).
    page: str | None = None

    @property
    def column(self) -> str:
        """The column of moderation tables that points at this content."""
        return f"{self.type.value}_id"

    @property
    def link(self) -> str:
        """Where the content is on the site."""
        if self.page is not None:
            return self.page
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
        if self.type is not ContentType.PROPOSAL and len(self.label) >= 60:
            label += "…"
        return f'uw {NOUN[self.type]} "{label}"'


async def find_content(db: Database | Connection, kind: ContentType, content_id: Any) -> Content | None:
    row = await db.fetchrow(SQL[kind].find, content_id)
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


# The columns of moderation tables that point at content, one per kind.
COLUMNS = tuple(f"{kind.value}_id" for kind in ContentType)


def content_of(values: Mapping[str, Any]) -> tuple[ContentType, UUID]:
    """The content a moderation row (report, decision) points at: exactly one of ``COLUMNS``."""
    for kind in ContentType:
        if (found := values[f"{kind.value}_id"]) is not None:
            return kind, found
    raise AssertionError("a moderation row points at one piece of content")


MODERATED: dict[ContentType, type[Any]] = {}
"""The model of each kind of content moderation can hide (``id``, ``hidden``, ``hidden_reason``).

The domains that own the content register their model (``@moderated(ContentType.COMMENT)``), so
moderation, which they build on to refuse a blocked person's posts, never imports them."""


def moderated(content_type: ContentType, sql: ContentSql | None = None) -> Callable[[type[M]], type[M]]:
    """Register the model of a kind of content, and (for a domain above moderation whose tables it
    may not name) how moderation reads it."""

    def register(model: type[M]) -> type[M]:
        MODERATED[content_type] = model
        if sql is not None:
            SQL[content_type] = sql
        return model

    return register
