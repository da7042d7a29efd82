"""Proposals, comments and notifications for tests, inserted straight into their tables."""

from typing import Any
from uuid import UUID

from api.db.connection import Database
from api.lib.ids import new_id
from tests.factories import unique


async def proposal(db: Database, opgave: dict[str, Any], author_id: UUID, **fields: Any) -> dict[str, Any]:
    """A proposal on ``opgave`` by ``author_id``; returns its row."""
    title = fields.get("title", unique("Idee"))
    row = await db.fetchrow(
        """INSERT INTO proposals (id, municipality_id, opgave_id, title, body, body_text, author_id)
           VALUES ($1, $2, $3, $4, $5, $5, $6) RETURNING *""",
        new_id(),
        opgave["municipality_id"],
        opgave["id"],
        title,
        fields.get("body", "Een buurtkamer waar werkzoekenden en werkgevers elkaar treffen."),
        author_id,
    )
    assert row is not None
    return dict(row)


async def comment(
    db: Database,
    opgave: dict[str, Any],
    author_id: UUID,
    *,
    proposal_id: UUID | None = None,
    body: str = "Goed idee, maar wie betaalt de huur?",
) -> dict[str, Any]:
    """A comment on ``opgave`` (or on one of its proposals) by ``author_id``; returns its row."""
    row = await db.fetchrow(
        """INSERT INTO comments (id, municipality_id, opgave_id, proposal_id, author_id, body)
           VALUES ($1, $2, $3, $4, $5, $6) RETURNING *""",
        new_id(),
        opgave["municipality_id"],
        opgave["id"],
        proposal_id,
        author_id,
        body,
    )
    assert row is not None
    return dict(row)


async def notification(
    db: Database,
    account_id: UUID,
    *,
    kind: str = "proposal_answered",
    title: str | None = None,
    body: str = "",
    link: str = "/ideeen/1",
    municipality_id: UUID | None = None,
    mail_wanted: bool | None = None,
    created_at: Any = None,
) -> dict[str, Any]:
    """A notification as ``notify`` writes it (mailed kinds want mail); returns its row."""
    row = await db.fetchrow(
        """INSERT INTO notifications (id, account_id, municipality_id, kind, title, body, link, mail_wanted, created_at)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8, coalesce($9, now())) RETURNING *""",
        new_id(),
        account_id,
        municipality_id,
        kind,
        title or unique("Melding"),
        body,
        link,
        mail_wanted if mail_wanted is not None else kind != "proposal_on_followed",
        created_at,
    )
    assert row is not None
    return dict(row)
