"""The author objects once; staff uphold the decision or overturn it, and the author hears which."""

from typing import Any

import httpx
import pytest
from litestar import Litestar

from api.db.connection import Database
from tests.content_factories import comment, proposal
from tests.identities import browser
from tests.integration.moderation.conftest import Place

DECISIONS = "/api/v1/moderation-decisions"


async def _hide(staff: httpx.AsyncClient, kind: str, content_id: Any, reason: str) -> dict[str, Any]:
    response = await staff.post(
        DECISIONS,
        json={"target": {"type": kind, "id": str(content_id)}, "action": "hide", "publicReason": reason},
    )
    assert response.status_code == 201, response.text
    decision: dict[str, Any] = response.json()
    return decision


async def _told(author: httpx.AsyncClient, decision_id: str) -> list[dict[str, Any]]:
    items = (await author.get("/api/v1/me/notifications")).json()["items"]
    return [n for n in items if n["objectId"] == decision_id]


async def test_an_appeal_upheld_keeps_the_content_hidden(
    started_app: Litestar, db: Database, place: Place
) -> None:
    idea = await proposal(db, place.opgave, place.author["id"], title="Gratis bier op het plein")
    async with (
        browser(started_app, place.author["email"]) as author,
        browser(started_app, place.reporter["email"]) as stranger,
        browser(started_app, place.medewerker["email"]) as staff,
        browser(started_app, place.neighbour_medewerker["email"]) as neighbour,
    ):
        decision = await _hide(staff, "proposal", idea["id"], "Geen voorstel voor deze opgave.")
        appeals = f"{DECISIONS}/{decision['id']}/appeals"
        explanation = {"explanation": "Het gaat juist om ontmoeting in de wijk."}
        # Only the author objects: not another resident, not staff.
        assert (await stranger.post(appeals, json=explanation)).status_code == 403
        assert (await staff.post(appeals, json=explanation)).status_code == 403
        appealed = await author.post(appeals, json=explanation)
        assert appealed.status_code == 201, appealed.text
        appeal = appealed.json()
        assert appeal["outcome"] is None
        assert appeal["decision"]["id"] == decision["id"]
        again = await author.post(appeals, json={"explanation": "Nog een keer."})
        assert again.status_code == 409
        assert again.json()["code"] == "already_appealed"
        seen = (await author.get(f"{DECISIONS}/{decision['id']}")).json()
        assert seen["appeal"]["id"] == appeal["id"]
        assert seen["appealable"] is False

        queue = f"/api/v1/moderation-appeals?municipality={place.slug}"
        assert (await neighbour.get(queue)).status_code == 403
        open_ones = (await staff.get(queue)).json()["items"]
        assert [a["id"] for a in open_ones] == [appeal["id"]]
        assert open_ones[0]["content"]["title"] == "Gratis bier op het plein"

        path = f"/api/v1/moderation-appeals/{appeal['id']}"
        verdict = {"outcome": "upheld", "reason": "Het idee gaat niet over werk."}
        # Another municipality's staff and the author cannot even see the appeal to settle it.
        assert (await neighbour.patch(path, json=verdict)).status_code == 404
        assert (await author.patch(path, json=verdict)).status_code == 404
        settled = await staff.patch(path, json=verdict)
        assert settled.status_code == 200, settled.text
        assert settled.json()["outcome"] == "upheld"
        assert settled.json()["resolutionReason"] == "Het idee gaat niet over werk."
        twice = await staff.patch(path, json={"outcome": "overturned", "reason": "Toch wel."})
        assert twice.status_code == 409
        assert twice.json()["code"] == "already_resolved"

        assert await db.fetchval("SELECT hidden FROM proposals WHERE id = $1", idea["id"]) is True
        assert (await staff.get(queue)).json()["items"] == []
        done = (await staff.get(f"{queue}&status=resolved")).json()["items"]
        assert done[0]["id"] == appeal["id"]
        told = await _told(author, decision["id"])
        assert [n["title"] for n in told] == ["Uw bezwaar is afgewezen", "Uw idee is verborgen"]
        assert "Het idee gaat niet over werk." in told[0]["body"]

    # Settled is settled, also for someone with the database at hand.
    with pytest.raises(Exception, match="settled once"):
        await db.fetchval("UPDATE moderation_appeals SET outcome = 'overturned' WHERE id = $1", appeal["id"])


