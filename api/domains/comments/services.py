"""Comments: posting, replying, editing shortly after, deleting. The rules live here."""

from datetime import timedelta
from uuid import UUID

import msgspec
from sqlalchemy import delete, func, select

from api.db.uow import UnitOfWork
from api.domains.clients.refs import client_row_id
from api.domains.comments.models import Comment, CommentRevision
from api.domains.comments.schemas import CommentCreate, CommentUpdate
from api.domains.events import outbox
from api.domains.events import types as event_types
from api.domains.moderation import ensure_may_post
from api.domains.municipalities.refs import municipality_name
from api.domains.notifications.models import NotificationKind
from api.domains.notifications.services import notify
from api.domains.opgaven.guards import opgave_of
from api.domains.proposals.guards import ProposalFacts
from api.lib.access import Client, Person, Target
from api.lib.errors import Conflict, Forbidden, InvalidInput, NotFound
from api.lib.ids import new_id
from api.lib.time import utcnow

# Enough to fix a typo now and then; beyond that, write a new comment.
MAX_EDITS = 20


def _clean(body: str) -> str:
    """Plain text with its line breaks; a comment of only spaces is no comment."""
    lines = [line.rstrip() for line in body.replace("\r\n", "\n").replace("\r", "\n").split("\n")]
    text = "\n".join(lines).strip("\n")
    if not text.strip():
        raise InvalidInput.one("body", "required", "Schrijf een reactie.")
    return text


