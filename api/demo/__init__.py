"""Demo data: Putten and Utrecht, the two cases of the brief.

Every row has a fixed id (a UUIDv5 of a readable name) and is inserted with ``ON CONFLICT DO
NOTHING``, so loading the demo twice changes nothing, and a person's edits to demo rows survive a
restart.
"""

from api.demo.seed import seed_demo

__all__ = ["seed_demo"]
