"""A beheerder blocks a person from posting in their municipality; ``ensure_may_post`` enforces it."""

from datetime import timedelta

import pytest
from litestar import Litestar

from api.db.connection import Database
from api.domains.moderation import ensure_may_post
from api.lib.errors import Forbidden
from api.lib.time import utcnow
from tests.content_factories import comment, proposal
from tests.factories import opgave
from tests.identities import browser, person
from tests.integration.moderation.conftest import Place


async def test_a_blocked_person_may_not_post_in_that_municipality(
    started_app: Litestar, db: Database, place: Place
) -> None:
    troll = place.author
    await proposal(db, place.opgave, troll["id"])
    blocks = f"/api/v1/municipalities/{place.slug}/posting-blocks"
    body = {"email": troll["email"], "reason": "Herhaaldelijk beledigend na waarschuwingen."}
    await ensure_may_post(db, place.id, troll["id"])  # not blocked yet
    async with (
        browser(started_app, place.beheerder["email"]) as beheerder,
        browser(started_app, place.medewerker["email"]) as medewerker,
        browser(started_app, place.neighbour_beheerder["email"]) as neighbour,
    ):
        # Only a beheerder of this municipality blocks here.
        assert (await medewerker.post(blocks, json=body)).status_code == 403
        assert (await neighbour.post(blocks, json=body)).status_code == 403
        assert (await neighbour.get(blocks)).status_code == 403
        created = await beheerder.post(blocks, json=body)
        assert created.status_code == 201, created.text
        block = created.json()
        assert block["account"]["id"] == str(troll["id"])
        assert block["active"] is True
        assert block["endsAt"] is None

        with pytest.raises(Forbidden) as refused:
            await ensure_may_post(db, place.id, troll["id"])
        assert refused.value.code == "posting_blocked"
        assert "Herhaaldelijk beledigend" in refused.value.detail
        # Elsewhere, and for everyone else, nothing changes.
        await ensure_may_post(db, place.neighbour["id"], troll["id"])
        await ensure_may_post(db, place.id, place.reporter["id"])
        async with db.transaction() as connection:  # also inside a unit of work's transaction
            with pytest.raises(Forbidden):
                await ensure_may_post(connection, place.id, troll["id"])

        again = await beheerder.post(blocks, json={"accountId": str(troll["id"]), "reason": "Nog eens."})
        assert again.status_code == 409
        assert again.json()["code"] == "already_blocked"
        listed = (await beheerder.get(blocks)).json()["items"]
        assert [b["id"] for b in listed] == [block["id"]]
        assert listed[0]["account"]["email"] == troll["email"]

        # Only a beheerder of the municipality lifts it; for anyone else it does not exist.
        lift = f"/api/v1/posting-blocks/{block['id']}"
        assert (await neighbour.delete(lift)).status_code == 404
        assert (await medewerker.delete(lift)).status_code == 404
        assert (await beheerder.delete(lift)).status_code == 204
        await ensure_may_post(db, place.id, troll["id"])
        assert (await beheerder.get(blocks)).json()["items"] == []

    actions = await db.fetch(
        "SELECT action FROM audit_events WHERE object_id = $1 ORDER BY created_at", block["id"]
    )
    assert [r["action"] for r in actions] == ["posting_block.created", "posting_block.lifted"]


