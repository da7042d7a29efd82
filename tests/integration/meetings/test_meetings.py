"""Meetings: planning, registering with a waiting list, calendars, reminders, and the record afterwards."""

import asyncio
from datetime import datetime, timedelta

from icalendar import Calendar
from litestar import Litestar

from api.db.connection import Database
from api.domains.meetings.reminders import remind
from api.lib.time import utcnow
from tests.identities import anonymous_client, browser, mails_to, person
from tests.integration.meetings.conftest import Town, meeting_body, plan


async def test_staff_plan_a_session_and_residents_register_until_it_is_full(
    started_app: Litestar, db: Database, town: Town
) -> None:
    first, second = await person(db), await person(db)
    async with browser(started_app, town.staff["email"]) as staff:
        meeting = await plan(staff, town.opgave["id"], capacity=1)
    assert meeting["registeredCount"] == 0
    assert meeting["calendarUrl"] == f"/api/v1/meetings/{meeting['id']}/calendar"
    async with browser(started_app, first["email"]) as one, browser(started_app, second["email"]) as two:
        placed = await one.post(f"/api/v1/meetings/{meeting['id']}/registrations")
        assert placed.status_code == 201, placed.text
        assert placed.json()["status"] == "registered"
        waiting = await two.post(f"/api/v1/meetings/{meeting['id']}/registrations")
        assert waiting.json() | {"id": None, "createdAt": None} == {
            "id": None,
            "meetingId": meeting["id"],
            "status": "waiting",
            "waitingPosition": 1,
            "createdAt": None,
        }
        again = await one.post(f"/api/v1/meetings/{meeting['id']}/registrations")
        assert again.status_code == 409
        assert again.json()["code"] == "already_registered"
        seen = (await two.get(f"/api/v1/meetings/{meeting['id']}")).json()
        assert seen["myRegistration"]["status"] == "waiting"
        assert (seen["registeredCount"], seen["waitingCount"]) == (1, 1)
        # Someone else may not cancel another's registration.
        assert (await two.delete(f"/api/v1/registrations/{placed.json()['id']}")).status_code == 403
        assert (await one.delete(f"/api/v1/registrations/{placed.json()['id']}")).status_code == 204
        moved = (await two.get(f"/api/v1/meetings/{meeting['id']}")).json()
        assert moved["myRegistration"] == {
            "id": waiting.json()["id"],
            "status": "registered",
            "waitingPosition": None,
        }
        assert (moved["registeredCount"], moved["waitingCount"]) == (1, 0)
        notified = (await two.get("/api/v1/me/notifications")).json()["items"]
        assert notified[0]["title"] == "Er is een plaats voor u vrijgekomen"


async def test_a_meeting_and_an_opgave_as_icalendar(started_app: Litestar, town: Town) -> None:
    async with browser(started_app, town.staff["email"]) as staff:
        meeting = await plan(staff, town.opgave["id"], onlineUrl="https://meet.example.org/sessie")
        await plan(staff, town.opgave["id"], in_hours=200, title="Klankbordgroep", kind="sounding_board")
    async with anonymous_client(started_app) as anyone:
        one = await anyone.get(meeting["calendarUrl"])
        feed = await anyone.get(f"/api/v1/opgaven/{town.opgave['id']}/calendar")
    assert one.status_code == 200, one.text
    assert one.headers["content-type"].startswith("text/calendar")
    assert one.headers["content-disposition"] == 'attachment; filename="bijeenkomst.ics"'
    event = Calendar.from_ical(one.content).walk("VEVENT")[0]
    assert str(event["summary"]) == "Werksessie banen op maat"
    assert str(event["location"]) == "Gemeentehuis Putten, zaal 2"
    assert str(event["url"]) == "https://meet.example.org/sessie"
    assert event.decoded("dtstart") == datetime.fromisoformat(meeting["startsAt"]).replace(microsecond=0) or (
        event.decoded("dtstart") == datetime.fromisoformat(meeting["startsAt"])
    )
    assert str(event["uid"]) == f"meeting-{meeting['id']}@samenspel"
    titles = [str(e["summary"]) for e in Calendar.from_ical(feed.content).walk("VEVENT")]
    assert titles == ["Werksessie banen op maat", "Klankbordgroep"]


