"""Migrations: Alembic through advanced-alchemy, run from code (``python -m api migrate``)."""

from pathlib import Path

from advanced_alchemy.alembic.commands import AlembicCommands
from advanced_alchemy.config import AlembicAsyncConfig, SQLAlchemyAsyncConfig

from api.db.connection import sqlalchemy_url
from api.settings import PROJECT_ROOT

MIGRATIONS = PROJECT_ROOT / "migrations"
VERSION_TABLE = "alembic_version"


def commands(url: str) -> AlembicCommands:
    """Alembic's commands for the database at ``url``."""
    config = SQLAlchemyAsyncConfig(
        connection_string=sqlalchemy_url(url),
        alembic_config=AlembicAsyncConfig(
            script_config=str(MIGRATIONS / "alembic.ini"),
            script_location=str(MIGRATIONS),
            version_table_name=VERSION_TABLE,
        ),
    )
    return AlembicCommands(sqlalchemy_config=config)


def upgrade(url: str, revision: str = "head") -> None:
    """Bring the database at ``url`` to ``revision``. Blocks; call it off the event loop."""
    commands(url).upgrade(revision)


def revision(url: str, message: str) -> None:
    """Autogenerate a revision from the difference between the models and the database."""
    commands(url).revision(message=message, autogenerate=True)


def versions_folder() -> Path:
    return MIGRATIONS / "versions"
