"""A published opgave of a municipality, its staff, and the body of a poll with one question of each kind."""

from dataclasses import dataclass
from typing import Any

import httpx
import pytest
from litestar import Litestar

from api.db.connection import Database
from tests.factories import municipality, opgave
from tests.identities import person


@dataclass
class Town:
    town: dict[str, Any]
    opgave: dict[str, Any]
    staff: dict[str, Any]


@pytest.fixture
async def town(started_app: Litestar, db: Database) -> Town:
    place = await municipality(db)
    staff = await person(db, municipality_id=place["id"], role="medewerker")
    return Town(town=place, opgave=await opgave(db, place["id"], staff["id"]), staff=staff)


def poll_body(**fields: Any) -> dict[str, Any]:
    return {
        "title": "Hoe vond u de werksessie?",
        "questions": [
            {
                "kind": "single_choice",
                "text": "Komt u de volgende keer?",
                "options": ["Ja", "Nee", "Misschien"],
            },
            {
                "kind": "multiple_choice",
                "text": "Welke onderwerpen wilt u bespreken?",
                "options": ["Werk", "Schulden", "Kinderopvang"],
                "maxChoices": 2,
            },
            {
                "kind": "scale",
                "text": "Hoe tevreden bent u?",
                "scaleMin": 1,
                "scaleMax": 5,
                "minLabel": "Ontevreden",
                "maxLabel": "Zeer tevreden",
            },
            {"kind": "open_text", "text": "Wat kan beter?", "required": False},
        ],
    } | fields


async def open_poll(staff: httpx.AsyncClient, town: Town, **fields: Any) -> dict[str, Any]:
    created = await staff.post(f"/api/v1/opgaven/{town.opgave['id']}/polls", json=poll_body(**fields))
    assert created.status_code == 201, created.text
    opened = await staff.patch(
        f"/api/v1/polls/{created.json()['id']}",
        json={"status": "open"},
        headers={"If-Match": created.headers["etag"]},
    )
    assert opened.status_code == 200, opened.text
    return dict(opened.json())


def answers(
    poll: dict[str, Any],
    single: int = 0,
    multiple: list[int] | None = None,
    scale: int = 4,
    text: str | None = None,
) -> dict[str, Any]:
    q = [question["id"] for question in poll["questions"]]
    given = [
        {"questionId": q[0], "choices": [single]},
        {"questionId": q[1], "choices": multiple if multiple is not None else [0]},
        {"questionId": q[2], "value": scale},
    ]
    if text is not None:
        given.append({"questionId": q[3], "text": text})
    return {"answers": given}


async def close(staff: httpx.AsyncClient, poll_id: str) -> dict[str, Any]:
    current = await staff.get(f"/api/v1/polls/{poll_id}")
    closed = await staff.patch(
        f"/api/v1/polls/{poll_id}", json={"status": "closed"}, headers={"If-Match": current.headers["etag"]}
    )
    assert closed.status_code == 200, closed.text
    return dict(closed.json())