async def test_an_appeal_overturned_restores_the_content(
    started_app: Litestar, db: Database, place: Place
) -> None:
    said = await comment(db, place.opgave, place.author["id"], body="De wethouder slaapt.")
    async with (
        browser(started_app, place.author["email"]) as author,
        browser(started_app, place.beheerder["email"]) as staff,
    ):
        decision = await _hide(staff, "comment", said["id"], "Persoonlijke aanval.")
        appealed = await author.post(
            f"{DECISIONS}/{decision['id']}/appeals",
            json={"explanation": "Het was een grap over de vergadering."},
        )
        assert appealed.status_code == 201
        settled = await staff.patch(
            f"/api/v1/moderation-appeals/{appealed.json()['id']}",
            json={"outcome": "overturned", "reason": "Scherp, maar geen aanval."},
        )
        assert settled.status_code == 200, settled.text
        assert settled.json()["content"]["hidden"] is False

        row = await db.fetchrow("SELECT hidden, hidden_reason FROM comments WHERE id = $1", said["id"])
        assert (row["hidden"], row["hidden_reason"]) == (False, None)
        # The restoring is a decision of its own, so the record of what happened stays complete.
        actions = await db.fetch(
            "SELECT action, public_reason FROM moderation_decisions WHERE comment_id = $1 ORDER BY created_at",
            said["id"],
        )
        assert [(r["action"], r["public_reason"]) for r in actions] == [
            ("hide", "Persoonlijke aanval."),
            ("restore", "Scherp, maar geen aanval."),
        ]
        told = await _told(author, decision["id"])
        assert told[0]["title"] == "Uw bezwaar is toegewezen"
        assert "weer zichtbaar" in told[0]["body"]


async def test_only_hiding_can_be_appealed(started_app: Litestar, db: Database, place: Place) -> None:
    said = await comment(db, place.opgave, place.author["id"])
    async with (
        browser(started_app, place.author["email"]) as author,
        browser(started_app, place.reporter["email"]) as reporter,
        browser(started_app, place.medewerker["email"]) as staff,
    ):
        assert (
            await reporter.post(f"/api/v1/comments/{said['id']}/reports", json={"reason": "spam"})
        ).status_code == 201
        dismissed = await staff.post(
            DECISIONS, json={"target": {"type": "comment", "id": str(said["id"])}, "action": "dismiss"}
        )
        assert dismissed.status_code == 201
        refused = await author.post(
            f"{DECISIONS}/{dismissed.json()['id']}/appeals", json={"explanation": "Waarom gemeld?"}
        )
        assert refused.status_code == 409
        assert refused.json()["code"] == "not_appealable"


async def test_what_i_did_in_moderation_and_what_was_decided_about_me_is_in_my_export(
    started_app: Litestar, db: Database, place: Place
) -> None:
    said = await comment(db, place.opgave, place.author["id"], body="Iedereen hier is dom.")
    async with (
        browser(started_app, place.author["email"]) as author,
        browser(started_app, place.reporter["email"]) as reporter,
        browser(started_app, place.medewerker["email"]) as staff,
        browser(started_app, place.beheerder["email"]) as beheerder,
    ):
        reported = await reporter.post(
            f"/api/v1/comments/{said['id']}/reports", json={"reason": "offensive", "explanation": "Scheldt."}
        )
        assert reported.status_code == 201, reported.text
        decision = await _hide(staff, "comment", said["id"], "Schelden hoort hier niet.")
        appealed = await author.post(
            f"{DECISIONS}/{decision['id']}/appeals", json={"explanation": "Het was een grap."}
        )
        assert appealed.status_code == 201, appealed.text
        blocked = await beheerder.post(
            f"/api/v1/municipalities/{place.slug}/posting-blocks",
            json={"accountId": str(place.author["id"]), "reason": "Blijft schelden na waarschuwingen."},
        )
        assert blocked.status_code == 201, blocked.text
        theirs = (await author.get("/api/v1/me/export")).json()
        mine = (await reporter.get("/api/v1/me/export")).json()

    assert [(r["commentId"], r["reason"], r["explanation"]) for r in mine["reports"]] == [
        (str(said["id"]), "offensive", "Scheldt.")
    ]
    assert mine["reports"][0]["resolvedAt"] is not None
    assert (mine["appeals"], mine["postingBlocks"]) == ([], [])
    assert [(a["decisionId"], a["explanation"], a["outcome"]) for a in theirs["appeals"]] == [
        (decision["id"], "Het was een grap.", None)
    ]
    assert [(b["municipality"]["slug"], b["reason"]) for b in theirs["postingBlocks"]] == [
        (place.slug, "Blijft schelden na waarschuwingen.")
    ]
    # Who reported the author stays out of the author's own export.
    assert theirs["reports"] == []
    assert str(place.reporter["id"]) not in str(theirs)
