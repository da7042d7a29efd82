"""A person a beheerder blocked from posting cannot add or change content there, but may withdraw."""

from typing import Any

from litestar import Litestar

from api.db.connection import Database
from api.lib.ids import new_id
from tests.identities import browser
from tests.integration.participation.conftest import Town
from tests.integration.participation.test_proposals import submit


async def test_a_blocked_person_is_told_why_on_every_kind_of_post(
    started_app: Litestar, db: Database, town: Town, opgave: dict[str, Any]
) -> None:
    async with (
        browser(started_app, town.inwoner["email"]) as resident,
        browser(started_app, town.other_inwoner["email"]) as neighbour,
    ):
        mine = await submit(resident, opgave["id"])
        theirs = await submit(neighbour, opgave["id"])
        comment = (
            await resident.post(f"/api/v1/opgaven/{opgave['id']}/comments", json={"body": "Eerst"})
        ).json()
        await db.fetchval(
            "INSERT INTO posting_blocks (id, municipality_id, account_id, reason) VALUES ($1, $2, $3, 'Herhaald schelden.')",
            new_id(),
            town.id,
            town.inwoner["id"],
        )
        etag = (await resident.get(f"/api/v1/proposals/{mine['id']}")).headers["etag"]
        attempts = [
            await resident.post(
                f"/api/v1/opgaven/{opgave['id']}/proposals", json={"title": "Nog een", "body": "Tekst"}
            ),
            await resident.post(f"/api/v1/opgaven/{opgave['id']}/comments", json={"body": "Hallo"}),
            await resident.put(f"/api/v1/proposals/{theirs['id']}/support"),
            await resident.patch(f"/api/v1/comments/{comment['id']}", json={"body": "Anders"}),
            await resident.patch(
                f"/api/v1/proposals/{mine['id']}", json={"title": "Anders"}, headers={"If-Match": etag}
            ),
        ]
        for response in attempts:
            assert response.status_code == 403, response.text
            assert response.json()["code"] == "posting_blocked"
            assert "Herhaald schelden." in response.json()["detail"]
        withdrawn = await resident.patch(
            f"/api/v1/proposals/{mine['id']}", json={"status": "withdrawn"}, headers={"If-Match": etag}
        )
        assert withdrawn.status_code == 200
        # Others carry on as before.
        assert (await neighbour.put(f"/api/v1/proposals/{theirs['id']}/support")).status_code == 200
    assert await db.fetchval("SELECT support_count FROM proposals WHERE id = $1", theirs["id"]) == 1
