"""Quick polls: from a draft to the results, named and anonymous, and their open answers moderated."""

import asyncio
import csv
import io
from uuid import UUID

from litestar import Litestar

from api.db.connection import Database
from api.lib.ids import new_id
from tests.identities import browser, person, session_of
from tests.integration.events.conftest import told_followers
from tests.integration.polls.conftest import Town, answers, close, open_poll, poll_body


async def test_a_named_poll_from_draft_to_results(started_app: Litestar, db: Database, town: Town) -> None:
    residents = [await person(db) for _ in range(3)]
    base = f"/api/v1/opgaven/{town.opgave['id']}/polls"
    async with browser(started_app, town.staff["email"]) as staff, browser(started_app) as visitor:
        draft = await staff.post(base, json=poll_body())
        assert draft.status_code == 201, draft.text
        assert draft.json()["status"] == "draft"
        poll_id = draft.json()["id"]
        # A draft is staff's own: nobody else sees it, on its page or in the list.
        assert (await visitor.get(f"/api/v1/polls/{poll_id}")).status_code == 404
        assert (await visitor.get(base)).json()["items"] == []
        assert [p["id"] for p in (await staff.get(base)).json()["items"]] == [poll_id]
        # The draft changes freely, its questions too.
        changed = await staff.patch(
            f"/api/v1/polls/{poll_id}",
            json={"title": "Hoe was de werksessie?"},
            headers={"If-Match": draft.headers["etag"]},
        )
        assert changed.status_code == 200, changed.text
        stale = await staff.patch(
            f"/api/v1/polls/{poll_id}", json={"status": "open"}, headers={"If-Match": draft.headers["etag"]}
        )
        assert stale.status_code == 412
        opened = await staff.patch(
            f"/api/v1/polls/{poll_id}", json={"status": "open"}, headers={"If-Match": changed.headers["etag"]}
        )
        assert opened.status_code == 200, opened.text
        poll = opened.json()
        assert poll["acceptingAnswers"] is True
        frozen = await staff.patch(
            f"/api/v1/polls/{poll_id}",
            json={"questions": poll_body()["questions"][:1], "anonymous": True},
            headers={"If-Match": opened.headers["etag"]},
        )
        assert frozen.status_code == 400
        assert {p["name"] for p in frozen.json()["invalidParams"]} == {"questions", "anonymous"}

        picks = [(0, [0, 1], 5, "Meer tijd voor vragen"), (0, [1], 4, None), (1, [2], 2, "Koffie was koud")]
        for resident, (single, multiple, scale, text) in zip(residents, picks, strict=True):
            async with browser(started_app, resident["email"]) as me:
                first = await me.post(
                    f"/api/v1/polls/{poll_id}/responses", json=answers(poll, single, multiple, scale, text)
                )
                assert first.status_code == 201, first.text
                assert first.json()["answered"] is True
                assert first.json()["changeable"] is True
        # A named answer changes until the close: the last one counts, still one response.
        async with browser(started_app, residents[1]["email"]) as me:
            again = await me.post(f"/api/v1/polls/{poll_id}/responses", json=answers(poll, 2, [1, 2], 3))
            assert again.status_code == 200, again.text
            mine = (await me.get(f"/api/v1/polls/{poll_id}/responses/mine")).json()
            assert [a.get("choices") or a.get("value") for a in mine["answers"]] == [[2], [1, 2], 3]
        # Before the close staff see the live count of a named poll; nobody else does.
        early = await visitor.get(f"/api/v1/polls/{poll_id}/results")
        assert early.status_code == 409
        assert early.json()["code"] == "results_not_yet"
        live = await staff.get(f"/api/v1/polls/{poll_id}/results")
        assert live.status_code == 200, live.text
        assert live.json()["respondentCount"] == 3

        closed = await close(staff, poll_id)
        assert closed["status"] == "closed"
        assert closed["acceptingAnswers"] is False
        async with browser(started_app, residents[0]["email"]) as me:
            late = await me.post(f"/api/v1/polls/{poll_id}/responses", json=answers(poll))
            assert late.status_code == 409
            assert late.json()["code"] == "poll_closed"
        reopen = await staff.patch(
            f"/api/v1/polls/{poll_id}",
            json={"status": "open"},
            headers={"If-Match": (await staff.get(f"/api/v1/polls/{poll_id}")).headers["etag"]},
        )
        assert reopen.status_code == 409

        results = (await visitor.get(f"/api/v1/polls/{poll_id}/results")).json()
        assert results["respondentCount"] == 3
        single, multiple, scale, open_text = results["questions"]
        assert [(r["label"], r["count"]) for r in single["rows"]] == [("Ja", 1), ("Nee", 1), ("Misschien", 1)]
        assert [r["count"] for r in multiple["rows"]] == [1, 2, 2]
        assert [(r["value"], r["count"]) for r in scale["rows"]] == [(1, 0), (2, 1), (3, 1), (4, 0), (5, 1)]
        assert scale["mean"] == 3.33
        assert open_text["answerCount"] == 2
        assert "account" not in str(results).lower()
    events = await db.fetch("SELECT type, data FROM events WHERE object_id = $1 ORDER BY tx, id", poll_id)
    assert [e["type"] for e in events] == ["nl.samenspel.poll.opened", "nl.samenspel.poll.closed"]


