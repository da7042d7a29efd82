"""Stable ids for demo rows."""

import uuid

_NAMESPACE = uuid.UUID("6f1d2b7e-3c5a-4e8f-9a0b-1c2d3e4f5a6b")


def demo_id(name: str) -> uuid.UUID:
    """The id of the demo row called ``name``; the same on every machine and every run."""
    return uuid.uuid5(_NAMESPACE, name)
