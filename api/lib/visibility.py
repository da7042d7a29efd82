"""Who looks, for the one rule about what the moderation hid.

An idea the moderation hid is read only by its author and by staff of its municipality (and that
municipality's clients with ``proposals:read``); for everyone else it keeps its place, not its words.
The rule lives in the database as ``proposal_shown(p, viewer, staff)`` and ``proposal_title(p, viewer,
staff)`` (migration ``one_rule_for_hidden_ideas``), so every statement that shows, matches or
searches a proposal, in any domain, asks the same question. This module gives it the viewer.
"""

from dataclasses import dataclass
from typing import Any
from uuid import UUID

from api.db.sql import Inline
from api.lib.access import Client, Person, Principal, Role

HIDDEN_TITLE = "Verborgen idee"  # what proposal_title() shows instead


def staff_municipalities(principal: Principal, scope_name: str) -> list[UUID]:
    """Where the caller may see drafts: as medewerker or beheerder, or as a client with the scope."""
    if isinstance(principal, Person):
        return [m for m, r in principal.roles.items() if r >= Role.MEDEWERKER]
    if isinstance(principal, Client) and scope_name in principal.scopes:
        return [principal.municipality_id]
    return []


@dataclass(frozen=True)
class Viewer:
    """The two arguments of ``proposal_shown``: the account looking, and where it is staff."""

    account_id: UUID | None
    staff_in: tuple[UUID, ...]

    @classmethod
    def of(cls, principal: Principal) -> "Viewer":
        return cls(
            account_id=principal.account_id if isinstance(principal, Person) else None,
            staff_in=tuple(staff_municipalities(principal, "proposals:read")),
        )

    @property
    def staff(self) -> list[UUID]:
        """As the ``uuid[]`` argument."""
        return list(self.staff_in)

    def values(self) -> dict[str, Any]:
        """``$viewer`` and ``$staff`` for ``bind``. Nobody, and staff nowhere, are written into the
        statement as constants rather than sent: an anonymous reader's statement then has no viewer
        parameter, and PostgreSQL keeps one generic plan for it instead of planning every request."""
        return {
            "viewer": nobody(self.account_id),
            "staff": self.staff if self.staff_in else Inline("'{}'::uuid[]"),
        }


def nobody(account_id: UUID | None) -> Any:
    """An account as ``bind``'s value: ``NULL`` written into the statement when there is none."""
    return account_id if account_id is not None else Inline("NULL::uuid")


# Anyone at all: open data and lists that leave hidden ideas out for everyone.
PUBLIC = Viewer(account_id=None, staff_in=())
