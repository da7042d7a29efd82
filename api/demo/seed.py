"""Loads every part of the demo in one transaction."""

from api.db.connection import Database
from api.demo import cocreation, municipalities, opgaven, participation, people, putten, results
from api.settings import PasswordCost


async def seed_demo(db: Database, password_cost: PasswordCost) -> None:
    """Insert the demo rows that are missing; running it again changes nothing.

    The demo people's password is hashed at ``password_cost`` (settings.auth.password_cost)."""
    async with db.transaction() as connection:
        await municipalities.seed(connection)
        await people.seed(connection, password_cost)
        await opgaven.seed(connection)
        await participation.seed(connection)
        await cocreation.seed(connection)
        await results.seed(connection)
        await putten.seed(connection)
