"""Identifiers: UUIDv7, so ids sort by creation time and index well."""

from uuid import UUID

import uuid_utils


def new_id() -> UUID:
    """A new UUIDv7 as a standard-library UUID."""
    return UUID(bytes=uuid_utils.uuid7().bytes)
