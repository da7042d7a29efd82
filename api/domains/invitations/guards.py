"""Targets and rules of invitation routes.

An invitation is private: for anyone who may neither answer nor withdraw it, it does not exist.
"""

from typing import Any

from litestar.connection import ASGIConnection

from api.domains.invitations.models import InvitationKind
from api.domains.organisations.guards import organisation_admin
from api.lib.access import Check, Person, Principal, Rule, Target, beheerder, staff
from api.lib.errors import NotFound

# The account whose address the invitation names (a deleted account has none).
_INVITATION = """
SELECT i.id, i.municipality_id, i.kind, i.organisation_id, i.opgave_id,
       (SELECT a.id FROM accounts a WHERE lower(a.email) = lower(i.email) AND a.deleted_at IS NULL) AS invitee_id
FROM invitations i WHERE i.id = $1
"""


async def invitation_from_path(connection: ASGIConnection[Any, Any, Any, Any]) -> Target:
    row = await connection.app.state.db.fetchrow(_INVITATION, connection.path_params.get("id"))
    if row is None:
        raise NotFound("Deze uitnodiging bestaat niet.")
    return Target(
        municipality_id=row["municipality_id"],
        public=False,
        attributes={
            "invitation_id": row["id"],
            "kind": InvitationKind(row["kind"]),
            "organisation_id": row["organisation_id"],
            "opgave_id": row["opgave_id"],
            "invitee_id": row["invitee_id"],
        },
    )


# Answering is for the person the address belongs to; whether that address is verified is the
# service's question, so that they hear `email_unverified` and not that it does not exist.
the_invitee: Rule = Check(
    lambda p, t: isinstance(p, Person) and p.account_id == t["invitee_id"],
    "de persoon met het uitgenodigde e-mailadres",
)


def _inviter(principal: Principal, target: Target) -> bool:
    """Who may send (and so withdraw) an invitation of this kind."""
    if target["kind"] == InvitationKind.ROLE:
        return beheerder.allows(principal, target)
    if target["kind"] == InvitationKind.ORGANISATION:
        return staff.allows(principal, target) or organisation_admin.allows(principal, target)
    return staff.allows(principal, target)


inviter: Rule = Check(
    _inviter,
    "wie zo'n uitnodiging mag sturen: een beheerder (rol), een beheerder van de organisatie of een "
    "medewerker (organisatie), een medewerker (team)",
)
