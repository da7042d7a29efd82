"""Rows for tests, with unique names so tests can share one database."""

import itertools
import uuid
from typing import Any

from api.db.connection import Database
from api.lib.ids import new_id

# CBS codes 5000-9999 are free in the tests; the demo uses real ones (0273, 0344).
_cbs_codes = itertools.count(5000)


def unique(prefix: str) -> str:
    return f"{prefix}-{uuid.uuid4().hex[:10]}"


async def municipality(db: Database, **fields: Any) -> dict[str, Any]:
    """Insert a municipality and return its row."""
    values = {
        "id": new_id(),
        "slug": unique("gemeente"),
        "name": unique("Gemeente"),
        "cbs_code": f"GM{next(_cbs_codes):04d}",
        "description": "Een gemeente voor een test.",
        "theme": {"baseTheme": "voorbeeld", "tokens": {}},
    } | fields
    row = await db.fetchrow(
        """
        INSERT INTO municipalities (id, slug, name, cbs_code, description, theme)
        VALUES ($1, $2, $3, $4, $5, $6) RETURNING *
        """,
        values["id"],
        values["slug"],
        values["name"],
        values["cbs_code"],
        values["description"],
        values["theme"],
    )
    assert row is not None
    return dict(row)


async def opgave(
    db: Database, municipality_id: Any, procesregisseur_id: Any, *, published: bool = True, **fields: Any
) -> dict[str, Any]:
    """Insert an opgave (with its procesregisseur on the team) and return its row."""
    values = {
        "id": new_id(),
        "slug": unique("opgave"),
        "title": fields.pop("title", unique("Opgave")),
        "summary": "",
        "formulation": "",
        "phase": "exploring",
    } | fields
    row = await db.fetchrow(
        """
        INSERT INTO opgaven (id, municipality_id, slug, title, summary, formulation, phase, procesregisseur_id, published)
        VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING *
        """,
        values["id"],
        municipality_id,
        values["slug"],
        values["title"],
        values["summary"],
        values["formulation"],
        values["phase"],
        procesregisseur_id,
        published,
    )
    await db.fetchval(
        """INSERT INTO opgave_members (id, municipality_id, opgave_id, account_id, role, status)
           VALUES ($1, $2, $3, $4, 'procesregisseur', 'active')""",
        new_id(),
        municipality_id,
        values["id"],
        procesregisseur_id,
    )
    assert row is not None
    return dict(row)
