"""Reports, the queue and decisions: hidden with a reason the public sees, and the author told why."""

import asyncio
import dataclasses

import pytest
from litestar import Litestar

from api.app import create_app
from api.db.connection import Database
from api.lib.ids import new_id
from api.settings import Settings
from tests.conftest import run_lifespan
from tests.content_factories import comment, proposal
from tests.factories import opgave
from tests.identities import browser, person
from tests.integration.moderation.conftest import Place

DECISIONS = "/api/v1/moderation-decisions"


async def test_a_reported_comment_is_hidden_with_a_reason_and_its_author_is_told(
    started_app: Litestar, db: Database, place: Place
) -> None:
    said = await comment(db, place.opgave, place.author["id"], body="Bel mij: 06-12345678, Dorpsstraat 4")
    reports = f"/api/v1/comments/{said['id']}/reports"
    queue = f"/api/v1/moderation-reports?municipality={place.slug}"
    async with (
        browser(started_app, place.reporter["email"]) as reporter,
        browser(started_app, place.other_reporter["email"]) as other,
        browser(started_app, place.medewerker["email"]) as staff,
        browser(started_app, place.neighbour_medewerker["email"]) as neighbour,
        browser(started_app, place.author["email"]) as author,
    ):
        first = await reporter.post(reports, json={"reason": "personal_data", "explanation": "Een adres"})
        assert first.status_code == 201, first.text
        assert first.json()["status"] == "open"
        assert first.json()["contentType"] == "comment"
        again = await reporter.post(reports, json={"reason": "spam"})
        assert again.status_code == 409
        assert again.json()["code"] == "already_reported"
        assert (await other.post(reports, json={"reason": "personal_data"})).status_code == 201

        # Another municipality's staff neither see the queue nor decide on it.
        assert (await neighbour.get(queue)).status_code == 403
        body = {"target": {"type": "comment", "id": str(said["id"])}, "action": "hide", "publicReason": "x"}
        assert (await neighbour.post(DECISIONS, json=body)).status_code == 403
        assert (await reporter.post(DECISIONS, json=body)).status_code == 403

        listed = await staff.get(queue)
        assert listed.status_code == 200, listed.text
        [item] = [i for i in listed.json()["items"] if i["content"]["id"] == str(said["id"])]
        assert item["status"] == "open"
        assert item["reportCount"] == 2
        assert item["reasons"] == [{"reason": "personal_data", "count": 2}]
        assert item["content"]["author"]["displayName"] == "Schrijver Sanne"
        assert item["content"]["text"].startswith("Bel mij")
        assert [r["explanation"] for r in item["reports"]] == ["Een adres", ""]
        # Who reported stays out of view, even for staff.
        assert str(place.reporter["id"]) not in listed.text
        assert place.reporter["email"] not in listed.text

        # Hiding needs a reason: the public sees it where the comment was.
        missing = await staff.post(DECISIONS, json={**body, "publicReason": "  "})
        assert missing.status_code == 400
        assert missing.json()["invalidParams"][0]["name"] == "publicReason"
        reason = "Bevat persoonsgegevens (een telefoonnummer en adres)."
        decided = await staff.post(DECISIONS, json={**body, "publicReason": reason})
        assert decided.status_code == 201, decided.text
        decision = decided.json()
        assert decided.headers["location"] == f"{DECISIONS}/{decision['id']}"
        assert decision["action"] == "hide"
        assert decision["reportsResolved"] == 2
        assert decision["content"]["hidden"] is True
        assert decision["appealable"] is True

        row = await db.fetchrow("SELECT hidden, hidden_reason FROM comments WHERE id = $1", said["id"])
        assert dict(row) == {"hidden": True, "hidden_reason": reason}
        assert (await staff.get(queue)).json()["items"] == []
        resolved = (await staff.get(f"{queue}&status=resolved")).json()["items"]
        assert resolved[0]["decision"]["id"] == decision["id"]
        assert resolved[0]["reportCount"] == 2
        assert resolved[0]["status"] == "resolved"

        # The author hears what was hidden and why, and can look the decision up.
        mine = (await author.get("/api/v1/me/notifications")).json()["items"]
        told = [n for n in mine if n["objectId"] == decision["id"]]
        assert len(told) == 1
        assert told[0]["kind"] == "moderation_decision"
        assert told[0]["title"] == "Uw reactie is verborgen"
        assert reason in told[0]["body"]
        assert "bezwaar" in told[0]["body"]
        assert told[0]["link"] == f"/opgaven/{place.opgave['id']}#reactie-{said['id']}"
        assert (await author.get(f"{DECISIONS}/{decision['id']}")).status_code == 200
        assert (await reporter.get(f"{DECISIONS}/{decision['id']}")).status_code == 403

        # Hidden now: a new report or a second hide is a conflict.
        late = await reporter.post(reports, json={"reason": "spam"})
        assert late.status_code == 409
        assert late.json()["code"] == "already_hidden"
        twice = await staff.post(DECISIONS, json={**body, "publicReason": reason})
        assert twice.json()["code"] == "already_hidden"

    logged = await db.fetch(
        "SELECT action FROM audit_events WHERE object_id = $1 OR details->>'contentId' = $2",
        decision["id"],
        str(said["id"]),
    )
    assert {r["action"] for r in logged} >= {"moderation_report.created", "moderation.decided"}


