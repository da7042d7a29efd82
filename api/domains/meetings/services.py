"""Meetings: planning, changing, recording afterwards, and registering. The rules live here."""

from datetime import datetime, timedelta
from uuid import UUID

import msgspec

from api.db.uow import RowService, UnitOfWork
from api.domains.events import outbox
from api.domains.events import types as event_types
from api.domains.meetings import places
from api.domains.meetings.guards import MeetingFacts, RegistrationFacts
from api.domains.meetings.models import Meeting, MeetingKind, MeetingStatus
from api.domains.meetings.schemas import MeetingCreate, MeetingUpdate
from api.domains.notifications.models import NotificationKind
from api.domains.notifications.services import notify
from api.domains.opgaven.services import in_opgave
from api.domains.reflections.models import ReflectionMoment
from api.lib.access import Person, Target
from api.lib.errors import Conflict, InvalidInput
from api.lib.schema import InvalidParam, apply_sent, sent
from api.lib.time import plausible_dates

MAX_LENGTH = timedelta(days=7)


def _checked(starts_at: datetime, ends_at: datetime, location: str, online_url: str) -> None:
    problems: list[InvalidParam] = []
    if starts_at.tzinfo is None or ends_at.tzinfo is None:
        problems.append(
            InvalidParam(
                name="startsAt", code="timezone_required", reason="Geef een tijdzone mee (bijvoorbeeld Z)."
            )
        )
    elif ends_at <= starts_at:
        problems.append(
            InvalidParam(name="endsAt", code="before_start", reason="Het einde ligt na het begin.")
        )
    elif ends_at - starts_at > MAX_LENGTH:
        problems.append(
            InvalidParam(name="endsAt", code="too_long", reason="Een bijeenkomst duurt hooguit een week.")
        )
    if not location.strip() and not online_url:
        problems.append(
            InvalidParam(
                name="location", code="required", reason="Geef een plaats of een link om online mee te doen."
            )
        )
    if problems:
        raise InvalidInput("De bijeenkomst klopt niet; zie invalidParams.", invalid_params=problems)
    plausible_dates(startsAt=starts_at.date(), endsAt=ends_at.date())


