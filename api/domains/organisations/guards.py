"""Targets and object rules of organisation routes."""

from dataclasses import dataclass
from uuid import UUID

from api.lib.access import Check, Person, Principal, Rule, in_municipality, the_person


@dataclass(frozen=True, slots=True)
class OrganisationFacts:
    """The organisation a route acts on (or for): for ``organisation_admin`` and ``organisation_member``."""

    organisation_id: UUID


@dataclass(frozen=True, slots=True)
class MemberFacts:
    """The person an organisation's membership is of: for ``the_member``."""

    account_id: UUID


organisation_from_path = in_municipality(
    "SELECT id, municipality_id FROM organisations WHERE id = $1",
    "Deze organisatie bestaat niet.",
    lambda row: (OrganisationFacts(row["id"]),),
    public=True,
)
member_from_path = in_municipality(
    "SELECT municipality_id, organisation_id, account_id FROM organisation_members WHERE id = $1",
    "Dit lidmaatschap bestaat niet.",
    lambda row: (OrganisationFacts(row["organisation_id"]), MemberFacts(row["account_id"])),
    public=True,
)


def _membership(principal: Principal, organisation_id: UUID, *, admin: bool) -> bool:
    return isinstance(principal, Person) and any(
        m.organisation_id == organisation_id and (m.is_admin or not admin) for m in principal.memberships
    )


organisation_admin: Rule = Check(
    lambda p, t: _membership(p, t.fact(OrganisationFacts).organisation_id, admin=True),
    "beheerder van de organisatie",
)
organisation_member: Rule = Check(
    lambda p, t: _membership(p, t.fact(OrganisationFacts).organisation_id, admin=False),
    "lid van de organisatie",
)
the_member: Rule = the_person(lambda t: t.fact(MemberFacts).account_id, "het lid zelf")
