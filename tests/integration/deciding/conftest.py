"""A published opgave with a funded budget and ideas to vote on, and staff to run the ballot."""

from dataclasses import dataclass
from datetime import timedelta
from typing import Any

import httpx
import pytest
from litestar import Litestar

from api.db.connection import Database
from api.domains.budgets import ledger
from api.lib.ids import new_id
from api.lib.time import utcnow
from tests.content_factories import proposal
from tests.factories import municipality, opgave
from tests.identities import person

POT = 1_000_000  # € 10.000 in the budget


@dataclass
class Place:
    town: dict[str, Any]
    opgave: dict[str, Any]
    budget_id: Any
    staff: dict[str, Any]
    ideas: list[dict[str, Any]]
    elsewhere: dict[str, Any]


async def funded_budget(db: Database, town_id: Any, opgave_id: Any, cents: int = POT) -> Any:
    budget_id, contribution_id = new_id(), new_id()
    async with db.transaction() as connection:
        await connection.execute(
            "INSERT INTO budgets (id, municipality_id, opgave_id, title) VALUES ($1, $2, $3, 'Buurtbudget')",
            budget_id,
            town_id,
            opgave_id,
        )
        await connection.execute(
            "INSERT INTO budget_contributions (id, municipality_id, budget_id, amount_cents) VALUES ($1, $2, $3, $4)",
            contribution_id,
            town_id,
            budget_id,
            cents,
        )
        await ledger.confirm(
            connection, contribution_id=contribution_id, actor_id=None, party=ledger.Party("Gemeente", None)
        )
    return budget_id


@pytest.fixture
async def place(started_app: Litestar, db: Database) -> Place:
    town = await municipality(db)
    staff = await person(db, municipality_id=town["id"], role="medewerker")
    row = await opgave(db, town["id"], staff["id"], phase="planning")
    author = await person(db)
    ideas = [await proposal(db, row, author["id"], title=f"Idee nummer {i}") for i in range(4)]
    return Place(
        town=town,
        opgave=row,
        budget_id=await funded_budget(db, town["id"], row["id"]),
        staff=staff,
        ideas=ideas,
        elsewhere=await municipality(db),
    )


def ballot_body(place: Place, costs: list[int], **fields: Any) -> dict[str, Any]:
    now = utcnow()
    return {
        "title": "Wat doen we met het buurtbudget?",
        "method": "knapsack",
        "amountCents": 500_000,
        "opensAt": (now - timedelta(minutes=1)).isoformat(),
        "closesAt": (now + timedelta(days=7)).isoformat(),
        "options": [
            {"proposalId": str(idea["id"]), "costCents": cost}
            for idea, cost in zip(place.ideas, costs, strict=False)
        ],
    } | fields


async def open_ballot(
    staff: httpx.AsyncClient, place: Place, costs: list[int], **fields: Any
) -> dict[str, Any]:
    response = await staff.post(
        f"/api/v1/budgets/{place.budget_id}/ballots", json=ballot_body(place, costs, **fields)
    )
    assert response.status_code == 201, response.text
    return dict(response.json())
