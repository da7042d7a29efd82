"""A municipality with a procesregisseur, another medewerker, a beheerder and residents."""

from dataclasses import dataclass
from typing import Any

import pytest
from litestar import Litestar

from api.db.connection import Database
from tests.factories import municipality
from tests.identities import person


@dataclass
class Town:
    municipality: dict[str, Any]
    regisseur: dict[str, Any]
    medewerker: dict[str, Any]
    beheerder: dict[str, Any]
    inwoner: dict[str, Any]
    other_inwoner: dict[str, Any]

    @property
    def slug(self) -> str:
        return str(self.municipality["slug"])

    @property
    def id(self) -> Any:
        return self.municipality["id"]


@pytest.fixture
async def town(started_app: Litestar, db: Database) -> Town:
    place = await municipality(db)
    return Town(
        municipality=place,
        regisseur=await person(db, municipality_id=place["id"], role="medewerker", display_name="Regisseur"),
        medewerker=await person(db, municipality_id=place["id"], role="medewerker"),
        beheerder=await person(db, municipality_id=place["id"], role="beheerder"),
        inwoner=await person(db, municipality_id=place["id"], role="inwoner"),
        other_inwoner=await person(db, municipality_id=place["id"], role="inwoner"),
    )
