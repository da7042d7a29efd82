"""An opgave from draft to completed: phases, timeline, formulations, action lines, following."""

import itertools

import httpx
from litestar import Litestar

from api.db.connection import Database
from tests.factories import unique
from tests.identities import browser
from tests.integration.opgaven.conftest import Town

PHASES = ["exploring", "formulating", "planning", "executing", "completed"]


async def _create(client: httpx.AsyncClient, town: Town, **fields: object) -> dict:
    body = {
        "municipality": town.slug,
        "title": unique("Samen naar werk"),
        "domains": ["werk-en-inkomen", "schulden"],
    } | fields
    response = await client.post("/api/v1/opgaven", json=body)
    assert response.status_code == 201, response.text
    return response.json()


async def test_a_draft_is_invisible_until_published(started_app: Litestar, town: Town) -> None:
    async with browser(started_app, town.regisseur["email"]) as staff, browser(started_app) as visitor:
        opgave = await _create(staff, town, summary="Een concept.")
        assert opgave["published"] is False
        assert opgave["phase"] == "exploring"
        assert opgave["procesregisseur"]["id"] == str(town.regisseur["id"])
        assert [d["slug"] for d in opgave["domains"]] == ["schulden", "werk-en-inkomen"]
        assert opgave["counts"]["members"] == 1
        path = f"/api/v1/opgaven/{opgave['id']}"
        assert (await visitor.get(path)).status_code == 404
        listed = (await visitor.get(f"/api/v1/opgaven?municipality={town.slug}")).json()["items"]
        assert opgave["id"] not in [o["id"] for o in listed]
        staff_list = (await staff.get(f"/api/v1/opgaven?municipality={town.slug}")).json()["items"]
        assert opgave["id"] in [o["id"] for o in staff_list]

        etag = (await staff.get(path)).headers["etag"]
        published = await staff.patch(path, json={"published": True}, headers={"If-Match": etag})
        assert published.status_code == 200, published.text
        assert (await visitor.get(path)).status_code == 200


async def test_an_opgave_walks_every_phase_and_one_step_back(started_app: Litestar, town: Town) -> None:
    async with (
        browser(started_app, town.regisseur["email"]) as regisseur,
        browser(started_app, town.medewerker["email"]) as other_staff,
        browser(started_app, town.beheerder["email"]) as beheerder,
    ):
        opgave = await _create(regisseur, town, published=True)
        moves = f"/api/v1/opgaven/{opgave['id']}/phase-transitions"

        # Only the procesregisseur (or a beheerder) moves the phase.
        refused = await other_staff.post(moves, json={"toPhase": "formulating"})
        assert refused.status_code == 403
        skipped = await regisseur.post(moves, json={"toPhase": "planning"})
        assert skipped.status_code == 409
        assert skipped.json()["code"] == "invalid_transition"
        same = await regisseur.post(moves, json={"toPhase": "exploring"})
        assert same.json()["code"] == "same_phase"

        for before, after in itertools.pairwise(PHASES[:3]):
            moved = await regisseur.post(moves, json={"toPhase": after})
            assert moved.status_code == 201, moved.text
            assert moved.json()["fromPhase"] == before
            assert moved.json()["direction"] == "forward"
        no_reason = await regisseur.post(moves, json={"toPhase": "formulating"})
        assert no_reason.status_code == 400
        assert no_reason.json()["invalidParams"][0]["name"] == "reason"
        back = await regisseur.post(
            moves, json={"toPhase": "formulating", "reason": "De formulering schuurt nog."}
        )
        assert back.status_code == 201
        assert back.json()["direction"] == "back"
        for after in PHASES[2:4]:
            assert (await regisseur.post(moves, json={"toPhase": after})).status_code == 201
        # A beheerder may move it too.
        assert (await beheerder.post(moves, json={"toPhase": "completed"})).status_code == 201
        beyond = await regisseur.post(moves, json={"toPhase": "exploring"})
        assert beyond.json()["code"] == "invalid_transition"

        current = (await regisseur.get(f"/api/v1/opgaven/{opgave['id']}")).json()
        assert current["phase"] == "completed"

        events = (await regisseur.get(f"/api/v1/opgaven/{opgave['id']}/timeline?limit=100")).json()["items"]
        changes = [e for e in events if e["kind"] == "phase_changed"]
        assert [(e["details"]["from"], e["details"]["to"]) for e in changes] == [
            ("exploring", "formulating"),
            ("formulating", "planning"),
            ("planning", "formulating"),
            ("formulating", "planning"),
            ("planning", "executing"),
            ("executing", "completed"),
        ]
        assert changes[2]["details"]["reason"] == "De formulering schuurt nog."
        assert changes[2]["details"]["direction"] == "back"
        assert changes[0]["actor"]["displayName"] == "Regisseur"
        assert changes[-1]["actor"]["id"] == str(town.beheerder["id"])
        assert [e["createdAt"] for e in events] == sorted(e["createdAt"] for e in events)
        assert events[0]["kind"] == "opgave_created"


