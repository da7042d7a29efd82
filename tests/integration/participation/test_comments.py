"""Comments: one level of replies, stances, a short edit window with history, placeholders."""

from typing import Any

import asyncpg
import pytest
from litestar import Litestar

from api.db.connection import Database
from tests.factories import municipality
from tests.factories import opgave as opgave_row
from tests.identities import browser, person
from tests.integration.participation.conftest import Town
from tests.integration.participation.test_proposals import submit


async def test_a_conversation_on_an_idea(
    started_app: Litestar, db: Database, town: Town, opgave: dict[str, Any]
) -> None:
    async with (
        browser(started_app, town.inwoner["email"]) as author,
        browser(started_app, town.other_inwoner["email"]) as neighbour,
        browser(started_app) as visitor,
    ):
        idea = await submit(author, opgave["id"])
        thread = f"/api/v1/proposals/{idea['id']}/comments"
        first = await neighbour.post(thread, json={"body": "Goed idee!\nIk help mee.", "stance": "for"})
        assert first.status_code == 201, first.text
        comment = first.json()
        assert (comment["body"], comment["stance"], comment["replyCount"], comment["replies"]) == (
            "Goed idee!\nIk help mee.",
            "for",
            0,
            [],
        )
        assert comment["proposalId"] == idea["id"]
        assert comment["parentId"] is None
        replies = []
        for number in range(4):
            reply = await author.post(thread, json={"body": f"Dank je, {number}", "parentId": comment["id"]})
            assert reply.status_code == 201, reply.text
            replies.append(reply.json())

        # Replies go one level deep, and stay with the idea they belong to.
        nested = await neighbour.post(thread, json={"body": "Dieper", "parentId": replies[0]["id"]})
        assert nested.status_code == 400
        assert nested.json()["invalidParams"][0]["code"] == "nested_reply"
        elsewhere = await neighbour.post(
            f"/api/v1/opgaven/{opgave['id']}/comments", json={"body": "Hier?", "parentId": comment["id"]}
        )
        assert elsewhere.status_code == 400

        listed = (await visitor.get(thread)).json()["items"]
        assert [c["id"] for c in listed] == [comment["id"]]
        assert listed[0]["replyCount"] == 4
        assert [r["id"] for r in listed[0]["replies"]] == [r["id"] for r in replies[:3]]
        all_replies = (await visitor.get(thread, params={"parent": comment["id"], "limit": "2"})).json()
        assert len(all_replies["items"]) == 2
        assert all_replies["nextCursor"]
        assert (await visitor.get(f"/api/v1/proposals/{idea['id']}")).json()["commentCount"] == 5
        # The opgave's own conversation is a different thread.
        assert (await visitor.get(f"/api/v1/opgaven/{opgave['id']}/comments")).json()["items"] == []

    told = await db.fetch(
        "SELECT kind, object_id FROM notifications WHERE account_id = $1 AND kind = 'comment_replied'",
        town.other_inwoner["id"],
    )
    assert sorted(str(t["object_id"]) for t in told) == sorted(r["id"] for r in replies)


async def test_editing_keeps_the_history_and_closes(
    started_app: Litestar, db: Database, town: Town, opgave: dict[str, Any]
) -> None:
    async with (
        browser(started_app, town.inwoner["email"]) as author,
        browser(started_app, town.other_inwoner["email"]) as neighbour,
        browser(started_app, town.medewerker["email"]) as staff,
    ):
        posted = (
            await author.post(f"/api/v1/opgaven/{opgave['id']}/comments", json={"body": "Eerst"})
        ).json()
        path = f"/api/v1/comments/{posted['id']}"
        assert (await neighbour.patch(path, json={"body": "Van mij"})).status_code == 403
        edited = await author.patch(path, json={"body": "Daarna", "stance": "against"})
        assert edited.status_code == 200, edited.text
        assert (edited.json()["body"], edited.json()["stance"]) == ("Daarna", "against")
        assert edited.json()["editedAt"] is not None
        history = (await author.get(f"{path}/revisions")).json()["items"]
        assert [(r["body"], r["stance"]) for r in history] == [("Eerst", None)]
        assert (await staff.get(f"{path}/revisions")).status_code == 200
        assert (await neighbour.get(f"{path}/revisions")).status_code == 403

        await db.fetchval(
            "UPDATE comments SET created_at = now() - interval '16 minutes' WHERE id = $1", posted["id"]
        )
        late = await author.patch(path, json={"body": "Te laat"})
        assert late.status_code == 409
        assert late.json()["code"] == "edit_window_closed"
    assert await db.fetchval("SELECT body FROM comments WHERE id = $1", posted["id"]) == "Daarna"
    # History is never rewritten.
    with pytest.raises(asyncpg.PostgresError):
        await db.fetchval("UPDATE comment_revisions SET body = 'x' WHERE comment_id = $1", posted["id"])
    assert [
        r["body"]
        for r in await db.fetch("SELECT body FROM comment_revisions WHERE comment_id = $1", posted["id"])
    ] == ["Eerst"]


