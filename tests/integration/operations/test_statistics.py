"""The municipality's dashboard equals counts made independently, table by table."""

from datetime import timedelta
from typing import Any
from uuid import UUID

from litestar import Litestar

from api.db.connection import Database
from api.demo import seed_demo
from api.demo.ids import demo_id
from api.lib.time import utcnow
from tests.content_factories import proposal
from tests.factories import municipality, opgave
from tests.identities import PASSWORD_COST, anonymous_client, browser, person

TZ = "Europe/Amsterdam"


async def recount(db: Database, opgaven: list[UUID], month: str | None = None) -> dict[str, Any]:
    """The dashboard's figures for these opgaven (in ``month`` only, when given), table by table."""
    when = "($2::text IS NULL OR to_char({} AT TIME ZONE 'Europe/Amsterdam', 'YYYY-MM') = $2)"

    async def one(sql: str, column: str = "created_at") -> Any:
        return await db.fetchval(sql.replace("$WHEN", when.format(column)), opgaven, month)

    ledger = """SELECT coalesce(sum(l.amount_cents), 0) FROM ledger_entries l JOIN budgets b ON b.id = l.budget_id
                WHERE b.opgave_id = ANY($1) AND l.kind = '{}' AND $WHEN"""
    entry = "l.created_at"
    median = await one(
        """SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM responded_at - created_at) / 86400)
           FROM proposals WHERE opgave_id = ANY($1) AND responded_at IS NOT NULL AND $WHEN""",
        "responded_at",
    )
    return {
        "people": await one(
            """SELECT count(DISTINCT who) FROM (
                 SELECT author_id AS who, created_at FROM proposals WHERE opgave_id = ANY($1)
                 UNION ALL SELECT s.account_id, s.created_at FROM supports s
                   WHERE s.proposal_id IN (SELECT id FROM proposals WHERE opgave_id = ANY($1))
                 UNION ALL SELECT author_id, created_at FROM comments WHERE opgave_id = ANY($1)) x WHERE $WHEN"""
        ),
        "ideas": await one("SELECT count(*) FROM proposals WHERE opgave_id = ANY($1) AND $WHEN"),
        "supports": await one(
            """SELECT count(*) FROM supports WHERE $WHEN
               AND proposal_id IN (SELECT id FROM proposals WHERE opgave_id = ANY($1))"""
        ),
        "comments": await one("SELECT count(*) FROM comments WHERE opgave_id = ANY($1) AND $WHEN"),
        "answers": await one(
            "SELECT count(*) FROM proposals WHERE opgave_id = ANY($1) AND responded_at IS NOT NULL AND $WHEN",
            "responded_at",
        ),
        "medianAnswerDays": None if median is None else round(median, 1),
        "tasks": await one("SELECT count(*) FROM tasks WHERE opgave_id = ANY($1) AND $WHEN"),
        "tasksDone": await one(
            "SELECT count(*) FROM tasks WHERE opgave_id = ANY($1) AND status = 'done' AND $WHEN", "updated_at"
        ),
        "claims": await one(
            """SELECT count(*) FROM task_claims WHERE $WHEN
               AND task_id IN (SELECT id FROM tasks WHERE opgave_id = ANY($1))"""
        ),
        "contributedCents": await one(ledger.format("contribution"), entry)
        + await one(ledger.format("correction"), entry),
        "grantedCents": await one(ledger.format("grant"), entry)
        - await one(ledger.format("withdrawal"), entry),
    }


def figures(row: dict[str, Any]) -> dict[str, Any]:
    return {key: row[key] for key in row if key not in {"month", "opgave", "wijk", "opgaven"}}


