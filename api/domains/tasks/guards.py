"""Targets of task and claim routes: they act on the opgave the task belongs to.

Each loads its row and the opgave's target in one statement (claiming is a hot path).
"""

from dataclasses import dataclass
from typing import Any
from uuid import UUID

from litestar.connection import ASGIConnection

from api.domains.opgaven.guards import TARGET_COLUMNS, target_of_row
from api.domains.organisations.guards import OrganisationFacts
from api.lib.access import Target, row_of_path

_TASK = f"""
SELECT {TARGET_COLUMNS}, t.id AS task_id
FROM tasks t JOIN opgaven o ON o.id = t.opgave_id
WHERE t.id = $1
"""

_CLAIM = f"""
SELECT {TARGET_COLUMNS}, c.task_id, c.organisation_id, c.released_at
FROM task_claims c JOIN tasks t ON t.id = c.task_id JOIN opgaven o ON o.id = t.opgave_id
WHERE c.id = $1
"""


@dataclass(frozen=True, slots=True)
class TaskFacts:
    task_id: UUID


@dataclass(frozen=True, slots=True)
class ClaimFacts:
    released: bool


async def task_from_path(connection: ASGIConnection[Any, Any, Any, Any]) -> Target:
    row = await row_of_path(connection, _TASK, "Deze taak bestaat niet.")
    return target_of_row(row, TaskFacts(row["task_id"]))


async def claim_from_path(connection: ASGIConnection[Any, Any, Any, Any]) -> Target:
    """A claim, with ``organisation_id`` of the claiming organisation (for ``organisation_member``)."""
    row = await row_of_path(connection, _CLAIM, "Deze claim bestaat niet.")
    return target_of_row(
        row,
        TaskFacts(row["task_id"]),
        ClaimFacts(released=row["released_at"] is not None),
        OrganisationFacts(row["organisation_id"]),
    )
