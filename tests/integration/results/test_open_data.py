"""Open data: the public data of a municipality or an opgave as JSON and CSV, streamed, with no personal data."""

import csv
import io
import json

from litestar import Litestar

from api.db.connection import Database
from api.demo import seed_demo
from api.demo.ids import demo_id
from api.demo.people import PEOPLE, email_of
from api.domains.results import export
from api.domains.results.schemas import Dataset, ExportFormat
from tests.content_factories import proposal
from tests.factories import opgave, unique
from tests.identities import PASSWORD_COST, browser, person
from tests.integration.results.conftest import Team

DATASETS = ["opgaven", "proposals", "tasks", "grants", "indicators", "measurements"]


async def test_a_municipality_exports_its_public_data_without_personal_data(
    started_app: Litestar, db: Database
) -> None:
    await seed_demo(db, PASSWORD_COST)
    async with browser(started_app) as visitor:
        response = await visitor.get("/api/v1/municipalities/utrecht/export")
        assert response.status_code == 200, response.text
        assert response.headers["content-type"].startswith("application/json")
        assert 'filename="samenspel-utrecht-alles.json"' in response.headers["content-disposition"]
        everything = response.json()
        assert list(everything) == DATASETS
        assert all(everything[name] for name in DATASETS)
        assert {o["municipality"] for o in everything["opgaven"]} == {"utrecht"}
        # The open tasks and domains the writes keep are the ones a recount finds.
        recounts = {
            str(row["id"]): (row["open"], row["domains"])
            for row in await db.fetch(
                """SELECT o.id, (SELECT count(*) FROM tasks t WHERE t.opgave_id = o.id AND t.status = 'open') AS open,
                          (SELECT string_agg(d.name, '; ' ORDER BY d.name) FROM opgave_domains od
                           JOIN policy_domains d ON d.id = od.domain_id WHERE od.opgave_id = o.id) AS domains
                   FROM opgaven o"""
            )
        }
        assert any(o["openTaskCount"] and o["domains"] for o in everything["opgaven"])
        for exported in everything["opgaven"]:
            assert (exported["openTaskCount"], exported["domains"]) == recounts[str(exported["id"])]
        grant = next(g for g in everything["grants"] if g["recipient"] == "Schuldhulpmaatje Utrecht")
        assert (grant["amountCents"], grant["status"]) == (3_000_000, "granted")
        assert grant["legalBasis"].startswith("Subsidieregeling")
        assert grant["activities"].startswith("Opleiding en begeleiding")

        # Nobody's name, address or account is in it.
        text = response.text
        people = await db.fetch(
            "SELECT id, display_name FROM accounts WHERE id = ANY($1::uuid[])",
            [demo_id(f"account:{town}:{key}") for town, key, *_ in PEOPLE],
        )
        assert people
        for account in people:
            assert str(account["id"]) not in text
            assert account["display_name"] not in text
        assert email_of("utrecht", "inwoner") not in text
        # No account's address: other tests in this database may write an "@" into public text.
        addresses = [r["email"] for r in await db.fetch("SELECT email FROM accounts WHERE email IS NOT NULL")]
        assert addresses
        assert not [address for address in addresses if address in text]
        assert not {"author", "authorId", "latitude", "longitude", "recordedBy", "email"} & {
            key for row in everything["proposals"] + everything["measurements"] for key in row
        }

        for name in DATASETS:
            as_csv = await visitor.get(
                "/api/v1/municipalities/utrecht/export", params={"format": "csv", "dataset": name}
            )
            assert as_csv.status_code == 200, as_csv.text
            assert as_csv.headers["content-type"] == "text/csv; charset=utf-8"
            rows = list(csv.DictReader(io.StringIO(as_csv.text)))
            assert len(rows) == len(everything[name])
            assert [r["id"] for r in rows] == [str(r["id"]) for r in everything[name]]
            as_json = await visitor.get("/api/v1/municipalities/utrecht/export", params={"dataset": name})
            assert as_json.json() == everything[name]


