"""Lists of ideas: filters, Dutch search, four orders, cursor pages; similar ideas while writing."""

from typing import Any

import pytest
from litestar import Litestar

from api.db.connection import Database
from tests.identities import browser, person, session_of
from tests.integration.participation.conftest import Town
from tests.integration.participation.test_proposals import submit


@pytest.fixture
async def ideas(started_app: Litestar, db: Database, town: Town, opgave: dict[str, Any]) -> dict[str, Any]:
    """Four ideas with known supports, comments and statuses."""
    async with browser(started_app, town.inwoner["email"]) as resident:
        garden = await submit(
            resident, opgave["id"], title="Een moestuin bij de school", body="Groente kweken met kinderen."
        )
        bench = await submit(
            resident, opgave["id"], title="Bankjes op het plein", actionLineId=str(opgave["action_line_id"])
        )
        repair = await submit(
            resident, opgave["id"], title="Een repaircafé in het buurthuis", body="Fietsen repareren."
        )
        walk = await submit(resident, opgave["id"], title="Wandelroute langs de Vecht")
    supporters = [await person(db) for _ in range(3)]
    for count, idea in zip([3, 1, 2], [bench, garden, repair], strict=True):
        for supporter in supporters[:count]:
            async with session_of(started_app, db, supporter["id"]) as client:
                assert (await client.put(f"/api/v1/proposals/{idea['id']}/support")).status_code == 200
    async with browser(started_app, town.other_inwoner["email"]) as neighbour:
        for _ in range(2):
            await neighbour.post(f"/api/v1/proposals/{walk['id']}/comments", json={"body": "Goed plan!"})
    async with browser(started_app, town.medewerker["email"]) as staff:
        await staff.post(
            f"/api/v1/proposals/{repair['id']}/responses", json={"status": "under_review", "text": "Ja."}
        )
    return {"garden": garden, "bench": bench, "repair": repair, "walk": walk}


def _titles(page: dict[str, Any]) -> list[str]:
    return [p["title"] for p in page["items"]]


async def test_orders_and_filters(
    started_app: Litestar, opgave: dict[str, Any], ideas: dict[str, Any]
) -> None:
    path = f"/api/v1/opgaven/{opgave['id']}/proposals"
    async with browser(started_app) as visitor:
        newest = (await visitor.get(path)).json()
        assert [p["id"] for p in newest["items"]] == [
            ideas[k]["id"] for k in ("walk", "repair", "bench", "garden")
        ]
        supported = (await visitor.get(path, params={"sort": "-supportCount"})).json()
        assert [p["supportCount"] for p in supported["items"]] == [3, 2, 1, 0]
        trending = (await visitor.get(path, params={"sort": "-trendingCount"})).json()
        assert _titles(trending)[:3] == _titles(supported)[:3]
        discussed = (await visitor.get(path, params={"sort": "-commentCount"})).json()
        assert discussed["items"][0]["id"] == ideas["walk"]["id"]
        assert discussed["items"][0]["commentCount"] == 2
        reviewed = (await visitor.get(path, params={"status": "under_review"})).json()
        assert [p["id"] for p in reviewed["items"]] == [ideas["repair"]["id"]]
        on_line = (await visitor.get(path, params={"actionLine": str(opgave["action_line_id"])})).json()
        assert [p["id"] for p in on_line["items"]] == [ideas["bench"]["id"]]
        # Dutch stemming: "repareer" finds "repareren".
        found = (await visitor.get(path, params={"q": "repareer"})).json()
        assert [p["id"] for p in found["items"]] == [ideas["repair"]["id"]]


@pytest.mark.parametrize("sort", ["-createdAt", "-supportCount", "-commentCount", "-trendingCount"])
async def test_cursor_pages_cover_everything_once(
    started_app: Litestar, opgave: dict[str, Any], ideas: dict[str, Any], sort: str
) -> None:
    path = f"/api/v1/opgaven/{opgave['id']}/proposals"
    async with browser(started_app) as visitor:
        whole = [p["id"] for p in (await visitor.get(path, params={"sort": sort})).json()["items"]]
        seen: list[str] = []
        params = {"sort": sort, "limit": "1"}
        while True:
            response = await visitor.get(path, params=params)
            page = response.json()
            seen += [p["id"] for p in page["items"]]
            if page["nextCursor"] is None:
                assert "link" not in response.headers
                break
            assert 'rel="next"' in response.headers["link"]
            params = {"sort": sort, "limit": "1", "cursor": page["nextCursor"]}
        assert seen == whole
        assert len(seen) == 4
        other_order = "-createdAt" if sort != "-createdAt" else "-supportCount"
        mixed = await visitor.get(
            path,
            params={
                "sort": other_order,
                "cursor": page_cursor(await visitor.get(path, params={"sort": sort, "limit": "1"})),
            },
        )
        assert mixed.status_code == 400


def page_cursor(response: Any) -> str:
    cursor: str = response.json()["nextCursor"]
    return cursor


async def test_similar_ideas_while_writing(
    started_app: Litestar, opgave: dict[str, Any], ideas: dict[str, Any]
) -> None:
    path = f"/api/v1/opgaven/{opgave['id']}/proposals/similar"
    async with browser(started_app) as visitor:
        response = await visitor.get(
            path, params={"text": "Zullen we een moestuin beginnen voor de scholen?"}
        )
        assert response.status_code == 200
        assert [p["id"] for p in response.json()["items"]][:1] == [ideas["garden"]["id"]]
        nothing = await visitor.get(path, params={"text": "!!! ?? 123"})
        assert nothing.json() == {"items": []}
        assert (await visitor.get(path)).status_code == 400
