"""Places: ideas placed by address or on the map, through the geocoder (a real stand-in on loopback);
ideas by wijk and as GeoJSON; what happens when the geocoder fails; an opgave's area."""

import time
from typing import Any
from uuid import UUID

import httpx
import pytest
from litestar import Litestar

from api.db.connection import Database
from tests.identities import browser
from tests.integration.opgaven.conftest import Town
from tests.places_standin import ADDRESSES, StandIn

STADHUIS, KANAAL, _, PUTTEN = ADDRESSES


def ideas_path(opgave: dict[str, Any]) -> str:
    return f"/api/v1/opgaven/{opgave['id']}/proposals"


async def submit(client: httpx.AsyncClient, opgave: dict[str, Any], **fields: Any) -> httpx.Response:
    body = {"title": "Een bankje bij de brug", "body": "<p>Om even te zitten.</p>"} | fields
    return await client.post(ideas_path(opgave), json=body)


async def count_ideas(db: Database, opgave: dict[str, Any]) -> int:
    return int(await db.fetchval("SELECT count(*) FROM proposals WHERE opgave_id = $1", opgave["id"]))


async def test_a_resident_places_an_idea_by_address(
    started_app: Litestar, db: Database, town: Town, opgave: dict[str, Any], places: StandIn
) -> None:
    async with browser(started_app, town.inwoner["email"]) as resident, browser(started_app) as visitor:
        found = await resident.get(
            "/api/v1/places/suggestions", params={"q": "stadhuisbrug", "municipality": town.slug}
        )
        assert found.status_code == 200, found.text
        assert found.json()["items"] == [{"id": STADHUIS["id"], "label": STADHUIS["weergavenaam"]}]
        # Only addresses of the municipality are asked for, with the parameters Locatieserver v3.1 knows.
        path, query = places.requests[-1]
        assert path.endswith("/suggest")
        assert set(query) <= {"q", "fq", "rows", "fl"}
        assert f"gemeentecode:{town.municipality['cbs_code'].removeprefix('GM')}" in query["fq"]

        place = await resident.get(f"/api/v1/places/{STADHUIS['id']}")
        assert place.status_code == 200, place.text
        assert place.json() == {
            "id": STADHUIS["id"],
            "label": STADHUIS["weergavenaam"],
            "location": {"latitude": 52.091854, "longitude": 5.120582},
            "wijk": {"code": "WK034404", "name": "Binnenstad"},
            "buurt": {"code": "BU03440401", "name": "Domplein-Neude-Janskerkhof"},
        }

        response = await submit(resident, opgave, placeId=STADHUIS["id"])
        assert response.status_code == 201, response.text
        idea = response.json()
        assert idea["location"] == {"latitude": 52.091854, "longitude": 5.120582}
        assert idea["address"] == STADHUIS["weergavenaam"]
        assert idea["wijk"] == {"code": "WK034404", "name": "Binnenstad"}
        assert idea["buurt"]["code"] == "BU03440401"

        other = (await submit(resident, opgave, placeId=KANAAL["id"])).json()
        unplaced = (await submit(resident, opgave)).json()
        assert (unplaced["location"], unplaced["address"], unplaced["wijk"]) == (None, None, None)

        # Filter by wijk; the wijken with their ideas; anyone may read them.
        in_binnenstad = await visitor.get(ideas_path(opgave), params={"wijk": "WK034404"})
        assert [i["id"] for i in in_binnenstad.json()["items"]] == [idea["id"]]
        wijken = await visitor.get(f"/api/v1/opgaven/{opgave['id']}/wijken")
        assert wijken.json()["items"] == [
            {"code": "WK034404", "name": "Binnenstad", "proposalCount": 1},
            {"code": "WK034403", "name": "West", "proposalCount": 1},
        ]
        assert (await visitor.get(ideas_path(opgave), params={"wijk": "Binnenstad"})).status_code == 400

        # The same page as GeoJSON (CRS84: longitude first).
        geo = await visitor.get(ideas_path(opgave), headers={"Accept": "application/geo+json"})
        assert geo.status_code == 200, geo.text
        assert geo.headers["content-type"].startswith("application/geo+json")
        assert geo.headers["content-crs"] == "http://www.opengis.net/def/crs/OGC/1.3/CRS84"
        collection = geo.json()
        assert collection["type"] == "FeatureCollection"
        features = {f["id"]: f for f in collection["features"]}
        assert features[idea["id"]]["type"] == "Feature"
        assert features[idea["id"]]["geometry"] == {"type": "Point", "coordinates": [5.120582, 52.091854]}
        assert features[idea["id"]]["properties"]["title"] == idea["title"]
        assert features[other["id"]]["properties"]["wijk"]["code"] == "WK034403"
        assert features[unplaced["id"]]["geometry"] is None
        # JSON stays the default.
        plain = await visitor.get(ideas_path(opgave), headers={"Accept": "application/json"})
        assert "items" in plain.json()