class CommentService:
    def __init__(self, uow: UnitOfWork, edit_minutes: int) -> None:
        self.uow = uow
        self.edit_window = timedelta(minutes=edit_minutes)

    async def _author(self, municipality_id: UUID) -> tuple[dict[str, UUID], str]:
        """Who writes: a person (who may be blocked from posting), or the municipality itself through
        one of its systems; as the row's author columns, with the name a notification gives."""
        principal = self.uow.principal
        connection = await self.uow.connection()
        if isinstance(principal, Client):
            row = await connection.fetchrow(
                f"SELECT {client_row_id('$1', '$2::uuid')} AS id, {municipality_name('$2::uuid')} AS municipality",
                principal.client_id,
                municipality_id,
            )
            if row is None or row["id"] is None:  # the guard lets through only a client of this municipality
                raise Forbidden("Dit systeem hoort niet bij deze gemeente.")
            return {"author_client_id": row["id"]}, f"Gemeente {row['municipality']}"
        assert isinstance(principal, Person)
        await ensure_may_post(connection, municipality_id, principal.account_id)
        return {"author_id": principal.account_id}, principal.display_name

    async def post(
        self,
        target: Target,
        data: CommentCreate,
        *,
        proposal_id: UUID | None = None,
        task_id: UUID | None = None,
    ) -> UUID:
        """A comment on the opgave of ``target``, or on one of its proposals or tasks, by a person or
        in the municipality's name."""
        assert target.municipality_id is not None
        author, author_name = await self._author(target.municipality_id)
        proposal = target.fact_or_none(ProposalFacts)
        if proposal is not None and proposal.hidden:
            raise Conflict("Op een verborgen idee kunt u niet reageren.", code="not_commentable")
        parent: Comment | None = None
        if data.parent_id is not None:
            parent = await self.uow.session.get(Comment, data.parent_id)
            same_place = parent is not None and (parent.opgave_id, parent.proposal_id, parent.task_id) == (
                opgave_of(target).opgave_id,
                proposal_id,
                task_id,
            )
            if parent is None or not same_place:
                raise InvalidInput.one(
                    "parentId", "unknown_comment", "Die reactie staat niet bij dit onderwerp."
                )
            if parent.parent_id is not None:
                raise InvalidInput.one(
                    "parentId",
                    "nested_reply",
                    "Antwoord op de reactie zelf: antwoorden gaan één niveau diep.",
                )
            if parent.deleted_at is not None or parent.hidden:
                raise Conflict(
                    "Op een verwijderde of verborgen reactie kunt u niet antwoorden.", code="not_commentable"
                )
        comment = Comment(
            id=new_id(),
            municipality_id=target.municipality_id,
            opgave_id=opgave_of(target).opgave_id,
            proposal_id=proposal_id,
            task_id=task_id,
            parent_id=data.parent_id,
            **author,
            body=_clean(data.body),
            stance=data.stance,
        )
        self.uow.session.add(comment)
        if parent is not None and parent.author_id is not None:
            notify(
                self.uow,
                parent.author_id,
                NotificationKind.COMMENT_REPLIED,
                title=f"{author_name} antwoordde op uw reactie",
                body=comment.body[:500],
                link=_link(comment),
                municipality_id=target.municipality_id,
                object_type="comment",
                object_id=comment.id,
            )
        await outbox.record(
            await self.uow.connection(),
            outbox.comment_event(event_types.COMMENT_POSTED, comment, actor_id=comment.author_id),
        )
        self.uow.audit("comment.posted", "comment", comment.id, target.municipality_id)
        return comment.id

    async def _locked(self, comment_id: UUID) -> Comment:
        comment = await self.uow.locked(Comment, comment_id, "Deze reactie bestaat niet.")
        if comment.deleted_at is not None:
            raise NotFound("Deze reactie bestaat niet.")
        return comment

    async def edit(self, comment_id: UUID, data: CommentUpdate) -> None:
        comment = await self._locked(comment_id)
        if comment.author_id is not None:
            await ensure_may_post(await self.uow.connection(), comment.municipality_id, comment.author_id)
        if utcnow() > comment.created_at + self.edit_window:
            raise Conflict(
                "Een reactie kan alleen kort na het plaatsen worden gewijzigd.", code="edit_window_closed"
            )
        if comment.hidden:
            raise Conflict("Een verborgen reactie kunt u niet wijzigen.", code="hidden")
        edits = await self.uow.session.scalar(
            select(func.count()).select_from(CommentRevision).where(CommentRevision.comment_id == comment.id)
        )
        if (edits or 0) >= MAX_EDITS:
            raise Conflict(
                "Deze reactie is al vaak gewijzigd; plaats een nieuwe reactie.", code="too_many_edits"
            )
        body = _clean(data.body) if data.body is not msgspec.UNSET else comment.body
        stance = data.stance if data.stance is not msgspec.UNSET else comment.stance
        if (body, stance) == (comment.body, comment.stance):
            return
        # The text as it was stays, so a reply never loses what it answered.
        self.uow.session.add(
            CommentRevision(
                municipality_id=comment.municipality_id,
                comment_id=comment.id,
                body=comment.body,
                stance=comment.stance,
            )
        )
        comment.body, comment.stance, comment.edited_at = body, stance, utcnow()
        self.uow.audit("comment.edited", "comment", comment.id, comment.municipality_id)

    async def delete(self, comment_id: UUID) -> None:
        """Gone entirely, unless replies hang from it: then its place stays, empty and marked deleted."""
        comment = await self._locked(comment_id)
        if comment.reply_count > 0:
            comment.deleted_at = utcnow()
            comment.body, comment.stance = "", None
            # What the author took back goes entirely, earlier versions included.
            await self.uow.session.execute(
                delete(CommentRevision).where(CommentRevision.comment_id == comment.id)
            )
        else:
            await self.uow.session.delete(comment)
        self.uow.audit("comment.deleted", "comment", comment.id, comment.municipality_id)


def _link(comment: Comment) -> str:
    if comment.proposal_id is not None:
        return f"/ideeen/{comment.proposal_id}#reactie-{comment.id}"
    if comment.task_id is not None:
        return f"/taken/{comment.task_id}#reactie-{comment.id}"
    return f"/opgaven/{comment.opgave_id}#reactie-{comment.id}"
