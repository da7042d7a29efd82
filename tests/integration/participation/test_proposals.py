"""The life of an idea: submitted, edited, answered, adopted or declined, withdrawn; and who may."""

from typing import Any

import httpx
from litestar import Litestar

from api.db.connection import Database
from tests.factories import municipality, unique
from tests.factories import opgave as opgave_row
from tests.identities import browser, person
from tests.integration.participation.conftest import Town


async def submit(client: httpx.AsyncClient, opgave_id: Any, **fields: Any) -> dict[str, Any]:
    body = {
        "title": unique("Een buurtmoestuin"),
        "body": "<p>Samen tuinieren op het braakliggende veld.</p>",
    } | fields
    response = await client.post(f"/api/v1/opgaven/{opgave_id}/proposals", json=body)
    assert response.status_code == 201, response.text
    return dict(response.json())


async def test_the_life_of_an_idea(
    started_app: Litestar, db: Database, town: Town, opgave: dict[str, Any]
) -> None:
    async with (
        browser(started_app, town.inwoner["email"]) as resident,
        browser(started_app, town.medewerker["email"]) as staff,
        browser(started_app) as visitor,
    ):
        response = await resident.post(
            f"/api/v1/opgaven/{opgave['id']}/proposals",
            json={
                "title": "Een moestuin voor de wijk",
                "body": '<p>Op het veld achter de school.</p><script>alert(1)</script><ul><li><a href="https://example.org" onclick="x()">plan</a></li></ul>',
                "actionLineId": str(opgave["action_line_id"]),
                "location": {"latitude": 52.0907, "longitude": 5.1214},
            },
        )
        assert response.status_code == 201, response.text
        idea = response.json()
        path = f"/api/v1/proposals/{idea['id']}"
        assert response.headers["location"] == path
        assert idea["status"] == "submitted"
        assert idea["author"]["id"] == str(town.inwoner["id"])
        assert idea["actionLine"] == {"id": str(opgave["action_line_id"]), "title": "Ontmoeten in de wijk"}
        assert idea["location"] == {"latitude": 52.0907, "longitude": 5.1214}
        assert "<script" not in idea["body"]
        assert "onclick" not in idea["body"]
        assert '<a href="https://example.org" rel="nofollow noopener noreferrer">plan</a>' in idea["body"]
        assert (idea["supportCount"], idea["commentCount"], idea["response"]) == (0, 0, None)

        # Anyone reads it; the author edits it while it is only submitted.
        assert (await visitor.get(path)).json()["title"] == "Een moestuin voor de wijk"
        etag = (await resident.get(path)).headers["etag"]
        edited = await resident.patch(
            path, json={"title": "Een moestuin achter de school"}, headers={"If-Match": etag}
        )
        assert edited.status_code == 200, edited.text
        stale = await resident.patch(path, json={"title": "Nog eens"}, headers={"If-Match": etag})
        assert stale.status_code == 412
        other = await staff.patch(
            path, json={"title": "Van een ander"}, headers={"If-Match": edited.headers["etag"]}
        )
        assert other.status_code == 403

        # Staff take it up; from then on the author cannot edit it.
        review = await staff.post(
            f"{path}/responses", json={"status": "under_review", "text": "We bekijken de grond."}
        )
        assert review.status_code == 200, review.text
        assert review.json()["response"]["respondedBy"]["id"] == str(town.medewerker["id"])
        late = await resident.patch(
            path, json={"title": "Te laat"}, headers={"If-Match": review.headers["etag"]}
        )
        assert late.status_code == 409
        assert late.json()["code"] == "not_editable"

        # Declining needs a reason; adopting moves it on; an adopted idea is not answered back.
        bare = await staff.post(f"{path}/responses", json={"status": "declined"})
        assert bare.status_code == 400
        adopted = await staff.post(
            f"{path}/responses", json={"status": "adopted", "text": "De moestuin komt er."}
        )
        assert adopted.status_code == 200
        assert adopted.json()["status"] == "adopted"
        back = await staff.post(f"{path}/responses", json={"status": "submitted", "text": "Terug."})
        assert back.status_code == 409
        assert back.json()["code"] == "invalid_status_change"
        withdraw = await resident.patch(
            path, json={"status": "withdrawn"}, headers={"If-Match": adopted.headers["etag"]}
        )
        assert withdraw.status_code == 409

    # The author heard of both answers, and the opgave's timeline shows them.
    told = await db.fetch(
        "SELECT kind, title, mail_wanted FROM notifications WHERE account_id = $1 AND object_id = $2 ORDER BY created_at",
        town.inwoner["id"],
        idea["id"],
    )
    assert [(t["kind"], t["mail_wanted"]) for t in told] == [("proposal_answered", True)] * 2
    assert "overgenomen" in told[-1]["title"]
    async with browser(started_app) as visitor:
        timeline = await visitor.get(f"/api/v1/opgaven/{opgave['id']}/timeline")
    about = [e for e in timeline.json()["items"] if e["objectId"] == idea["id"]]
    assert [e["kind"] for e in about] == ["proposal_answered", "proposal_answered"]


async def test_the_author_withdraws_before_an_answer(
    started_app: Litestar, town: Town, opgave: dict[str, Any]
) -> None:
    async with browser(started_app, town.inwoner["email"]) as resident:
        idea = await submit(resident, opgave["id"])
        path = f"/api/v1/proposals/{idea['id']}"
        etag = (await resident.get(path)).headers["etag"]
        other = await resident.patch(path, json={"status": "adopted"}, headers={"If-Match": etag})
        assert other.status_code == 400
        gone = await resident.patch(path, json={"status": "withdrawn"}, headers={"If-Match": etag})
        assert gone.status_code == 200
        assert gone.json()["status"] == "withdrawn"
        support = await resident.put(f"{path}/support")
        assert support.status_code == 409
        assert support.json()["code"] == "not_supportable"


