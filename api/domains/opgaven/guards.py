"""Targets and object rules of opgave routes.

A draft opgave is private to its municipality: for anyone who may not see it, it does not exist.
"""

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any
from uuid import UUID

from litestar.connection import ASGIConnection

from api.lib.access import (
    Check,
    Facts,
    Person,
    Principal,
    Refusal,
    Role,
    Rule,
    Target,
    TargetLoader,
    no_facts,
    row_of_path,
    scope,
    staff,
)
from api.lib.errors import NotFound

# Re-exported: the opgave routes have always found it here.
from api.lib.visibility import staff_municipalities as staff_municipalities

if TYPE_CHECKING:
    from api.domains.opgaven.schemas import OpgaveRead

# What the rules need of an opgave; a child's loader joins its own row to it (one statement either way).
TARGET_COLUMNS = """
o.id, o.municipality_id, o.published, o.procesregisseur_id, o.phase, o.proposal_phases,
ARRAY(SELECT m.organisation_id FROM opgave_members m
      WHERE m.opgave_id = o.id AND m.status = 'active' AND m.organisation_id IS NOT NULL) AS team_organisations,
ARRAY(SELECT m.account_id FROM opgave_members m
      WHERE m.opgave_id = o.id AND m.status = 'active' AND m.account_id IS NOT NULL) AS team_accounts
"""
_OPGAVE = f"SELECT {TARGET_COLUMNS} FROM opgaven o WHERE o.id = $1"


@dataclass(frozen=True, slots=True)
class OpgaveFacts:
    """What the rules of an opgave's routes, and of everything in it, need of the opgave."""

    opgave_id: UUID
    published: bool
    procesregisseur_id: UUID
    phase: str
    proposal_phases: tuple[str, ...]
    team_organisations: frozenset[UUID]
    team_accounts: frozenset[UUID]


@dataclass(frozen=True, slots=True)
class TeamRow:
    """The row of the opgave's own tables (a formulation, an action line, a team member) a route acts on."""

    id: UUID
    account_id: UUID | None
    organisation_id: UUID | None


@dataclass(frozen=True, slots=True)
class LoadedPage:
    """The opgave's page, read in the statement that loaded the target."""

    page: "OpgaveRead"
    version: int


def target_of_row(opgave: Any, *facts: object) -> Target:
    """The target of an opgave's row (``TARGET_COLUMNS``), with the ``facts`` of what in it a route acts on."""
    return Target(
        municipality_id=opgave["municipality_id"],
        public=opgave["published"],
        facts=(
            OpgaveFacts(
                opgave_id=opgave["id"],
                published=opgave["published"],
                procesregisseur_id=opgave["procesregisseur_id"],
                phase=opgave["phase"],
                proposal_phases=tuple(opgave["proposal_phases"]),
                team_organisations=frozenset(opgave["team_organisations"]),
                team_accounts=frozenset(opgave["team_accounts"]),
            ),
            *facts,
        ),
    )


def opgave_of(target: Target) -> OpgaveFacts:
    return target.fact(OpgaveFacts)


async def load_opgave(
    connection: ASGIConnection[Any, Any, Any, Any], opgave_id: Any, *facts: object
) -> Target:
    found = await connection.app.state.db.fetchrow(_OPGAVE, opgave_id)
    if found is None:
        raise NotFound("Deze opgave bestaat niet.")
    return target_of_row(found, *facts)


def in_opgave(sql: str, missing: str, facts: Facts = no_facts) -> TargetLoader:
    """The target loader of a route on a row of an opgave, acting on that opgave: ``sql`` reads
    the row (with its ``opgave_id``) by the ``id`` in the path, 404 with ``missing`` when there is
    none; ``facts`` are what the route's rules need of it."""

    async def load(connection: ASGIConnection[Any, Any, Any, Any]) -> Target:
        row = await row_of_path(connection, sql, missing)
        return await load_opgave(connection, row["opgave_id"], *facts(row))

    return load


async def opgave_from_path(connection: ASGIConnection[Any, Any, Any, Any]) -> Target:
    return await load_opgave(connection, connection.path_params.get("id"))


