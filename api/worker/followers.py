"""Followers of an opgave hear of its phases, formulation, tasks, grants, reflections and results.

A round reads the event log after its own cursor (``event_consumers``, row ``followers``, locked
while it runs, so several workers never tell twice) and writes one notification per follower per
public event; the mail round then mails them as each person chose (now, daily, never). Only what
anyone may read is told: an event about a draft opgave or a hidden idea reaches no follower. The
texts name the opgave as it is called when the round runs.
"""

from typing import Any

from api.db.connection import Database
from api.domains.events import types as t
from api.domains.events import visibility
from api.domains.events.queries import FINAL
from api.domains.opgaven.models import Phase
from api.domains.opgaven.phases import LABELS

BATCH = 500
CONSUMER = "followers"

_TOLD = {
    t.OPGAVE_PHASE_CHANGED.name: "‘{title}’ is nu in de fase {phase}",
    t.FORMULATION_ADOPTED.name: "‘{title}’ heeft een nieuwe formulering",
    t.ACTION_LINE_CREATED.name: "‘{title}’ heeft een nieuwe actielijn",
    t.TASK_PLANNED.name: "Nieuwe taak bij ‘{title}’",
    t.TASK_DONE.name: "Een taak bij ‘{title}’ is klaar",
    t.TASK_CANCELLED.name: "Een taak bij ‘{title}’ gaat niet door",
    t.BUDGET_CLAIM_GRANTED.name: "Budget toegekend bij ‘{title}’",
    t.REFLECTION_PUBLISHED.name: "De reflectie bij ‘{title}’ is gepubliceerd",
    t.MEASUREMENT_RECORDED.name: "Een nieuwe meting bij ‘{title}’",
}
_ANYONE = visibility.reader(None)

_EVENTS = f"""
SELECT e.id, e.tx, e.type, e.opgave_id, e.municipality_id, e.object_id, e.object_type, e.actor_id,
       e.data->>'toPhase' AS to_phase, o.title
FROM events e
{visibility.JOINS}
WHERE {FINAL} AND (e.tx, e.id) > ($4, $5::uuid) AND e.type = ANY($6) AND e.opgave_id IS NOT NULL
  AND {visibility.condition(1)}
ORDER BY e.tx, e.id
LIMIT $7
"""
_INSERT = """
INSERT INTO notifications (id, account_id, municipality_id, kind, title, link, object_type, object_id, mail_wanted)
SELECT gen_random_uuid(), f.account_id, $1, 'opgave_update', $2, $3, $4, $5, true
FROM opgave_followers f
WHERE f.opgave_id = $6 AND f.account_id IS DISTINCT FROM $7
"""


def title_of(event: Any) -> str:
    phase = LABELS.get(Phase(event["to_phase"])) if event["to_phase"] else ""
    return _TOLD[event["type"]].format(title=event["title"], phase=phase)[:300]


async def tell_followers(db: Database) -> int:
    """One round; returns how many events it told."""
    async with db.transaction() as connection:
        cursor = await connection.fetchrow(
            "SELECT cursor_tx, cursor_id FROM event_consumers WHERE name = $1 FOR UPDATE SKIP LOCKED",
            CONSUMER,
        )
        if cursor is None:  # another worker is at it
            return 0
        events = await connection.fetch(
            _EVENTS,
            *_ANYONE.params,
            cursor["cursor_tx"],
            cursor["cursor_id"] or visibility.NO_ID,
            list(_TOLD),
            BATCH,
        )
        for event in events:
            await connection.execute(
                _INSERT,
                event["municipality_id"],
                title_of(event),
                f"/opgaven/{event['opgave_id']}",
                event["object_type"],
                event["object_id"],
                event["opgave_id"],
                event["actor_id"],
            )
        if events:
            await connection.execute(
                "UPDATE event_consumers SET cursor_tx = $2, cursor_id = $3, updated_at = now() WHERE name = $1",
                CONSUMER,
                events[-1]["tx"],
                events[-1]["id"],
            )
    return len(events)
