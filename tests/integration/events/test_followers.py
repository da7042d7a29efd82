"""Followers hear of an opgave's phases, tasks, grants and results, from its events."""

import uuid

from litestar import Litestar

from api.db.connection import Database
from api.domains.events import outbox
from api.domains.events import types as event_types
from api.worker.followers import tell_followers
from tests.identities import browser
from tests.integration.events.conftest import Town, create_opgave, settled


async def _told(db: Database) -> None:
    await settled(db)
    for _ in range(50):
        if not await tell_followers(db):
            return


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
        await _told(db)

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
        await _told(db)
        again = (await resident.get("/api/v1/me/notifications")).json()["items"]
        assert len([n for n in again if n["kind"] == "opgave_update"]) == 3
