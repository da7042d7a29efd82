"""A notification is its owner's alone: for anyone else it does not exist."""

from dataclasses import dataclass
from uuid import UUID

from api.lib.access import Rule, in_municipality, the_person


@dataclass(frozen=True, slots=True)
class Owner:
    """The person a notification is for."""

    account_id: UUID


notification_from_path = in_municipality(
    "SELECT account_id, municipality_id FROM notifications WHERE id = $1",
    "Deze melding bestaat niet.",
    lambda row: (Owner(row["account_id"]),),
)


owner: Rule = the_person(lambda t: t.fact(Owner).account_id, "de persoon voor wie de melding is")
