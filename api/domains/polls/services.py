"""Polls: preparing one, opening and closing it, and answering it (named or anonymously); its open
answers are moderated in the one moderation queue (``api.domains.moderation``). The rules live here; the counts in ``queries``."""

import hashlib
import hmac
from typing import Any
from uuid import UUID

import msgspec

from api.db.uow import RowService, UnitOfWork
from api.domains.events import outbox
from api.domains.events import types as event_types
from api.domains.meetings.queries import get_meeting
from api.domains.moderation import ensure_may_post
from api.domains.opgaven.guards import opgave_of
from api.domains.opgaven.services import in_opgave
from api.domains.polls.guards import poll_of
from api.domains.polls.models import Poll, PollStatus
from api.domains.polls.questions import check_answers, check_questions
from api.domains.polls.schemas import (
    PollCreate,
    PollResponseCreate,
    PollUpdate,
    QuestionCreate,
)
from api.lib.access import Person, Target
from api.lib.errors import Conflict, InvalidInput
from api.lib.etag import require_if_match
from api.lib.ids import new_id
from api.lib.ratelimit import per_person_hourly
from api.lib.schema import InvalidParam, apply_sent, sent
from api.lib.time import utcnow

# The purpose under which the platform's secret is derived into the key of ``voter_key``.
KEY_PURPOSE = "poll participation"
# A person answers a poll once, or changes a named answer: more than this an hour on one poll is not a person.
ANSWERS_PER_HOUR = 60

_QUESTION = """
INSERT INTO poll_questions (id, municipality_id, poll_id, position, kind, text, required, options, max_choices,
                            scale_min, scale_max, min_label, max_label)
VALUES ($1, $2, $3, $4, $5, $6, $7, $8::text[], $9, $10, $11, $12, $13)
"""
# Anonymous rows get a random id (not the time-ordered kind) and the day as their only time.
_PARTICIPATE = """
INSERT INTO poll_participations (id, municipality_id, poll_id, voter_key, created_at)
VALUES (gen_random_uuid(), $1, $2, $3, date_trunc('day', now()))
ON CONFLICT (poll_id, voter_key) DO NOTHING RETURNING true
"""
_ANONYMOUS_RESPONSE = """
INSERT INTO poll_responses (id, municipality_id, poll_id, account_id, created_at, updated_at)
VALUES (gen_random_uuid(), $1, $2, NULL, date_trunc('day', now()), date_trunc('day', now())) RETURNING id
"""
_NAMED_RESPONSE = """
INSERT INTO poll_responses (id, municipality_id, poll_id, account_id) VALUES ($1, $2, $3, $4)
ON CONFLICT (poll_id, account_id) DO UPDATE
SET submissions = poll_responses.submissions + 1, updated_at = now()
RETURNING id, submissions = 1 AS created
"""
# A changed answer keeps a moderator's decision: a hidden text stays hidden until restored.
_ANSWER = """
INSERT INTO poll_answers (id, municipality_id, poll_id, response_id, question_id, choices, scale_value, body,
                          created_at, updated_at)
VALUES (gen_random_uuid(), $1, $2, $3, $4, $5::int[], $6, $7, $8, $8)
ON CONFLICT (response_id, question_id) DO UPDATE
SET choices = excluded.choices, scale_value = excluded.scale_value, body = excluded.body, updated_at = now()
"""


def _closes_in_future(closes_at: Any) -> list[InvalidParam]:
    if closes_at is not None and closes_at <= utcnow():
        return [InvalidParam(name="closesAt", code="in_the_past", reason="De sluiting ligt in de toekomst.")]
    return []


def voter_key(secret: bytes, poll_id: UUID, account_id: UUID) -> bytes:
    """Who took part in an anonymous poll, as a keyed hash: without the platform's secret nobody can
    tell whose it is, not even with the accounts table at hand."""
    return hmac.digest(secret, f"poll-participation\n{poll_id}\n{account_id}".encode(), hashlib.sha256)