class MeetingService(RowService[Meeting]):
    model, missing = Meeting, "Deze bijeenkomst bestaat niet."

    async def _event(self, kind: event_types.EventType, meeting: Meeting) -> None:
        data = event_types.MeetingEventData(
            opgave_id=meeting.opgave_id,
            meeting_id=meeting.id,
            kind=meeting.kind.value,
            starts_at=meeting.starts_at,
        )
        await outbox.emit_about(self.uow, kind, "meetings", meeting, data)

    async def _reflection(self, meeting: Meeting, reflection_id: UUID | None) -> None:
        """A reflection moment's meeting gives the moment its date."""
        if reflection_id is None:
            return
        if meeting.kind != MeetingKind.REFLECTION_MOMENT:
            raise InvalidInput.one(
                "reflectionId", "wrong_kind", "Alleen een reflectiemoment hoort bij een reflectie."
            )
        moment = await self.uow.lock_where(
            ReflectionMoment,
            ReflectionMoment.id == reflection_id,
            ReflectionMoment.opgave_id == meeting.opgave_id,
        )
        if moment is None:
            raise InvalidInput.one(
                "reflectionId", "unknown_reflection", "Dit reflectiemoment hoort niet bij de opgave."
            )
        moment.held_on = meeting.starts_at.date()

    async def plan(self, target: Target, data: MeetingCreate) -> UUID:
        _checked(data.starts_at, data.ends_at, data.location, data.online_url)
        person = self.uow.principal
        meeting = Meeting(
            **in_opgave(target),
            **sent(data, "kind", "title", "starts_at", "ends_at", "online_url", "capacity", "reflection_id"),
            description=data.description.strip(),
            location=data.location.strip(),
            created_by_id=person.account_id if isinstance(person, Person) else None,
        )
        await self._reflection(meeting, data.reflection_id)
        self.uow.session.add(meeting)
        await self._event(event_types.MEETING_PLANNED, meeting)
        self.uow.audit("meeting.planned", "meeting", meeting.id, meeting.municipality_id)
        return meeting.id

    async def update(self, meeting_id: UUID, data: MeetingUpdate, if_match: str) -> None:
        meeting = await self._locked(meeting_id, if_match=if_match)
        was = meeting.status
        changed = apply_sent(
            meeting, data, "title", "description", "starts_at", "ends_at", "location", "online_url"
        )
        _checked(meeting.starts_at, meeting.ends_at, meeting.location, meeting.online_url)
        if data.capacity is not msgspec.UNSET and data.capacity != meeting.capacity:
            if data.capacity < meeting.registered_count:
                raise Conflict(
                    f"Er zijn al {meeting.registered_count} aanmeldingen; minder plaatsen kan niet.",
                    code="capacity_below_registered",
                )
            meeting.capacity = data.capacity
            changed.append("capacity")
        if data.status is not msgspec.UNSET and data.status != was:
            if was == MeetingStatus.CANCELLED:
                raise Conflict(
                    "Een afgezegde bijeenkomst blijft afgezegd; plan een nieuwe.", code="meeting_cancelled"
                )
            meeting.status = data.status
            changed.append("status")
        recorded = apply_sent(meeting, data, "notes", "decisions")
        connection = await self.uow.connection()
        if "capacity" in changed:
            for account_id in await places.fill_places(connection, meeting.id):
                moved_up(self.uow, meeting.municipality_id, meeting.id, account_id)
        if meeting.status == MeetingStatus.CANCELLED and was != MeetingStatus.CANCELLED:
            await self._event(event_types.MEETING_CANCELLED, meeting)
            registrants = await connection.fetch(
                "SELECT account_id FROM meeting_registrations WHERE meeting_id = $1 AND status <> 'cancelled'",
                meeting.id,
            )
            for row in registrants:
                notify(
                    self.uow,
                    row["account_id"],
                    NotificationKind.MEETING_UPDATE,
                    title=f"Afgezegd: {meeting.title}",
                    body="Deze bijeenkomst gaat niet door.",
                    link=f"/bijeenkomsten/{meeting.id}",
                    municipality_id=meeting.municipality_id,
                    object_type="meeting",
                    object_id=meeting.id,
                )
        if recorded:
            await self._event(event_types.MEETING_RECORDED, meeting)
        self.uow.audit(
            "meeting.updated", "meeting", meeting.id, meeting.municipality_id, {"fields": changed + recorded}
        )


def moved_up(uow: UnitOfWork, municipality_id: UUID | None, meeting_id: UUID, account_id: UUID) -> None:
    """Tell someone from the waiting list that they have a place now."""
    notify(
        uow,
        account_id,
        NotificationKind.MEETING_UPDATE,
        title="Er is een plaats voor u vrijgekomen",
        body="U stond op de wachtlijst en bent nu aangemeld.",
        link=f"/bijeenkomsten/{meeting_id}",
        municipality_id=municipality_id,
        object_type="meeting",
        object_id=meeting_id,
    )


async def register(uow: UnitOfWork, target: Target) -> UUID:
    """A place or the waiting list, for the caller (a hot write: on the driver alone)."""
    person = uow.principal
    assert isinstance(person, Person)
    connection = await uow.connection()
    registered = await places.register(
        connection,
        municipality_id=target.municipality_id,
        meeting_id=target.fact(MeetingFacts).meeting_id,
        account_id=person.account_id,
    )
    uow.audit(
        "meeting.registered",
        "meeting_registration",
        registered.registration_id,
        target.municipality_id,
        {"meetingId": str(target.fact(MeetingFacts).meeting_id), "status": registered.status},
    )
    return registered.registration_id


async def cancel(uow: UnitOfWork, target: Target) -> None:
    """Cancel; a freed place goes to the first on the waiting list, who hears of it."""
    connection = await uow.connection()
    moved = await places.cancel(connection, target.fact(RegistrationFacts).registration_id)
    for account_id in moved:
        moved_up(uow, target.municipality_id, target.fact(MeetingFacts).meeting_id, account_id)
    uow.audit(
        "meeting.registration-cancelled",
        "meeting_registration",
        target.fact(RegistrationFacts).registration_id,
        target.municipality_id,
        {"meetingId": str(target.fact(MeetingFacts).meeting_id), "movedUp": len(moved)},
    )
