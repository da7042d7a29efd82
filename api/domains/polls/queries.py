"""The read side of polls: SQL straight to structs. Answers are read as counts, or by the person who
gave them (named polls only); an anonymous response is never read back by anyone."""

import csv
import io
from datetime import datetime
from typing import Any
from uuid import UUID

from api.db.connection import Connection, Database
from api.domains.moderation.models import ContentType
from api.domains.moderation.queries import open_reports
from api.domains.polls.models import PollStatus, QuestionKind
from api.domains.polls.schemas import (
    ANONYMITY_THRESHOLD,
    AnswerRead,
    MyPollResponse,
    OpenAnswerPage,
    OpenAnswerRead,
    PollPage,
    PollRead,
    PollResults,
    QuestionRead,
    QuestionResult,
    ResultRow,
)
from api.domains.polls.services import voter_key
from api.lib.errors import Conflict
from api.lib.pagination import Keyset, Where
from api.lib.rows import from_row
from api.lib.spreadsheet import cell
from api.lib.time import utcnow

Db = Database | Connection

_POLL = """SELECT id, opgave_id, meeting_id, title, description, anonymous, status, closes_at, opened_at, closed_at,
       created_at, updated_at, version FROM polls"""
_QUESTIONS = """SELECT id, poll_id, position, kind, text, required, options, max_choices, scale_min, scale_max,
       min_label, max_label FROM poll_questions WHERE poll_id = ANY($1::uuid[]) ORDER BY position"""
_OLDEST = Keyset(("created_at", "id"), (datetime, UUID))
_ANSWERS = Keyset(("a.id",), (UUID,))


def accepting(row: Any) -> bool:
    """Whether answers count now: open, and before its closing time."""
    return bool(
        row["status"] == PollStatus.OPEN and (row["closes_at"] is None or utcnow() < row["closes_at"])
    )


async def _read(db: Db, rows: list[Any]) -> list[PollRead]:
    by_poll: dict[UUID, list[QuestionRead]] = {row["id"]: [] for row in rows}
    for q in await db.fetch(_QUESTIONS, list(by_poll)):
        by_poll[q["poll_id"]].append(from_row(QuestionRead, q))
    return [
        from_row(PollRead, {**row, "accepting_answers": accepting(row), "questions": by_poll[row["id"]]})
        for row in rows
    ]


async def get_poll(db: Db, poll_id: UUID) -> tuple[PollRead, int] | None:
    row = await db.fetchrow(f"{_POLL} WHERE id = $1", poll_id)
    if row is None:
        return None
    return (await _read(db, [row]))[0], row["version"]


async def list_polls(
    db: Db, opgave_id: UUID, *, staff: bool, meeting: UUID | None, limit: int, cursor: str
) -> PollPage:
    """Oldest first; drafts only for staff; with ``meeting`` only that meeting's."""
    where = Where("opgave_id = $opgave", opgave=opgave_id).given({"meeting_id = $meeting": meeting})
    if not staff:
        where.add("status <> 'draft'")
    page, next_cursor = await _OLDEST.fetch(
        db, _POLL, where.conditions, where.values, cursor=cursor, limit=limit
    )
    return PollPage(items=await _read(db, page), next_cursor=next_cursor)


async def my_response(db: Db, poll: PollRead, account_id: UUID, secret: bytes) -> MyPollResponse:
    """Whether the person answered and, in a named poll, what; in an anonymous one only that they did."""
    if poll.anonymous:
        answered = await db.fetchval(
            "SELECT EXISTS (SELECT 1 FROM poll_participations WHERE poll_id = $1 AND voter_key = $2)",
            poll.id,
            voter_key(secret, poll.id, account_id),
        )
        return MyPollResponse(poll_id=poll.id, answered=bool(answered), changeable=False, answers=[])
    rows = await db.fetch(
        """SELECT a.question_id, a.choices, a.scale_value, a.body FROM poll_responses r
           JOIN poll_answers a ON a.response_id = r.id
           JOIN poll_questions q ON q.id = a.question_id
           WHERE r.poll_id = $1 AND r.account_id = $2 ORDER BY q.position""",
        poll.id,
        account_id,
    )
    answered = bool(rows) or bool(
        await db.fetchval(
            "SELECT EXISTS (SELECT 1 FROM poll_responses WHERE poll_id = $1 AND account_id = $2)",
            poll.id,
            account_id,
        )
    )
    return MyPollResponse(
        poll_id=poll.id,
        answered=answered,
        changeable=poll.accepting_answers,
        answers=[
            AnswerRead(
                question_id=r["question_id"],
                choices=list(r["choices"]) if r["choices"] is not None else None,
                value=r["scale_value"],
                text=r["body"],
            )
            for r in rows
        ],
    )


def check_results_visible(poll: PollRead, staff: bool) -> None:
    """Results (counts and open answers) are everyone's once the poll is closed. Before that only
    staff see a named poll's, live; an anonymous poll's nobody: someone who knew when a person
    answered (the audit log says so) would otherwise see what changed. 409 ``results_not_yet``."""
    if poll.status == PollStatus.CLOSED:
        return
    if staff and not poll.anonymous and poll.status == PollStatus.OPEN:
        return
    raise Conflict("De uitslag is er als de peiling gesloten is.", code="results_not_yet")


async def _respondents(db: Db, poll_id: UUID) -> int:
    return int(await db.fetchval("SELECT count(*) FROM poll_responses WHERE poll_id = $1", poll_id))


