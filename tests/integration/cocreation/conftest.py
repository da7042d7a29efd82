"""An opgave with two partner organisations on its team, one beside it, and staff to run it."""

from dataclasses import dataclass
from typing import Any

import pytest
from litestar import Litestar

from api.db.connection import Database
from api.lib.ids import new_id
from tests.factories import municipality, opgave, unique
from tests.identities import person


@dataclass
class Team:
    town: dict[str, Any]
    opgave: dict[str, Any]
    line_id: Any
    staff: dict[str, Any]
    inwoner: dict[str, Any]
    # Organisations a and b are on the team, c is not; each has one member (pa, pb, pc).
    orgs: dict[str, Any]
    members: dict[str, dict[str, Any]]
    stranger_staff: dict[str, Any]


async def organisation(db: Database, municipality_id: Any, member_id: Any) -> Any:
    organisation_id = new_id()
    await db.fetchval(
        "INSERT INTO organisations (id, municipality_id, name, kind) VALUES ($1, $2, $3, 'societal_organisation')",
        organisation_id,
        municipality_id,
        unique("Partner"),
    )
    await db.fetchval(
        "INSERT INTO organisation_members (id, municipality_id, organisation_id, account_id) VALUES ($1, $2, $3, $4)",
        new_id(),
        municipality_id,
        organisation_id,
        member_id,
    )
    return organisation_id


async def on_team(db: Database, municipality_id: Any, opgave_id: Any, organisation_id: Any) -> None:
    await db.fetchval(
        """INSERT INTO opgave_members (id, municipality_id, opgave_id, organisation_id, role, partner_role, status)
           VALUES ($1, $2, $3, $4, 'partner', 'contributor', 'active')""",
        new_id(),
        municipality_id,
        opgave_id,
        organisation_id,
    )


@pytest.fixture
async def team(started_app: Litestar, db: Database) -> Team:
    town = await municipality(db)
    staff = await person(db, municipality_id=town["id"], role="medewerker")
    row = await opgave(db, town["id"], staff["id"], phase="planning")
    line_id = new_id()
    await db.fetchval(
        "INSERT INTO action_lines (id, municipality_id, opgave_id, title, position) VALUES ($1, $2, $3, 'Passende banen', 1)",
        line_id,
        town["id"],
        row["id"],
    )
    members = {
        key: await person(db, municipality_id=town["id"], role="partner") for key in ("pa", "pb", "pc")
    }
    orgs = {key: await organisation(db, town["id"], members[f"p{key}"]["id"]) for key in ("a", "b", "c")}
    for key in ("a", "b"):
        await on_team(db, town["id"], row["id"], orgs[key])
    elsewhere = await municipality(db)
    return Team(
        town=town,
        opgave=row,
        line_id=line_id,
        staff=staff,
        inwoner=await person(db, municipality_id=town["id"], role="inwoner"),
        orgs=orgs,
        members=members,
        stranger_staff=await person(db, municipality_id=elsewhere["id"], role="medewerker"),
    )
