"""A notification is its owner's alone: for anyone else it does not exist."""

from dataclasses import dataclass
from typing import Any
from uuid import UUID

from litestar.connection import ASGIConnection

from api.lib.access import Check, Person, Principal, Rule, Target, row_of_path


@dataclass(frozen=True, slots=True)
class Owner:
    """The person a notification is for."""

    account_id: UUID


async def notification_from_path(connection: ASGIConnection[Any, Any, Any, Any]) -> Target:
    row = await row_of_path(
        connection,
        "SELECT account_id, municipality_id FROM notifications WHERE id = $1",
        "Deze melding bestaat niet.",
    )
    return Target(municipality_id=row["municipality_id"], facts=(Owner(row["account_id"]),), public=False)


def _is_owner(principal: Principal, target: Target) -> bool:
    return isinstance(principal, Person) and principal.account_id == target.fact(Owner).account_id


owner: Rule = Check(_is_owner, "de persoon voor wie de melding is")