async def test_formulations_are_proposed_by_anyone_and_adopted_by_staff(
    started_app: Litestar, town: Town, db: Database
) -> None:
    async with (
        browser(started_app, town.regisseur["email"]) as staff,
        browser(started_app, town.inwoner["email"]) as resident,
    ):
        opgave = await _create(
            staff, town, published=True, formulation="Hoe helpen we mensen in de bijstand aan werk?"
        )
        path = f"/api/v1/opgaven/{opgave['id']}/formulations"
        proposed = await resident.post(
            path,
            json={
                "text": "Hoe vinden bijstandsgerechtigden werk dat bij hen past?",
                "rationale": "Vanuit de mensen.",
            },
        )
        assert proposed.status_code == 201, proposed.text
        formulation = proposed.json()
        assert formulation["proposedBy"]["id"] == str(town.inwoner["id"])
        assert formulation["current"] is False
        assert (await resident.post(f"/api/v1/formulations/{formulation['id']}/adoption")).status_code == 403
        adopted = await staff.post(f"/api/v1/formulations/{formulation['id']}/adoption")
        assert adopted.status_code == 201, adopted.text
        assert adopted.json()["current"] is True
        assert adopted.json()["adoptedBy"]["id"] == str(town.regisseur["id"])

        versions = (await resident.get(path)).json()["items"]
        assert [v["current"] for v in versions] == [False, True]
        assert versions[0]["text"] == "Hoe helpen we mensen in de bijstand aan werk?"
        current = (await resident.get(f"/api/v1/opgaven/{opgave['id']}")).json()
        assert current["formulation"] == "Hoe vinden bijstandsgerechtigden werk dat bij hen past?"
        kinds = [
            e["kind"]
            for e in (await resident.get(f"/api/v1/opgaven/{opgave['id']}/timeline")).json()["items"]
        ]
        assert kinds.count("formulation_adopted") == 1

        # Adopting the current formulation again changes nothing: 409, no second event.
        again = await staff.post(f"/api/v1/formulations/{formulation['id']}/adoption")
        assert again.status_code == 409, again.text
        assert again.json()["code"] == "already_adopted"
        timeline = (await resident.get(f"/api/v1/opgaven/{opgave['id']}/timeline")).json()["items"]
        assert [e["kind"] for e in timeline].count("formulation_adopted") == 1
        # An earlier formulation can become the current one again.
        first = versions[0]
        assert (await staff.post(f"/api/v1/formulations/{first['id']}/adoption")).status_code == 201
        current = (await resident.get(f"/api/v1/opgaven/{opgave['id']}")).json()
        assert current["formulation"] == "Hoe helpen we mensen in de bijstand aan werk?"
    unverified_count = await db.fetchval(
        "SELECT count(*) FROM formulations WHERE opgave_id = $1", opgave["id"]
    )
    assert unverified_count == 2


async def test_action_lines_keep_their_order(started_app: Litestar, town: Town) -> None:
    async with browser(started_app, town.regisseur["email"]) as staff:
        opgave = await _create(staff, town, published=True)
        path = f"/api/v1/opgaven/{opgave['id']}/action-lines"
        titles = [
            "Creëren passende banen",
            "Meer maatwerk en persoonlijke aandacht",
            "Verminderen vooroordelen en discriminatie",
        ]
        lines = []
        for title in titles:
            created = await staff.post(path, json={"title": title, "goal": "Doel"})
            assert created.status_code == 201, created.text
            lines.append(created.json())
        assert [line["position"] for line in lines] == [1, 2, 3]
        first = await staff.post(path, json={"title": "Eerst dit", "position": 1})
        assert [line["title"] for line in (await staff.get(path)).json()["items"]] == ["Eerst dit", *titles]

        line = lines[2]
        etag = (await staff.get(f"/api/v1/action-lines/{line['id']}")).headers["etag"]
        assert etag == '"1"'  # making room for another line is not an edit of this one
        moved = await staff.patch(
            f"/api/v1/action-lines/{line['id']}", json={"position": 1}, headers={"If-Match": etag}
        )
        assert moved.status_code == 200, moved.text
        assert [line["title"] for line in (await staff.get(path)).json()["items"]] == [
            titles[2],
            "Eerst dit",
            *titles[:2],
        ]
        stale = await staff.patch(
            f"/api/v1/action-lines/{line['id']}", json={"goal": "x"}, headers={"If-Match": etag}
        )
        assert stale.status_code == 412
        assert (await staff.delete(f"/api/v1/action-lines/{first.json()['id']}")).status_code == 428
        gone = await staff.delete(
            f"/api/v1/action-lines/{first.json()['id']}", headers={"If-Match": first.headers["etag"]}
        )
        assert gone.status_code == 204
        fresh = (await staff.get(path)).json()["items"]
        assert [line["position"] for line in fresh] == [1, 2, 3]
        assert [line["title"] for line in fresh] == [titles[2], *titles[:2]]


