"""The background queue: procrastinate's tables and functions, in a schema of their own

Revision ID: 8b41d07c2e95
Revises: 3f7a2c91e6b4
Create Date: 2026-12-07 11:40:00.000000+00:00

The schema is procrastinate's own ``schema.sql`` of the pinned release (3.10.x, see pyproject.toml).
Upgrading procrastinate past it means a migration here that applies its migration files in
``procrastinate/sql/migrations/`` since that release, in the same schema.
"""

from importlib import resources

from alembic import op
from sqlalchemy.util import await_only

revision = "8b41d07c2e95"
down_revision = "3f7a2c91e6b4"
branch_labels = None
depends_on = None

SCHEMA = "procrastinate"


def _run_script(sql: str) -> None:
    # The script holds many statements (and colons SQLAlchemy would take for parameters): it goes
    # to the driver as one simple query, in this migration's transaction.
    driver = op.get_bind().connection.dbapi_connection.driver_connection  # type: ignore[union-attr]
    await_only(driver.execute(sql))


def upgrade() -> None:
    schema_sql = resources.files("procrastinate.sql").joinpath("schema.sql").read_text()
    _run_script(
        f"CREATE SCHEMA {SCHEMA};\n"
        f"SET LOCAL search_path TO {SCHEMA};\n"
        f"{schema_sql}\n"
        'SET LOCAL search_path TO "$user", public;'
    )


def downgrade() -> None:
    _run_script(f"DROP SCHEMA {SCHEMA} CASCADE;")
