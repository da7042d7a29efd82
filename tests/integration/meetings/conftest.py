"""An opgave of a municipality with staff to plan its meetings, and helpers to plan one."""

from dataclasses import dataclass
from datetime import timedelta
from typing import Any

import httpx
import pytest
from litestar import Litestar

from api.db.connection import Database
from api.lib.time import utcnow
from tests.factories import municipality, opgave
from tests.identities import person


@dataclass
class Town:
    town: dict[str, Any]
    staff: dict[str, Any]
    opgave: dict[str, Any]


@pytest.fixture
async def town(started_app: Litestar, db: Database) -> Town:
    row = await municipality(db)
    staff = await person(db, municipality_id=row["id"], role="medewerker")
    return Town(row, staff, await opgave(db, row["id"], staff["id"]))


def meeting_body(capacity: int = 20, *, in_hours: float = 72, **fields: Any) -> dict[str, Any]:
    starts = utcnow() + timedelta(hours=in_hours)
    return {
        "kind": "work_session",
        "title": "Werksessie banen op maat",
        "description": "We werken de eerste actielijn uit.",
        "startsAt": starts.isoformat().replace("+00:00", "Z"),
        "endsAt": (starts + timedelta(hours=2)).isoformat().replace("+00:00", "Z"),
        "location": "Gemeentehuis Putten, zaal 2",
        "capacity": capacity,
    } | fields


async def plan(client: httpx.AsyncClient, opgave_id: Any, **kwargs: Any) -> dict[str, Any]:
    response = await client.post(f"/api/v1/opgaven/{opgave_id}/meetings", json=meeting_body(**kwargs))
    assert response.status_code == 201, response.text
    found: dict[str, Any] = response.json()
    return found
