"""Loads every part of the demo in one transaction."""

from api.db.connection import Database
from api.demo import cocreation, municipalities, opgaven, participation, people, results


async def seed_demo(db: Database) -> None:
    """Insert the demo rows that are missing; running it again changes nothing."""
    async with db.transaction() as connection:
        await municipalities.seed(connection)
        await people.seed(connection)
        await opgaven.seed(connection)
        await participation.seed(connection)
        await cocreation.seed(connection)
        await results.seed(connection)