async def test_the_dashboard_equals_independent_counts(started_app: Litestar, db: Database) -> None:
    await seed_demo(db, PASSWORD_COST)
    utrecht = demo_id("municipality:utrecht")
    medewerker = await person(db, municipality_id=utrecht, role="medewerker")
    all_opgaven = [
        r["id"] for r in await db.fetch("SELECT id FROM opgaven WHERE municipality_id = $1", utrecht)
    ]
    month = await db.fetchval(f"SELECT to_char(now() AT TIME ZONE '{TZ}', 'YYYY-MM')")
    async with browser(started_app, medewerker["email"]) as client:
        response = await client.get("/api/v1/municipalities/utrecht/statistics", params={"months": 12})
        assert response.status_code == 200, response.text
        stats = response.json()
        assert stats["totals"] == await recount(db, all_opgaven)
        assert stats["totals"]["ideas"] > 0
        assert stats["totals"]["grantedCents"] > 0
        assert stats["totals"]["claims"] > 0
        assert len(stats["months"]) == 12
        assert stats["months"][-1]["month"] == month
        assert figures(stats["months"][-1]) == await recount(db, all_opgaven, month)
        for row in stats["opgaven"]:
            assert figures(row) == await recount(db, [UUID(row["opgave"]["id"])]), row["opgave"]["title"]
        wijken = {row["wijk"]: row for row in stats["wijken"]}
        assert "Overvecht" in wijken
        for wijk, row in wijken.items():
            ids = [
                r["id"]
                for r in await db.fetch(
                    """SELECT id FROM opgaven WHERE municipality_id = $1
                       AND (CASE WHEN $2::text IS NULL THEN cardinality(area) = 0 ELSE $2 = ANY(area) END)""",
                    utrecht,
                    wijk,
                )
            ]
            assert row["opgaven"] == len(ids)
            assert figures(row) == await recount(db, ids), wijk
        # Per opgave: the same figures, of that opgave alone.
        one = stats["opgaven"][0]
        only = await client.get(
            "/api/v1/municipalities/utrecht/statistics", params={"opgave": one["opgave"]["id"]}
        )
        assert only.json()["totals"] == figures(one)
        # Each table also as CSV, a row per line under a Dutch header.
        for table, rows in (
            ("months", 24),
            ("opgaven", len(stats["opgaven"])),
            ("wijken", len(stats["wijken"])),
        ):
            csv = await client.get(
                "/api/v1/municipalities/utrecht/statistics", params={"format": "csv", "table": table}
            )
            assert csv.status_code == 200
            assert csv.headers["content-type"].startswith("text/csv")
            lines = csv.text.strip().split("\r\n")
            assert "ideeën" in lines[0]
            assert len(lines) == rows + 1


async def test_the_median_answer_time_and_who_may_see_the_dashboard(
    started_app: Litestar, db: Database
) -> None:
    town = await municipality(db)
    staff = await person(db, municipality_id=town["id"], role="medewerker")
    resident = await person(db, municipality_id=town["id"], role="inwoner")
    work = await opgave(db, town["id"], staff["id"])
    await db.fetchval("UPDATE opgaven SET area = $2 WHERE id = $1", work["id"], ["Centrum"])
    now = utcnow()
    for days in (2, 4, 9):
        idea = await proposal(db, work, resident["id"])
        await db.fetchval(
            "UPDATE proposals SET created_at = $2, responded_at = $3, status = 'adopted' WHERE id = $1",
            idea["id"],
            now - timedelta(days=days + 1),
            now - timedelta(days=1),
        )
    async with browser(started_app, staff["email"]) as client:
        stats = (await client.get(f"/api/v1/municipalities/{town['slug']}/statistics")).json()
        assert stats["totals"]["answers"] == 3
        assert stats["totals"]["medianAnswerDays"] == 4.0
        assert stats["totals"]["people"] == 1
        assert [w["wijk"] for w in stats["wijken"]] == ["Centrum"]
    other = await municipality(db)
    for who in (resident, await person(db, municipality_id=other["id"], role="medewerker")):
        async with browser(started_app, who["email"]) as client:
            assert (await client.get(f"/api/v1/municipalities/{town['slug']}/statistics")).status_code == 403
    async with anonymous_client(started_app) as client:
        assert (await client.get(f"/api/v1/municipalities/{town['slug']}/statistics")).status_code == 401
