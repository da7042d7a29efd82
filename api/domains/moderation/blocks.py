"""Posting blocks: a beheerder keeps a person from posting in their municipality, for a while or
until lifted. ``posting.ensure_may_post`` is where the block takes effect."""

from uuid import UUID

import msgspec
from sqlalchemy import delete
from sqlalchemy.exc import IntegrityError

from api.db.errors import violated_constraint
from api.db.uow import UnitOfWork
from api.domains.moderation.content import participant
from api.domains.moderation.models import PostingBlock
from api.domains.moderation.schemas import PostingBlockCreate
from api.lib.access import Person
from api.lib.errors import Conflict, InvalidInput
from api.lib.schema import InvalidParam
from api.lib.time import utcnow

_ALREADY = "Deze persoon is hier al uitgesloten; hef die uitsluiting eerst op."


class PostingBlockService:
    def __init__(self, uow: UnitOfWork) -> None:
        self.uow = uow

    async def _account(self, municipality_id: UUID, data: PostingBlockCreate) -> UUID:
        given_email = data.email is not msgspec.UNSET
        given_id = data.account_id is not msgspec.UNSET
        if given_email == given_id:
            reason = "Noem óf het e-mailadres óf het account."
            raise InvalidInput(
                reason,
                invalid_params=[
                    InvalidParam(name="email", code="one_of", reason=reason),
                    InvalidParam(name="accountId", code="one_of", reason=reason),
                ],
            )
        account_id = await participant(
            await self.uow.connection(),
            municipality_id,
            email=data.email.strip() if isinstance(data.email, str) else None,
            account_id=data.account_id if isinstance(data.account_id, UUID) else None,
        )
        if account_id is None:
            name = "email" if given_email else "accountId"
            raise InvalidInput.one(
                name,
                "unknown_account",
                "Niemand die hier meedoet (met een idee, reactie of rol) past hierbij.",
            )
        return account_id

    async def block(self, municipality_id: UUID, data: PostingBlockCreate) -> UUID:
        actor = self.uow.principal
        assert isinstance(actor, Person)
        account_id = await self._account(municipality_id, data)
        if account_id == actor.account_id:
            raise InvalidInput.one("accountId", "self", "U kunt uzelf niet uitsluiten.")
        ends_at = data.ends_at if not isinstance(data.ends_at, msgspec.UnsetType) else None
        if ends_at is not None and ends_at <= utcnow():
            raise InvalidInput.one("endsAt", "in_the_past", "Kies een moment in de toekomst.")
        existing = await self.uow.lock_where(
            PostingBlock,
            PostingBlock.municipality_id == municipality_id,
            PostingBlock.account_id == account_id,
        )
        if existing is not None:
            if existing.ends_at is None or existing.ends_at > utcnow():
                raise Conflict(_ALREADY, code="already_blocked")
            # An expired block makes room for the new one; the audit log remembers it.
            await self.uow.session.delete(existing)
            await self.uow.session.flush()
        block = PostingBlock(
            municipality_id=municipality_id,
            account_id=account_id,
            reason=data.reason.strip(),
            ends_at=ends_at,
            blocked_by_id=actor.account_id,
        )
        self.uow.session.add(block)
        try:
            await self.uow.session.flush()
        except IntegrityError as error:
            if violated_constraint(error) == "uq_posting_blocks_municipality_id_account_id":
                raise Conflict(_ALREADY, code="already_blocked") from None
            raise
        self.uow.audit(
            "posting_block.created",
            "posting_block",
            block.id,
            municipality_id,
            {"accountId": str(account_id), "endsAt": ends_at.isoformat() if ends_at else None},
        )
        return block.id

    async def lift(self, block_id: UUID) -> None:
        block = await self.uow.locked(PostingBlock, block_id, "Deze uitsluiting bestaat niet.")
        await self.uow.session.execute(delete(PostingBlock).where(PostingBlock.id == block.id))
        self.uow.audit(
            "posting_block.lifted",
            "posting_block",
            block.id,
            block.municipality_id,
            {"accountId": str(block.account_id)},
        )
