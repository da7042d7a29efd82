"""Open poll answers go through the one moderation queue: reported, decided, told, appealed."""

from typing import Any

from litestar import Litestar

from api.db.connection import Database
from api.domains.polls.queries import ANONYMITY_THRESHOLD
from tests.identities import browser, person
from tests.integration.polls.conftest import Town, answers, close, open_poll

QUEUE = "/api/v1/moderation-reports"
DECISIONS = "/api/v1/moderation-decisions"


async def _answered(started_app: Litestar, staff: Any, town: Town, db: Database, anonymous: bool) -> Any:
    """A closed poll with enough answers to show anonymously, and its rude open answer."""
    residents = [await person(db) for _ in range(ANONYMITY_THRESHOLD)]
    poll = await open_poll(staff, town, anonymous=anonymous)
    texts = [f"Prima zo {n}" for n in range(ANONYMITY_THRESHOLD - 1)] + ["Scheldwoorden hier"]
    for resident, text in zip(residents, texts, strict=True):
        async with browser(started_app, resident["email"]) as me:
            sent = await me.post(f"/api/v1/polls/{poll['id']}/responses", json=answers(poll, text=text))
            assert sent.status_code == 201, sent.text
    await close(staff, poll["id"])
    listed = (await staff.get(f"/api/v1/polls/{poll['id']}/open-answers")).json()["items"]
    rude = next(a for a in listed if a["text"] == texts[-1])
    return poll, residents, rude


async def test_a_named_answer_is_reported_hidden_told_and_appealed(
    started_app: Litestar, db: Database, town: Town
) -> None:
    async with browser(started_app, town.staff["email"]) as staff:
        poll, residents, rude = await _answered(started_app, staff, town, db, anonymous=False)
        async with browser(started_app, residents[0]["email"]) as reporter:
            reported = await reporter.post(
                f"/api/v1/poll-answers/{rude['id']}/reports", json={"reason": "offensive"}
            )
            assert reported.status_code == 201, reported.text
        queue = (await staff.get(f"{QUEUE}?municipality={town.town['slug']}")).json()["items"]
        assert len(queue) == 1
        content = queue[0]["content"]
        assert content["type"] == "poll_answer"
        assert content["id"] == rude["id"]
        assert content["text"] == "Scheldwoorden hier"
        assert content["pollId"] == poll["id"]
        assert content["pollTitle"] == poll["title"]
        assert content["questionText"] == "Wat kan beter?"
        assert content["author"]["id"] == str(residents[-1]["id"])
        assert content["anonymous"] is False

        hidden = await staff.post(
            DECISIONS,
            json={
                "target": {"type": "poll_answer", "id": rude["id"]},
                "action": "hide",
                "publicReason": "Kwetsend taalgebruik.",
            },
        )
        assert hidden.status_code == 201, hidden.text
        decision = hidden.json()
        assert (await staff.get(f"{QUEUE}?municipality={town.town['slug']}")).json()["items"] == []
        resolved = (await staff.get(f"{QUEUE}?municipality={town.town['slug']}&status=resolved")).json()
        assert [i["content"]["id"] for i in resolved["items"]] == [rude["id"]]
        results = (await staff.get(f"/api/v1/polls/{poll['id']}/results")).json()
        assert results["questions"][3]["answerCount"] == ANONYMITY_THRESHOLD - 1
        download = (await staff.get(f"/api/v1/polls/{poll['id']}/results/export")).text
        assert "Scheldwoorden" not in download

        async with (
            browser(started_app, residents[-1]["email"]) as author,
            browser(started_app, residents[0]["email"]) as other,
        ):
            told = [
                n
                for n in (await author.get("/api/v1/me/notifications")).json()["items"]
                if n["objectId"] == decision["id"]
            ]
            assert len(told) == 1
            assert told[0]["link"] == f"/peilingen/{poll['id']}"
            assert "Scheldwoorden hier" in told[0]["body"]
            appeals = f"{DECISIONS}/{decision['id']}/appeals"
            assert (await other.post(appeals, json={"explanation": "Niet van mij."})).status_code == 403
            appealed = await author.post(appeals, json={"explanation": "Het was een grap."})
            assert appealed.status_code == 201, appealed.text
        appeal_queue = (
            await staff.get(f"/api/v1/moderation-appeals?municipality={town.town['slug']}")
        ).json()
        assert [a["content"]["questionText"] for a in appeal_queue["items"]] == ["Wat kan beter?"]
        settled = await staff.patch(
            f"/api/v1/moderation-appeals/{appealed.json()['id']}",
            json={"outcome": "overturned", "reason": "Bij nader inzien niet kwetsend."},
        )
        assert settled.status_code == 200, settled.text
        shown = (await staff.get(f"/api/v1/polls/{poll['id']}/results")).json()
        assert shown["questions"][3]["answerCount"] == ANONYMITY_THRESHOLD


async def test_an_anonymous_answer_is_hidden_without_an_author_to_tell_or_an_appeal(
    started_app: Litestar, db: Database, town: Town
) -> None:
    async with browser(started_app, town.staff["email"]) as staff:
        poll, residents, rude = await _answered(started_app, staff, town, db, anonymous=True)
        async with browser(started_app, residents[0]["email"]) as reporter:
            reported = await reporter.post(
                f"/api/v1/poll-answers/{rude['id']}/reports", json={"reason": "spam"}
            )
            assert reported.status_code == 201, reported.text
        queue = (await staff.get(f"{QUEUE}?municipality={town.town['slug']}")).json()["items"]
        assert queue[0]["content"]["author"] is None
        assert queue[0]["content"]["anonymous"] is True
        hidden = await staff.post(
            f"/api/v1/poll-answers/{rude['id']}/moderation-decisions",
            json={"action": "hide", "publicReason": "Reclame."},
        )
        assert hidden.status_code == 200, hidden.text
        assert hidden.json()["hidden"] is True
        decision_id = await db.fetchval(
            "SELECT id FROM moderation_decisions WHERE poll_answer_id = $1", rude["id"]
        )
        assert decision_id is not None
        assert await db.fetchval("SELECT count(*) FROM notifications WHERE object_id = $1", decision_id) == 0
        # Nobody wrote it, so nobody can object: the decision says so (staff read it).
        read = await staff.get(f"{DECISIONS}/{decision_id}")
        assert read.status_code == 200, read.text
        assert read.json()["appealable"] is False
        for resident in residents:
            async with browser(started_app, resident["email"]) as someone:
                refused = await someone.post(
                    f"{DECISIONS}/{decision_id}/appeals", json={"explanation": "Dat was van mij."}
                )
                assert refused.status_code == 403
        results = (await staff.get(f"/api/v1/polls/{poll['id']}/results")).json()
        assert results["questions"][3]["answerCount"] == ANONYMITY_THRESHOLD - 1