async def opgave_page_from_path(connection: ASGIConnection[Any, Any, Any, Any]) -> Target:
    """For reading one opgave: the target, with the page itself (``LoadedPage``) from the same
    statement, so the handler needs no second one."""
    from api.domains.opgaven.queries import one_with_target
    from api.domains.opgaven.schemas import OpgaveRead
    from api.lib.rows import from_row

    principal = connection.scope.get("state", {}).get("principal")
    viewer = principal.account_id if isinstance(principal, Person) else None
    sql, args = one_with_target(connection.path_params.get("id"), viewer)
    found = await connection.app.state.db.fetchrow(sql, *args)
    if found is None:
        raise NotFound("Deze opgave bestaat niet.")
    return target_of_row(found, LoadedPage(from_row(OpgaveRead, found), found["version"]))


def child_of_opgave(table: str, noun: str) -> Any:
    """A target loader for a row of ``table`` (which has ``opgave_id``), acting on its opgave."""

    async def load(connection: ASGIConnection[Any, Any, Any, Any]) -> Target:
        row_id = connection.path_params.get("id")
        found = await connection.app.state.db.fetchrow(f"SELECT * FROM {table} WHERE id = $1", row_id)
        if found is None:
            raise NotFound(f"Deze {noun} bestaat niet.")
        return await load_opgave(
            connection,
            found["opgave_id"],
            TeamRow(found["id"], found.get("account_id"), found.get("organisation_id")),
        )

    return load


published: Rule = Check(lambda p, t: opgave_of(t).published, "als de opgave gepubliceerd is", anyone=True)

# Whoever may read the opgave: anyone once it is published, its municipality's staff and machine
# readers always. Its results (indicators, progress, the trail) are read so.
reads_opgave: Rule = published | staff | scope("opgaven:read")
read_results: Rule = reads_opgave

PROCESREGISSEUR_ONLY = Refusal(
    "procesregisseur_only",
    "Alleen de procesregisseur van de opgave of een beheerder van de gemeente mag dit.",
)


def is_procesregisseur(principal: Principal, target: Target) -> bool:
    """The opgave's procesregisseur, as long as they are staff of its municipality: the stored id
    alone gives nothing to someone who was demoted (or whose address was never verified)."""
    return (
        isinstance(principal, Person)
        and principal.account_id == opgave_of(target).procesregisseur_id
        and principal.role_in(target.municipality_id) >= Role.MEDEWERKER
    )


procesregisseur: Rule = Check(
    is_procesregisseur,
    "de procesregisseur van de opgave (zolang die medewerker is)",
    refused=PROCESREGISSEUR_ONLY,
)


def _partner_on_team(principal: Principal, target: Target) -> bool:
    if not isinstance(principal, Person):
        return False
    return bool(principal.organisations_in(target.municipality_id) & opgave_of(target).team_organisations)


partner_on_team: Rule = Check(_partner_on_team, "lid van een partnerorganisatie in het team")


def on_team(principal: Principal, target: Target) -> bool:
    """In the team: the procesregisseur, a person on it, or a member of an organisation on it."""
    if not isinstance(principal, Person):
        return False
    opgave = opgave_of(target)
    if principal.account_id == opgave.procesregisseur_id and not is_procesregisseur(principal, target):
        # A procesregisseur who lost the staff role keeps no place on the team through it.
        return _partner_on_team(principal, target)
    return (
        principal.account_id == opgave.procesregisseur_id
        or principal.account_id in opgave.team_accounts
        or _partner_on_team(principal, target)
    )


team_member: Rule = Check(on_team, "lid van het team van de opgave")


def _the_invitee(principal: Principal, target: Target) -> bool:
    """The person a team row is about, or an admin of the organisation it is about."""
    row = target.fact(TeamRow)
    if not isinstance(principal, Person):
        return False
    if row.account_id is not None:
        return principal.account_id == row.account_id
    return any(m.organisation_id == row.organisation_id and m.is_admin for m in principal.memberships)


the_invitee: Rule = Check(_the_invitee, "de persoon zelf, of een beheerder van de organisatie")