async def test_a_reminder_goes_out_once_a_day_before(started_app: Litestar, db: Database, town: Town) -> None:
    resident = await person(db)
    async with browser(started_app, town.staff["email"]) as staff:
        meeting = await plan(staff, town.opgave["id"], in_hours=30)
    async with browser(started_app, resident["email"]) as browser_:
        assert (await browser_.post(f"/api/v1/meetings/{meeting['id']}/registrations")).status_code == 201
    base = started_app.state.settings.server.base_url
    # Thirty hours before: not yet; seven hours later, within the day: once, however often the round runs.
    assert await remind(db, base, now=utcnow()) == 0
    later = utcnow() + timedelta(hours=7)
    assert await remind(db, base, now=later) >= 1
    await remind(db, base, now=later)
    mails = [m for m in await mails_to(db, started_app, resident["email"]) if "Herinnering" in m]
    assert len(mails) == 1
    assert "Werksessie banen op maat" in mails[0]
    assert "Gemeentehuis Putten" in mails[0]


async def test_more_places_move_the_waiting_list_up_and_fewer_than_taken_is_refused(
    started_app: Litestar, db: Database, town: Town
) -> None:
    people = [await person(db) for _ in range(3)]
    async with browser(started_app, town.staff["email"]) as staff:
        meeting = await plan(staff, town.opgave["id"], capacity=1)
        for someone in people:
            async with browser(started_app, someone["email"]) as b:
                assert (await b.post(f"/api/v1/meetings/{meeting['id']}/registrations")).status_code == 201
        current = await staff.get(f"/api/v1/meetings/{meeting['id']}")
        grown = await staff.patch(
            f"/api/v1/meetings/{meeting['id']}",
            json={"capacity": 2},
            headers={"If-Match": current.headers["etag"]},
        )
        assert grown.status_code == 200, grown.text
        assert (grown.json()["registeredCount"], grown.json()["waitingCount"]) == (2, 1)
        shrunk = await staff.patch(
            f"/api/v1/meetings/{meeting['id']}",
            json={"capacity": 1},
            headers={"If-Match": grown.headers["etag"]},
        )
        assert shrunk.status_code == 409
        assert shrunk.json()["code"] == "capacity_below_registered"


async def test_afterwards_the_notes_and_decisions_and_a_cancelled_meeting_closes(
    started_app: Litestar, db: Database, town: Town
) -> None:
    resident = await person(db)
    async with browser(started_app, town.staff["email"]) as staff:
        meeting = await plan(staff, town.opgave["id"])
        async with browser(started_app, resident["email"]) as r:
            assert (await r.post(f"/api/v1/meetings/{meeting['id']}/registrations")).status_code == 201
        etag = (await staff.get(f"/api/v1/meetings/{meeting['id']}")).headers["etag"]
        recorded = await staff.patch(
            f"/api/v1/meetings/{meeting['id']}",
            json={"notes": "Twaalf deelnemers.", "decisions": "We starten een pilot."},
            headers={"If-Match": etag},
        )
        assert recorded.json()["decisions"] == "We starten een pilot."
        cancelled = await staff.patch(
            f"/api/v1/meetings/{meeting['id']}",
            json={"status": "cancelled"},
            headers={"If-Match": recorded.headers["etag"]},
        )
        assert cancelled.json()["status"] == "cancelled"
    async with browser(started_app, resident["email"]) as r:
        assert (await r.get("/api/v1/me/notifications")).json()["items"][0]["title"].startswith("Afgezegd")
    types = await db.fetch("SELECT type FROM events WHERE object_id = $1 ORDER BY id", meeting["id"])
    assert [t["type"] for t in types] == [
        "nl.samenspel.meeting.planned",
        "nl.samenspel.meeting.recorded",
        "nl.samenspel.meeting.cancelled",
    ]
    newcomer = await person(db)
    async with browser(started_app, newcomer["email"]) as n:
        closed = await n.post(f"/api/v1/meetings/{meeting['id']}/registrations")
    assert closed.status_code == 409
    assert closed.json()["code"] == "meeting_closed"


