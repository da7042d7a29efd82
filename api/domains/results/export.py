"""Open data: the public data of a municipality or one opgave, as CSV or JSON, streamed.

Rows come off a server-side cursor in one read-only snapshot and leave in chunks, so an export of a
whole municipality never sits in memory. Only what the site shows anyone is exported: published
opgaven, ideas that are not hidden (without who wrote them or where), tasks, grants as the Woo
publishes them, indicators and measurements (without who recorded them).
"""

import csv
import io
from collections.abc import AsyncIterator, Iterable
from uuid import UUID

import asyncpg
import msgspec

from api.db.connection import Database
from api.domains.results.schemas import Dataset, ExportFormat
from api.lib.spreadsheet import cell

CHUNK_BYTES = 64 * 1024
PREFETCH = 500

# Each dataset selects from published opgaven `o`, narrowed by {scope}; output names are the columns.
# An opgave's open tasks and domains are read as the writes keep them (domain_list is by name).
DATASETS: dict[Dataset, str] = {
    Dataset.OPGAVEN: """
        SELECT o.id AS "id", m.slug AS "municipality", o.slug AS "slug", o.title AS "title", o.summary AS "summary",
               o.formulation AS "formulation", o.target_group AS "targetGroup",
               array_to_string(o.area, '; ') AS "area",
               (SELECT string_agg(d ->> 'name', '; ') FROM jsonb_array_elements(o.domain_list) d) AS "domains",
               o.phase::text AS "phase", o.start_date AS "startDate", o.end_date AS "endDate",
               o.proposal_count AS "proposalCount",
               o.open_task_count AS "openTaskCount",
               (SELECT coalesce(sum(b.total_cents), 0) FROM budgets b WHERE b.opgave_id = o.id) AS "budgetTotalCents",
               (SELECT coalesce(sum(b.granted_cents), 0) FROM budgets b WHERE b.opgave_id = o.id)
                   AS "budgetGrantedCents",
               o.created_at AS "createdAt"
        FROM opgaven o JOIN municipalities m ON m.id = o.municipality_id
        WHERE o.published AND {scope} ORDER BY o.created_at, o.id""",
    Dataset.PROPOSALS: """
        SELECT p.id AS "id", p.opgave_id AS "opgaveId", p.title AS "title", p.body_text AS "text",
               p.status::text AS "status", p.action_line_id AS "actionLineId", l.title AS "actionLine",
               org.name AS "organisation", p.support_count AS "supportCount", p.comment_count AS "commentCount",
               p.created_at AS "createdAt", p.responded_at AS "respondedAt", p.response_text AS "response"
        FROM proposals p JOIN opgaven o ON o.id = p.opgave_id
        LEFT JOIN action_lines l ON l.id = p.action_line_id LEFT JOIN organisations org ON org.id = p.organisation_id
        WHERE o.published AND proposal_shown(p, NULL, NULL) AND {scope} ORDER BY p.created_at, p.id""",
    Dataset.TASKS: """
        SELECT t.id AS "id", t.opgave_id AS "opgaveId", t.action_line_id AS "actionLineId", l.title AS "actionLine",
               t.title AS "title", t.description AS "description", t.status::text AS "status",
               t.capacity AS "capacity", t.claimed_count AS "claimedCount", t.effort_hours AS "effortHours",
               t.due_date AS "dueDate",
               (SELECT string_agg(org.name, '; ' ORDER BY c.created_at) FROM task_claims c
                JOIN organisations org ON org.id = c.organisation_id
                WHERE c.task_id = t.id AND c.released_at IS NULL) AS "organisations",
               t.created_at AS "createdAt"
        FROM tasks t JOIN opgaven o ON o.id = t.opgave_id LEFT JOIN action_lines l ON l.id = t.action_line_id
        WHERE o.published AND {scope} ORDER BY t.created_at, t.id""",
    Dataset.GRANTS: """
        SELECT g.id AS "id", b.opgave_id AS "opgaveId", b.id AS "budgetId", b.title AS "budget",
               org.name AS "recipient", org.kvk_number AS "recipientKvk", g.motivation AS "activities",
               g.legal_basis AS "legalBasis", g.granted_cents AS "amountCents", g.amount_cents AS "requestedCents",
               g.task_id AS "taskId", g.decided_at AS "decidedAt", g.status::text AS "status",
               g.withdrawn_at AS "withdrawnAt", g.withdrawal_reason AS "withdrawalReason"
        FROM budget_claims g JOIN budgets b ON b.id = g.budget_id JOIN opgaven o ON o.id = b.opgave_id
        JOIN organisations org ON org.id = g.organisation_id
        WHERE o.published AND g.status IN ('granted', 'withdrawn') AND {scope} ORDER BY g.decided_at, g.id""",
    Dataset.INDICATORS: """
        SELECT i.id AS "id", i.opgave_id AS "opgaveId", i.action_line_id AS "actionLineId", i.name AS "name",
               i.kind::text AS "kind", i.unit AS "unit", i.direction::text AS "direction",
               i.baseline_value::float8 AS "baselineValue", i.baseline_date AS "baselineDate",
               i.target_value::float8 AS "targetValue", i.target_date AS "targetDate", i.data_source AS "dataSource"
        FROM indicators i JOIN opgaven o ON o.id = i.opgave_id
        WHERE o.published AND {scope} ORDER BY i.created_at, i.id""",
    Dataset.MEASUREMENTS: """
        SELECT x.id AS "id", x.indicator_id AS "indicatorId", i.opgave_id AS "opgaveId",
               x.measured_on AS "measuredOn", x.value::float8 AS "value", x.source_note AS "sourceNote"
        FROM measurements x JOIN indicators i ON i.id = x.indicator_id JOIN opgaven o ON o.id = i.opgave_id
        WHERE o.published AND {scope} ORDER BY x.indicator_id, x.measured_on""",
}