async def test_a_proposal_is_dismissed_hidden_and_restored(
    started_app: Litestar, db: Database, place: Place
) -> None:
    idea = await proposal(db, place.opgave, place.author["id"], title="Een buurtkamer")
    target = {"type": "proposal", "id": str(idea["id"])}
    async with (
        browser(started_app, place.reporter["email"]) as reporter,
        browser(started_app, place.medewerker["email"]) as staff,
        browser(started_app, place.author["email"]) as author,
    ):
        assert (
            await reporter.post(f"/api/v1/proposals/{idea['id']}/reports", json={"reason": "off_topic"})
        ).status_code == 201
        dismissed = await staff.post(DECISIONS, json={"target": target, "action": "dismiss"})
        assert dismissed.status_code == 201, dismissed.text
        assert dismissed.json()["reportsResolved"] == 1
        assert dismissed.json()["appealable"] is False
        nothing_left = await staff.post(DECISIONS, json={"target": target, "action": "dismiss"})
        assert nothing_left.json()["code"] == "no_open_reports"
        visible = await staff.post(DECISIONS, json={"target": target, "action": "restore"})
        assert visible.status_code == 409
        assert visible.json()["code"] == "not_hidden"
        # The reporter may report again once the first report is closed.
        assert (
            await reporter.post(f"/api/v1/proposals/{idea['id']}/reports", json={"reason": "spam"})
        ).status_code == 201

        hidden = await staff.post(
            DECISIONS, json={"target": target, "action": "hide", "publicReason": "Reclame voor een bedrijf."}
        )
        assert hidden.status_code == 201
        row = await db.fetchrow(
            "SELECT hidden, hidden_reason, version FROM proposals WHERE id = $1", idea["id"]
        )
        assert (row["hidden"], row["hidden_reason"], row["version"]) == (True, "Reclame voor een bedrijf.", 2)
        restored = await staff.post(
            DECISIONS, json={"target": target, "action": "restore", "publicReason": "Toch passend."}
        )
        assert restored.status_code == 201
        row = await db.fetchrow("SELECT hidden, hidden_reason FROM proposals WHERE id = $1", idea["id"])
        assert (row["hidden"], row["hidden_reason"]) == (False, None)

        titles = [n["title"] for n in (await author.get("/api/v1/me/notifications")).json()["items"]]
        # Newest first; a dismissal changes nothing for the author, so it tells them nothing.
        assert titles == ["Uw idee is weer zichtbaar", "Uw idee is verborgen"]


async def test_who_may_report(started_app: Litestar, db: Database, place: Place) -> None:
    said = await comment(db, place.opgave, place.author["id"])
    draft = await opgave(db, place.id, place.medewerker["id"], published=False)
    unseen = await comment(db, draft, place.author["id"])
    unverified = await person(db, verified=False)
    async with (
        browser(started_app) as visitor,
        browser(started_app, unverified["email"]) as newcomer,
        browser(started_app, place.reporter["email"]) as reporter,
        browser(started_app, place.medewerker["email"]) as staff,
    ):
        path = f"/api/v1/comments/{said['id']}/reports"
        assert (await visitor.post(path, json={"reason": "spam"})).status_code == 401
        assert (await newcomer.post(path, json={"reason": "spam"})).status_code == 403
        # Comments on a draft opgave do not exist for residents; staff of the town may report them.
        hidden_path = f"/api/v1/comments/{unseen['id']}/reports"
        assert (await reporter.post(hidden_path, json={"reason": "spam"})).status_code == 404
        assert (await staff.post(hidden_path, json={"reason": "spam"})).status_code == 201
        assert (await reporter.post(path, json={"reason": "gezeur"})).status_code == 400
        assert (
            await reporter.post(
                "/api/v1/proposals/019a0000-0000-7000-8000-000000000000/reports", json={"reason": "spam"}
            )
        ).status_code == 404


