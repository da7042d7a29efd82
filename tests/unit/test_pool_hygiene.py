"""The asyncpg pool hands connections back without a reset query, so no code may leave session state.

Session-level settings, LISTEN, session advisory locks and WITH HOLD cursors would outlive the
request on a pooled connection (RELIABILITY.md: a session-level SET leaked to the next request).
"""

import re
from pathlib import Path

from api.settings import PROJECT_ROOT

# A SET that is not LOCAL, outside an UPDATE's SET clause: ``SET lock_timeout``, ``SET SESSION ...``.
_SESSION_SET = re.compile(r"""["'(]\s*SET\s+(?!LOCAL\b)(SESSION\s+)?[a-z_.]+\s*(=|\bTO\b)""", re.IGNORECASE)
_SESSION_STATE = re.compile(
    r"\bLISTEN\s|\bpg_advisory_lock\(|\bpg_advisory_lock_shared\(|\bpg_try_advisory_lock\(|\bWITH\s+HOLD\b|"
    r"set_config\([^)]*,\s*false\s*\)",
    re.IGNORECASE,
)


def offenders(source: str) -> list[str]:
    return [m.group(0) for m in (*_SESSION_SET.finditer(source), *_SESSION_STATE.finditer(source))]


def test_the_patterns_catch_session_state() -> None:
    assert offenders('await c.execute("SET statement_timeout = 0")')
    assert offenders("await c.execute('SET SESSION work_mem TO 1')")
    assert offenders('await c.execute("LISTEN changes")')
    assert offenders('await c.fetchval("SELECT pg_advisory_lock($1)", 1)')
    assert offenders("SELECT set_config('app.x', $1, false)")
    assert not offenders('await c.execute("SET LOCAL lock_timeout = 0")')
    assert not offenders('"UPDATE tasks SET claimed_count = claimed_count + 1"')
    assert not offenders('"SELECT pg_advisory_xact_lock($1)"')
    assert not offenders("SELECT set_config('app.x', $1, true)")


def test_no_code_leaves_session_state_on_a_pooled_connection() -> None:
    found = {
        str(path.relative_to(PROJECT_ROOT)): hits
        for path in sorted((PROJECT_ROOT / "api").rglob("*.py"))
        if (hits := offenders(Path(path).read_text()))
    }
    assert found == {}, "use SET LOCAL / set_config(..., true) inside a transaction"
