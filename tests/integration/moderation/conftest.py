"""A municipality with a published opgave, its staff, an author, reporters, and a neighbour town."""

from dataclasses import dataclass
from typing import Any

import pytest
from litestar import Litestar

from api.db.connection import Database
from tests.factories import municipality, opgave
from tests.identities import person


@dataclass
class Place:
    municipality: dict[str, Any]
    opgave: dict[str, Any]
    medewerker: dict[str, Any]
    beheerder: dict[str, Any]
    author: dict[str, Any]
    reporter: dict[str, Any]
    other_reporter: dict[str, Any]
    neighbour: dict[str, Any]
    neighbour_medewerker: dict[str, Any]
    neighbour_beheerder: dict[str, Any]

    @property
    def id(self) -> Any:
        return self.municipality["id"]

    @property
    def slug(self) -> str:
        return str(self.municipality["slug"])


@pytest.fixture
async def place(started_app: Litestar, db: Database) -> Place:
    town = await municipality(db)
    neighbour = await municipality(db)
    medewerker = await person(db, municipality_id=town["id"], role="medewerker")
    return Place(
        municipality=town,
        opgave=await opgave(db, town["id"], medewerker["id"]),
        medewerker=medewerker,
        beheerder=await person(db, municipality_id=town["id"], role="beheerder"),
        author=await person(db, display_name="Schrijver Sanne"),
        reporter=await person(db),
        other_reporter=await person(db),
        neighbour=neighbour,
        neighbour_medewerker=await person(db, municipality_id=neighbour["id"], role="medewerker"),
        neighbour_beheerder=await person(db, municipality_id=neighbour["id"], role="beheerder"),
    )