async def test_who_may_submit(
    started_app: Litestar, db: Database, town: Town, opgave: dict[str, Any]
) -> None:
    unverified = await person(db, verified=False)
    elsewhere = await municipality(db)
    foreign_staff = await person(db, municipality_id=elsewhere["id"], role="medewerker")
    draft = await opgave_row(db, town.id, town.regisseur["id"], published=False)
    closed = await opgave_row(db, town.id, town.regisseur["id"], phase="executing")
    body = {"title": "Een idee", "body": "Tekst"}
    async with (
        browser(started_app) as anonymous,
        browser(started_app, unverified["email"]) as unconfirmed,
        browser(started_app, town.inwoner["email"]) as resident,
        browser(started_app, town.medewerker["email"]) as staff,
        browser(started_app, foreign_staff["email"]) as stranger,
    ):
        path = f"/api/v1/opgaven/{opgave['id']}/proposals"
        assert (await anonymous.post(path, json=body)).status_code == 401
        assert (await unconfirmed.post(path, json=body)).status_code == 403
        # A draft does not exist for residents and for other municipalities; its own staff may add ideas.
        draft_path = f"/api/v1/opgaven/{draft['id']}/proposals"
        assert (await resident.post(draft_path, json=body)).status_code == 404
        assert (await stranger.post(draft_path, json=body)).status_code == 404
        assert (await staff.post(draft_path, json=body)).status_code == 201
        shut = await resident.post(f"/api/v1/opgaven/{closed['id']}/proposals", json=body)
        assert shut.status_code == 409
        assert shut.json()["code"] == "phase_closed"
        for bad, field in [
            ({"title": "Een idee", "body": "<script>alert(1)</script>"}, "body"),
            ({"title": "  Idee", "body": "Tekst"}, "title"),
            ({"title": "Een idee", "body": "Tekst", "actionLineId": str(town.id)}, "actionLineId"),
            (
                {"title": "Een idee", "body": "Tekst", "location": {"latitude": 91, "longitude": 5}},
                "location.latitude",
            ),
        ]:
            refused = await resident.post(path, json=bad)
            assert refused.status_code == 400, bad
            assert [p["name"] for p in refused.json()["invalidParams"]] == [field]
        not_mine = await resident.post(path, json=body | {"organisationId": str(town.id)})
        assert not_mine.status_code == 400
        assert not_mine.json()["invalidParams"][0]["code"] == "not_a_member"
    count = await db.fetchval(
        "SELECT count(*) FROM proposals WHERE opgave_id = ANY($1)", [opgave["id"], closed["id"]]
    )
    assert count == 0


async def test_answering_is_for_staff_of_the_municipality(
    started_app: Litestar, db: Database, town: Town, opgave: dict[str, Any]
) -> None:
    elsewhere = await municipality(db)
    foreign_staff = await person(db, municipality_id=elsewhere["id"], role="beheerder")
    async with (
        browser(started_app, town.inwoner["email"]) as resident,
        browser(started_app, foreign_staff["email"]) as stranger,
    ):
        idea = await submit(resident, opgave["id"])
        answer = {"status": "under_review", "text": "Mooi."}
        for client in (resident, stranger):
            refused = await client.post(f"/api/v1/proposals/{idea['id']}/responses", json=answer)
            assert refused.status_code == 403
    assert await db.fetchval("SELECT status FROM proposals WHERE id = $1", idea["id"]) == "submitted"


async def test_a_hidden_idea_shows_only_its_reason_to_others(
    started_app: Litestar, db: Database, town: Town, opgave: dict[str, Any]
) -> None:
    async with (
        browser(started_app, town.inwoner["email"]) as author,
        browser(started_app, town.other_inwoner["email"]) as neighbour,
        browser(started_app, town.medewerker["email"]) as staff,
    ):
        idea = await submit(author, opgave["id"], title="Iets kwetsends")
        await db.fetchval(
            "UPDATE proposals SET hidden = true, hidden_reason = 'Beledigend.' WHERE id = $1", idea["id"]
        )
        path = f"/api/v1/proposals/{idea['id']}"
        seen = (await neighbour.get(path)).json()
        assert (seen["title"], seen["body"], seen["hidden"], seen["hiddenReason"]) == (
            "Verborgen idee",
            "",
            True,
            "Beledigend.",
        )
        listed = (await neighbour.get(f"/api/v1/opgaven/{opgave['id']}/proposals")).json()["items"]
        assert {"Iets kwetsends"} & {p["title"] for p in listed} == set()
        assert (await author.get(path)).json()["title"] == "Iets kwetsends"
        assert (await staff.get(path)).json()["title"] == "Iets kwetsends"
        assert (await neighbour.put(f"{path}/support")).status_code == 409


async def test_my_proposals_lists_only_mine(
    started_app: Litestar, town: Town, opgave: dict[str, Any]
) -> None:
    async with (
        browser(started_app, town.inwoner["email"]) as resident,
        browser(started_app, town.other_inwoner["email"]) as neighbour,
    ):
        mine = await submit(resident, opgave["id"])
        theirs = await submit(neighbour, opgave["id"])
        listed = [p["id"] for p in (await resident.get("/api/v1/me/proposals")).json()["items"]]
        assert mine["id"] in listed
        assert theirs["id"] not in listed