async def test_deleting_leaves_a_place_only_where_replies_hang(
    started_app: Litestar, db: Database, town: Town, opgave: dict[str, Any]
) -> None:
    async with (
        browser(started_app, town.inwoner["email"]) as author,
        browser(started_app, town.other_inwoner["email"]) as neighbour,
    ):
        thread = f"/api/v1/opgaven/{opgave['id']}/comments"
        lonely = (await author.post(thread, json={"body": "Alleen"})).json()
        answered = (await author.post(thread, json={"body": "Met antwoord", "stance": "for"})).json()
        await neighbour.post(thread, json={"body": "Antwoord", "parentId": answered["id"]})
        assert (await neighbour.delete(f"/api/v1/comments/{lonely['id']}")).status_code == 403
        for comment in (lonely, answered):
            assert (await author.delete(f"/api/v1/comments/{comment['id']}")).status_code == 204
        assert (await author.get(f"/api/v1/comments/{lonely['id']}")).status_code == 404
        placeholder = (await neighbour.get(f"/api/v1/comments/{answered['id']}")).json()
        assert (
            placeholder["deleted"],
            placeholder["body"],
            placeholder["author"],
            placeholder["stance"],
        ) == (
            True,
            "",
            None,
            None,
        )
        assert placeholder["replyCount"] == 1
        again = await author.delete(f"/api/v1/comments/{answered['id']}")
        assert again.status_code == 404
        no_reply = await neighbour.post(thread, json={"body": "Nog eentje", "parentId": answered["id"]})
        assert no_reply.status_code == 409
    assert await db.fetchval("SELECT body FROM comments WHERE id = $1", answered["id"]) == ""


async def test_who_may_comment(
    started_app: Litestar, db: Database, town: Town, opgave: dict[str, Any]
) -> None:
    unverified = await person(db, verified=False)
    elsewhere = await municipality(db)
    foreign = await person(db, municipality_id=elsewhere["id"], role="beheerder")
    draft = await opgave_row(db, town.id, town.regisseur["id"], published=False)
    async with (
        browser(started_app) as anonymous,
        browser(started_app, unverified["email"]) as unconfirmed,
        browser(started_app, foreign["email"]) as stranger,
        browser(started_app, town.medewerker["email"]) as staff,
    ):
        thread = f"/api/v1/opgaven/{opgave['id']}/comments"
        assert (await anonymous.post(thread, json={"body": "Hoi"})).status_code == 401
        assert (await unconfirmed.post(thread, json={"body": "Hoi"})).status_code == 403
        assert (await stranger.post(thread, json={"body": "Hoi"})).status_code == 201
        draft_thread = f"/api/v1/opgaven/{draft['id']}/comments"
        assert (await stranger.get(draft_thread)).status_code == 404
        assert (await stranger.post(draft_thread, json={"body": "Hoi"})).status_code == 404
        assert (await staff.post(draft_thread, json={"body": "Intern"})).status_code == 201
        assert (await anonymous.post(thread, json={"body": "   \n  "})).status_code == 401
        blank = await staff.post(thread, json={"body": "   \n  "})
        assert blank.status_code == 400


async def test_my_comments(started_app: Litestar, town: Town, opgave: dict[str, Any]) -> None:
    async with browser(started_app, town.inwoner["email"]) as resident:
        mine = (
            await resident.post(f"/api/v1/opgaven/{opgave['id']}/comments", json={"body": "Van mij"})
        ).json()
        listed = (await resident.get("/api/v1/me/comments")).json()["items"]
        assert [c["id"] for c in listed][:1] == [mine["id"]]
