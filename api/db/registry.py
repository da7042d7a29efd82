"""Imports every domain's models, so the metadata (and Alembic) sees all tables."""

from api.db.base import Base
from api.domains.municipalities.models import Municipality

metadata = Base.metadata

__all__ = ["Municipality", "metadata"]
