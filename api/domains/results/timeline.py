"""An opgave's timeline, rendered at read time from its events and the objects as they are now.

A milestone names a task, a budget or a reflection by what it is called now, and an idea through
the one rule for hidden ideas (``proposal_title``, api.lib.visibility): a hidden idea keeps its
place on the timeline, not its words, for whoever may not read it. Nothing is written for the
timeline any more; the milestones written before the events existed (``timeline_events``) are shown
beside them, except where an event of the same transaction already tells the same thing.
"""

from datetime import datetime
from typing import Any
from uuid import UUID

import msgspec

from api.db.connection import Database
from api.db.sql import bind
from api.domains.accounts.people import person_json
from api.domains.budgets.services import euros
from api.domains.events import types as t
from api.domains.opgaven.models import Phase
from api.domains.opgaven.phases import LABELS as PHASES
from api.domains.opgaven.schemas import TimelineEventRead, TimelinePage
from api.domains.proposals.models import ProposalStatus
from api.domains.proposals.services import STATUS_LABELS
from api.domains.tasks.models import TaskStatus
from api.domains.tasks.services import LABELS as TASK_LABELS
from api.lib.pagination import Keyset
from api.lib.rows import from_row
from api.lib.visibility import Viewer

# The event types that are milestones, with the ``kind`` the timeline has always called them.
KINDS = {
    t.OPGAVE_CREATED.name: "opgave_created",
    t.OPGAVE_PUBLISHED.name: "opgave_published",
    t.OPGAVE_PHASE_CHANGED.name: "phase_changed",
    t.FORMULATION_ADOPTED.name: "formulation_adopted",
    t.ACTION_LINE_CREATED.name: "action_line_created",
    t.PROPOSAL_ANSWERED.name: "proposal_answered",
    t.TASK_PLANNED.name: "task_planned",
    t.TASK_DONE.name: "task_done",
    t.TASK_CANCELLED.name: "task_cancelled",
    t.BUDGET_CREATED.name: "budget_created",
    t.BUDGET_CLAIM_GRANTED.name: "budget_granted",
    t.BUDGET_CLAIM_WITHDRAWN.name: "budget_withdrawn",
    t.REFLECTION_CLOSED.name: "reflection_closed",
    t.REFLECTION_PUBLISHED.name: "reflection_published",
    t.INDICATOR_CREATED.name: "indicator_created",
}

_TIMELINE = f"""
WITH items AS (
    SELECT e.id, e.created_at, e.type AS kind, e.actor_id, e.object_type, e.object_id, e.data,
           NULL::text AS title, true AS from_event
    FROM events e
    WHERE e.opgave_id = $opgave AND e.type = ANY($types)
    UNION ALL
    SELECT l.id, l.created_at, l.kind, l.actor_id, l.object_type, l.object_id, l.details, l.title, false
    FROM timeline_events l
    WHERE l.opgave_id = $opgave
      AND NOT EXISTS (SELECT 1 FROM events x WHERE x.opgave_id = l.opgave_id AND x.created_at = l.created_at)
)
SELECT i.id, i.created_at, i.kind, i.object_type, i.object_id, i.data::text AS data, i.title, i.from_event,
       {person_json("a", "o.municipality_id")} AS actor,
       p.id IS NOT NULL AS about_idea, proposal_shown(p, $viewer, $staff) AS idea_shown,
       proposal_title(p, $viewer, $staff) AS idea_title,
       tk.title AS task_title, tk.cancel_reason, f.text AS formulation, al.title AS line_title,
       b.title AS budget_title, bc.legal_basis, bc.motivation, coalesce(org.name, mu.name) AS party,
       r.title AS reflection_title, ind.name AS indicator_name
FROM items i
JOIN opgaven o ON o.id = $opgave
JOIN municipalities mu ON mu.id = o.municipality_id
LEFT JOIN accounts a ON a.id = i.actor_id
LEFT JOIN proposals p ON i.object_type = 'proposal' AND p.id = i.object_id
LEFT JOIN tasks tk ON i.from_event AND i.object_type = 'task' AND tk.id = i.object_id
LEFT JOIN formulations f ON i.from_event AND i.object_type = 'formulation' AND f.id = i.object_id
LEFT JOIN action_lines al ON i.from_event AND i.object_type = 'action_line' AND al.id = i.object_id
LEFT JOIN budgets b ON i.from_event AND b.id = (i.data->>'budgetId')::uuid
LEFT JOIN budget_claims bc ON i.from_event AND i.object_type = 'budget_claim' AND bc.id = i.object_id
LEFT JOIN organisations org ON i.from_event AND org.id = (i.data->>'organisationId')::uuid
LEFT JOIN reflection_moments r ON i.from_event AND i.object_type = 'reflection' AND r.id = i.object_id
LEFT JOIN indicators ind ON i.from_event AND i.object_type = 'indicator' AND ind.id = i.object_id
WHERE ($k1::timestamptz IS NULL OR (i.created_at, i.id) > ($k1, $k2::uuid))
ORDER BY i.created_at, i.id
LIMIT $limit
"""


