"""Where a municipality's residents live, by postcode: ranges its beheerder sets, which a ballot open
to residents by postcode checks a voter's postcode against."""

from typing import Annotated
from uuid import UUID

import msgspec
from litestar import get, put
from litestar.params import JSONBody

from api.db.connection import Connection, Database, Db
from api.db.uow import Uow
from api.domains.municipalities.guards import municipality_from_path
from api.domains.municipalities.schemas import Slug
from api.lib.access import access, beheerder, everyone, target_of
from api.lib.errors import InvalidInput
from api.lib.ids import new_id
from api.lib.routes import AnyRequest, Controller
from api.lib.schema import InvalidParam, Schema

Digits = Annotated[int, msgspec.Meta(ge=1000, le=9999, description="De vier cijfers van een postcode.")]


class PostcodeRangeItem(Schema):
    """Postcodes van `first` tot en met `last` (de cijfers; de letters tellen niet)."""

    first: Digits
    last: Digits


class PostcodeRanges(Schema):
    """Waar de inwoners van de gemeente wonen, naar postcode."""

    ranges: Annotated[list[PostcodeRangeItem], msgspec.Meta(max_length=100)]


async def ranges_of(db: Database | Connection, municipality_id: UUID) -> PostcodeRanges:
    rows = await db.fetch(
        "SELECT first_digits, last_digits FROM postcode_ranges WHERE municipality_id = $1 ORDER BY first_digits, last_digits",
        municipality_id,
    )
    return PostcodeRanges(
        ranges=[PostcodeRangeItem(first=r["first_digits"], last=r["last_digits"]) for r in rows]
    )


async def lives_in(db: Database | Connection, municipality_id: UUID, postcode: str) -> bool:
    """Whether ``postcode`` (``3581AB``) falls in one of the municipality's ranges."""
    digits = int(postcode[:4])
    found = await db.fetchval(
        "SELECT 1 FROM postcode_ranges WHERE municipality_id = $1 AND $2 BETWEEN first_digits AND last_digits LIMIT 1",
        municipality_id,
        digits,
    )
    return found is not None


async def has_ranges(db: Database | Connection, municipality_id: UUID) -> bool:
    return (
        await db.fetchval("SELECT 1 FROM postcode_ranges WHERE municipality_id = $1 LIMIT 1", municipality_id)
        is not None
    )


class PostcodeRangeController(Controller):
    """De postcodes van een gemeente."""

    path = "/municipalities/{slug:str}/postcode-ranges"
    tags = ["Gemeenten"]
    target = municipality_from_path()

    @get("", opt=access(everyone))
    async def get_postcode_ranges(self, request: AnyRequest, db: Db, slug: Slug) -> PostcodeRanges:
        municipality_id = target_of(request).municipality_id
        assert municipality_id is not None
        return await ranges_of(db, municipality_id)

    @put("", opt=access(beheerder))
    async def set_postcode_ranges(
        self, request: AnyRequest, slug: Slug, data: JSONBody[PostcodeRanges], uow: Uow
    ) -> PostcodeRanges:
        municipality_id = target_of(request).municipality_id
        assert municipality_id is not None
        problems = [
            InvalidParam(
                name=f"ranges[{i}].last", code="before_first", reason="Een reeks loopt van laag naar hoog."
            )
            for i, item in enumerate(data.ranges)
            if item.last < item.first
        ]
        if problems:
            raise InvalidInput("De postcodes kloppen niet.", invalid_params=problems)
        connection = await uow.connection()
        await connection.execute("DELETE FROM postcode_ranges WHERE municipality_id = $1", municipality_id)
        await connection.executemany(
            "INSERT INTO postcode_ranges (id, municipality_id, first_digits, last_digits) VALUES ($1, $2, $3, $4)",
            [(new_id(), municipality_id, item.first, item.last) for item in data.ranges],
        )
        uow.audit(
            "municipality.postcode_ranges_set",
            "municipality",
            municipality_id,
            municipality_id,
            {"ranges": len(data.ranges)},
        )
        return await ranges_of(connection, municipality_id)
