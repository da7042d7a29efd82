"""Reflection moments: planned by staff, written in by the team, closed with what follows, published."""

import httpx
from litestar import Litestar

from api.db.connection import Database
from tests.content_factories import proposal
from tests.factories import opgave
from tests.identities import browser, person
from tests.integration.results.conftest import Team


async def plan(staff: httpx.AsyncClient, team: Team, **fields: object) -> dict[str, object]:
    body = {"title": "Terugblik na drie maanden", "heldOn": "2027-01-15"} | fields
    response = await staff.post(f"/api/v1/opgaven/{team.opgave['id']}/reflections", json=body)
    assert response.status_code == 201, response.text
    return dict(response.json())


async def test_the_team_looks_back_and_the_procesregisseur_closes_with_follow_up(
    started_app: Litestar, db: Database, team: Team
) -> None:
    idea = await proposal(db, team.opgave, team.inwoner["id"], title="Koffie-ochtenden met werkgevers")
    async with (
        browser(started_app, team.staff["email"]) as staff,
        browser(started_app, team.members["pa"]["email"]) as partner_a,
        browser(started_app, team.members["pc"]["email"]) as outsider,
        browser(started_app, team.inwoner["email"]) as resident,
        browser(started_app) as visitor,
    ):
        moment = await plan(staff, team, proposalIds=[str(idea["id"])])
        assert moment["prompts"] == ["Wat ging goed?", "Wat ging niet goed?", "Wat veranderen we?"]
        assert (moment["status"], moment["phase"], moment["published"]) == ("open", "planning", False)
        assert [p["title"] for p in moment["proposals"]] == ["Koffie-ochtenden met werkgevers"]
        path = f"/api/v1/reflections/{moment['id']}"

        # Open moments belong to the team: the public neither sees them listed nor opens them.
        listed = await visitor.get(f"/api/v1/opgaven/{team.opgave['id']}/reflections")
        assert listed.status_code == 200
        assert listed.json()["items"] == []
        assert (await visitor.get(path)).status_code == 401
        assert [
            m["id"]
            for m in (await partner_a.get(f"/api/v1/opgaven/{team.opgave['id']}/reflections")).json()["items"]
        ] == [moment["id"]]

        wrote = await partner_a.post(
            f"{path}/entries", json={"promptIndex": 0, "body": "De werkgevers kwamen echt."}
        )
        assert wrote.status_code == 201, wrote.text
        assert wrote.json()["author"]["id"] == str(team.members["pa"]["id"])
        mine = (await partner_a.get("/api/v1/me/export")).json()["reflectionEntries"]
        assert [(e["prompt"], e["body"]) for e in mine] == [("Wat ging goed?", "De werkgevers kwamen echt.")]
        assert (await partner_a.post(f"{path}/entries", json={"promptIndex": 3, "body": "x"})).json()[
            "invalidParams"
        ][0]["code"] == "unknown_prompt"
        # A partner beside the team, and a resident who was not invited, do not write.
        assert (
            await outsider.post(f"{path}/entries", json={"promptIndex": 0, "body": "Ik ook"})
        ).status_code == 403
        assert (
            await resident.post(f"{path}/entries", json={"promptIndex": 0, "body": "Ik ook"})
        ).status_code == 403

        # Once written in, the prompts stay; inviting residents lets them write.
        etag = (await staff.get(path)).headers["ETag"]
        changed = await staff.patch(path, json={"prompts": ["Andere vraag?"]}, headers={"If-Match": etag})
        assert changed.json()["code"] == "prompts_in_use"
        invited = await staff.patch(path, json={"residentsInvited": True}, headers={"If-Match": etag})
        assert invited.status_code == 200, invited.text
        assert (
            await resident.post(f"{path}/entries", json={"promptIndex": 2, "body": "Vaker in de wijk."})
        ).status_code == 201
        # An invited resident reads the moment they write in, and finds it listed; the public still does not.
        assert (await resident.get(path)).status_code == 200
        listed_for = [
            m["id"]
            for m in (await resident.get(f"/api/v1/opgaven/{team.opgave['id']}/reflections")).json()["items"]
        ]
        assert listed_for == [moment["id"]]
        assert (await visitor.get(f"/api/v1/opgaven/{team.opgave['id']}/reflections")).json()["items"] == []
        entries = (await partner_a.get(f"{path}/entries")).json()["items"]
        assert [(e["promptIndex"], e["body"]) for e in entries] == [
            (0, "De werkgevers kwamen echt."),
            (2, "Vaker in de wijk."),
        ]

        # Only the procesregisseur (or a beheerder) closes; a partner cannot.
        closure = {
            "conclusions": "Werkgevers willen meedoen, maar we bereiken te weinig inwoners.",
            "summary": "We gaan vaker de wijk in en passen de actielijn aan.",
            "publish": True,
            "actions": [
                {"kind": "task", "description": "Drie inloopochtenden in Overvecht organiseren"},
                {
                    "kind": "formulation",
                    "description": "Meer inwoners van Overvecht vinden werk dat bij hen past.",
                },
                {
                    "kind": "action_line",
                    "description": "Werkgevers en inwoners ontmoeten elkaar in de wijk.",
                    "actionLineId": str(team.line_id),
                },
                {"kind": "note", "description": "Volgende keer ook de jongeren uitnodigen."},
            ],
        }
        assert (await partner_a.post(f"{path}/closure", json=closure)).status_code == 403
        closed = await staff.post(f"{path}/closure", json=closure)
        assert closed.status_code == 200, closed.text
        body = closed.json()
        assert (body["status"], body["published"], body["closedBy"]["id"]) == (
            "closed",
            True,
            str(team.staff["id"]),
        )
        kinds = [
            (f["kind"], f["task"] is not None, f["formulationId"] is not None, f["actionLine"] is not None)
            for f in body["followUp"]
        ]
        assert kinds == [
            ("task", True, False, False),
            ("formulation", False, True, False),
            ("action_line", False, False, True),
            ("note", False, False, False),
        ]

        # Each follow-up became what it says.
        task = (await visitor.get(f"/api/v1/tasks/{body['followUp'][0]['task']['id']}")).json()
        assert task["title"] == "Drie inloopochtenden in Overvecht organiseren"
        formulations = (await staff.get(f"/api/v1/opgaven/{team.opgave['id']}/formulations")).json()["items"]
        assert any(f["text"].startswith("Meer inwoners van Overvecht") for f in formulations)
        line_goal = await db.fetchval("SELECT goal FROM action_lines WHERE id = $1", team.line_id)
        assert line_goal == "Werkgevers en inwoners ontmoeten elkaar in de wijk."
        timeline = (await visitor.get(f"/api/v1/opgaven/{team.opgave['id']}/timeline")).json()["items"]
        assert {"reflection_closed", "reflection_published"} <= {e["kind"] for e in timeline}

        # Closed: nobody writes any more, and it cannot close twice.
        assert (await partner_a.post(f"{path}/entries", json={"promptIndex": 1, "body": "Te laat"})).json()[
            "code"
        ] == "reflection_closed"
        assert (await staff.post(f"{path}/closure", json=closure)).json()["code"] == "already_closed"

        # Published: the public reads the summary, never what people wrote.
        public = await visitor.get(path)
        assert public.status_code == 200
        assert public.json()["summary"] == "We gaan vaker de wijk in en passen de actielijn aan."
        assert (await visitor.get(f"{path}/entries")).status_code == 401


