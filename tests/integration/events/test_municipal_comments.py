"""Comments in the municipality's name: a system of the municipality (``comments:write``) answers
residents, and everything that reads comments shows the municipality as the writer.

The list and its schema, moderation (reporting and hiding it), the change feed and the follower
round, the person's reply notification, the person's data export (not theirs) and the municipality's
archive (it is), and the database's own rules: exactly one author, a client of the same municipality.
"""

import io
import json
import zipfile
from typing import Any

import asyncpg
import httpx
import pytest
from litestar import Litestar

from api.db.connection import Database
from api.lib.ids import new_id
from tests.factories import municipality
from tests.identities import anonymous_client, browser
from tests.integration.events.conftest import (
    Town,
    create_opgave,
    feed,
    machine_client,
    settled,
    submit_idea,
    told_followers,
)

ANSWER = "Dank u wel; de wijkcoach neemt contact met u op."


async def _ok(response: httpx.Response, status: int) -> dict[str, Any]:
    assert response.status_code == status, response.text
    return dict(response.json()) if response.content else {}


async def test_a_system_answers_a_resident_in_the_municipalitys_name(
    started_app: Litestar, db: Database, town: Town
) -> None:
    system = await machine_client(started_app, db, town.id, ["comments:write"])
    without = await machine_client(started_app, db, town.id, ["proposals:read", "opgaven:write"])
    elsewhere = await machine_client(started_app, db, (await municipality(db))["id"], ["comments:write"])
    reader = await machine_client(started_app, db, town.id, ["proposals:read"])
    name = await db.fetchval(
        "SELECT name FROM api_clients WHERE municipality_id = $1 AND 'comments:write' = ANY(scopes)", town.id
    )
    try:
        async with (
            browser(started_app, town.medewerker["email"]) as staff,
            browser(started_app, town.inwoner["email"]) as resident,
            anonymous_client(started_app) as visitor,
        ):
            opgave_id = await create_opgave(staff, town)
            idea = await submit_idea(resident, opgave_id)
            comments = f"/api/v1/proposals/{idea}/comments"
            asked = await _ok(await resident.post(comments, json={"body": "Wie helpt mij verder?"}), 201)
            count_before = await db.fetchval("SELECT count(*) FROM comments")

            # Without the scope, or of another municipality: refused, nothing written.
            answer = {"body": ANSWER, "parentId": asked["id"]}
            assert (await without.post(comments, json=answer)).status_code == 403
            assert (await elsewhere.post(comments, json=answer)).status_code == 403
            assert await db.fetchval("SELECT count(*) FROM comments") == count_before

            posted = await _ok(await system.post(comments, json=answer), 201)
            assert posted["author"] is None
            assert posted["municipalityAuthor"]["municipality"]["id"] == str(town.id)
            assert posted["municipalityAuthor"]["municipality"]["name"] == town.municipality["name"]
            # Which system wrote it is the municipality's business: its staff and its readers see it.
            assert posted["municipalityAuthor"]["clientName"] is None
            on_opgave = await _ok(
                await system.post(
                    f"/api/v1/opgaven/{opgave_id}/comments", json={"body": "De planning staat online."}
                ),
                201,
            )
            assert on_opgave["municipalityAuthor"] is not None

            def answer_in(page: dict[str, Any]) -> dict[str, Any]:
                [thread] = [c for c in page["items"] if c["id"] == asked["id"]]
                [reply] = thread["replies"]
                assert reply["id"] == posted["id"]
                return dict(reply)

            public = answer_in(await _ok(await visitor.get(comments), 200))
            assert (public["author"], public["body"]) == (None, ANSWER)
            assert public["municipalityAuthor"]["clientName"] is None
            assert name not in (await visitor.get(comments)).text
            for insider in (staff, reader):
                seen = answer_in(await _ok(await insider.get(comments), 200))
                assert seen["municipalityAuthor"]["clientName"] == name

            # The resident hears the municipality answered, in its name.
            told = await _ok(await resident.get("/api/v1/me/notifications"), 200)
            [replied] = [n for n in told["items"] if n["kind"] == "comment_replied"]
            assert replied["title"] == f"Gemeente {town.municipality['name']} antwoordde op uw reactie"

            # A resident answers the municipality's comment: nobody's account to notify, no error.
            await _ok(
                await resident.post(
                    f"/api/v1/opgaven/{opgave_id}/comments",
                    json={"body": "Fijn!", "parentId": on_opgave["id"]},
                ),
                201,
            )

            # The change feed and the follower round: posted, by nobody's account.
            await told_followers(db)
            posted_events = [
                e for e in await feed(reader, opgave=opgave_id) if e["type"] == "nl.samenspel.comment.posted"
            ]
            assert {e["data"]["commentId"] for e in posted_events} >= {posted["id"], on_opgave["id"]}
            assert await db.fetchval("SELECT actor_id FROM events WHERE object_id = $1", posted["id"]) is None

            # Moderation: reported, listed without a person, hidden, and the text gone for the public.
            report = await resident.post(
                f"/api/v1/comments/{posted['id']}/reports", json={"reason": "off_topic"}
            )
            assert report.status_code == 201, report.text
            queue = await _ok(await staff.get(f"/api/v1/moderation-reports?municipality={town.slug}"), 200)
            [item] = [i for i in queue["items"] if i["content"]["id"] == posted["id"]]
            assert item["content"]["author"] is None
            decision = {
                "target": {"type": "comment", "id": posted["id"]},
                "action": "hide",
                "publicReason": "Hoort bij een ander idee.",
            }
            await _ok(await staff.post("/api/v1/moderation-decisions", json=decision), 201)
            hidden = answer_in(await _ok(await visitor.get(comments), 200))
            assert (hidden["hidden"], hidden["body"]) == (True, "")
            assert answer_in(await _ok(await staff.get(comments), 200))["body"] == ANSWER
            await settled(db)
            kinds = [e["type"] for e in await feed(reader, opgave=opgave_id)]
            assert "nl.samenspel.comment.hidden" in kinds

            # The resident's own data holds their comments, not the municipality's.
            mine = await _ok(await resident.get("/api/v1/me/export"), 200)
            assert [c["body"] for c in mine["comments"]] == ["Wie helpt mij verder?", "Fijn!"]

        # The municipality's archive holds it, with the system that wrote it.
        async with browser(started_app, town.beheerder["email"]) as beheerder:
            response = await beheerder.get(f"/api/v1/municipalities/{town.slug}/archive")
            assert response.status_code == 200, response.text
        archive = zipfile.ZipFile(io.BytesIO(response.content))
        [row] = [r for r in json.loads(archive.read("comments.json")) if r["id"] == posted["id"]]
        client_row = await db.fetchval("SELECT id FROM api_clients WHERE name = $1", name)
        assert (row["author_id"], row["author_client_id"]) == (None, str(client_row))
    finally:
        for machine in (system, without, elsewhere, reader):
            await machine.aclose()