async def test_a_block_can_end_by_itself(started_app: Litestar, db: Database, place: Place) -> None:
    someone = await person(db)
    await comment(db, place.opgave, someone["id"])
    blocks = f"/api/v1/municipalities/{place.slug}/posting-blocks"
    async with browser(started_app, place.beheerder["email"]) as beheerder:
        past = await beheerder.post(
            blocks,
            json={
                "email": someone["email"],
                "reason": "Spam",
                "endsAt": (utcnow() - timedelta(hours=1)).isoformat(),
            },
        )
        assert past.status_code == 400
        assert past.json()["invalidParams"][0]["name"] == "endsAt"
        without_zone = await beheerder.post(
            blocks, json={"email": someone["email"], "reason": "Spam", "endsAt": "2099-01-01T10:00:00"}
        )
        assert without_zone.status_code == 400
        ends_at = utcnow() + timedelta(days=7)
        week = await beheerder.post(
            blocks, json={"email": someone["email"], "reason": "Spam", "endsAt": ends_at.isoformat()}
        )
        assert week.status_code == 201
        with pytest.raises(Forbidden, match="tot "):
            await ensure_may_post(db, place.id, someone["id"])

        # A week later the block has ended by itself, and a new one may take its place.
        await db.fetchval(
            "UPDATE posting_blocks SET ends_at = now() - interval '1 minute' WHERE id = $1", week.json()["id"]
        )
        await ensure_may_post(db, place.id, someone["id"])
        assert (await beheerder.get(blocks)).json()["items"][0]["active"] is False
        renewed = await beheerder.post(blocks, json={"accountId": str(someone["id"]), "reason": "Weer spam"})
        assert renewed.status_code == 201, renewed.text
        with pytest.raises(Forbidden):
            await ensure_may_post(db, place.id, someone["id"])


async def test_naming_the_person_to_block(started_app: Litestar, db: Database, place: Place) -> None:
    someone = await person(db)
    await proposal(db, place.opgave, someone["id"])
    blocks = f"/api/v1/municipalities/{place.slug}/posting-blocks"
    async with browser(started_app, place.beheerder["email"]) as beheerder:
        both = await beheerder.post(
            blocks, json={"email": someone["email"], "accountId": str(someone["id"]), "reason": "x"}
        )
        assert both.status_code == 400
        assert {p["name"] for p in both.json()["invalidParams"]} == {"email", "accountId"}
        neither = await beheerder.post(blocks, json={"reason": "x"})
        assert neither.status_code == 400
        unknown = await beheerder.post(blocks, json={"email": "niemand@example.org", "reason": "x"})
        assert unknown.json()["invalidParams"][0]["code"] == "unknown_account"
        myself = await beheerder.post(blocks, json={"accountId": str(place.beheerder["id"]), "reason": "x"})
        assert myself.status_code == 400
        assert (
            await db.fetchval("SELECT count(*) FROM posting_blocks WHERE municipality_id = $1", place.id)
        ) == 0


async def test_only_someone_who_took_part_here_can_be_blocked(
    started_app: Litestar, db: Database, place: Place
) -> None:
    """A block's list shows the blocked person's address: blocking by an address, or by an account
    id seen elsewhere, must not tell a beheerder who has an account on the platform. Whoever has
    not written an idea or comment here, nor holds a role here, is answered as an unknown address."""
    elsewhere = await person(db)
    neighbour_opgave = await opgave(db, place.neighbour["id"], place.neighbour_medewerker["id"])
    await comment(db, neighbour_opgave, elsewhere["id"])  # active in the neighbour town only
    blocks = f"/api/v1/municipalities/{place.slug}/posting-blocks"
    async with browser(started_app, place.beheerder["email"]) as beheerder:
        answers = [
            await beheerder.post(blocks, json={"email": "niemand@example.org", "reason": "x"}),
            await beheerder.post(blocks, json={"email": elsewhere["email"], "reason": "x"}),
            await beheerder.post(blocks, json={"accountId": str(elsewhere["id"]), "reason": "x"}),
            await beheerder.post(
                blocks, json={"accountId": str(place.neighbour_beheerder["id"]), "reason": "x"}
            ),
        ]
        for answer in answers:
            assert answer.status_code == 400, answer.text
            assert answer.json()["invalidParams"][0]["code"] == "unknown_account"
        assert len({a.json()["detail"] for a in answers}) == 1
        assert len({a.json()["invalidParams"][0]["reason"] for a in answers}) == 1
        assert (
            await db.fetchval("SELECT count(*) FROM posting_blocks WHERE account_id = $1", elsewhere["id"])
        ) == 0

        # Once they write here, they can be blocked here.
        await comment(db, place.opgave, elsewhere["id"])
        created = await beheerder.post(blocks, json={"email": elsewhere["email"].upper(), "reason": "x"})
        assert created.status_code == 201, created.text