async def test_csv_needs_a_dataset_and_unknown_places_do_not_exist(
    started_app: Litestar, db: Database
) -> None:
    async with browser(started_app) as visitor:
        town = await db.fetchval("SELECT slug FROM municipalities LIMIT 1")
        missing = await visitor.get(f"/api/v1/municipalities/{town}/export", params={"format": "csv"})
        assert missing.status_code == 400
        assert missing.headers["content-type"] == "application/problem+json"
        assert missing.json()["invalidParams"][0]["name"] == "dataset"
        assert (await visitor.get("/api/v1/municipalities/nergens/export")).status_code == 404
        unknown = await visitor.get(f"/api/v1/municipalities/{town}/export", params={"dataset": "accounts"})
        assert unknown.status_code == 400


async def test_only_what_is_public_leaves(started_app: Litestar, db: Database, team: Team) -> None:
    shown = await proposal(db, team.opgave, team.inwoner["id"], title='=HYPERLINK("http://example.org")')
    hidden = await proposal(db, team.opgave, team.inwoner["id"])
    await db.fetchval(
        "UPDATE proposals SET hidden = true, hidden_reason = 'Scheldwoorden' WHERE id = $1", hidden["id"]
    )
    draft = await opgave(db, team.town["id"], team.staff["id"], published=False, title=unique("Concept"))
    await proposal(db, draft, team.inwoner["id"])
    async with browser(started_app) as visitor:
        everything = (await visitor.get(f"/api/v1/municipalities/{team.town['slug']}/export")).json()
        assert [o["id"] for o in everything["opgaven"]] == [str(team.opgave["id"])]
        assert [p["id"] for p in everything["proposals"]] == [str(shown["id"])]
        one = await visitor.get(
            f"/api/v1/opgaven/{team.opgave['id']}/export", params={"dataset": "proposals"}
        )
        assert [p["id"] for p in one.json()] == [str(shown["id"])]
        assert (await visitor.get(f"/api/v1/opgaven/{draft['id']}/export")).status_code == 404
        # A spreadsheet opening the CSV sees text, not a formula to run.
        as_csv = await visitor.get(
            f"/api/v1/opgaven/{team.opgave['id']}/export", params={"dataset": "proposals", "format": "csv"}
        )
        (row,) = list(csv.DictReader(io.StringIO(as_csv.text)))
        assert row["title"] == '\'=HYPERLINK("http://example.org")'
        empty = await visitor.get(
            f"/api/v1/opgaven/{team.opgave['id']}/export", params={"dataset": "grants", "format": "csv"}
        )
        assert empty.text.startswith("id,opgaveId,budgetId,")
        assert empty.text.count("\r\n") == 1
    async with browser(started_app, team.staff["email"]) as staff:
        # Staff see a draft, but open data holds only what is published.
        assert (await staff.get(f"/api/v1/opgaven/{draft['id']}/export")).json() == {
            name: [] for name in DATASETS
        }


async def test_a_large_export_leaves_in_chunks(started_app: Litestar, db: Database, team: Team) -> None:
    author = await person(db, municipality_id=team.town["id"], role="inwoner")
    await db.fetchval(
        """INSERT INTO proposals (id, municipality_id, opgave_id, title, body, body_text, author_id)
           SELECT gen_random_uuid(), $1, $2, 'Idee ' || n, '<p>' || repeat('tekst ', 40) || '</p>', repeat('tekst ', 40), $3
           FROM generate_series(1, 3000) n""",
        team.town["id"],
        team.opgave["id"],
        author["id"],
    )
    for fmt in ExportFormat:
        chunks = [
            chunk
            async for chunk in export.stream(
                started_app.state.db, "opgave", team.opgave["id"], [Dataset.PROPOSALS], fmt
            )
        ]
        assert len(chunks) > 5
        assert max(len(c) for c in chunks) < 2 * export.CHUNK_BYTES
        body = b"".join(chunks)
        count = len(json.loads(body)) if fmt == ExportFormat.JSON else body.count(b"\r\n") - 1
        assert count == 3000
