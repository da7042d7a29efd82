"""The demo opgaven: Utrecht's route from social assistance to work, and Putten's multi-year plan."""

import itertools
from dataclasses import dataclass, field
from datetime import date

from api.db.connection import Connection
from api.demo.content import content, seed_each
from api.demo.ids import demo_id
from api.domains.opgaven.models import DEFAULT_PROPOSAL_PHASES, Phase
from api.domains.opgaven.phases import LABELS, ORDER


@dataclass
class DemoOpgave:
    town: str
    key: str
    title: str
    summary: str
    formulation: str
    target_group: str
    phase: Phase
    domains: list[str]
    regisseur: str
    area: list[str] = field(default_factory=list)
    start: date | None = None
    end: date | None = None
    action_lines: list[tuple[str, str]] = field(default_factory=list)
    # (person key, role, status) and (organisation key, partner role, status)
    people: list[tuple[str, str, str]] = field(default_factory=list)
    organisations: list[tuple[str, str, str]] = field(default_factory=list)
    steps_back: dict[Phase, str] = field(default_factory=dict)
    published: bool = True
    # The phases in which it takes new ideas; None: the platform's default (up to planning).
    proposal_phases: list[Phase] | None = None


# Among them: Utrecht's bijstand-naar-werk is the README's first stop (a newcomer's first act there is
# an idea, so ideas for the action lines stay welcome while the work is being done); Putten's mantelzorg
# is the pilot of the plan Samenleving 2023-2026 (see putten.py): its ideas came from the sessions, and
# now that it is carried out it takes no new ones (the demo's example of an opgave closed to ideas).
OPGAVEN = content(__file__, "opgaven", list[DemoOpgave])


async def _seed_one(connection: Connection, item: DemoOpgave) -> None:
    opgave_id = demo_id(f"opgave:{item.town}:{item.key}")
    municipality_id = await connection.fetchval("SELECT id FROM municipalities WHERE slug = $1", item.town)
    regisseur_id = demo_id(f"account:{item.town}:{item.regisseur}")
    created = await connection.fetchval(
        """
        INSERT INTO opgaven (id, municipality_id, slug, title, summary, formulation, target_group, area, phase,
                             procesregisseur_id, start_date, end_date, published, proposal_phases,
                             created_at, updated_at)
        VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, now() - interval '300 days', now())
        ON CONFLICT DO NOTHING RETURNING id
        """,
        opgave_id,
        municipality_id,
        item.key,
        item.title,
        item.summary,
        item.formulation,
        item.target_group,
        item.area,
        item.phase.value,
        regisseur_id,
        item.start,
        item.end,
        item.published,
        [p.value for p in item.proposal_phases] if item.proposal_phases else DEFAULT_PROPOSAL_PHASES,
    )
    if created is None:
        return  # already loaded: the demo is inserted once, never overwritten
    for slug in item.domains:
        await connection.execute(
            """INSERT INTO opgave_domains (id, municipality_id, opgave_id, domain_id)
               SELECT $1, $2, $3, id FROM policy_domains WHERE municipality_id = $2 AND slug = $4""",
            demo_id(f"opgave-domain:{opgave_id}:{slug}"),
            municipality_id,
            opgave_id,
            slug,
        )
    members = [(item.regisseur, "procesregisseur", "active"), *item.people]
    for person, role, status in members:
        await connection.execute(
            """INSERT INTO opgave_members (id, municipality_id, opgave_id, account_id, role, status)
               VALUES ($1, $2, $3, $4, $5, $6)""",
            demo_id(f"team:{opgave_id}:{person}"),
            municipality_id,
            opgave_id,
            demo_id(f"account:{item.town}:{person}"),
            role,
            status,
        )
    for organisation, partner_role, status in item.organisations:
        await connection.execute(
            """INSERT INTO opgave_members (id, municipality_id, opgave_id, organisation_id, role, partner_role, status)
               VALUES ($1, $2, $3, $4, 'partner', $5, $6)""",
            demo_id(f"team:{opgave_id}:{organisation}"),
            municipality_id,
            opgave_id,
            demo_id(f"organisation:{item.town}:{organisation}"),
            partner_role,
            status,
        )
    for position, (title, goal) in enumerate(item.action_lines, start=1):
        await connection.execute(
            "INSERT INTO action_lines (id, municipality_id, opgave_id, position, title, goal) VALUES ($1, $2, $3, $4, $5, $6)",
            demo_id(f"action-line:{opgave_id}:{position}"),
            municipality_id,
            opgave_id,
            position,
            title,
            goal,
        )
    if item.formulation:
        await connection.execute(
            """INSERT INTO formulations (id, municipality_id, opgave_id, text, rationale, proposed_by_id, adopted_at, adopted_by_id, created_at)
               VALUES ($1, $2, $3, $4, 'Uit de interactieve sessies met inwoners en partners.', $5, now() - interval '200 days', $5,
                       now() - interval '210 days')""",
            demo_id(f"formulation:{opgave_id}"),
            municipality_id,
            opgave_id,
            item.formulation,
            regisseur_id,
        )
    await _history(connection, item, opgave_id, municipality_id, regisseur_id)


async def _history(
    connection: Connection, item: DemoOpgave, opgave_id: object, municipality_id: object, actor: object
) -> None:
    """The timeline as it happened: created, then one step at a time (and a step back where there was one)."""
    events: list[tuple[str, str, dict[str, str]]] = [("opgave_created", "De opgave is aangemaakt.", {})]
    for before, after in itertools.pairwise(ORDER[: ORDER.index(item.phase) + 1]):
        events.append(_move(before, after, ""))
        if after in item.steps_back:
            events.append(_move(after, before, item.steps_back[after]))
            events.append(_move(before, after, ""))
    if item.formulation:
        events.insert(
            min(2, len(events)),
            (
                "formulation_adopted",
                "Een nieuwe formulering van de opgave is aangenomen.",
                {"text": item.formulation[:500]},
            ),
        )
    days = len(events) * 30
    for index, (kind, title, details) in enumerate(events):
        await connection.execute(
            """INSERT INTO timeline_events (id, municipality_id, opgave_id, kind, actor_id, title, details, created_at)
               VALUES ($1, $2, $3, $4, $5, $6, $7, now() - make_interval(days => $8))""",
            demo_id(f"event:{opgave_id}:{index}"),
            municipality_id,
            opgave_id,
            kind,
            actor,
            title,
            details,
            days - index * 30,
        )


def _move(before: Phase, after: Phase, reason: str) -> tuple[str, str, dict[str, str]]:
    direction = "forward" if ORDER.index(after) > ORDER.index(before) else "back"
    title = f"Van {LABELS[before]} naar {LABELS[after]}" + (f": {reason}" if reason else "")
    return (
        "phase_changed",
        title,
        {"from": before.value, "to": after.value, "direction": direction, "reason": reason},
    )


seed = seed_each(OPGAVEN, _seed_one)