async def test_answers_are_checked(started_app: Litestar, db: Database, town: Town) -> None:
    resident, unverified = await person(db), await person(db, verified=False)
    async with browser(started_app, town.staff["email"]) as staff:
        poll = await open_poll(staff, town)
        bad = await staff.post(
            f"/api/v1/opgaven/{town.opgave['id']}/polls",
            json=poll_body(
                questions=[
                    {"kind": "single_choice", "text": "Eén optie maar", "options": ["Ja"]},
                    {"kind": "scale", "text": "Een schaal zonder einde"},
                    {"kind": "open_text", "text": "Met opties?", "options": ["a", "b"]},
                ]
            ),
        )
        assert bad.status_code == 400
        assert {(p["name"], p["code"]) for p in bad.json()["invalidParams"]} == {
            ("questions[0].options", "too_few"),
            ("questions[1].scaleMax", "required"),
            ("questions[2].options", "not_applicable"),
        }
    q = [question["id"] for question in poll["questions"]]
    url = f"/api/v1/polls/{poll['id']}/responses"
    async with (
        browser(started_app, resident["email"]) as me,
        browser(started_app, unverified["email"]) as doubtful,
    ):
        wrong = await me.post(
            url,
            json={
                "answers": [
                    {"questionId": q[0], "choices": [0, 1]},
                    {"questionId": q[1], "choices": [0, 1, 2]},
                    {"questionId": q[2], "value": 9},
                    {"questionId": q[3], "choices": [0]},
                ]
            },
        )
        assert wrong.status_code == 400
        assert {(p["name"], p["code"]) for p in wrong.json()["invalidParams"]} == {
            ("answers[0].choices", "too_many"),
            ("answers[1].choices", "too_many"),
            ("answers[2].value", "out_of_range"),
            ("answers[3].text", "wrong_kind"),
        }
        missing = await me.post(url, json={"answers": [{"questionId": q[0], "choices": [0]}]})
        assert missing.status_code == 400
        assert {p["code"] for p in missing.json()["invalidParams"]} == {"required"}
        refused = await doubtful.post(url, json=answers(poll))
        assert refused.status_code == 403
        assert refused.json()["code"] == "email_unverified"
        assert (await me.get(f"/api/v1/polls/{poll['id']}/responses/mine")).json()["answered"] is False
    assert await db.fetchval("SELECT count(*) FROM poll_responses WHERE poll_id = $1", poll["id"]) == 0


async def test_parallel_answers_by_one_person_count_once(
    started_app: Litestar, db: Database, town: Town
) -> None:
    resident = await person(db)
    async with browser(started_app, town.staff["email"]) as staff:
        named = await open_poll(staff, town)
        anonymous = await open_poll(staff, town, anonymous=True)
    async with session_of(started_app, db, resident["id"]) as me:
        for poll in (named, anonymous):
            url = f"/api/v1/polls/{poll['id']}/responses"
            statuses = await asyncio.gather(
                *(me.post(url, json=answers(poll, scale=1 + i % 5)) for i in range(100))
            )
            codes = sorted({r.status_code for r in statuses})
            assert 500 not in codes, [r.text for r in statuses if r.status_code >= 500][:1]
            assert sum(r.status_code == 201 for r in statuses) == 1
            responses = await db.fetchval(
                "SELECT count(*) FROM poll_responses WHERE poll_id = $1", poll["id"]
            )
            assert responses == 1
            assert await db.fetchval("SELECT count(*) FROM poll_answers WHERE poll_id = $1", poll["id"]) == 3
        assert (
            await db.fetchval("SELECT count(*) FROM poll_participations WHERE poll_id = $1", anonymous["id"])
            == 1
        )