async def test_a_reflection_moment_gets_its_date_from_its_meeting(
    started_app: Litestar, db: Database, town: Town
) -> None:
    async with browser(started_app, town.staff["email"]) as staff:
        moment = await staff.post(
            f"/api/v1/opgaven/{town.opgave['id']}/reflections",
            json={"title": "Terugblik", "heldOn": "2030-01-01"},
        )
        assert moment.status_code == 201, moment.text
        meeting = await plan(
            staff, town.opgave["id"], kind="reflection_moment", reflectionId=moment.json()["id"], in_hours=240
        )
    held_on = await db.fetchval("SELECT held_on FROM reflection_moments WHERE id = $1", moment.json()["id"])
    assert held_on.isoformat() == meeting["startsAt"][:10]
    assert meeting["reflectionId"] == moment.json()["id"]


async def test_a_meeting_needs_a_place_and_an_end_after_its_start(started_app: Litestar, town: Town) -> None:
    body = meeting_body(location="")
    body["endsAt"] = body["startsAt"]
    async with browser(started_app, town.staff["email"]) as staff:
        response = await staff.post(f"/api/v1/opgaven/{town.opgave['id']}/meetings", json=body)
        bad_link = await staff.post(
            f"/api/v1/opgaven/{town.opgave['id']}/meetings",
            json=meeting_body(onlineUrl="javascript:alert(1)"),
        )
    assert response.status_code == 400
    assert {p["name"] for p in response.json()["invalidParams"]} == {"endsAt", "location"}
    assert bad_link.status_code == 400


async def test_a_draft_opgaves_meetings_do_not_exist_for_another_municipality(
    started_app: Litestar, db: Database, town: Town
) -> None:
    from tests.factories import municipality, opgave

    draft = await opgave(db, town.town["id"], town.staff["id"], published=False)
    elsewhere = await municipality(db)
    foreign = await person(db, municipality_id=elsewhere["id"], role="medewerker")
    async with browser(started_app, town.staff["email"]) as staff:
        meeting = await plan(staff, draft["id"])
    async with browser(started_app, foreign["email"]) as other:
        for path in (
            f"/api/v1/meetings/{meeting['id']}",
            f"/api/v1/meetings/{meeting['id']}/calendar",
            f"/api/v1/opgaven/{draft['id']}/meetings",
            f"/api/v1/opgaven/{draft['id']}/calendar",
        ):
            assert (await other.get(path)).status_code == 404, path
        assert (await other.post(f"/api/v1/meetings/{meeting['id']}/registrations")).status_code == 404


async def test_a_calendar_that_did_not_change_is_answered_304(started_app: Litestar, town: Town) -> None:
    """A calendar app polls the feed: what did not change moves no data (the ETag is of the bytes,
    so the feed must be the same bytes while its meetings are the same)."""
    async with browser(started_app, town.staff["email"]) as staff:
        meeting = await plan(staff, town.opgave["id"])
    async with anonymous_client(started_app) as anyone:
        for url in (meeting["calendarUrl"], f"/api/v1/opgaven/{town.opgave['id']}/calendar"):
            first = await anyone.get(url)
            assert first.status_code == 200, first.text
            await asyncio.sleep(1.1)  # a second later (iCalendar times are to the second)
            again = await anyone.get(url, headers={"If-None-Match": first.headers["etag"]})
            assert again.status_code == 304, url
            assert again.content == b""
