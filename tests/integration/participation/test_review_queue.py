"""The review queue: a municipality's ideas across its opgaven, for its staff, the longest waiting first."""

from typing import Any

from litestar import Litestar

from api.db.connection import Database
from tests.factories import municipality
from tests.factories import opgave as opgave_row
from tests.identities import browser, person
from tests.integration.participation.conftest import Town
from tests.integration.participation.test_proposals import submit


async def test_staff_see_what_waits_in_every_opgave_oldest_first(
    started_app: Litestar, db: Database, town: Town, opgave: dict[str, Any]
) -> None:
    draft = await opgave_row(db, town.id, town.regisseur["id"], published=False)
    elsewhere = await municipality(db)
    foreign = await opgave_row(
        db, elsewhere["id"], (await person(db, municipality_id=elsewhere["id"], role="medewerker"))["id"]
    )
    async with (
        browser(started_app, town.inwoner["email"]) as resident,
        browser(started_app, town.medewerker["email"]) as staff,
    ):
        first = await submit(resident, opgave["id"], title="Eerst ingediend")
        answered = await submit(resident, opgave["id"], title="Al in behandeling")
        later = await submit(staff, draft["id"], title="Bij een concept")
        await submit(resident, foreign["id"], title="In een andere gemeente")
        await staff.post(
            f"/api/v1/proposals/{answered['id']}/responses", json={"status": "under_review", "text": "Ja."}
        )

        path = "/api/v1/proposals"
        waiting = await staff.get(path, params={"municipality": town.slug, "status": "submitted"})
        assert waiting.status_code == 200, waiting.text
        assert [p["id"] for p in waiting.json()["items"]] == [first["id"], later["id"]]

        newest = (
            await staff.get(
                path, params={"municipality": town.slug, "status": "submitted", "sort": "-createdAt"}
            )
        ).json()
        assert [p["id"] for p in newest["items"]] == [later["id"], first["id"]]

        reviewing = (
            await staff.get(path, params={"municipality": town.slug, "status": "under_review"})
        ).json()
        assert [p["id"] for p in reviewing["items"]] == [answered["id"]]

        # Cursor pages, the oldest first, with nothing left out and nothing twice.
        everything = (await staff.get(path, params={"municipality": town.slug})).json()["items"]
        assert [p["title"] for p in everything] == ["Eerst ingediend", "Al in behandeling", "Bij een concept"]
        seen: list[str] = []
        cursor = ""
        for _ in range(4):
            page = await staff.get(path, params={"municipality": town.slug, "limit": 1, "cursor": cursor})
            seen += [p["id"] for p in page.json()["items"]]
            cursor = page.json()["nextCursor"] or ""
            if not cursor:
                break
        assert seen == [p["id"] for p in everything]

        # Residents, and staff of another municipality, are refused; a municipality must be named.
        assert (await resident.get(path, params={"municipality": town.slug})).status_code == 403
        assert (await staff.get(path)).status_code == 400
        assert (await staff.get(path, params={"municipality": elsewhere["slug"]})).status_code == 403
