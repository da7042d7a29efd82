"""A published opgave that takes ideas, in a town with staff and residents (as for participation)."""

from tests.integration.opgaven.conftest import Town, town
from tests.integration.participation.conftest import opgave

__all__ = ["Town", "opgave", "town"]
