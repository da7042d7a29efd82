"""An opgave with an idea by a resident, staff, and a stranger: the people files are about."""

from dataclasses import dataclass
from typing import Any

import pytest
from litestar import Litestar

from api.db.connection import Database
from tests.content_factories import proposal
from tests.factories import municipality, opgave
from tests.identities import person


@dataclass
class Place:
    town: dict[str, Any]
    staff: dict[str, Any]
    author: dict[str, Any]
    other: dict[str, Any]
    opgave: dict[str, Any]
    proposal: dict[str, Any]


@pytest.fixture
async def place(started_app: Litestar, db: Database) -> Place:
    town = await municipality(db)
    staff = await person(db, municipality_id=town["id"], role="medewerker")
    author = await person(db)
    other = await person(db)
    row = await opgave(db, town["id"], staff["id"])
    idea = await proposal(db, row, author["id"])
    return Place(town, staff, author, other, row, idea)


def upload_path(subject_type: str, subject_id: Any) -> str:
    return f"/api/v1/attachments?subjectType={subject_type}&subjectId={subject_id}"
