"""What I contributed travels with my data export, and leaves with my account."""

from typing import Any

from litestar import Litestar

from api.db.connection import Database
from tests.identities import browser
from tests.integration.participation.conftest import Town
from tests.integration.participation.test_proposals import submit


async def test_my_contributions_are_in_my_export_and_not_others(
    started_app: Litestar, db: Database, town: Town, opgave: dict[str, Any]
) -> None:
    async with (
        browser(started_app, town.inwoner["email"]) as resident,
        browser(started_app, town.other_inwoner["email"]) as neighbour,
        browser(started_app, town.medewerker["email"]) as staff,
    ):
        mine = await submit(resident, opgave["id"], title="Mijn eigen idee")
        theirs = await submit(neighbour, opgave["id"], title="Het idee van de buren")
        await resident.put(f"/api/v1/proposals/{theirs['id']}/support")
        await resident.put(f"/api/v1/opgaven/{opgave['id']}/following")
        comment = (
            await resident.post(f"/api/v1/proposals/{theirs['id']}/comments", json={"body": "Sterk!"})
        ).json()
        await neighbour.post(f"/api/v1/proposals/{mine['id']}/comments", json={"body": "Van de buren"})
        await staff.post(
            f"/api/v1/proposals/{mine['id']}/responses", json={"status": "under_review", "text": "Ja."}
        )
        data = (await resident.get("/api/v1/me/export")).json()
    assert [p["id"] for p in data["proposals"]] == [mine["id"]]
    assert [c["id"] for c in data["comments"]] == [comment["id"]]
    assert [s["proposalId"] for s in data["supports"]] == [theirs["id"]]
    assert [f["opgaveId"] for f in data["following"]] == [str(opgave["id"])]
    assert [n["kind"] for n in data["notifications"]] == ["proposal_answered"]
    assert "Van de buren" not in str(data)


async def test_leaving_takes_my_notifications_and_follows_along(
    started_app: Litestar, db: Database, town: Town, opgave: dict[str, Any]
) -> None:
    async with (
        browser(started_app, town.inwoner["email"]) as resident,
        browser(started_app, town.medewerker["email"]) as staff,
    ):
        idea = await submit(resident, opgave["id"])
        await resident.put(f"/api/v1/opgaven/{opgave['id']}/following")
        await staff.post(
            f"/api/v1/proposals/{idea['id']}/responses", json={"status": "under_review", "text": "Ja."}
        )
        assert (await resident.delete("/api/v1/me")).status_code == 204
        # The idea stays, from a deleted participant.
        seen = (await staff.get(f"/api/v1/proposals/{idea['id']}")).json()
    assert seen["author"]["displayName"] == "verwijderde deelnemer"
    for table in ("notifications", "opgave_followers"):
        assert (
            await db.fetchval(f"SELECT count(*) FROM {table} WHERE account_id = $1", town.inwoner["id"]) == 0
        )
