"""Followers of an opgave hear of its phases, formulation, tasks, grants, reflections and results.

New ideas are told this way too. Each follower reads the text in the language of their account
(``accounts.language``, Dutch unless they chose English on /me). A round reads the event log after
its own cursor (``event_consumers``, row ``followers``, locked while it runs, so several workers
never tell twice) and writes one notification per follower per
public event; the mail round then mails them as each person chose (now, daily, never). Only what
anyone may read is told: an event about a draft opgave or a hidden idea reaches no follower. The
texts name the opgave as it is called when the round runs.
"""

from typing import Any

from api.db.connection import Database
from api.domains.accounts.models import Language
from api.domains.events import types as t
from api.domains.events import visibility
from api.domains.events.queries import FINAL
from api.domains.opgaven.models import Phase
from api.domains.opgaven.phases import LABELS

BATCH = 500
CONSUMER = "followers"

# What followers are told, in each language a person can choose (accounts.language).
_TOLD: dict[str, dict[Language, str]] = {
    t.OPGAVE_PHASE_CHANGED.name: {
        Language.NL: "‘{title}’ is nu in de fase {phase}",
        Language.EN: "‘{title}’ is now in the phase {phase}",
    },
    t.FORMULATION_ADOPTED.name: {
        Language.NL: "‘{title}’ heeft een nieuwe formulering",
        Language.EN: "‘{title}’ has a new formulation",
    },
    t.ACTION_LINE_CREATED.name: {
        Language.NL: "‘{title}’ heeft een nieuwe actielijn",
        Language.EN: "‘{title}’ has a new line of action",
    },
    t.PROPOSAL_SUBMITTED.name: {
        Language.NL: "Nieuw idee: {idea}",
        Language.EN: "New idea: {idea}",
    },
    t.TASK_PLANNED.name: {
        Language.NL: "Nieuwe taak bij ‘{title}’",
        Language.EN: "New task for ‘{title}’",
    },
    t.TASK_DONE.name: {
        Language.NL: "Een taak bij ‘{title}’ is klaar",
        Language.EN: "A task for ‘{title}’ is done",
    },
    t.TASK_CANCELLED.name: {
        Language.NL: "Een taak bij ‘{title}’ gaat niet door",
        Language.EN: "A task for ‘{title}’ has been cancelled",
    },
    t.BUDGET_CLAIM_GRANTED.name: {
        Language.NL: "Budget toegekend bij ‘{title}’",
        Language.EN: "Budget granted for ‘{title}’",
    },
    t.REFLECTION_PUBLISHED.name: {
        Language.NL: "De reflectie bij ‘{title}’ is gepubliceerd",
        Language.EN: "The reflection on ‘{title}’ has been published",
    },
    t.MEASUREMENT_RECORDED.name: {
        Language.NL: "Een nieuwe meting bij ‘{title}’",
        Language.EN: "A new measurement for ‘{title}’",
    },
    t.POLL_OPENED.name: {
        Language.NL: "Een nieuwe peiling bij ‘{title}’: geef uw mening",
        Language.EN: "A new poll for ‘{title}’: give your view",
    },
    t.POLL_CLOSED.name: {
        Language.NL: "De uitslag van een peiling bij ‘{title}’ is er",
        Language.EN: "The results of a poll for ‘{title}’ are in",
    },
}
_PHASES: dict[Language, dict[Phase, str]] = {
    Language.NL: LABELS,
    Language.EN: {
        Phase.EXPLORING: "exploring",
        Phase.FORMULATING: "formulating",
        Phase.PLANNING: "planning",
        Phase.EXECUTING: "executing and monitoring",
        Phase.COMPLETED: "completed",
    },
}
# A new idea keeps its own kind (the site names it so) and, as before, is shown in the site only:
# on a busy opgave it would fill a mailbox. The rest goes out by mail as each person chose.
_KIND = {t.PROPOSAL_SUBMITTED.name: ("proposal_on_followed", False)}
_UPDATE = ("opgave_update", True)
_ANYONE = visibility.reader(None)

_EVENTS = f"""
SELECT e.id, e.tx, e.type, e.opgave_id, e.municipality_id, e.object_id, e.object_type, e.actor_id,
       e.data->>'toPhase' AS to_phase, o.title, p.title AS idea, left(p.body_text, 500) AS idea_text
FROM events e
{visibility.JOINS}
WHERE {FINAL} AND (e.tx, e.id) > ($4, $5::uuid) AND e.type = ANY($6) AND e.opgave_id IS NOT NULL
  AND {visibility.condition(1)}
ORDER BY e.tx, e.id
LIMIT $7
"""
_INSERT = """
INSERT INTO notifications (id, account_id, municipality_id, kind, title, body, link, object_type, object_id, mail_wanted)
SELECT gen_random_uuid(), f.account_id, $1, $2, CASE a.language WHEN 'en' THEN $4 ELSE $3 END, $5, $6, $7, $8, $9
FROM opgave_followers f JOIN accounts a ON a.id = f.account_id
WHERE f.opgave_id = $10 AND f.account_id IS DISTINCT FROM $11
"""


def title_of(event: Any, language: Language = Language.NL) -> str:
    """What a follower reading ``language`` is told of ``event``, naming things as they are now."""
    phase = _PHASES[language][Phase(event["to_phase"])] if event["to_phase"] else ""
    text = _TOLD[event["type"]][language]
    return text.format(title=event["title"], phase=phase, idea=event["idea"] or "")[:300]


def link_of(event: Any) -> str:
    if event["object_type"] == "proposal":
        return f"/ideeen/{event['object_id']}"
    if event["object_type"] == "poll":
        return f"/peilingen/{event['object_id']}"
    return f"/opgaven/{event['opgave_id']}"


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
            kind, mailed = _KIND.get(event["type"], _UPDATE)
            await connection.execute(
                _INSERT,
                event["municipality_id"],
                kind,
                title_of(event, Language.NL),
                title_of(event, Language.EN),
                event["idea_text"] or "",
                link_of(event),
                event["object_type"],
                event["object_id"],
                mailed,
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