async def test_following_an_opgave(started_app: Litestar, town: Town) -> None:
    async with (
        browser(started_app, town.regisseur["email"]) as staff,
        browser(started_app, town.inwoner["email"]) as resident,
        browser(started_app) as visitor,
    ):
        opgave = await _create(staff, town, published=True)
        path = f"/api/v1/opgaven/{opgave['id']}"
        assert (await visitor.put(f"{path}/following")).status_code == 401
        assert (await resident.put(f"{path}/following")).status_code == 204
        assert (await resident.put(f"{path}/following")).status_code == 204  # idempotent
        assert (await resident.get(path)).json()["followedByMe"] is True
        assert (await staff.get(path)).json()["followedByMe"] is False
        assert (await resident.delete(f"{path}/following")).status_code == 204
        assert (await resident.get(path)).json()["followedByMe"] is False


async def test_stale_if_match_is_412_and_missing_is_428(started_app: Litestar, town: Town) -> None:
    async with browser(started_app, town.regisseur["email"]) as staff:
        opgave = await _create(staff, town)
        path = f"/api/v1/opgaven/{opgave['id']}"
        etag = (await staff.get(path)).headers["etag"]
        assert (await staff.patch(path, json={"summary": "a"})).status_code == 428
        assert (await staff.patch(path, json={"summary": "b"}, headers={"If-Match": etag})).status_code == 200
        stale = await staff.patch(path, json={"summary": "c"}, headers={"If-Match": etag})
        assert stale.status_code == 412
        assert (await staff.get(path)).json()["summary"] == "b"


async def test_no_lost_updates_over_alternating_edits(started_app: Litestar, town: Town) -> None:
    """Two editors race fifty times; each time exactly one wins and the other is told (412)."""
    import asyncio

    async with (
        browser(started_app, town.regisseur["email"]) as one,
        browser(started_app, town.medewerker["email"]) as two,
    ):
        opgave = await _create(one, town)
        path = f"/api/v1/opgaven/{opgave['id']}"
        for round_ in range(50):
            etag = (await one.get(path)).headers["etag"]
            results = await asyncio.gather(
                one.patch(path, json={"summary": f"een {round_}"}, headers={"If-Match": etag}),
                two.patch(path, json={"summary": f"twee {round_}"}, headers={"If-Match": etag}),
            )
            assert sorted(r.status_code for r in results) == [200, 412], round_
        final = await one.get(path)
        assert final.headers["etag"] == '"51"'


async def test_dates_must_be_in_order(started_app: Litestar, town: Town) -> None:
    async with browser(started_app, town.regisseur["email"]) as staff:
        response = await staff.post(
            "/api/v1/opgaven",
            json={
                "municipality": town.slug,
                "title": "Verkeerd om",
                "startDate": "2026-06-01",
                "endDate": "2026-01-01",
            },
        )
    assert response.status_code == 400
    assert response.json()["invalidParams"][0]["name"] == "endDate"


async def test_dates_lie_within_two_centuries(started_app: Litestar, town: Town) -> None:
    """Year 1 or 9999 is a typing slip, and PostgreSQL would keep the extremes as infinity."""
    async with browser(started_app, town.regisseur["email"]) as staff:
        created = await staff.post(
            "/api/v1/opgaven",
            json={
                "municipality": town.slug,
                "title": "Ver weg",
                "startDate": "0001-01-01",
                "endDate": "9999-12-31",
            },
        )
        assert created.status_code == 400
        assert [(p["name"], p["code"]) for p in created.json()["invalidParams"]] == [
            ("startDate", "out_of_range"),
            ("endDate", "out_of_range"),
        ]
        made = await staff.post("/api/v1/opgaven", json={"municipality": town.slug, "title": "Dichtbij"})
        path = f"/api/v1/opgaven/{made.json()['id']}"
        moved = await staff.patch(
            path, json={"endDate": "2300-01-01"}, headers={"If-Match": made.headers["etag"]}
        )
        assert moved.status_code == 400
        assert moved.json()["invalidParams"][0]["name"] == "endDate"
        assert (await staff.get(path)).json()["endDate"] is None


async def test_unknown_domains_are_named(started_app: Litestar, town: Town) -> None:
    async with browser(started_app, town.regisseur["email"]) as staff:
        response = await staff.post(
            "/api/v1/opgaven",
            json={
                "municipality": town.slug,
                "title": "Onbekend",
                "domains": ["jeugd", "ruimtevaart", "toverij"],
            },
        )
    assert response.status_code == 400
    assert [p["name"] for p in response.json()["invalidParams"]] == ["domains[1]", "domains[2]"]