async def test_an_anonymous_answer_is_not_linked_to_its_giver(
    started_app: Litestar, db: Database, town: Town
) -> None:
    residents = [await person(db) for _ in range(5)]
    async with browser(started_app, town.staff["email"]) as staff:
        poll = await open_poll(staff, town, anonymous=True)
        for i, resident in enumerate(residents):
            async with browser(started_app, resident["email"]) as me:
                given = await me.post(
                    f"/api/v1/polls/{poll['id']}/responses", json=answers(poll, scale=i + 1, text=f"Idee {i}")
                )
                assert given.status_code == 201, given.text
                # Not even the person gets their answers back: nobody can.
                assert given.json() == {
                    "pollId": poll["id"],
                    "answered": True,
                    "changeable": False,
                    "answers": [],
                }
                twice = await me.post(f"/api/v1/polls/{poll['id']}/responses", json=answers(poll))
                assert twice.status_code == 409
                assert twice.json()["code"] == "already_answered"
            if i == 0:
                # While it runs, and below five answers, nobody sees counts: not even staff.
                assert (await staff.get(f"/api/v1/polls/{poll['id']}/results")).json()[
                    "code"
                ] == "results_not_yet"
        await close(staff, poll["id"])
        results = (await staff.get(f"/api/v1/polls/{poll['id']}/results")).json()
        assert results["respondentCount"] == 5
    # Nothing in the database joins an account to an answer: no account on a response, no time
    # finer than the day, random ids; the participation holds a keyed hash, not the account.
    responses = await db.fetch("SELECT * FROM poll_responses WHERE poll_id = $1", poll["id"])
    assert all(r["account_id"] is None for r in responses)
    assert all(
        r["created_at"] == r["created_at"].replace(hour=0, minute=0, second=0, microsecond=0)
        for r in responses
    )
    assert all(r["id"].version == 4 for r in responses)
    answers_rows = await db.fetch("SELECT * FROM poll_answers WHERE poll_id = $1", poll["id"])
    assert all(a["id"].version == 4 and a["created_at"].hour == 0 for a in answers_rows)
    keys = await db.fetch("SELECT * FROM poll_participations WHERE poll_id = $1", poll["id"])
    assert len(keys) == 5
    ids = {r["id"].bytes for r in residents}
    assert not any(
        k["voter_key"] in ids or str(r["id"]).encode() in k["voter_key"] for k in keys for r in residents
    )
    audit = await db.fetch(
        "SELECT object_id, details FROM audit_events WHERE action = 'poll.answered' AND object_id = $1",
        str(poll["id"]),
    )
    assert len(audit) == 5
    assert all(str(r["id"]) not in str(a["details"]) for a in audit for r in responses)


async def test_few_anonymous_answers_show_no_results(started_app: Litestar, db: Database, town: Town) -> None:
    resident = await person(db)
    async with browser(started_app, town.staff["email"]) as staff:
        poll = await open_poll(staff, town, anonymous=True)
        async with browser(started_app, resident["email"]) as me:
            assert (
                await me.post(f"/api/v1/polls/{poll['id']}/responses", json=answers(poll))
            ).status_code == 201
        await close(staff, poll["id"])
        for path in ("results", "results/export", "open-answers"):
            few = await staff.get(f"/api/v1/polls/{poll['id']}/{path}")
            assert few.status_code == 409, path
            assert few.json()["code"] == "too_few_responses"


