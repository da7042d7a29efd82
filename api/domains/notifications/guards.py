"""A notification is its owner's alone: for anyone else it does not exist."""

from dataclasses import dataclass
from uuid import UUID

from api.lib.access import Check, Person, Principal, Rule, Target, in_municipality


@dataclass(frozen=True, slots=True)
class Owner:
    """The person a notification is for."""

    account_id: UUID


notification_from_path = in_municipality(
    "SELECT account_id, municipality_id FROM notifications WHERE id = $1",
    "Deze melding bestaat niet.",
    lambda row: (Owner(row["account_id"]),),
)


def _is_owner(principal: Principal, target: Target) -> bool:
    return isinstance(principal, Person) and principal.account_id == target.fact(Owner).account_id


owner: Rule = Check(_is_owner, "de persoon voor wie de melding is")
