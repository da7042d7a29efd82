"""Who may read which event: one rule for the feed and for webhook deliveries.

An event is public while what it is about is public now: its opgave published, the idea it concerns
shown to anyone by ``proposal_shown`` (the one rule for hidden ideas, api.lib.visibility), the
comment it concerns still there and not hidden, nor under a hidden idea, the team member it concerns
active (pending invitations and requests are shown to staff only, as on the team's list). Everything else reaches only staff (medewerker, beheerder) of its
municipality, or a machine client of that municipality holding the event type's read scope. The
rule reads the objects as they are at read time, so an idea hidden after its event was written
takes its events out of sight with it.
"""

from dataclasses import dataclass
from uuid import UUID

from api.domains.events.types import ALL
from api.lib.access import Client, Person, Principal, Role

# $1: municipalities where the reader sees everything; $2, $3: a client's municipality and the
# types its scopes let it read there. Tables: e events, o opgaven, c comments, p proposals (the idea
# the event or its comment is about), all LEFT JOINed.
JOINS = """
LEFT JOIN opgaven o ON o.id = e.opgave_id
LEFT JOIN comments c ON e.object_type = 'comment' AND c.id = e.object_id
LEFT JOIN proposals p ON p.id = CASE e.object_type WHEN 'proposal' THEN e.object_id
                                                   WHEN 'comment' THEN c.proposal_id END
"""


def condition(first: int) -> str:
    """The SQL condition, its three parameters numbered from ``first``."""
    staff, client, kinds = f"${first}::uuid[]", f"${first + 1}::uuid", f"${first + 2}::text[]"
    return f"""(
    ((o.id IS NULL OR o.published)
     AND (p.id IS NULL OR proposal_shown(p, NULL, '{{}}'::uuid[]))
     AND (e.object_type <> 'comment' OR (c.id IS NOT NULL AND c.deleted_at IS NULL AND NOT c.hidden))
     AND (e.object_type <> 'opgave_member' OR e.data->>'status' = 'active'))
    OR e.municipality_id = ANY({staff})
    OR (e.municipality_id = {client} AND e.type = ANY({kinds}))
)"""


@dataclass(frozen=True)
class Reader:
    """What the rule needs of a caller."""

    staff_of: list[UUID]
    client_of: UUID | None
    client_types: list[str]

    @property
    def params(self) -> tuple[list[UUID], UUID | None, list[str]]:
        return self.staff_of, self.client_of, self.client_types


NO_ID = UUID(int=0)
"""The lowest event id: a cursor at a transaction with nothing read in it yet."""


def reader(principal: Principal | None) -> Reader:
    """What ``principal`` may read; ``None`` (or anonymous): only what is public."""
    if isinstance(principal, Person):
        return Reader([m for m, r in principal.roles.items() if r >= Role.MEDEWERKER], None, [])
    if isinstance(principal, Client):
        types = [t.name for t in ALL if t.read_scope in principal.scopes]
        return Reader([], principal.municipality_id, types)
    return Reader([], None, [])