async def test_open_answers_are_moderated_and_hidden_ones_leave_results_and_csv(
    started_app: Litestar, db: Database, town: Town
) -> None:
    residents = [await person(db) for _ in range(3)]
    texts = ["Meer avonden graag", '=HYPERLINK("http://kwaad.example")', "Scheldwoorden hier"]
    async with browser(started_app, town.staff["email"]) as staff:
        poll = await open_poll(staff, town)
        for resident, text in zip(residents, texts, strict=True):
            async with browser(started_app, resident["email"]) as me:
                assert (
                    await me.post(f"/api/v1/polls/{poll['id']}/responses", json=answers(poll, text=text))
                ).status_code == 201
        await close(staff, poll["id"])
        listed = (await staff.get(f"/api/v1/polls/{poll['id']}/open-answers")).json()["items"]
        rude = next(a for a in listed if a["text"] == texts[2])
        async with browser(started_app, residents[0]["email"]) as reporter:
            reported = await reporter.post(
                f"/api/v1/poll-answers/{rude['id']}/reports", json={"reason": "offensive"}
            )
            assert reported.status_code == 201, reported.text
            again = await reporter.post(f"/api/v1/poll-answers/{rude['id']}/reports", json={"reason": "spam"})
            assert again.status_code == 409
            assert again.json()["code"] == "already_reported"
        seen = (await staff.get(f"/api/v1/polls/{poll['id']}/open-answers")).json()["items"]
        assert next(a for a in seen if a["id"] == rude["id"])["openReports"] == 1
        no_reason = await staff.post(
            f"/api/v1/poll-answers/{rude['id']}/moderation-decisions", json={"action": "hide"}
        )
        assert no_reason.status_code == 400
        hidden = await staff.post(
            f"/api/v1/poll-answers/{rude['id']}/moderation-decisions",
            json={"action": "hide", "publicReason": "Kwetsend taalgebruik."},
        )
        assert hidden.status_code == 200, hidden.text
        assert hidden.json()["hidden"] is True
        assert hidden.json()["openReports"] == 0
        async with browser(started_app) as visitor:
            public = (await visitor.get(f"/api/v1/polls/{poll['id']}/open-answers")).json()["items"]
            assert sorted(a["text"] for a in public) == sorted(texts[:2])
            results = (await visitor.get(f"/api/v1/polls/{poll['id']}/results")).json()
            assert results["questions"][3]["answerCount"] == 2
            download = await visitor.get(f"/api/v1/polls/{poll['id']}/results/export")
        assert download.status_code == 200
        assert download.headers["content-type"].startswith("text/csv")
        assert "attachment" in download.headers["content-disposition"]
        rows = list(csv.reader(io.StringIO(download.text)))
        assert rows[0] == ["question", "questionText", "kind", "answer", "value", "count"]
        assert ["1", "Komt u de volgende keer?", "single_choice", "Ja", "0", "3"] in rows
        assert ["3", "Hoe tevreden bent u?", "scale", "4", "4", "3"] in rows
        opened = [r[3] for r in rows if r[2] == "open_text"]
        assert sorted(opened) == sorted(["Meer avonden graag", '\'=HYPERLINK("http://kwaad.example")'])
        assert texts[2] not in download.text
        restored = await staff.post(
            f"/api/v1/poll-answers/{rude['id']}/moderation-decisions", json={"action": "restore"}
        )
        assert restored.status_code == 200
        assert restored.json()["hidden"] is False


async def test_a_poll_on_a_meeting(started_app: Litestar, db: Database, town: Town) -> None:
    meeting_id = await db.fetchval(
        """INSERT INTO meetings (id, municipality_id, opgave_id, kind, title, starts_at, ends_at, location, capacity)
           VALUES (gen_random_uuid(), $1, $2, 'work_session', 'Werksessie', now() + interval '1 day',
                   now() + interval '1 day 2 hours', 'Zaal', 30) RETURNING id""",
        town.town["id"],
        town.opgave["id"],
    )
    async with browser(started_app, town.staff["email"]) as staff:
        poll = await open_poll(staff, town, meetingId=str(meeting_id))
        assert poll["meetingId"] == str(meeting_id)
        await open_poll(staff, town)
        base = f"/api/v1/opgaven/{town.opgave['id']}/polls"
        assert [p["id"] for p in (await staff.get(f"{base}?meeting={meeting_id}")).json()["items"]] == [
            poll["id"]
        ]
        assert len((await staff.get(base)).json()["items"]) == 2
        elsewhere = await staff.post(base, json=poll_body(meetingId="00000000-0000-4000-8000-000000000000"))
        assert elsewhere.status_code == 400
        assert elsewhere.json()["invalidParams"][0]["code"] == "unknown_meeting"


async def test_followers_hear_of_a_poll_opened_and_closed(
    started_app: Litestar, db: Database, town: Town
) -> None:
    follower = await person(db)
    await db.fetchval(
        "INSERT INTO opgave_followers (id, municipality_id, opgave_id, account_id) VALUES ($1, $2, $3, $4)",
        new_id(),
        town.town["id"],
        town.opgave["id"],
        follower["id"],
    )
    async with browser(started_app, town.staff["email"]) as staff:
        poll = await open_poll(staff, town)
        await told_followers(db)
        await close(staff, poll["id"])
        await told_followers(db)
    told = await db.fetch(
        "SELECT title, link FROM notifications WHERE account_id = $1 AND object_id = $2 ORDER BY created_at",
        follower["id"],
        UUID(poll["id"]),
    )
    assert [t["link"] for t in told] == [f"/peilingen/{poll['id']}"] * 2
    assert told[0]["title"].startswith("Een nieuwe peiling bij")
    assert told[1]["title"].startswith("De uitslag van een peiling bij")