class PollService(RowService[Poll]):
    """Preparing, opening and closing polls: staff's side, inside one unit of work."""

    model, missing = Poll, "Deze peiling bestaat niet."

    async def _questions(self, poll: Poll, questions: list[QuestionCreate]) -> None:
        connection = await self.uow.connection()
        await connection.execute("DELETE FROM poll_questions WHERE poll_id = $1", poll.id)
        await connection.executemany(
            _QUESTION,
            [
                (
                    new_id(),
                    poll.municipality_id,
                    poll.id,
                    position,
                    q.kind.value,
                    q.text,
                    q.required,
                    q.options,
                    q.max_choices,
                    q.scale_min if q.scale_min is not None or q.scale_max is None else None,
                    q.scale_max,
                    q.min_label.strip(),
                    q.max_label.strip(),
                )
                for position, q in enumerate(questions, start=1)
            ],
        )

    async def create(self, target: Target, data: PollCreate) -> UUID:
        """A draft poll of the opgave (or one of its meetings): staff open it when it is ready."""
        assert target.municipality_id is not None
        opgave_id = opgave_of(target).opgave_id
        problems = check_questions(data.questions) + _closes_in_future(data.closes_at)
        if data.meeting_id is not None:
            meeting = await get_meeting(await self.uow.connection(), data.meeting_id, None)
            if meeting is None or meeting[0].opgave_id != opgave_id:
                problems.append(
                    InvalidParam(
                        name="meetingId",
                        code="unknown_meeting",
                        reason="Deze bijeenkomst hoort niet bij de opgave.",
                    )
                )
        if problems:
            raise InvalidInput("De peiling klopt nog niet; zie invalidParams.", invalid_params=problems)
        principal = self.uow.principal
        poll = Poll(
            **in_opgave(target),
            **sent(data, "meeting_id", "title", "anonymous", "closes_at"),
            description=data.description.strip(),
            created_by_id=principal.account_id if isinstance(principal, Person) else None,
        )
        self.uow.session.add(poll)
        await self._questions(poll, data.questions)
        self.uow.audit("poll.created", "poll", poll.id, poll.municipality_id, {"anonymous": data.anonymous})
        return poll.id

    async def update(self, target: Target, poll_id: UUID, data: PollUpdate, if_match: str) -> None:
        """A draft changes freely; an open poll keeps its questions and its kind (who answered
        under which promise of anonymity must not change), and a closed one is final."""
        poll = await self._locked(poll_id)
        require_if_match(if_match, poll.version)
        if poll.status == PollStatus.CLOSED:
            raise Conflict("Deze peiling is gesloten.", code="poll_closed")
        drafting = poll.status == PollStatus.DRAFT
        problems: list[InvalidParam] = []
        if not drafting:
            problems += [
                InvalidParam(
                    name=name, code="poll_open", reason="Een open peiling houdt haar vragen en haar soort."
                )
                for name, value in (("questions", data.questions), ("anonymous", data.anonymous))
                if value is not msgspec.UNSET
            ]
        if data.questions is not msgspec.UNSET:
            problems += check_questions(data.questions)
        if data.closes_at is not msgspec.UNSET:
            problems += _closes_in_future(data.closes_at)
        if data.status is not msgspec.UNSET and (poll.status, data.status) not in (
            (PollStatus.DRAFT, PollStatus.OPEN),
            (PollStatus.OPEN, PollStatus.CLOSED),
            (poll.status, poll.status),
        ):
            raise Conflict("Een peiling gaat van concept naar open naar gesloten.", code="invalid_transition")
        if problems:
            raise InvalidInput("De wijziging kan niet; zie invalidParams.", invalid_params=problems)
        apply_sent(poll, data, "title", "anonymous", "closes_at")
        apply_sent(poll, data, "description", clean=str.strip)
        if data.questions is not msgspec.UNSET:
            await self._questions(poll, data.questions)
        # Any change raises the version, also one of the questions only.
        poll.updated_at = utcnow()
        if data.status is not msgspec.UNSET and data.status != poll.status:
            await self._move(target, poll, data.status)
        self.uow.audit("poll.updated", "poll", poll.id, poll.municipality_id)

    async def _move(self, target: Target, poll: Poll, status: PollStatus) -> None:
        now = utcnow()
        if status == PollStatus.OPEN:
            if poll.closes_at is not None and poll.closes_at <= now:
                raise InvalidInput.one("closesAt", "in_the_past", "Zet de sluiting eerst in de toekomst.")
            poll.opened_at = now
            kind = event_types.POLL_OPENED
        else:
            poll.closed_at = now
            kind = event_types.POLL_CLOSED
        poll.status = status
        event_data = event_types.PollEventData(
            opgave_id=poll.opgave_id, poll_id=poll.id, meeting_id=poll.meeting_id, status=status.value
        )
        await outbox.emit_about(self.uow, kind, "polls", poll, event_data)
        self.uow.audit(f"poll.{status.value}", "poll", poll.id, poll.municipality_id)