async def test_a_hidden_idea_is_in_no_wijk_for_those_who_may_not_read_it(
    started_app: Litestar, db: Database, town: Town, opgave: dict[str, Any], places: StandIn
) -> None:
    async with browser(started_app, town.inwoner["email"]) as resident, browser(started_app) as visitor:
        idea = (await submit(resident, opgave, placeId=STADHUIS["id"])).json()
        await db.fetchval(
            "UPDATE proposals SET hidden = true, hidden_reason = 'test' WHERE id = $1", UUID(idea["id"])
        )
        listed = await visitor.get(ideas_path(opgave), params={"wijk": "WK034404"})
        assert listed.json()["items"] == []
        assert (await visitor.get(f"/api/v1/opgaven/{opgave['id']}/wijken")).json()["items"] == []
        shown = (await visitor.get(f"/api/v1/proposals/{idea['id']}")).json()
        assert (shown["location"], shown["address"], shown["wijk"], shown["buurt"]) == (
            None,
            None,
            None,
            None,
        )
        # Its author still sees where it is.
        own = (await resident.get(f"/api/v1/proposals/{idea['id']}")).json()
        assert own["wijk"]["code"] == "WK034404"


async def test_a_point_on_the_map_gets_the_wijk_of_the_nearest_address(
    started_app: Litestar, db: Database, town: Town, opgave: dict[str, Any], places: StandIn
) -> None:
    async with browser(started_app, town.inwoner["email"]) as resident:
        near = await submit(resident, opgave, location={"latitude": 52.0896, "longitude": 5.0987})
        assert near.status_code == 201, near.text
        assert near.json()["wijk"] == {"code": "WK034403", "name": "West"}
        assert near.json()["address"] is None
        far = (await submit(resident, opgave, location={"latitude": 52.3, "longitude": 4.9})).json()
        assert (far["location"], far["wijk"]) == ({"latitude": 52.3, "longitude": 4.9}, None)

        # Moved to an address: the wijk follows; taken off the map: all of it goes.
        path = f"/api/v1/proposals/{far['id']}"
        etag = (await resident.get(path)).headers["etag"]
        moved = await resident.patch(path, json={"placeId": STADHUIS["id"]}, headers={"If-Match": etag})
        assert moved.status_code == 200, moved.text
        assert moved.json()["wijk"]["code"] == "WK034404"
        assert moved.json()["address"] == STADHUIS["weergavenaam"]
        cleared = await resident.patch(
            path, json={"location": None}, headers={"If-Match": moved.headers["etag"]}
        )
        assert (cleared.json()["location"], cleared.json()["address"], cleared.json()["wijk"]) == (
            None,
            None,
            None,
        )

        # An address and a point at once is refused, and so is an address the geocoder does not know.
        before = await count_ideas(db, opgave)
        both = await submit(
            resident, opgave, placeId=STADHUIS["id"], location={"latitude": 52.09, "longitude": 5.12}
        )
        assert both.status_code == 400
        assert both.json()["invalidParams"][0]["code"] == "place_conflict"
        unknown = await submit(resident, opgave, placeId="adr-00000000000000000000000000000000")
        assert unknown.status_code == 400
        assert unknown.json()["invalidParams"][0]["code"] == "unknown_place"
        malformed = await submit(resident, opgave, placeId="../../etc/passwd")
        assert malformed.status_code == 400
        assert await count_ideas(db, opgave) == before


@pytest.mark.parametrize(
    ("mode", "status", "code"),
    [
        ("error", 502, "upstream_error"),
        ("garbage", 502, "upstream_invalid"),
        ("huge", 502, "upstream_too_large"),
        ("hangup", 502, "upstream_unreachable"),
        ("slow", 504, "upstream_timeout"),
    ],
)
async def test_a_failing_geocoder_is_a_problem_and_changes_nothing(
    started_app: Litestar,
    db: Database,
    town: Town,
    opgave: dict[str, Any],
    places: StandIn,
    impatient_maps: float,
    mode: str,
    status: int,
    code: str,
) -> None:
    async with browser(started_app, town.inwoner["email"]) as resident:
        places.mode = mode
        started = time.monotonic()
        found = await resident.get(
            "/api/v1/places/suggestions", params={"q": "kanaal", "municipality": town.slug}
        )
        # Bounded: the geocoder's time limit and a little.
        assert time.monotonic() - started < impatient_maps + 1.5
        assert found.status_code == status, found.text
        assert found.headers["content-type"].startswith("application/problem+json")
        assert found.json()["code"] == code
        assert (await resident.get(f"/api/v1/places/{KANAAL['id']}")).status_code == status

        before = await count_ideas(db, opgave)
        refused = await submit(resident, opgave, placeId=KANAAL["id"])
        assert refused.status_code == status
        assert await count_ideas(db, opgave) == before

        # A point on the map does not depend on the geocoder: it is kept, without a wijk.
        placed = await submit(resident, opgave, location={"latitude": 52.0896, "longitude": 5.0987})
        assert placed.status_code == 201, placed.text
        assert placed.json()["location"] == {"latitude": 52.0896, "longitude": 5.0987}
        assert placed.json()["wijk"] is None


