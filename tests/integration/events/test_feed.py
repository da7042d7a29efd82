"""The change feed: CloudEvents written with the change, read in order, only by who may read them."""

import re
from typing import Any

import httpx
from cloudevents.core.formats.json import JSONFormat
from cloudevents.core.v1.event import CloudEvent
from litestar import Litestar

from api.db.connection import Database
from api.domains.events.types import BY_NAME
from tests.factories import municipality
from tests.identities import anonymous_client, browser
from tests.integration.events.conftest import Town, create_opgave, feed, machine_client, settled, submit_idea

REVERSE_DNS = re.compile(r"^[a-z0-9]+(\.[a-z0-9-]+)+$")


def _types(events: list[dict[str, Any]]) -> list[str]:
    return [e["type"].removeprefix("nl.samenspel.") for e in events]


async def test_changes_become_cloud_events_in_order(started_app: Litestar, db: Database, town: Town) -> None:
    async with (
        browser(started_app, town.medewerker["email"]) as staff,
        browser(started_app, town.inwoner["email"]) as resident,
        anonymous_client(started_app) as anyone,
    ):
        opgave_id = await create_opgave(staff, town)
        moved = await staff.post(
            f"/api/v1/opgaven/{opgave_id}/phase-transitions", json={"toPhase": "formulating"}
        )
        assert moved.status_code == 201, moved.text
        idea = await submit_idea(resident, opgave_id)
        answered = await staff.post(
            f"/api/v1/proposals/{idea}/responses",
            json={"status": "under_review", "text": "We kijken ernaar."},
        )
        assert answered.status_code == 200, answered.text

        await settled(db)
        events = await feed(anyone, opgave=opgave_id)
        assert _types(events) == [
            "opgave.created",
            "opgave.published",
            "opgave.phase-changed",
            "proposal.submitted",
            "proposal.answered",
        ]
        phase = events[2]
        assert phase["subject"] == f"/api/v1/opgaven/{opgave_id}"
        assert phase["source"] == f"urn:nld:gemeente-{town.slug}:samenspel"
        assert phase["data"] == {
            "opgaveId": opgave_id,
            "fromPhase": "exploring",
            "toPhase": "formulating",
            "direction": "forward",
            "reason": "",
        }
        assert events[4]["data"]["status"] == "under_review"
        # No text of the idea, nor who wrote it, leaves the platform in an event.
        assert "Een buurtkamer" not in str(events)
        assert str(town.inwoner["id"]) not in str(events)

        # Every event is a valid CloudEvent 1.0 under the NL GOV profile's rules.
        for event in events:
            parsed = JSONFormat().read(CloudEvent, httpx.Response(200, json=event).content)
            assert parsed.get_specversion() == "1.0"
            assert parsed.get_source().startswith("urn:nld:")
            assert REVERSE_DNS.match(parsed.get_type()), parsed.get_type()
            assert parsed.get_type() in BY_NAME
            assert parsed.get_subject() == event["subject"]

        # Filters: by type, by time.
        only = await feed(anyone, opgave=opgave_id, type="nl.samenspel.proposal.answered")
        assert [e["id"] for e in only] == [events[4]["id"]]
        later = await feed(anyone, opgave=opgave_id, since=events[3]["time"])
        assert [e["id"] for e in later] == [e["id"] for e in events[3:]]


async def test_the_cursor_pages_and_resumes(started_app: Litestar, db: Database, town: Town) -> None:
    async with (
        browser(started_app, town.medewerker["email"]) as staff,
        anonymous_client(started_app) as anyone,
    ):
        opgave_id = await create_opgave(staff, town)
        for to in ("formulating", "planning"):
            response = await staff.post(
                f"/api/v1/opgaven/{opgave_id}/phase-transitions", json={"toPhase": to}
            )
            assert response.status_code == 201
        await settled(db)

        seen, cursor = [], ""
        for _ in range(5):
            page = (
                await anyone.get("/api/v1/events", params={"opgave": opgave_id, "limit": 1, "cursor": cursor})
            ).json()
            seen += [e["id"] for e in page["items"]]
            cursor = page["resumeCursor"]
            if not page["nextCursor"]:
                break
        assert len(seen) == 4
        assert len(set(seen)) == 4

        # Nothing new: the same resume cursor comes back, and the next change appears after it.
        idle = (await anyone.get("/api/v1/events", params={"opgave": opgave_id, "cursor": cursor})).json()
        assert idle["items"] == []
        assert idle["resumeCursor"] == cursor
        assert idle["nextCursor"] is None
        await staff.post(f"/api/v1/opgaven/{opgave_id}/phase-transitions", json={"toPhase": "executing"})
        await settled(db)
        fresh = (await anyone.get("/api/v1/events", params={"opgave": opgave_id, "cursor": cursor})).json()
        assert _types(fresh["items"]) == ["opgave.phase-changed"]

        bad = await anyone.get("/api/v1/events", params={"cursor": "bm90LWEtY3Vyc29y"})
        assert bad.status_code == 400
        assert bad.headers["content-type"] == "application/problem+json"
        unknown = await anyone.get("/api/v1/events", params={"type": "nl.samenspel.nothing"})
        assert unknown.status_code == 400