async def test_a_comment_has_exactly_one_author_of_its_own_municipality(
    started_app: Litestar, db: Database, town: Town
) -> None:
    async with browser(started_app, town.medewerker["email"]) as staff:
        opgave_id = await create_opgave(staff, town)
    ours = await db.fetchval(
        "INSERT INTO api_clients (id, municipality_id, name, client_id, secret_hash, scopes) "
        "VALUES ($1, $2, 'Zaaksysteem', $3, '\\x00', '{}') RETURNING id",
        new_id(),
        town.id,
        f"ssp_{new_id().hex[:20]}",
    )
    other_town = await municipality(db)
    theirs = await db.fetchval(
        "INSERT INTO api_clients (id, municipality_id, name, client_id, secret_hash, scopes) "
        "VALUES ($1, $2, 'Elders', $3, '\\x00', '{}') RETURNING id",
        new_id(),
        other_town["id"],
        f"ssp_{new_id().hex[:20]}",
    )
    insert = (
        "INSERT INTO comments (id, municipality_id, opgave_id, author_id, author_client_id, body) "
        "VALUES ($1, $2, $3, $4, $5, 'x')"
    )
    for author_id, client_id in ((town.inwoner["id"], ours), (None, None)):
        with pytest.raises(asyncpg.CheckViolationError):
            await db.fetchval(insert, new_id(), town.id, opgave_id, author_id, client_id)
    with pytest.raises(asyncpg.ForeignKeyViolationError):
        await db.fetchval(insert, new_id(), town.id, opgave_id, None, theirs)
    await db.fetchval(insert, new_id(), town.id, opgave_id, None, ours)
