"""Targets and rules of meeting routes: they act on the opgave the meeting belongs to."""

from dataclasses import dataclass
from uuid import UUID

from api.domains.opgaven.guards import in_opgave, published, reads_opgave
from api.lib.access import Rule, scope, staff, the_person, verified


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


registrant: Rule = the_person(lambda t: t.fact(RegistrationFacts).registrant_id, "wie zich aanmeldde")

read_meetings: Rule = reads_opgave
plan_meetings: Rule = staff | scope("opgaven:write")
# Anyone with a confirmed address registers for a meeting of a published opgave, staff for any.
take_part: Rule = verified & (published | staff)
cancel_registration: Rule = verified & (registrant | staff)
