"""GET /opgaven: filters that combine, Dutch full-text search, sorts, stable pages, indexes."""

import asyncpg
import pytest
from litestar import Litestar

from api.db.connection import Database
from api.domains.opgaven.models import Phase
from api.domains.opgaven.queries import OpgaveFilter, list_statement
from api.domains.opgaven.schemas import OpgaveSort
from api.lib.ids import new_id
from tests.factories import municipality, opgave, unique
from tests.identities import browser, person


async def _domain(db: Database, municipality_id: object, opgave_id: object, slug: str) -> None:
    await db.fetchval(
        """INSERT INTO opgave_domains (id, municipality_id, opgave_id, domain_id)
           SELECT $1, $2, $3, id FROM policy_domains WHERE municipality_id = $2 AND slug = $4""",
        new_id(),
        municipality_id,
        opgave_id,
        slug,
    )


async def _items(app: Litestar, query: str) -> list[dict]:
    async with browser(app) as visitor:
        response = await visitor.get(f"/api/v1/opgaven?{query}")
        assert response.status_code == 200, response.text
        items: list[dict] = response.json()["items"]
        return items


@pytest.fixture
async def place(started_app: Litestar, db: Database) -> dict:
    town = await municipality(db)
    regisseur = await person(db, municipality_id=town["id"], role="medewerker")
    made = {}
    for key, title, summary, phase in [
        (
            "werk",
            "Bijstandsgerechtigden naar werk",
            "Samen met werkgevers passende banen vinden.",
            "planning",
        ),
        ("jeugd", "Jongeren in de wijk", "Een plek om te werken aan hun toekomst.", "exploring"),
        ("schuld", "Schulden voorkomen", "Vroeg signaleren, samen met de schuldhulp.", "planning"),
    ]:
        made[key] = await opgave(db, town["id"], regisseur["id"], title=title, summary=summary, phase=phase)
    await _domain(db, town["id"], made["werk"]["id"], "werk-en-inkomen")
    await _domain(db, town["id"], made["schuld"]["id"], "schulden")
    await _domain(db, town["id"], made["schuld"]["id"], "werk-en-inkomen")
    await opgave(db, town["id"], regisseur["id"], title="Geheim concept over werk", published=False)
    return {"town": town, "regisseur": regisseur, **made}


@pytest.mark.parametrize(
    ("q", "expected"),
    [
        ("werken", {"werk", "jeugd"}),  # the Dutch stemmer: werken ~ werk
        ("bijstandsgerechtigde", {"werk"}),  # singular finds the plural in the title
        ("schuld", {"schuld"}),
        ("werkgevers banen", {"werk"}),
        ("ruimtevaart", set()),
    ],
)
async def test_dutch_full_text_search_finds_inflected_words(
    started_app: Litestar, place: dict, q: str, expected: set[str]
) -> None:
    found = {item["id"] for item in await _items(started_app, f"municipality={place['town']['slug']}&q={q}")}
    assert found == {str(place[key]["id"]) for key in expected}


async def test_filters_combine(started_app: Litestar, place: dict) -> None:
    slug = place["town"]["slug"]
    by_phase = {i["id"] for i in await _items(started_app, f"municipality={slug}&phase=planning")}
    assert by_phase == {str(place["werk"]["id"]), str(place["schuld"]["id"])}
    by_domain = {i["id"] for i in await _items(started_app, f"municipality={slug}&domain=werk-en-inkomen")}
    assert by_domain == {str(place["werk"]["id"]), str(place["schuld"]["id"])}
    both = await _items(started_app, f"municipality={slug}&phase=planning&domain=schulden&q=signaleren")
    assert [i["id"] for i in both] == [str(place["schuld"]["id"])]
    assert await _items(started_app, f"municipality={slug}&phase=executing") == []
    assert await _items(started_app, "municipality=bestaat-niet") == []


async def test_items_carry_their_counts_and_domains(started_app: Litestar, place: dict) -> None:
    items = await _items(started_app, f"municipality={place['town']['slug']}&domain=schulden")
    item = items[0]
    assert item["counts"] == {
        "proposals": 0,
        "supporters": 0,
        "members": 1,
        "openTasks": 0,
        "budgetTotalCents": 0,
        "budgetGrantedCents": 0,
    }
    assert [d["slug"] for d in item["domains"]] == ["schulden", "werk-en-inkomen"]
    assert item["municipality"]["slug"] == place["town"]["slug"]


async def test_drafts_are_listed_for_their_staff_only(started_app: Litestar, place: dict) -> None:
    slug = place["town"]["slug"]
    titles = {i["title"] for i in await _items(started_app, f"municipality={slug}")}
    assert "Geheim concept over werk" not in titles
    async with browser(started_app, place["regisseur"]["email"]) as staff:
        mine = {i["title"] for i in (await staff.get(f"/api/v1/opgaven?municipality={slug}")).json()["items"]}
    assert "Geheim concept over werk" in mine