async def test_drafts_and_hidden_ideas_reach_only_who_may_read_them(
    started_app: Litestar, db: Database, town: Town
) -> None:
    async with (
        browser(started_app, town.medewerker["email"]) as staff,
        browser(started_app, town.inwoner["email"]) as resident,
        anonymous_client(started_app) as anyone,
    ):
        draft = await create_opgave(staff, town, published=False)
        line = await staff.post(f"/api/v1/opgaven/{draft}/action-lines", json={"title": "Passende banen"})
        assert line.status_code == 201, line.text
        public = await create_opgave(staff, town)
        hidden_idea = await submit_idea(resident, public)
        kept_idea = await submit_idea(resident, public)
        hide = await staff.post(
            "/api/v1/moderation-decisions",
            json={
                "target": {"type": "proposal", "id": hidden_idea},
                "action": "hide",
                "publicReason": "Spam.",
            },
        )
        assert hide.status_code == 201, hide.text

        reader_scopes = ["opgaven:read", "proposals:read"]
        own_client = await machine_client(started_app, db, town.id, reader_scopes)
        unscoped_client = await machine_client(started_app, db, town.id, [])
        elsewhere = await municipality(db)
        foreign_client = await machine_client(started_app, db, elsewhere["id"], reader_scopes)
        await settled(db)
        try:
            for who, client, sees_private in (
                ("anonymous", anyone, False),
                ("resident", resident, False),
                ("client without scope", unscoped_client, False),
                ("client of another municipality", foreign_client, False),
                ("medewerker", staff, True),
                ("client with the read scopes", own_client, True),
            ):
                draft_events = await feed(client, opgave=draft)
                public_events = await feed(client, opgave=public)
                about_hidden = [e for e in public_events if e["subject"].endswith(hidden_idea)]
                about_kept = [e for e in public_events if e["subject"].endswith(kept_idea)]
                assert len(about_kept) == 1, who
                if sees_private:
                    assert _types(draft_events) == ["opgave.created", "action-line.created"], who
                    assert _types(about_hidden) == ["proposal.submitted", "proposal.hidden"], who
                else:
                    assert draft_events == [], who
                    assert about_hidden == [], who
        finally:
            for machine in (own_client, unscoped_client, foreign_client):
                await machine.aclose()


async def test_hidden_comments_and_pending_members_reach_only_who_may_read_them(
    started_app: Litestar, db: Database, town: Town
) -> None:
    organisation_id = await db.fetchval(
        """INSERT INTO organisations (id, municipality_id, name, kind)
           VALUES (gen_random_uuid(), $1, 'Schuldhulp Oost', 'societal_organisation') RETURNING id""",
        town.id,
    )
    async with (
        browser(started_app, town.medewerker["email"]) as staff,
        browser(started_app, town.inwoner["email"]) as resident,
        anonymous_client(started_app) as anyone,
    ):
        public = await create_opgave(staff, town)
        hidden_idea = await submit_idea(resident, public)
        on_hidden_idea = await resident.post(
            f"/api/v1/proposals/{hidden_idea}/comments", json={"body": "Mooi."}
        )
        assert on_hidden_idea.status_code == 201, on_hidden_idea.text
        kept = await resident.post(f"/api/v1/opgaven/{public}/comments", json={"body": "Goed plan."})
        hidden = await resident.post(f"/api/v1/opgaven/{public}/comments", json={"body": "Scheldwoord."})
        for kind, target in (("proposal", hidden_idea), ("comment", hidden.json()["id"])):
            decided = await staff.post(
                "/api/v1/moderation-decisions",
                json={"target": {"type": kind, "id": target}, "action": "hide", "publicReason": "Spam."},
            )
            assert decided.status_code == 201, decided.text
        invited = await staff.post(
            f"/api/v1/opgaven/{public}/members",
            json={"organisationId": str(organisation_id), "role": "partner", "partnerRole": "contributor"},
        )
        assert invited.status_code == 201, invited.text

        own_client = await machine_client(started_app, db, town.id, ["opgaven:read", "proposals:read"])
        unscoped_client = await machine_client(started_app, db, town.id, [])
        await settled(db)
        secret = {
            on_hidden_idea.json()["id"]: ["comment.posted"],
            hidden.json()["id"]: ["comment.posted", "comment.hidden"],
            invited.json()["id"]: ["opgave.member-added"],
        }
        try:
            for who, client, sees_private in (
                ("anonymous", anyone, False),
                ("resident", resident, False),
                ("client without scope", unscoped_client, False),
                ("medewerker", staff, True),
                ("client with the read scopes", own_client, True),
            ):
                events = await feed(client, opgave=public)
                about_kept = [e for e in events if e["subject"].endswith(kept.json()["id"])]
                assert _types(about_kept) == ["comment.posted"], who
                for object_id, kinds in secret.items():
                    about = _types([e for e in events if e["subject"].endswith(object_id)])
                    assert about == (kinds if sees_private else []), (who, kinds)
        finally:
            for machine in (own_client, unscoped_client):
                await machine.aclose()
