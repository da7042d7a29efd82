"""A published opgave that takes ideas, in a town with staff and residents."""

from typing import Any

import pytest
from litestar import Litestar

from api.db.connection import Database
from api.lib.ids import new_id
from tests.factories import opgave as opgave_row
from tests.integration.opgaven.conftest import Town, town

__all__ = ["Town", "town"]


@pytest.fixture
async def opgave(started_app: Litestar, db: Database, town: Town) -> dict[str, Any]:
    """Published, exploring, with one action line."""
    row = await opgave_row(db, town.id, town.regisseur["id"])
    line_id = new_id()
    await db.fetchval(
        "INSERT INTO action_lines (id, municipality_id, opgave_id, title, position) VALUES ($1, $2, $3, $4, 1)",
        line_id,
        town.id,
        row["id"],
        "Ontmoeten in de wijk",
    )
    return row | {"action_line_id": line_id}
