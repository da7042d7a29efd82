"""Targets and rules of meeting routes: they act on the opgave the meeting belongs to."""

from dataclasses import dataclass
from uuid import UUID

from api.domains.opgaven.guards import in_opgave, published
from api.lib.access import Check, Person, Principal, Rule, Target, scope, staff, verified


@dataclass(frozen=True, slots=True)
class MeetingFacts:
    meeting_id: UUID


@dataclass(frozen=True, slots=True)
class RegistrationFacts:
    registration_id: UUID
    registrant_id: UUID


meeting_from_path = in_opgave(
    "SELECT id, opgave_id FROM meetings WHERE id = $1",
    "Deze bijeenkomst bestaat niet.",
    lambda row: (MeetingFacts(row["id"]),),
)
registration_from_path = in_opgave(
    """SELECT r.id, r.account_id, r.meeting_id, m.opgave_id
       FROM meeting_registrations r JOIN meetings m ON m.id = r.meeting_id WHERE r.id = $1""",
    "Deze aanmelding bestaat niet.",
    lambda row: (MeetingFacts(row["meeting_id"]), RegistrationFacts(row["id"], row["account_id"])),
)


def _is_registrant(principal: Principal, target: Target) -> bool:
    return (
        isinstance(principal, Person) and principal.account_id == target.fact(RegistrationFacts).registrant_id
    )


registrant: Rule = Check(_is_registrant, "wie zich aanmeldde")

read_meetings: Rule = published | staff | scope("opgaven:read")
plan_meetings: Rule = staff | scope("opgaven:write")
# Anyone with a confirmed address registers for a meeting of a published opgave, staff for any.
take_part: Rule = verified & (published | staff)
cancel_registration: Rule = verified & (registrant | staff)
