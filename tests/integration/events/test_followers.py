"""Followers hear of an opgave's phases, tasks, grants and results, from its events."""

import uuid

from litestar import Litestar

from api.db.connection import Database
from api.domains.events import outbox
from api.domains.events import types as event_types
from tests.identities import browser, person
from tests.integration.events.conftest import Town, create_opgave, told_followers


async def test_followers_hear_of_public_news_and_nothing_else(
    started_app: Litestar, db: Database, town: Town
) -> None:
    async with (
        browser(started_app, town.medewerker["email"]) as staff,
        browser(started_app, town.inwoner["email"]) as resident,
    ):
        public = await create_opgave(staff, town)
        draft = await create_opgave(staff, town, published=False)
        assert (await resident.put(f"/api/v1/opgaven/{public}/following")).status_code == 204
        # Followed while it was public, say; now a draft again.
        await db.fetchval(
            "INSERT INTO opgave_followers (id, municipality_id, opgave_id, account_id) VALUES ($1, $2, $3, $4)",
            uuid.uuid4(),
            town.id,
            uuid.UUID(draft),
            town.inwoner["id"],
        )
        for opgave_id in (public, draft):
            assert (await staff.put(f"/api/v1/opgaven/{opgave_id}/following")).status_code == 204
            moved = await staff.post(
                f"/api/v1/opgaven/{opgave_id}/phase-transitions", json={"toPhase": "formulating"}
            )
            assert moved.status_code == 201
        task = await staff.post(f"/api/v1/opgaven/{public}/tasks", json={"title": "Banenmarkt organiseren"})
        assert task.status_code == 201, task.text
        async with db.transaction() as connection:
            claim_id = uuid.uuid4()
            await outbox.record(
                connection,
                outbox.DomainEvent(
                    type=event_types.BUDGET_CLAIM_GRANTED,
                    municipality_id=town.id,
                    subject=outbox.subject("budget-claims", claim_id),
                    object_id=claim_id,
                    opgave_id=uuid.UUID(public),
                    data=event_types.MoneyEventData(
                        opgave_id=uuid.UUID(public),
                        budget_id=uuid.uuid4(),
                        object_id=claim_id,
                        organisation_id=None,
                        amount_cents=250_000,
                    ),
                ),
            )
        await told_followers(db)

        mine = (await resident.get("/api/v1/me/notifications")).json()["items"]
        news = [n for n in mine if n["kind"] == "opgave_update"]
        titles = sorted(n["title"] for n in news)
        assert len(titles) == 3, titles
        assert any("nu in de fase formuleren" in t for t in titles)
        assert any(t.startswith("Nieuwe taak bij") for t in titles)
        assert any(t.startswith("Budget toegekend bij") for t in titles)
        assert {n["link"] for n in news} == {f"/opgaven/{public}"}, (
            "the draft's phase change reached a resident"
        )
        # Whoever caused it is not told of it.
        staff_news = (await staff.get("/api/v1/me/notifications")).json()["items"]
        assert not any("nu in de fase" in n["title"] for n in staff_news)
        # They go out by mail as each chose: marked for the mail round.
        wanted = await db.fetchval(
            "SELECT bool_and(mail_wanted) FROM notifications WHERE account_id = $1 AND kind = 'opgave_update'",
            town.inwoner["id"],
        )
        assert wanted is True

        # A second round tells nothing twice.
        await told_followers(db)
        again = (await resident.get("/api/v1/me/notifications")).json()["items"]
        assert len([n for n in again if n["kind"] == "opgave_update"]) == 3


async def test_each_follower_is_told_in_their_own_language(
    started_app: Litestar, db: Database, town: Town
) -> None:
    english = await person(db, municipality_id=town.id, role="inwoner")
    async with (
        browser(started_app, town.medewerker["email"]) as staff,
        browser(started_app, town.inwoner["email"]) as dutch_reader,
        browser(started_app, english["email"]) as english_reader,
    ):
        me = await english_reader.get("/api/v1/me")
        assert me.json()["language"] == "nl"  # Dutch unless chosen otherwise
        chosen = await english_reader.patch(
            "/api/v1/me", json={"language": "en"}, headers={"If-Match": me.headers["etag"]}
        )
        assert chosen.status_code == 200, chosen.text
        assert chosen.json()["language"] == "en"
        refused = await english_reader.patch(
            "/api/v1/me", json={"language": "fy"}, headers={"If-Match": chosen.headers["etag"]}
        )
        assert refused.status_code == 400
        assert refused.headers["content-type"] == "application/problem+json"

        opgave_id = await create_opgave(staff, town)
        for reader in (dutch_reader, english_reader):
            assert (await reader.put(f"/api/v1/opgaven/{opgave_id}/following")).status_code == 204
        moved = await staff.post(
            f"/api/v1/opgaven/{opgave_id}/phase-transitions", json={"toPhase": "formulating"}
        )
        assert moved.status_code == 201, moved.text
        # A new idea reaches followers through the events too (not its own author).
        idea = await dutch_reader.post(
            f"/api/v1/opgaven/{opgave_id}/proposals",
            json={"title": "Een repaircafé", "body": "<p>Elke zaterdag.</p>"},
        )
        assert idea.status_code == 201, idea.text
        await told_followers(db)

        dutch = (await dutch_reader.get("/api/v1/me/notifications")).json()["items"]
        english_items = (await english_reader.get("/api/v1/me/notifications")).json()["items"]
        assert [n["title"] for n in dutch if n["kind"] == "opgave_update"] == [
            next(n["title"] for n in dutch if "nu in de fase formuleren" in n["title"])
        ]
        assert not any(n["kind"] == "proposal_on_followed" for n in dutch)  # their own idea
        phase = [n for n in english_items if n["kind"] == "opgave_update"]
        assert len(phase) == 1
        assert phase[0]["title"].endswith("is now in the phase formulating"), phase[0]["title"]
        [new_idea] = [n for n in english_items if n["kind"] == "proposal_on_followed"]
        assert new_idea["title"] == "New idea: Een repaircafé"
        assert new_idea["link"] == f"/ideeen/{idea.json()['id']}"
        assert new_idea["body"] == "Elke zaterdag."
