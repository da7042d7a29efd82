"""Results build on co-creation's team: an opgave in planning, partners a and b on it, c beside it."""

from tests.integration.cocreation.conftest import Team, team

__all__ = ["Team", "team"]
