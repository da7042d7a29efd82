"""Ideas as other domains' queries show them, in SQL: the one place that names their table."""

from uuid import UUID

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from api.domains.proposals.models import Proposal
from api.lib.errors import InvalidInput


async def check_of_opgave(session: AsyncSession, opgave_id: UUID, proposal_ids: list[UUID]) -> None:
    """400 ``unknown_proposal`` at each of ``proposal_ids`` (``proposalIds[i]``) that is not an idea
    of the opgave, for a row of another domain that links ideas."""
    found = set(
        await session.scalars(
            select(Proposal.id).where(Proposal.id.in_(proposal_ids), Proposal.opgave_id == opgave_id)
        )
    )
    if missing := [i for i, p in enumerate(proposal_ids) if p not in found]:
        raise InvalidInput.each(
            "Niet alle ideeën horen bij deze opgave; zie invalidParams.",
            [f"proposalIds[{i}]" for i in missing],
            "unknown_proposal",
            "Dit idee hoort niet bij de opgave.",
        )


def linked_proposals(link_table: str, owner_column: str, owner_id: str) -> str:
    """``[{id, title, status}]`` of the ideas that ``link_table`` (with ``proposal_id``) ties to
    ``owner_id`` (an SQL expression) through ``owner_column``, oldest first. A hidden idea keeps its
    place, not its title, for those who may not read it: the one rule, with ``$viewer`` and ``$staff``."""
    return (
        "coalesce((SELECT json_agg(json_build_object("
        "'id', idea_.id, 'title', proposal_title(idea_, $viewer, $staff), 'status', idea_.status)"
        " ORDER BY idea_.created_at)"
        f" FROM {link_table} link_ JOIN proposals idea_ ON idea_.id = link_.proposal_id"
        f" WHERE link_.{owner_column} = {owner_id}), '[]')"
    )