SCOPES = {"municipality": "o.municipality_id = $1", "opgave": "o.id = $1"}


class _Chunks:
    """Collects encoded output and hands it on in chunks of about CHUNK_BYTES."""

    def __init__(self) -> None:
        self.parts: list[bytes] = []
        self.size = 0

    def add(self, data: bytes) -> bytes | None:
        self.parts.append(data)
        self.size += len(data)
        return self.take() if self.size >= CHUNK_BYTES else None

    def take(self) -> bytes:
        data = b"".join(self.parts)
        self.parts, self.size = [], 0
        return data


def filename(name: str, dataset: Dataset | None, fmt: ExportFormat) -> str:
    return f"samenspel-{name}-{dataset.value if dataset else 'alles'}.{fmt.value}"


async def stream(
    db: Database, scope: str, scope_id: UUID, datasets: Iterable[Dataset], fmt: ExportFormat
) -> AsyncIterator[bytes]:
    """The export, chunk by chunk: CSV for one dataset; JSON as an array for one, an object of arrays for several."""
    chosen = list(datasets)
    chunks = _Chunks()
    async with (
        db.connection() as connection,
        connection.transaction(isolation="repeatable_read", readonly=True),
    ):

        async def rows(dataset: Dataset) -> AsyncIterator[asyncpg.Record]:
            statement = await connection.prepare(DATASETS[dataset].format(scope=SCOPES[scope]))
            async for row in statement.cursor(scope_id, prefetch=PREFETCH):
                yield row

        if fmt == ExportFormat.CSV:
            buffer = io.StringIO()
            writer = csv.writer(buffer, lineterminator="\r\n")
            statement = await connection.prepare(DATASETS[chosen[0]].format(scope=SCOPES[scope]))
            writer.writerow([attribute.name for attribute in statement.get_attributes()])
            async for row in statement.cursor(scope_id, prefetch=PREFETCH):
                writer.writerow([cell(v) for v in row.values()])
                if buffer.tell() >= CHUNK_BYTES:
                    yield buffer.getvalue().encode()
                    buffer.seek(0)
                    buffer.truncate()
            yield buffer.getvalue().encode()
            return
        single = len(chosen) == 1
        yield b"[" if single else b"{"
        for number, dataset in enumerate(chosen):
            if not single and (
                data := chunks.add((b"," if number else b"") + msgspec.json.encode(dataset.value) + b":[")
            ):
                yield data
            first = True
            async for row in rows(dataset):
                if data := chunks.add((b"" if first else b",") + msgspec.json.encode(dict(row))):
                    yield data
                first = False
            if not single and (data := chunks.add(b"]")):
                yield data
        yield chunks.take() + (b"]" if single else b"}")
