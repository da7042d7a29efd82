"""Deterministic ids: row ``n`` of a kind has a UUID anyone can compute, in Python, Lua or SQL.

So wrk's scripts and pgbench's statements pick random rows from integers instead of lists, and a
run can find what it wrote. ``uid(PROPOSAL, 7)`` is ``00000005-0000-4000-8000-000000000007``.
"""

from uuid import UUID

MUNICIPALITY = 1
ACCOUNT = 2
ORGANISATION = 3
OPGAVE = 4
PROPOSAL = 5
SUPPORT = 6
COMMENT = 7
TASK = 8
BUDGET = 9
BUDGET_CLAIM = 10
SESSION = 11
OPGAVE_MEMBER = 12
ORGANISATION_MEMBER = 13
OPGAVE_DOMAIN = 14
ACTION_LINE = 15

_VARIANT = (0x4000 << 64) | (0x8000 << 48)


def uid(kind: int, n: int) -> UUID:
    """The id of row ``n`` (0-based) of ``kind``."""
    return UUID(int=(kind << 96) | _VARIANT | n)


def uid_text(kind: int, n: int) -> str:
    return f"{kind:08x}-0000-4000-8000-{n:012x}"


def sql_uid(kind: int, variable: str) -> str:
    """The same id as an SQL expression over a pgbench variable (``:n``)."""
    return f"('{kind:08x}-0000-4000-8000-' || lpad(to_hex({variable}::bigint), 12, '0'))::uuid"


def lua_uid(kind: int) -> str:
    """A Lua format string for the same id: ``string.format(lua_uid(PROPOSAL), n)``."""
    return f"{kind:08x}-0000-4000-8000-%012x"