async def test_suggestions_are_for_people_signed_in(
    started_app: Litestar, town: Town, places: StandIn
) -> None:
    async with browser(started_app) as visitor:
        refused = await visitor.get(
            "/api/v1/places/suggestions", params={"q": "kanaal", "municipality": town.slug}
        )
        assert refused.status_code == 401
        assert (await visitor.get(f"/api/v1/places/{KANAAL['id']}")).status_code == 401
    assert places.requests == []


async def test_staff_choose_an_area_from_the_municipalitys_wijken(
    started_app: Litestar, town: Town, places: StandIn
) -> None:
    async with browser(started_app, town.medewerker["email"]) as staff:
        found = await staff.get("/api/v1/places/wijken", params={"municipality": town.slug})
        assert found.status_code == 200, found.text
        wijken = found.json()["items"]
        # By name, each once (the stand-in knows the Binnenstad of two addresses' town once).
        assert [w["name"] for w in wijken] == sorted(w["name"] for w in wijken)
        assert {"code": "WK034401", "name": "Overvecht"} in wijken
        assert len({w["code"] for w in wijken}) == len(wijken)
        path, query = places.requests[-1]
        assert path.endswith("/free")
        assert set(query) <= {"q", "fq", "rows", "fl"}
        assert "type:wijk" in query["fq"]
        assert f"gemeentecode:{town.municipality['cbs_code'].removeprefix('GM')}" in query["fq"]
        places.mode = "garbage"
        broken = await staff.get("/api/v1/places/wijken", params={"municipality": town.slug})
        assert broken.status_code == 502
        assert broken.headers["content-type"].startswith("application/problem+json")


async def test_map_tiles_come_through_the_api(started_app: Litestar, places: StandIn) -> None:
    async with browser(started_app) as visitor:
        tile = await visitor.get("/api/v1/map-tiles/12/2100/1350")
        assert tile.status_code == 200, tile.text
        assert tile.headers["content-type"] == "image/png"
        assert tile.content.startswith(b"\x89PNG")
        assert places.requests[-1][0] == "/tiles/12/2100/1350.png"
        for outside in ("12/4096/0", "5/0/0", "20/0/0", "12/-1/0"):
            assert (await visitor.get(f"/api/v1/map-tiles/{outside}")).status_code in (400, 404), outside
        places.mode = "text"
        assert (await visitor.get("/api/v1/map-tiles/12/2100/1350")).status_code == 502
        places.mode = "hangup"
        down = await visitor.get("/api/v1/map-tiles/12/2100/1350")
        assert down.status_code == 502
        assert down.headers["content-type"].startswith("application/problem+json")


SQUARE = [[5.10, 52.08], [5.13, 52.08], [5.13, 52.10], [5.10, 52.10], [5.10, 52.08]]


async def test_an_opgave_has_an_area(
    started_app: Litestar, db: Database, town: Town, opgave: dict[str, Any]
) -> None:
    path = f"/api/v1/opgaven/{opgave['id']}/area"
    async with (
        browser(started_app, town.regisseur["email"]) as regisseur,
        browser(started_app, town.inwoner["email"]) as resident,
        browser(started_app) as visitor,
    ):
        assert (await visitor.get(path)).json() == {"wijken": [], "polygon": None}
        area: dict[str, Any] = {
            "wijken": [{"code": "WK034404", "name": "Binnenstad"}],
            "polygon": {"type": "Polygon", "coordinates": [SQUARE]},
        }
        set_ = await regisseur.put(path, json=area)
        assert set_.status_code == 200, set_.text
        assert set_.json() == area
        assert (await visitor.get(path)).json() == area
        assert (await resident.put(path, json={"wijken": []})).status_code == 403

        bad = [
            {"type": "Polygon", "coordinates": [[*SQUARE[:-1], [5.11, 52.09]]]},  # not closed
            {
                "type": "Polygon",
                "coordinates": [[[5.1, 52.0], [5.1, 52.0], [5.2, 52.1], [5.1, 52.0]]],
            },  # two points
            {
                "type": "Polygon",
                "coordinates": [[[5.1, 91.0], [5.2, 52.0], [5.2, 52.1], [5.1, 91.0]]],
            },  # latitude
            {"type": "Polygon", "coordinates": [[[5.1, 52.0], [5.2, 52.0], [5.1, 52.0]]]},  # three positions
            {"type": "Polygon", "coordinates": [[[5.1, 52.0, 3.0], [5.2, 52.0], [5.2, 52.1], [5.1, 52.0]]]},
            {"type": "Point", "coordinates": [5.1, 52.0]},
            {
                "type": "Polygon",
                "coordinates": [[[5.0 + i / 10000, 52.0] for i in range(499)] + [[5.0, 52.0]]] * 5,
            },  # 2500 points in all
        ]
        for polygon in bad:
            refused = await regisseur.put(path, json={"polygon": polygon})
            assert refused.status_code == 400, (polygon, refused.text)
            assert refused.json()["invalidParams"]
        twice = await regisseur.put(path, json={"wijken": [area["wijken"][0], area["wijken"][0]]})
        assert twice.status_code == 400
        assert (await visitor.get(path)).json() == area
