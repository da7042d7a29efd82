"""Constraint violations, named, so services can turn them into conflicts a client can act on."""

import asyncpg
from sqlalchemy.exc import IntegrityError


def violated_constraint(error: BaseException) -> str | None:
    """The name of the constraint a database error violated, if it was one."""
    current: BaseException | None = error
    while current is not None:
        if isinstance(current, asyncpg.IntegrityConstraintViolationError):
            return getattr(current, "constraint_name", None)
        if isinstance(current, IntegrityError) and current.orig is not None:
            current = current.orig.__cause__ or current.orig
            continue
        current = current.__cause__
    return None
