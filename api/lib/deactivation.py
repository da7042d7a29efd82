"""Which municipalities are deactivated, as every guard needs to know without a query per request.

A deactivated municipality keeps all its rows, but nothing of it is served: every route that acts
on it answers 404 ``municipality_deactivated`` (only the operator's routes that deactivate,
reactivate or export it still work). The set is small and changes rarely, so each worker keeps it
for a few seconds; the worker that changes it forgets its copy at once, the others within ``TTL``.
"""

import time
from typing import Any
from uuid import UUID

from api.lib.errors import NotFound

TTL_SECONDS = 5.0


class DeactivatedMunicipalities:
    def __init__(self) -> None:
        self._ids: frozenset[UUID] = frozenset()
        self._loaded_at = float("-inf")

    async def contains(self, db: Any, municipality_id: UUID) -> bool:
        now = time.monotonic()
        if now - self._loaded_at > TTL_SECONDS:
            rows = await db.fetch("SELECT id FROM municipalities WHERE deactivated_at IS NOT NULL")
            self._ids = frozenset(row["id"] for row in rows)
            self._loaded_at = now
        return municipality_id in self._ids

    def forget(self) -> None:
        """Read the set again at the next request (after this worker changed it)."""
        self._loaded_at = float("-inf")


def deactivated_of(state: Any) -> DeactivatedMunicipalities:
    """The worker's set, kept on the application's state."""
    found = getattr(state, "deactivated_municipalities", None)
    if found is None:
        found = DeactivatedMunicipalities()
        state.deactivated_municipalities = found
    return found


def refused(name: str | None = None) -> NotFound:
    place = f"Gemeente {name}" if name else "Deze gemeente"
    return NotFound(
        f"{place} doet niet meer mee aan Samenspel. De gegevens zijn bewaard; neem contact op met de gemeente.",
        code="municipality_deactivated",
    )
