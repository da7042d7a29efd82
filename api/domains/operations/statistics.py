"""The municipality's dashboard: who takes part and how, per month, per opgave and per wijk.

Everything is counted from the rows themselves (not from kept counters), over the municipality's
opgaven: each kind of row is reached through an index on its opgave (or its proposal, task or
budget), so the cost grows with the municipality's own activity, never with the platform's. The
month series covers at most ``months`` months; the lists are capped. One read-only snapshot, so
the totals, months, opgaven and wijken agree with each other.

Definitions (the same in the API's description and in the test that recounts them):
- people: distinct accounts that submitted an idea, supported one, or commented;
- answers: ideas with a public answer of the municipality, counted in the month of the answer;
  the median answer time is from submitting to that answer, in days;
- tasks: created; tasks done: now done (in the month they last changed); claims: organisations
  taking on a task;
- contributed: confirmed contributions and corrections to budgets; granted: grants less grants
  withdrawn (the ledger's entries, in the month of the entry).
- wijk: the areas an opgave names; an opgave in two wijken counts in both, one without an area
  under the whole municipality (``null``).
"""

import csv
import io
from collections.abc import Iterable
from datetime import UTC, date, datetime
from typing import Any
from uuid import UUID

from api.db.connection import Database
from api.domains.operations.schemas import (
    MonthFigures,
    MunicipalityStatistics,
    OpgaveFigures,
    OpgaveRef,
    ParticipationFigures,
    WijkFigures,
)
from api.lib.rows import from_row
from api.lib.spreadsheet import cell

TIME_ZONE = "Europe/Amsterdam"
MAX_ROWS = 500

_FACTS = """
WITH o AS (
    SELECT id, title, area FROM opgaven WHERE municipality_id = $1 AND ($2::uuid IS NULL OR id = $2)
),
facts AS (
    SELECT p.opgave_id, p.created_at AS at, 'idea' AS kind, p.author_id AS account_id,
           0::bigint AS cents, NULL::float8 AS days
    FROM o JOIN proposals p ON p.opgave_id = o.id
    UNION ALL
    SELECT p.opgave_id, p.responded_at, 'answer', NULL, 0,
           extract(epoch FROM p.responded_at - p.created_at) / 86400
    FROM o JOIN proposals p ON p.opgave_id = o.id WHERE p.responded_at IS NOT NULL
    UNION ALL
    SELECT p.opgave_id, s.created_at, 'support', s.account_id, 0, NULL
    FROM o JOIN proposals p ON p.opgave_id = o.id JOIN supports s ON s.proposal_id = p.id
    UNION ALL
    SELECT c.opgave_id, c.created_at, 'comment', c.author_id, 0, NULL
    FROM o JOIN comments c ON c.opgave_id = o.id
    UNION ALL
    SELECT t.opgave_id, t.created_at, 'task', NULL, 0, NULL FROM o JOIN tasks t ON t.opgave_id = o.id
    UNION ALL
    SELECT t.opgave_id, t.updated_at, 'task_done', NULL, 0, NULL
    FROM o JOIN tasks t ON t.opgave_id = o.id WHERE t.status = 'done'
    UNION ALL
    SELECT t.opgave_id, tc.created_at, 'claim', NULL, 0, NULL
    FROM o JOIN tasks t ON t.opgave_id = o.id JOIN task_claims tc ON tc.task_id = t.id
    UNION ALL
    SELECT b.opgave_id, l.created_at, l.kind::text, NULL, l.amount_cents, NULL
    FROM o JOIN budgets b ON b.opgave_id = o.id JOIN ledger_entries l ON l.budget_id = b.id
)
"""

_FIGURES = """
    count(DISTINCT f.account_id) FILTER (WHERE f.kind IN ('idea', 'support', 'comment')) AS people,
    count(*) FILTER (WHERE f.kind = 'idea') AS ideas,
    count(*) FILTER (WHERE f.kind = 'support') AS supports,
    count(*) FILTER (WHERE f.kind = 'comment') AS comments,
    count(*) FILTER (WHERE f.kind = 'answer') AS answers,
    percentile_cont(0.5) WITHIN GROUP (ORDER BY f.days) AS median_answer_days,
    count(*) FILTER (WHERE f.kind = 'task') AS tasks,
    count(*) FILTER (WHERE f.kind = 'task_done') AS tasks_done,
    count(*) FILTER (WHERE f.kind = 'claim') AS claims,
    coalesce(sum(f.cents) FILTER (WHERE f.kind IN ('contribution', 'correction')), 0)::bigint AS contributed_cents,
    (coalesce(sum(f.cents) FILTER (WHERE f.kind = 'grant'), 0)
     - coalesce(sum(f.cents) FILTER (WHERE f.kind = 'withdrawal'), 0))::bigint AS granted_cents
"""

_TOTALS = _FACTS + f"SELECT {_FIGURES} FROM facts f"

