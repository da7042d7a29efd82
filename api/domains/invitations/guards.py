"""Targets and rules of invitation routes.

An invitation is private: for anyone who may neither answer nor withdraw it, it does not exist.
"""

from dataclasses import dataclass
from typing import Any
from uuid import UUID

from litestar.connection import ASGIConnection

from api.domains.invitations.models import InvitationKind
from api.domains.organisations.guards import OrganisationFacts, organisation_admin
from api.lib.access import Check, Principal, Rule, Target, beheerder, staff, the_person
from api.lib.errors import NotFound

# The account whose address the invitation names (a deleted account has none).
_INVITATION = """
SELECT i.municipality_id, i.kind, i.organisation_id,
       (SELECT a.id FROM accounts a WHERE lower(a.email) = lower(i.email) AND a.deleted_at IS NULL) AS invitee_id
FROM invitations i WHERE i.id = $1
"""


@dataclass(frozen=True, slots=True)
class InvitationFacts:
    """What the rules need of an invitation: its kind, and the account its address belongs to."""

    kind: InvitationKind
    invitee_id: UUID | None


async def invitation_from_path(connection: ASGIConnection[Any, Any, Any, Any]) -> Target:
    row = await connection.app.state.db.fetchrow(_INVITATION, connection.path_params.get("id"))
    if row is None:
        raise NotFound("Deze uitnodiging bestaat niet.")
    facts: tuple[object, ...] = (InvitationFacts(InvitationKind(row["kind"]), row["invitee_id"]),)
    if row["organisation_id"] is not None:
        facts += (OrganisationFacts(row["organisation_id"]),)
    return Target(municipality_id=row["municipality_id"], public=False, facts=facts)


# Answering is for the person the address belongs to; whether that address is verified is the
# service's question, so that they hear `email_unverified` and not that it does not exist.
the_invitee: Rule = the_person(
    lambda t: t.fact(InvitationFacts).invitee_id, "de persoon met het uitgenodigde e-mailadres"
)


def _inviter(principal: Principal, target: Target) -> bool:
    """Who may send (and so withdraw) an invitation of this kind."""
    kind = target.fact(InvitationFacts).kind
    if kind == InvitationKind.ROLE:
        return beheerder.allows(principal, target)
    if kind == InvitationKind.ORGANISATION:
        return staff.allows(principal, target) or organisation_admin.allows(principal, target)
    return staff.allows(principal, target)


inviter: Rule = Check(
    _inviter,
    "wie zo'n uitnodiging mag sturen: een beheerder (rol), een beheerder van de organisatie of een "
    "medewerker (organisatie), een medewerker (team)",
)