@pytest.mark.parametrize("kind", ["comment", "proposal"])
async def test_parallel_reports_by_one_person_count_once(
    started_app: Litestar, db: Database, place: Place, kind: str
) -> None:
    if kind == "comment":
        content = await comment(db, place.opgave, place.author["id"])
    else:
        content = await proposal(db, place.opgave, place.author["id"])
    async with browser(started_app, place.reporter["email"]) as reporter:
        responses = await asyncio.gather(
            *(
                reporter.post(f"/api/v1/{kind}s/{content['id']}/reports", json={"reason": "spam"})
                for _ in range(10)
            )
        )
    assert sorted(r.status_code for r in responses) == [201] + [409] * 9
    assert (
        await db.fetchval(f"SELECT count(*) FROM moderation_reports WHERE {kind}_id = $1", content["id"]) == 1
    )


async def test_decisions_are_never_changed(db: Database, place: Place) -> None:
    said = await comment(db, place.opgave, place.author["id"])
    decision_id = await db.fetchval(
        """INSERT INTO moderation_decisions (id, municipality_id, comment_id, action, public_reason, decided_by_id)
           VALUES (gen_random_uuid(), $1, $2, 'hide', 'Reden', $3) RETURNING id""",
        place.id,
        said["id"],
        place.medewerker["id"],
    )
    with pytest.raises(Exception, match="append-only"):
        await db.fetchval(
            "UPDATE moderation_decisions SET public_reason = 'anders' WHERE id = $1", decision_id
        )


async def test_a_reported_comment_says_which_idea_or_task_it_is_on(
    started_app: Litestar, db: Database, place: Place
) -> None:
    """The queue names a comment's place, so staff (and the site's links) find it where it stands."""
    task_id = new_id()
    await db.fetchval(
        "INSERT INTO tasks (id, municipality_id, opgave_id, title) VALUES ($1, $2, $3, 'Werkgevers bellen')",
        task_id,
        place.id,
        place.opgave["id"],
    )
    on_task = await db.fetchrow(
        """INSERT INTO comments (id, municipality_id, opgave_id, task_id, author_id, body)
           VALUES ($1, $2, $3, $4, $5, 'Wie belt er maandag?') RETURNING id""",
        new_id(),
        place.id,
        place.opgave["id"],
        task_id,
        place.author["id"],
    )
    idea = await proposal(db, place.opgave, place.author["id"])
    on_idea = await comment(db, place.opgave, place.author["id"], proposal_id=idea["id"])
    async with (
        browser(started_app, place.reporter["email"]) as reporter,
        browser(started_app, place.medewerker["email"]) as staff,
    ):
        for said in (on_task, on_idea):
            reported = await reporter.post(f"/api/v1/comments/{said['id']}/reports", json={"reason": "spam"})
            assert reported.status_code == 201, reported.text
        await reporter.post(f"/api/v1/proposals/{idea['id']}/reports", json={"reason": "spam"})
        listed = (await staff.get(f"/api/v1/moderation-reports?municipality={place.slug}")).json()["items"]
    places = {i["content"]["id"]: (i["content"]["proposalId"], i["content"]["taskId"]) for i in listed}
    assert places[str(on_task["id"])] == (None, str(task_id))
    assert places[str(on_idea["id"])] == (str(idea["id"]), None)
    assert places[str(idea["id"])] == (None, None)


async def test_one_person_cannot_bury_the_queue_in_reports(
    settings: Settings, database_url: str, db: Database, place: Place
) -> None:
    limited = dataclasses.replace(
        settings, participation=dataclasses.replace(settings.participation, reports_per_hour=2)
    )
    said = [await comment(db, place.opgave, place.author["id"], body=f"Reactie {n}") for n in range(3)]
    async with run_lifespan(create_app(limited, database_url=database_url)) as app:
        async with browser(app, place.reporter["email"]) as reporter:
            statuses = [
                (
                    await reporter.post(f"/api/v1/comments/{c['id']}/reports", json={"reason": "spam"})
                ).status_code
                for c in said
            ]
            assert statuses == [201, 201, 429]
        async with browser(app, place.other_reporter["email"]) as other:
            assert (
                await other.post(f"/api/v1/comments/{said[2]['id']}/reports", json={"reason": "spam"})
            ).status_code == 201
    assert (
        await db.fetchval(
            "SELECT count(*) FROM moderation_reports WHERE reporter_id = $1", place.reporter["id"]
        )
        == 2
    )