def _named(name: str | None, fallback: str) -> str:
    return f"‘{name}’" if name else fallback


def _phase(value: str) -> str:
    return PHASES.get(Phase(value), value) if value in Phase._value2member_map_ else value


def render(row: Any) -> tuple[str, str, dict[str, Any]]:
    """The kind, the (Dutch) title and the details of one milestone."""
    data: dict[str, Any] = msgspec.json.decode(row["data"])
    if not row["from_event"]:  # written once, before the events: only the one masking rule applies
        if row["about_idea"] and not row["idea_shown"]:
            if row["kind"] == "proposal_answered":
                return row["kind"], "De gemeente heeft gereageerd op een verborgen idee", {}
            return row["kind"], "Over een verborgen idee", {}
        return row["kind"], row["title"], data
    kind = KINDS[row["kind"]]
    task = _named(row["task_title"], "een taak")
    budget = _named(row["budget_title"], "een budget")
    reflection = _named(row["reflection_title"], "een reflectiemoment")
    match row["kind"]:
        case t.OPGAVE_CREATED.name:
            return kind, "De opgave is aangemaakt.", {}
        case t.OPGAVE_PUBLISHED.name:
            return kind, "De opgave is gepubliceerd.", {}
        case t.OPGAVE_PHASE_CHANGED.name:
            reason = data.get("reason", "")
            title = f"Van {_phase(data['fromPhase'])} naar {_phase(data['toPhase'])}"
            details = {
                "from": data["fromPhase"],
                "to": data["toPhase"],
                "direction": data["direction"],
                "reason": reason,
            }
            return kind, title + (f": {reason}" if reason else ""), details
        case t.FORMULATION_ADOPTED.name:
            details = {"text": row["formulation"][:500]} if row["formulation"] else {}
            return kind, "Een nieuwe formulering van de opgave is aangenomen.", details
        case t.ACTION_LINE_CREATED.name:
            return kind, f"Actielijn {_named(row['line_title'], '')} toegevoegd".replace("  ", " "), {}
        case t.PROPOSAL_ANSWERED.name:
            answer = ProposalStatus(data["status"])
            return (
                kind,
                f"De gemeente heeft gereageerd op ‘{row['idea_title']}’: {STATUS_LABELS[answer]}",
                {"status": answer.value},
            )
        case t.TASK_PLANNED.name:
            return kind, f"Taak {task} gepland", {}
        case t.TASK_DONE.name | t.TASK_CANCELLED.name:
            status = TaskStatus(data["status"])
            reason = row["cancel_reason"] if status == TaskStatus.CANCELLED and row["cancel_reason"] else ""
            return kind, f"Taak {task} is {TASK_LABELS[status]}", {"reason": reason} if reason else {}
        case t.BUDGET_CREATED.name:
            return kind, f"Budget {budget} ingesteld", {}
        case t.BUDGET_CLAIM_GRANTED.name:
            details = {
                "amountCents": data["amountCents"],
                "legalBasis": row["legal_basis"] or "",
                "activities": (row["motivation"] or "")[:500],
            }
            return kind, f"{euros(data['amountCents'])} uit {budget} toegekend aan {row['party']}", details
        case t.BUDGET_CLAIM_WITHDRAWN.name:
            return kind, f"Toekenning aan {row['party']} uit {budget} ingetrokken", {}
        case t.REFLECTION_CLOSED.name:
            return kind, f"Reflectie {reflection} afgesloten", {}
        case t.REFLECTION_PUBLISHED.name:
            return kind, f"Samenvatting van de reflectie {reflection} gepubliceerd", {}
        case _:
            return kind, f"Indicator {_named(row['indicator_name'], '')} toegevoegd".replace("  ", " "), {}


# The statement applies the key itself ($k1, $k2: the events and the older rows are one union).
_OLDEST = Keyset(("created_at", "id"), (datetime, UUID))


async def timeline(db: Database, opgave_id: UUID, viewer: Viewer, *, limit: int, cursor: str) -> TimelinePage:
    """Oldest first."""
    after = _OLDEST.decode(cursor)
    sql, args = bind(
        _TIMELINE,
        {
            "opgave": opgave_id,
            "types": list(KINDS),
            "viewer": viewer.account_id,
            "staff": viewer.staff,
            "k1": after[0] if after else None,
            "k2": after[1] if after else None,
            "limit": limit + 1,
        },
    )
    rows, next_cursor = _OLDEST.page(await db.fetch(sql, *args), limit)
    items = []
    for row in rows:
        kind, title, details = render(row)
        items.append(
            from_row(TimelineEventRead, {**dict(row), "kind": kind, "title": title[:300], "details": details})
        )
    return TimelinePage(items=items, next_cursor=next_cursor)
