"""The read side of results: an opgave's progress and an idea's trail, each in a fixed number of statements."""

from collections.abc import Sequence
from uuid import UUID

import asyncpg

from api.db.connection import Database
from api.domains.accounts.people import person_json
from api.domains.indicators.queries import INDICATOR
from api.domains.indicators.schemas import IndicatorRead
from api.domains.results.schemas import ProgressRead, TrailRead
from api.lib.rows import from_row, from_rows
from api.lib.visibility import Viewer

_PROGRESS = """
SELECT o.id AS opgave_id, o.phase,
       (SELECT json_build_object(
                 'total', count(*), 'open', count(*) FILTER (WHERE status = 'open'),
                 'inProgress', count(*) FILTER (WHERE status = 'in_progress'),
                 'done', count(*) FILTER (WHERE status = 'done'),
                 'cancelled', count(*) FILTER (WHERE status = 'cancelled'))
        FROM tasks WHERE opgave_id = o.id) AS tasks,
       (SELECT json_build_object(
                 'budgets', count(*),
                 'contributedCents', coalesce(sum(total_cents), 0)::bigint,
                 'requestedCents', coalesce(sum(requested_cents), 0)::bigint,
                 'grantedCents', coalesce(sum(granted_cents), 0)::bigint,
                 'openCents', coalesce(sum(total_cents - granted_cents), 0)::bigint)
        FROM budgets WHERE opgave_id = o.id) AS budget,
       (SELECT json_build_object(
                 'total', count(*), 'submitted', count(*) FILTER (WHERE status = 'submitted'),
                 'underReview', count(*) FILTER (WHERE status = 'under_review'),
                 'adopted', count(*) FILTER (WHERE status = 'adopted'),
                 'declined', count(*) FILTER (WHERE status = 'declined'),
                 'withdrawn', count(*) FILTER (WHERE status = 'withdrawn'))
        FROM proposals p WHERE p.opgave_id = o.id AND proposal_shown(p, NULL, NULL)) AS proposals,
       (SELECT json_build_object(
                 'planned', count(*) FILTER (WHERE status = 'open'),
                 'held', count(*) FILTER (WHERE status = 'closed'),
                 'published', count(*) FILTER (WHERE published))
        FROM reflection_moments WHERE opgave_id = o.id) AS reflections,
       coalesce((SELECT json_agg(json_build_object('id', r.id, 'title', r.title, 'heldOn', r.held_on, 'summary', r.summary)
                                 ORDER BY r.held_on DESC, r.id DESC)
                 FROM (SELECT * FROM reflection_moments WHERE opgave_id = o.id AND published
                       ORDER BY held_on DESC, id DESC LIMIT 10) r), '[]') AS published_reflections
FROM opgaven o WHERE o.id = $1
"""


async def progress(db: Database, opgave_id: UUID) -> ProgressRead:
    row = await db.fetchrow(_PROGRESS, opgave_id)
    assert row is not None  # the route's target loader found the opgave
    indicators = await db.fetch(
        f"{INDICATOR} WHERE i.opgave_id = $1 ORDER BY i.created_at, i.id LIMIT 100", opgave_id
    )
    return from_row(ProgressRead, {**row, "indicators": from_rows(IndicatorRead, indicators)})


# A hidden idea keeps its trail, but only its author and staff see its title (api.lib.visibility).
_TRAIL = f"""
SELECT json_build_object(
           'id', p.id, 'opgaveId', p.opgave_id, 'status', p.status,
           'title', proposal_title(p, $2, $3)) AS proposal,
       CASE WHEN p.responded_at IS NULL THEN NULL ELSE json_build_object(
           'text', coalesce(p.response_text, ''), 'respondedAt', p.responded_at,
           'respondedBy', {person_json("r", "p.municipality_id")}) END AS response,
       CASE WHEN l.id IS NULL THEN NULL ELSE json_build_object('id', l.id, 'title', l.title) END AS action_line,
       p.action_line_id,
       coalesce((SELECT json_agg(json_build_object(
                    'id', t.id, 'title', t.title, 'status', t.status,
                    'claims', coalesce((SELECT json_agg(json_build_object(
                                  'organisation', json_build_object('id', o.id, 'name', o.name),
                                  'progressPercent', c.progress_percent, 'claimedAt', c.created_at,
                                  'releasedAt', c.released_at) ORDER BY c.created_at, c.id)
                               FROM task_claims c JOIN organisations o ON o.id = c.organisation_id
                               WHERE c.task_id = t.id), '[]'),
                    'grants', coalesce((SELECT json_agg(json_build_object(
                                  'id', g.id, 'organisation', json_build_object('id', o.id, 'name', o.name),
                                  'grantedCents', g.granted_cents, 'status', g.status, 'decidedAt', g.decided_at,
                                  'withdrawnAt', g.withdrawn_at) ORDER BY g.decided_at, g.id)
                               FROM budget_claims g JOIN organisations o ON o.id = g.organisation_id
                               WHERE g.task_id = t.id AND g.status IN ('granted', 'withdrawn')), '[]')
                 ) ORDER BY t.created_at, t.id)
                 FROM task_proposals tp JOIN tasks t ON t.id = tp.task_id WHERE tp.proposal_id = p.id), '[]') AS tasks,
       coalesce((SELECT json_agg(json_build_object('id', m.id, 'title', m.title, 'heldOn', m.held_on, 'summary', m.summary)
                                 ORDER BY m.held_on, m.id)
                 FROM reflection_proposals rp JOIN reflection_moments m ON m.id = rp.moment_id
                 WHERE rp.proposal_id = p.id AND m.published), '[]') AS reflections
FROM proposals p
LEFT JOIN action_lines l ON l.id = p.action_line_id
LEFT JOIN accounts r ON r.id = p.responded_by_id
WHERE p.id = $1
"""


async def trail(db: Database, proposal_id: UUID, viewer: Viewer) -> TrailRead:
    row = await db.fetchrow(_TRAIL, proposal_id, viewer.account_id, viewer.staff)
    assert row is not None  # the route's target loader found the idea
    indicators: Sequence[asyncpg.Record] = []
    if row["action_line_id"] is not None:
        indicators = await db.fetch(
            f"{INDICATOR} WHERE i.action_line_id = $1 ORDER BY i.created_at, i.id LIMIT 100",
            row["action_line_id"],
        )
    return from_row(TrailRead, {**row, "indicators": from_rows(IndicatorRead, indicators)})
