"""GET /municipalities and /municipalities/{slug}: public, paged by name, with an ETag."""

from httpx import AsyncClient

from api.db.connection import Database
from tests.factories import municipality


async def test_get_municipality_by_slug(client: AsyncClient, db: Database) -> None:
    row = await municipality(db, name="Testwijk", theme={"baseTheme": "utrecht", "tokens": {"--x-a": "1px"}})
    response = await client.get(f"/api/v1/municipalities/{row['slug']}")
    assert response.status_code == 200
    assert response.headers["etag"] == '"1"'
    assert response.json() == {
        "id": str(row["id"]),
        "slug": row["slug"],
        "name": "Testwijk",
        "cbsCode": row["cbs_code"],
        "description": row["description"],
        "theme": {"baseTheme": "utrecht", "tokens": {"--x-a": "1px"}},
        "staffSignIn": None,
        "residentSignIn": None,
    }


async def test_unknown_municipality_is_a_404_problem(client: AsyncClient) -> None:
    response = await client.get("/api/v1/municipalities/bestaat-niet")
    assert response.status_code == 404
    assert response.headers["content-type"] == "application/problem+json"
    assert response.json()["code"] == "not_found"


async def test_slug_must_look_like_a_slug(client: AsyncClient) -> None:
    response = await client.get("/api/v1/municipalities/Niet%20Goed")
    assert response.status_code == 400
    assert [p["name"] for p in response.json()["invalidParams"]] == ["slug"]


async def test_list_walks_every_page_in_name_order(client: AsyncClient, db: Database) -> None:
    prefix = "Zz-paging-"
    for letter in "edcba":
        await municipality(db, name=f"{prefix}{letter}")
    seen: list[str] = []
    cursor = ""
    pages = 0
    while True:
        response = await client.get("/api/v1/municipalities", params={"limit": 2, "cursor": cursor})
        assert response.status_code == 200
        body = response.json()
        assert len(body["items"]) <= 2
        seen.extend(m["name"] for m in body["items"])
        pages += 1
        if body["nextCursor"] is None:
            assert "link" not in response.headers
            break
        assert response.headers["link"].endswith('>; rel="next"')
        assert f"cursor={body['nextCursor']}" in response.headers["link"]
        cursor = body["nextCursor"]
    assert seen == sorted(seen)
    assert [n for n in seen if n.startswith(prefix)] == [f"{prefix}{c}" for c in "abcde"]
    assert pages >= 3


async def test_a_page_is_stable_while_rows_are_added(client: AsyncClient, db: Database) -> None:
    first = await client.get("/api/v1/municipalities", params={"limit": 1})
    cursor = first.json()["nextCursor"]
    await municipality(db, name="0000 komt vooraan")  # sorts before every page already seen
    second = await client.get("/api/v1/municipalities", params={"limit": 1, "cursor": cursor})
    assert second.json()["items"][0]["name"] > first.json()["items"][0]["name"]


async def test_bad_limit_and_cursor_are_reported_together(client: AsyncClient) -> None:
    response = await client.get("/api/v1/municipalities", params={"limit": 0, "cursor": "@@"})
    assert response.status_code == 400
    names = sorted(p["name"] for p in response.json()["invalidParams"])
    assert names == ["cursor", "limit"]


async def test_a_forged_cursor_is_a_400_not_a_500(client: AsyncClient) -> None:
    for cursor in ["bm90LWpzb24", "WzFd", "WyJhIiwibm90LWEtdXVpZCJd"]:
        response = await client.get("/api/v1/municipalities", params={"cursor": cursor})
        assert response.status_code == 400, cursor
        assert response.json()["invalidParams"][0]["code"] == "invalid_cursor"


async def test_limit_above_the_cap_is_refused(client: AsyncClient) -> None:
    response = await client.get("/api/v1/municipalities", params={"limit": 101})
    assert response.status_code == 400
    assert response.json()["invalidParams"][0]["name"] == "limit"


async def test_q_finds_names_containing_it_case_insensitively(client: AsyncClient, db: Database) -> None:
    await municipality(db, name="Zoekdorp aan Zee")
    await municipality(db, name="Anders")
    response = await client.get("/api/v1/municipalities", params={"q": "DORP AAN"})
    assert [m["name"] for m in response.json()["items"]] == ["Zoekdorp aan Zee"]


async def test_q_treats_wildcards_literally(client: AsyncClient, db: Database) -> None:
    await municipality(db, name="Honderd%Procent")
    response = await client.get("/api/v1/municipalities", params={"q": "d%p"})
    assert [m["name"] for m in response.json()["items"]] == ["Honderd%Procent"]
    response = await client.get("/api/v1/municipalities", params={"q": "%"})
    assert [m["name"] for m in response.json()["items"]] == ["Honderd%Procent"]
