"""The one check every write of new content makes: is this person blocked here?"""

from uuid import UUID

from api.db.connection import Connection, Database
from api.lib.errors import Forbidden

_ACTIVE_BLOCK = """
SELECT reason, ends_at FROM posting_blocks
WHERE municipality_id = $1 AND account_id = $2 AND (ends_at IS NULL OR ends_at > now())
"""


async def ensure_may_post(db: Database | Connection, municipality_id: UUID, account_id: UUID) -> None:
    """Raise ``Forbidden(code="posting_blocked")`` if a beheerder blocked ``account_id`` from posting
    in ``municipality_id``; call it before a proposal, comment or support is written.

    ``db`` is the pool or, inside a unit of work, ``await uow.connection()``.
    """
    block = await db.fetchrow(_ACTIVE_BLOCK, municipality_id, account_id)
    if block is None:
        return
    until = (
        f" tot {block['ends_at'].strftime('%Y-%m-%d %H:%M')} UTC"
        if block["ends_at"] is not None
        else " tot nader order"
    )
    # The person hears why: moderation that tells people why also applies to blocks.
    raise Forbidden(
        f"De gemeente heeft u{until} uitgesloten van bijdragen: {block['reason']}",
        code="posting_blocked",
    )