async def test_publishing_needs_a_closed_moment_with_a_summary(
    started_app: Litestar, db: Database, team: Team
) -> None:
    async with browser(started_app, team.staff["email"]) as staff:
        moment = await plan(staff, team)
        path = f"/api/v1/reflections/{moment['id']}"
        etag = (await staff.get(path)).headers["ETag"]
        early = await staff.patch(path, json={"published": True}, headers={"If-Match": etag})
        assert early.json()["code"] == "not_closed"
        bare = await staff.post(
            f"{path}/closure", json={"conclusions": "Genoeg geleerd vandaag.", "publish": True}
        )
        assert bare.status_code == 400
        assert bare.json()["invalidParams"][0]["name"] == "summary"
        assert (await staff.get(path)).json()["status"] == "open"  # the failed closure changed nothing
        closed = await staff.post(f"{path}/closure", json={"conclusions": "Genoeg geleerd vandaag."})
        assert closed.status_code == 200
        etag = closed.headers["ETag"]
        no_summary = await staff.patch(path, json={"published": True}, headers={"If-Match": etag})
        assert no_summary.json()["invalidParams"][0]["code"] == "required"
        published = await staff.patch(
            path, json={"summary": "Kort: het werkt.", "published": True}, headers={"If-Match": etag}
        )
        assert published.status_code == 200, published.text
        assert published.json()["published"] is True


async def test_follow_up_and_ideas_stay_within_the_opgave(
    started_app: Litestar, db: Database, team: Team
) -> None:
    other = await person(db, municipality_id=team.town["id"], role="inwoner")
    elsewhere = await opgave(db, team.town["id"], team.staff["id"])
    foreign_idea = await proposal(db, elsewhere, other["id"])
    async with browser(started_app, team.staff["email"]) as staff:
        wrong = await staff.post(
            f"/api/v1/opgaven/{team.opgave['id']}/reflections",
            json={"title": "Terugblik", "heldOn": "2027-01-15", "proposalIds": [str(foreign_idea["id"])]},
        )
        assert wrong.status_code == 400
        assert wrong.json()["invalidParams"][0]["code"] == "unknown_proposal"
        moment = await plan(staff, team)
        foreign_line = await db.fetchval(
            "INSERT INTO action_lines (id, municipality_id, opgave_id, title, position) VALUES (gen_random_uuid(), $1, $2, 'Elders', 1) RETURNING id",
            team.town["id"],
            elsewhere["id"],
        )
        bad = await staff.post(
            f"/api/v1/reflections/{moment['id']}/closure",
            json={
                "conclusions": "Genoeg geleerd vandaag.",
                "actions": [
                    {"kind": "action_line", "description": "Ander doel", "actionLineId": str(foreign_line)}
                ],
            },
        )
        assert bad.status_code == 400
        assert bad.json()["invalidParams"][0]["name"] == "actions[0].actionLineId"