async def answer(
    uow: UnitOfWork, target: Target, person: Person, data: PollResponseCreate, secret: bytes
) -> bool:
    """Answer a poll; returns whether this is the person's first answer.

    One response per person, held by the database under any number of parallel requests: named, by
    the unique (poll, account) and an upsert (a later answer replaces the earlier, until the close);
    anonymous, by the unique (poll, keyed hash) of the participation, written apart from the answers
    and never joined to them (a second answer is 409 ``already_answered``). The poll row is read
    ``FOR SHARE``: closing it (``FOR UPDATE``) waits until every answer in flight is in."""
    assert target.municipality_id is not None
    municipality_id = target.municipality_id
    connection = await uow.connection()
    poll = await connection.fetchrow(
        "SELECT id, status, anonymous, closes_at FROM polls WHERE id = $1 FOR SHARE", poll_of(target).poll_id
    )
    assert poll is not None
    if poll["status"] == PollStatus.DRAFT:
        raise Conflict("Deze peiling is nog niet open.", code="poll_not_open")
    if poll["status"] == PollStatus.CLOSED or (
        poll["closes_at"] is not None and poll["closes_at"] <= utcnow()
    ):
        raise Conflict("Deze peiling is gesloten.", code="poll_closed")
    questions = await connection.fetch(
        """SELECT id, position, kind, text, required, options, max_choices, scale_min, scale_max
           FROM poll_questions WHERE poll_id = $1 ORDER BY position""",
        poll["id"],
    )
    if problems := check_answers(list(questions), data.answers):
        raise InvalidInput("Deze antwoorden kunnen niet; zie invalidParams.", invalid_params=problems)
    await ensure_may_post(connection, municipality_id, person.account_id)
    # Per poll: a named answer may change, but not a thousand times; refused answers do not count.
    await per_person_hourly(uow, f"poll_answer:{poll['id']}", person.account_id, ANSWERS_PER_HOUR)
    if poll["anonymous"]:
        took_part = await connection.fetchval(
            _PARTICIPATE, municipality_id, poll["id"], voter_key(secret, poll["id"], person.account_id)
        )
        if not took_part:
            raise Conflict(
                "U beantwoordde deze anonieme peiling al; een anoniem antwoord is niet te wijzigen.",
                code="already_answered",
            )
        response_id, created = (
            await connection.fetchval(_ANONYMOUS_RESPONSE, municipality_id, poll["id"]),
            True,
        )
        moment = None
    else:
        row = await connection.fetchrow(
            _NAMED_RESPONSE, new_id(), municipality_id, poll["id"], person.account_id
        )
        assert row is not None
        response_id, created = row["id"], row["created"]
        moment = utcnow()
        await connection.execute(
            "DELETE FROM poll_answers WHERE response_id = $1 AND NOT question_id = ANY($2::uuid[])",
            response_id,
            [a.question_id for a in data.answers],
        )
    await connection.executemany(
        _ANSWER.replace("$8, $8", "date_trunc('day', now()), date_trunc('day', now())")
        if moment is None
        else _ANSWER.replace("$8, $8", "now(), now()"),
        [
            (
                municipality_id,
                poll["id"],
                response_id,
                a.question_id,
                a.choices,
                a.value,
                a.text.strip() if a.text is not None else None,
            )
            for a in data.answers
        ],
    )
    # That someone answered is no secret (the participation says as much); what they answered is.
    uow.audit("poll.answered", "poll", poll["id"], municipality_id)
    return bool(created)
