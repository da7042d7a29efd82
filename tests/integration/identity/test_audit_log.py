"""The audit log as its beheerders read it: filters on who, what and when, pages, and a CSV download."""

import csv
import io
from datetime import UTC, datetime, timedelta
from uuid import uuid4

from litestar import Litestar

from api.db.connection import Database
from tests.factories import municipality
from tests.identities import browser, person

T0 = datetime(2026, 3, 1, 9, 0, tzinfo=UTC)


async def _events(db: Database, municipality_id: object) -> None:
    rows = [
        ("person", "anna", "role.changed", '=HYPERLINK("x")', T0),
        ("person", "anna", "role.removed", "r2", T0 + timedelta(hours=1)),
        ("person", "bram", "role.changed", "r3", T0 + timedelta(hours=2)),
        ("client", "ssp_1", "opgave.published", "o1", T0 + timedelta(days=1)),
        ("person", "anna", "opgave.published", "o2", T0 + timedelta(days=2)),
    ]
    for actor_type, actor, action, object_id, at in rows:
        await db.fetchval(
            """INSERT INTO audit_events (id, municipality_id, actor_type, actor_id, action, object_type,
                                         object_id, result, request_id, details, created_at)
               VALUES ($1, $2, $3, $4, $5, 'x', $6, 'success', 'req', '{}', $7)""",
            uuid4(),
            municipality_id,
            actor_type,
            actor,
            action,
            object_id,
            at,
        )


async def test_the_audit_log_filters_on_actor_action_and_time_and_pages_by_keyset(
    started_app: Litestar, db: Database
) -> None:
    town = await municipality(db)
    admin = await person(db, municipality_id=town["id"], role="beheerder")
    await _events(db, town["id"])
    base = f"/api/v1/audit-events?municipality={town['slug']}"
    since = (T0 - timedelta(minutes=1)).isoformat().replace("+00:00", "Z")
    until = (T0 + timedelta(days=1, minutes=1)).isoformat().replace("+00:00", "Z")
    async with browser(started_app, admin["email"]) as client:

        async def objects(query: str) -> list[str]:
            response = await client.get(f"{base}&{query}")
            assert response.status_code == 200, response.text
            return [event["objectId"] for event in response.json()["items"]]

        window = f"since={since}&until={until}"
        assert await objects(f"actor=anna&{window}") == ["r2", '=HYPERLINK("x")']
        assert await objects(f"action=role.changed&{window}") == ["r3", '=HYPERLINK("x")']
        # A prefix: every action about roles.
        assert await objects(f"action=role&{window}") == ["r3", "r2", '=HYPERLINK("x")']
        assert await objects(f"action=opgave.published&{window}") == ["o1"]
        # Newest first, walked page by page with the cursor.
        seen: list[str] = []
        cursor = ""
        for _ in range(10):
            page = (await client.get(f"{base}&{window}&limit=2&cursor={cursor}")).json()
            seen += [event["objectId"] for event in page["items"]]
            cursor = page["nextCursor"]
            if not cursor:
                break
        assert seen == ["o1", "r3", "r2", '=HYPERLINK("x")']
        bad = await client.get(f"{base}&since=gisteren")
        assert bad.status_code == 400
        assert bad.headers["content-type"] == "application/problem+json"
        assert [p["name"] for p in bad.json()["invalidParams"]] == ["since"]


async def test_the_audit_log_downloads_as_csv_with_the_same_filters(
    started_app: Litestar, db: Database
) -> None:
    town = await municipality(db)
    admin = await person(db, municipality_id=town["id"], role="beheerder")
    staff = await person(db, municipality_id=town["id"], role="medewerker")
    await _events(db, town["id"])
    path = f"/api/v1/audit-events/export?municipality={town['slug']}&actor=anna&until=2026-03-02T12:00:00Z"
    async with browser(started_app, admin["email"]) as client:
        response = await client.get(path)
        assert response.status_code == 200, response.text
        assert response.headers["content-type"].startswith("text/csv")
        assert "attachment" in response.headers["content-disposition"]
        rows = list(csv.reader(io.StringIO(response.text)))
        assert rows[0] == [
            "id",
            "createdAt",
            "actorType",
            "actorId",
            "action",
            "objectType",
            "objectId",
            "result",
            "requestId",
            "details",
        ]
        assert [row[6] for row in rows[1:]] == ["r2", '\'=HYPERLINK("x")']
        assert [row[4] for row in rows[1:]] == ["role.removed", "role.changed"]
    async with browser(started_app, staff["email"]) as client:
        refused = await client.get(path)
        assert refused.status_code == 403
        assert refused.headers["content-type"] == "application/problem+json"