async def results(db: Db, poll: PollRead) -> PollResults:
    """Counts per question. An anonymous poll with fewer than ``ANONYMITY_THRESHOLD`` respondents
    shows none (409 ``too_few_responses``): a count of one is that person's answer."""
    respondents = await _respondents(db, poll.id)
    if poll.anonymous and respondents < ANONYMITY_THRESHOLD:
        raise Conflict(
            f"Te weinig antwoorden om anoniem te tonen (minder dan {ANONYMITY_THRESHOLD}).",
            code="too_few_responses",
        )
    counts: dict[tuple[UUID, int], int] = {}
    for row in await db.fetch(
        """SELECT question_id, c AS value, count(*) AS n FROM poll_answers, unnest(choices) AS c
           WHERE poll_id = $1 AND choices IS NOT NULL GROUP BY 1, 2
           UNION ALL
           SELECT question_id, scale_value, count(*) FROM poll_answers
           WHERE poll_id = $1 AND scale_value IS NOT NULL GROUP BY 1, 2""",
        poll.id,
    ):
        counts[(row["question_id"], row["value"])] = row["n"]
    answered = {
        row["question_id"]: row["n"]
        for row in await db.fetch(
            """SELECT question_id, count(*) AS n FROM poll_answers WHERE poll_id = $1 AND NOT hidden
               GROUP BY question_id""",
            poll.id,
        )
    }
    questions = []
    for q in poll.questions:
        if q.kind == QuestionKind.SCALE:
            assert q.scale_min is not None
            assert q.scale_max is not None
            rows = [
                ResultRow(label=str(v), value=v, count=counts.get((q.id, v), 0))
                for v in range(q.scale_min, q.scale_max + 1)
            ]
        elif q.kind == QuestionKind.OPEN_TEXT:
            rows = []
        else:
            rows = [
                ResultRow(label=o, value=i, count=counts.get((q.id, i), 0)) for i, o in enumerate(q.options)
            ]
        total = sum(r.count for r in rows)
        questions.append(
            QuestionResult(
                question_id=q.id,
                position=q.position,
                kind=q.kind,
                text=q.text,
                answer_count=answered.get(q.id, 0),
                rows=rows,
                min_label=q.min_label,
                max_label=q.max_label,
                mean=round(sum(r.value * r.count for r in rows) / total, 2)
                if q.kind == QuestionKind.SCALE and total
                else None,
            )
        )
    return PollResults(
        poll_id=poll.id,
        status=poll.status,
        anonymous=poll.anonymous,
        respondent_count=respondents,
        questions=questions,
    )


_OPEN_ANSWERS = "SELECT a.id, a.question_id, a.body, a.hidden, a.hidden_reason FROM poll_answers a"


async def _open_answers(db: Db, rows: list[Any], staff: bool) -> list[OpenAnswerRead]:
    """The answers, with (for staff) how many open reports each has in the moderation queue."""
    reports = await open_reports(db, ContentType.POLL_ANSWER, [r["id"] for r in rows]) if staff else {}
    return [
        from_row(OpenAnswerRead, {**r, "text": r["body"], "open_reports": reports.get(r["id"], 0)})
        for r in rows
    ]


async def open_answer(db: Db, answer_id: UUID | None) -> OpenAnswerRead | None:
    """One open answer as staff see it."""
    row = await db.fetchrow(f"{_OPEN_ANSWERS} WHERE a.id = $1", answer_id)
    return (await _open_answers(db, [row], True))[0] if row is not None else None


async def open_answers(
    db: Db, poll_id: UUID, *, question: UUID | None, staff: bool, limit: int, cursor: str
) -> OpenAnswerPage:
    """The texts of open answers, by their random id (never in the order they came in); hidden ones
    only for staff, with the reason and the open reports."""
    where = Where("a.poll_id = $poll", "a.body IS NOT NULL", poll=poll_id)
    if not staff:
        where.add("NOT a.hidden")
    where.given({"a.question_id = $question": question})
    page, next_cursor = await _ANSWERS.fetch(
        db, _OPEN_ANSWERS, where.conditions, where.values, cursor=cursor, limit=limit
    )
    return OpenAnswerPage(
        items=await _open_answers(db, page, staff),
        next_cursor=next_cursor,
    )


CSV_COLUMNS = ("question", "questionText", "kind", "answer", "value", "count")


async def results_csv(db: Db, poll: PollRead, found: PollResults) -> bytes:
    """The results as RFC 4180 CSV: a row per option or point of the scale with its count, and a row
    per visible open answer (count 1). Counts and texts only: no row says who, nor which answers
    came from one person, so answers to different questions cannot be put together."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(CSV_COLUMNS)
    texts: dict[UUID, list[str]] = {}
    for row in await db.fetch(
        "SELECT question_id, body FROM poll_answers WHERE poll_id = $1 AND body IS NOT NULL AND NOT hidden ORDER BY id",
        poll.id,
    ):
        texts.setdefault(row["question_id"], []).append(row["body"])
    for q in found.questions:
        for r in q.rows:
            writer.writerow([cell(v) for v in (q.position, q.text, q.kind.value, r.label, r.value, r.count)])
        for text in texts.get(q.question_id, []):
            writer.writerow([cell(v) for v in (q.position, q.text, q.kind.value, text, None, 1)])
    return buffer.getvalue().encode()
