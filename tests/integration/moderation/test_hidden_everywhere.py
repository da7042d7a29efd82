"""A hidden idea stays hidden wherever it shows up: lists and search, tasks, reflections, the
timeline, followers' notifications. Its author and the municipality's staff still read it."""

import httpx
from litestar import Litestar

from api.db.connection import Database
from tests.identities import browser, person
from tests.integration.events.conftest import told_followers
from tests.integration.moderation.conftest import Place

TITLE = "Zonnepanelen op het gemeentehuis"
# Words that appear only in the hidden idea, the title's and the body's.
TITLE_WORD = "Zonnepanelen"
BODY_WORD = "vleermuizenkolonie"
BODY = f"<p>Op het dak, naast de {BODY_WORD} aan de Dorpsstraat 4.</p>"


async def _search(client: httpx.AsyncClient, place: Place, q: str) -> list[str]:
    response = await client.get(f"/api/v1/opgaven/{place.opgave['id']}/proposals", params={"q": q})
    assert response.status_code == 200, response.text
    return [item["id"] for item in response.json()["items"]]


async def _everything_about_it(
    client: httpx.AsyncClient, place: Place, paths: dict[str, str]
) -> dict[str, str]:
    """Every page that shows the idea or something linked to it, as text."""
    texts = {}
    for name, path in paths.items():
        response = await client.get(path)
        assert response.status_code == 200, (name, response.text)
        texts[name] = response.text
    return texts


async def test_a_hidden_idea_shows_nowhere_to_those_who_may_not_see_it(
    started_app: Litestar, db: Database, place: Place
) -> None:
    follower = await person(db)
    opgave_path = f"/api/v1/opgaven/{place.opgave['id']}"
    async with (
        browser(started_app, place.author["email"]) as author,
        browser(started_app, place.medewerker["email"]) as staff,
        browser(started_app, follower["email"]) as fan,
        browser(started_app, place.reporter["email"]) as resident,
        browser(started_app, place.neighbour_medewerker["email"]) as neighbour,
        browser(started_app) as visitor,
    ):
        assert (await fan.put(f"{opgave_path}/following")).status_code in (200, 201, 204)
        submitted = await author.post(f"{opgave_path}/proposals", json={"title": TITLE, "body": BODY})
        assert submitted.status_code == 201, submitted.text
        idea_id = submitted.json()["id"]

        # Linked everywhere before it is hidden: a task, a published reflection, an answer on the timeline.
        answered = await staff.post(
            f"/api/v1/proposals/{idea_id}/responses",
            json={"status": "under_review", "text": "We bekijken het."},
        )
        assert answered.status_code in (200, 201), answered.text
        task = await staff.post(
            f"{opgave_path}/tasks", json={"title": "Offertes opvragen", "proposalIds": [idea_id]}
        )
        assert task.status_code == 201, task.text
        moment = await staff.post(
            f"{opgave_path}/reflections",
            json={"title": "Terugblik op de ideeën", "heldOn": "2027-01-15", "proposalIds": [idea_id]},
        )
        assert moment.status_code == 201, moment.text
        closed = await staff.post(
            f"/api/v1/reflections/{moment.json()['id']}/closure",
            json={"conclusions": "Veel goede ideeën.", "summary": "We gaan verder.", "publish": True},
        )
        assert closed.status_code == 200, closed.text

        paths = {
            "idea": f"/api/v1/proposals/{idea_id}",
            "ideas": f"{opgave_path}/proposals",
            "trail": f"/api/v1/proposals/{idea_id}/trail",
            "task": f"/api/v1/tasks/{task.json()['id']}",
            "tasks": f"{opgave_path}/tasks",
            "reflection": f"/api/v1/reflections/{moment.json()['id']}",
            "reflections": f"{opgave_path}/reflections",
            "timeline": f"{opgave_path}/timeline",
        }
        # The test can fail: before hiding, everyone finds and reads it.
        assert await _search(visitor, place, TITLE_WORD) == [idea_id]
        assert await _search(visitor, place, BODY_WORD) == [idea_id]
        before = await _everything_about_it(visitor, place, paths)
        await told_followers(db)
        assert all(TITLE in before[name] for name in ("task", "reflection", "timeline"))
        assert TITLE in (await fan.get("/api/v1/me/notifications")).text

        hidden = await staff.post(
            "/api/v1/moderation-decisions",
            json={
                "target": {"type": "proposal", "id": idea_id},
                "action": "hide",
                "publicReason": "Bevat een adres.",
            },
        )
        assert hidden.status_code == 201, hidden.text

        for who, client in {
            "visitor": visitor,
            "resident": resident,
            "fan": fan,
            "neighbour": neighbour,
        }.items():
            assert await _search(client, place, TITLE_WORD) == [], who
            assert await _search(client, place, BODY_WORD) == [], who
            for name, text in (await _everything_about_it(client, place, paths)).items():
                assert TITLE_WORD not in text, (who, name)
                assert BODY_WORD not in text, (who, name)
        notifications = await fan.get("/api/v1/me/notifications")
        assert notifications.status_code == 200
        assert TITLE_WORD not in notifications.text
        assert BODY_WORD not in notifications.text
        [told] = [n for n in notifications.json()["items"] if n["kind"] == "proposal_on_followed"]
        assert told["link"] == f"/ideeen/{idea_id}"  # the notification stays, its words go

        # Its author and the municipality's staff still read and find it, as on the idea's own page.
        for who, client in {"author": author, "staff": staff}.items():
            assert await _search(client, place, TITLE_WORD) == [idea_id], who
            assert await _search(client, place, BODY_WORD) == [idea_id], who
            seen = await _everything_about_it(client, place, paths)
            for name in ("idea", "task", "reflection", "timeline"):
                assert TITLE in seen[name], (who, name)

        # Shown again, it is everyone's again.
        restored = await staff.post(
            "/api/v1/moderation-decisions",
            json={"target": {"type": "proposal", "id": idea_id}, "action": "restore"},
        )
        assert restored.status_code == 201, restored.text
        assert await _search(visitor, place, BODY_WORD) == [idea_id]
        assert TITLE in (await fan.get("/api/v1/me/notifications")).text


async def test_similar_ideas_and_open_data_leave_a_hidden_idea_out(
    started_app: Litestar, db: Database, place: Place
) -> None:
    opgave_path = f"/api/v1/opgaven/{place.opgave['id']}"
    async with (
        browser(started_app, place.author["email"]) as author,
        browser(started_app, place.medewerker["email"]) as staff,
        browser(started_app) as visitor,
    ):
        submitted = await author.post(f"{opgave_path}/proposals", json={"title": TITLE, "body": BODY})
        idea_id = submitted.json()["id"]
        similar = await visitor.get(f"{opgave_path}/proposals/similar", params={"text": TITLE})
        assert [i["id"] for i in similar.json()["items"]] == [idea_id]
        await staff.post(
            "/api/v1/moderation-decisions",
            json={"target": {"type": "proposal", "id": idea_id}, "action": "hide", "publicReason": "Adres."},
        )
        for client in (visitor, author, staff):
            similar = await client.get(f"{opgave_path}/proposals/similar", params={"text": TITLE})
            assert similar.json()["items"] == []
        exported = await visitor.get(
            f"{opgave_path}/export", params={"format": "json", "dataset": "proposals"}
        )
        assert exported.status_code == 200, exported.text
        assert TITLE_WORD not in exported.text
        assert BODY_WORD not in exported.text