_MONTHS = (
    _FACTS
    + f"""
SELECT to_char(f.at AT TIME ZONE '{TIME_ZONE}', 'YYYY-MM') AS month, {_FIGURES}
FROM facts f
WHERE f.at >= (date_trunc('month', now() AT TIME ZONE '{TIME_ZONE}') - make_interval(months => $3 - 1))
              AT TIME ZONE '{TIME_ZONE}'
GROUP BY 1
"""
)

_OPGAVEN = (
    _FACTS
    + f"""
SELECT o.id, o.title, {_FIGURES}
FROM o LEFT JOIN facts f ON f.opgave_id = o.id
GROUP BY o.id, o.title ORDER BY o.title, o.id LIMIT {MAX_ROWS}
"""
)

_WIJKEN = (
    _FACTS
    + f"""
, wijk AS (
    SELECT o.id AS opgave_id, w.name AS wijk
    FROM o CROSS JOIN LATERAL unnest(CASE WHEN cardinality(o.area) = 0 THEN ARRAY[NULL::text] ELSE o.area END) AS w(name)
)
SELECT wijk.wijk, count(DISTINCT wijk.opgave_id) AS opgaven, {_FIGURES}
FROM wijk LEFT JOIN facts f ON f.opgave_id = wijk.opgave_id
GROUP BY wijk.wijk ORDER BY wijk.wijk NULLS FIRST LIMIT {MAX_ROWS}
"""
)


def _month_keys(today: date, months: int) -> list[str]:
    keys = []
    year, month = today.year, today.month
    for _ in range(months):
        keys.append(f"{year:04d}-{month:02d}")
        year, month = (year, month - 1) if month > 1 else (year - 1, 12)
    return keys[::-1]


_EMPTY = {
    "people": 0,
    "ideas": 0,
    "supports": 0,
    "comments": 0,
    "answers": 0,
    "median_answer_days": None,
    "tasks": 0,
    "tasks_done": 0,
    "claims": 0,
    "contributed_cents": 0,
    "granted_cents": 0,
}


def _rounded(row: Any) -> dict[str, Any]:
    values = dict(row)
    if values.get("median_answer_days") is not None:
        values["median_answer_days"] = round(float(values["median_answer_days"]), 1)
    return values


async def statistics(
    db: Database, municipality_id: UUID, slug: str, *, opgave_id: UUID | None, months: int
) -> MunicipalityStatistics:
    async with (
        db.connection() as connection,
        connection.transaction(isolation="repeatable_read", readonly=True),
    ):
        now = await connection.fetchval(f"SELECT now() AT TIME ZONE '{TIME_ZONE}'")
        totals = await connection.fetchrow(_TOTALS, municipality_id, opgave_id)
        by_month = {
            row["month"]: _rounded(row)
            for row in await connection.fetch(_MONTHS, municipality_id, opgave_id, months)
        }
        opgaven = await connection.fetch(_OPGAVEN, municipality_id, opgave_id)
        wijken = await connection.fetch(_WIJKEN, municipality_id, opgave_id)
    return MunicipalityStatistics(
        municipality=slug,
        opgave=opgave_id,
        generated_at=datetime.now(UTC),
        totals=from_row(ParticipationFigures, _rounded(totals)),
        months=[
            from_row(MonthFigures, by_month.get(key, {**_EMPTY, "month": key}))
            for key in _month_keys(now.date(), months)
        ],
        opgaven=[
            from_row(OpgaveFigures, {**_rounded(row), "opgave": OpgaveRef(id=row["id"], title=row["title"])})
            for row in opgaven
        ],
        wijken=[from_row(WijkFigures, _rounded(row)) for row in wijken],
    )


_COLUMNS = [
    ("people", "personen"),
    ("ideas", "ideeën"),
    ("supports", "steunbetuigingen"),
    ("comments", "reacties"),
    ("answers", "antwoorden"),
    ("median_answer_days", "mediaan dagen tot antwoord"),
    ("tasks", "taken"),
    ("tasks_done", "taken klaar"),
    ("claims", "taken opgepakt"),
    ("contributed_cents", "ingebracht (eurocent)"),
    ("granted_cents", "toegekend (eurocent)"),
]


def as_csv(stats: MunicipalityStatistics, table: str) -> str:
    """One of the dashboard's tables as CSV (RFC 4180, a header row of Dutch column names)."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    first: list[tuple[str, Any]]
    rows: Iterable[Any]
    if table == "months":
        first, rows = [("month", "maand")], stats.months
    elif table == "opgaven":
        first, rows = [("opgave", "opgave")], stats.opgaven
    else:
        first, rows = [("wijk", "wijk"), ("opgaven", "opgaven")], stats.wijken
    writer.writerow([label for _, label in first + _COLUMNS])
    for row in rows:
        lead = []
        for name, _ in first:
            value = getattr(row, name)
            shown = value.title if isinstance(value, OpgaveRef) else value
            lead.append("hele gemeente" if shown is None else cell(shown))
        writer.writerow(lead + [cell(getattr(row, name)) for name, _ in _COLUMNS])
    return buffer.getvalue()