@pytest.mark.parametrize("sort", list(OpgaveSort))
async def test_every_sort_pages_through_everything_once(
    started_app: Litestar, place: dict, sort: OpgaveSort
) -> None:
    slug = place["town"]["slug"]
    seen: list[str] = []
    cursor = ""
    async with browser(started_app) as visitor:
        while True:
            page = (
                await visitor.get(
                    "/api/v1/opgaven",
                    params={"municipality": slug, "sort": sort.value, "limit": 1, "cursor": cursor},
                )
            ).json()
            seen.extend(i["id"] for i in page["items"])
            if page["nextCursor"] is None:
                break
            cursor = page["nextCursor"]
        other_sort = next(s for s in OpgaveSort if s != sort)
        mixed = await visitor.get(
            "/api/v1/opgaven",
            params={"municipality": slug, "sort": other_sort.value, "cursor": cursor or "x"},
        )
        assert mixed.status_code == 400
    assert sorted(seen) == sorted(str(place[k]["id"]) for k in ("werk", "jeugd", "schuld"))
    assert len(seen) == len(set(seen))


async def test_title_sort_is_alphabetical(started_app: Litestar, place: dict) -> None:
    titles = [
        i["title"] for i in await _items(started_app, f"municipality={place['town']['slug']}&sort=title")
    ]
    assert titles == sorted(titles)


async def test_pages_stay_stable_while_opgaven_are_added(
    started_app: Litestar, db: Database, place: dict
) -> None:
    slug = place["town"]["slug"]
    async with browser(started_app) as visitor:
        first = (await visitor.get("/api/v1/opgaven", params={"municipality": slug, "limit": 2})).json()
        for _ in range(3):
            await opgave(db, place["town"]["id"], place["regisseur"]["id"], title=unique("Nieuw"))
        second = (
            await visitor.get(
                "/api/v1/opgaven", params={"municipality": slug, "limit": 2, "cursor": first["nextCursor"]}
            )
        ).json()
    ids = [i["id"] for i in first["items"] + second["items"]]
    assert len(ids) == len(set(ids)) == 3
    assert set(ids) == {str(place[k]["id"]) for k in ("werk", "jeugd", "schuld")}


@pytest.mark.parametrize(
    "filters",
    [
        OpgaveFilter(),
        OpgaveFilter(municipality_id=new_id()),
        OpgaveFilter(municipality_id=new_id(), phase=Phase.PLANNING),
        OpgaveFilter(phase=Phase.EXECUTING),
        OpgaveFilter(q="werk"),
        OpgaveFilter(municipality_id=new_id(), domain="schulden"),
        OpgaveFilter(organisation_id=new_id()),
    ],
)
@pytest.mark.parametrize("sort", list(OpgaveSort))
@pytest.mark.parametrize("deep", [False, True])
async def test_the_list_runs_on_indexes(
    db: Database, filters: OpgaveFilter, sort: OpgaveSort, deep: bool
) -> None:
    """With sequential scans priced out, the planner must still find an index for every shape:
    proof that one exists, on the first page and deep ones alike (keyset, no OFFSET). The
    most-supported order finds its rows by an index and sorts them: no index holds the supporter
    count, so that a support updates its opgave in place (migration 4b8f2d6e1a93)."""
    after = (
        {
            OpgaveSort.NEWEST: ["2026-01-01T00:00:00Z", new_id()],
            OpgaveSort.OLDEST: ["2026-01-01T00:00:00Z", new_id()],
            OpgaveSort.TITLE: ["M", new_id()],
            OpgaveSort.MOST_SUPPORTED: [10, new_id()],
        }[sort]
        if deep
        else None
    )
    if after and sort in (OpgaveSort.NEWEST, OpgaveSort.OLDEST):
        from datetime import UTC, datetime

        after[0] = datetime(2026, 1, 1, tzinfo=UTC)
    sql, args = list_statement(filters, sort, after, 20)
    async with db.transaction() as connection:
        await connection.execute("SET LOCAL enable_seqscan = off")
        plan = "\n".join(r[0] for r in await connection.fetch(f"EXPLAIN {sql}", *args))
    opgaven_scans = [
        line for line in plan.splitlines() if " on opgaven " in line or line.strip().endswith(" on opgaven o")
    ]
    assert opgaven_scans, plan
    assert not any("Seq Scan on opgaven" in line for line in plan.splitlines()), plan
    assert "OFFSET" not in sql.upper()


async def test_a_cross_municipality_domain_link_is_refused_by_the_database(db: Database) -> None:
    a = await municipality(db)
    b = await municipality(db)
    regisseur = await person(db, municipality_id=a["id"], role="medewerker")
    work = await opgave(db, a["id"], regisseur["id"])
    with pytest.raises(asyncpg.ForeignKeyViolationError):
        await db.fetchval(
            """INSERT INTO opgave_domains (id, municipality_id, opgave_id, domain_id)
               SELECT $1, $2, $3, id FROM policy_domains WHERE municipality_id = $4 LIMIT 1""",
            new_id(),
            a["id"],
            work["id"],
            b["id"],
        )
