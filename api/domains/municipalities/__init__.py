"""Municipalities (gemeenten): the tenant. Every tenant-owned row belongs to exactly one."""

from api.domains.municipalities.controllers import MunicipalityController
from api.domains.municipalities.models import Municipality

__all__ = ["Municipality", "MunicipalityController"]
