"""The demo opgaven: Utrecht's route from social assistance to work, and Putten's multi-year plan."""

import itertools
from dataclasses import dataclass, field
from datetime import date

from api.db.connection import Connection
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


OPGAVEN = [
    DemoOpgave(
        town="utrecht",
        key="bijstand-naar-werk",
        title="Van bijstand naar werk, samen",
        summary=(
            "Utrechters in de bijstand die stappen naar werk willen zetten, krijgen hulp die past: van een baan "
            "die aansluit bij wat ze kunnen tot kinderopvang, schuldhulp en steun bij psychische klachten."
        ),
        formulation=(
            "Hoe zorgen we er samen voor dat bijstandsgerechtigden die willen werken een passende baan vinden, "
            "met maatwerk en persoonlijke aandacht, en zonder vooroordelen of discriminatie onderweg?"
        ),
        target_group="Bijstandsgerechtigden in Utrecht die stappen naar de arbeidsmarkt willen zetten.",
        phase=Phase.EXECUTING,
        # The README's first stop: a newcomer's first act there is an idea, so ideas for the action
        # lines stay welcome while the work is being done.
        proposal_phases=[Phase.EXPLORING, Phase.FORMULATING, Phase.PLANNING, Phase.EXECUTING],
        domains=["werk-en-inkomen", "schulden", "zorg-en-welzijn", "jeugd"],
        regisseur="medewerker",
        area=["Overvecht", "Kanaleneiland", "Zuilen"],
        start=date(2024, 3, 1),
        end=date(2026, 12, 31),
        action_lines=[
            (
                "Creëren passende banen",
                "Samen met werkgevers banen vinden en maken die passen bij wat mensen kunnen.",
            ),
            (
                "Meer maatwerk en persoonlijke aandacht",
                "Eén vast aanspreekpunt en hulp die aansluit bij iemands hele situatie.",
            ),
            (
                "Verminderen vooroordelen en discriminatie",
                "Een actieagenda tegen discriminatie op de arbeidsmarkt.",
            ),
        ],
        people=[
            ("medewerker2", "core_team", "active"),
            ("inwoner", "resident", "active"),
            ("inwoner2", "resident", "requested"),
        ],
        organisations=[
            ("schuldhulp", "co_owner", "active"),
            ("werkgevers", "co_owner", "active"),
            ("kinderopvang", "contributor", "active"),
            ("ggz", "contributor", "active"),
            ("bakkerij", "contributor", "invited"),
        ],
        steps_back={
            Phase.PLANNING: "De klankbordgroep vond de formulering te veel vanuit de gemeente gedacht."
        },
    ),
    DemoOpgave(
        town="utrecht",
        key="eenzaamheid-overvecht",
        title="Minder eenzaamheid in Overvecht",
        summary="Bewoners, buurthuizen en zorgpartners verkennen samen waar eenzaamheid zit en wat helpt.",
        formulation="",
        target_group="Bewoners van Overvecht die weinig contact met anderen hebben.",
        phase=Phase.EXPLORING,
        domains=["zorg-en-welzijn", "gezondheid"],
        regisseur="medewerker2",
        area=["Overvecht"],
        people=[("inwoner", "resident", "active")],
    ),
    DemoOpgave(
        town="putten",
        key="iedereen-doet-mee",
        title="Iedereen doet mee in Putten",
        summary=(
            "Uit het meerjarenplan Samenleving 2023–2026: iedere Puttenaar kan meedoen, met werk, vrijwilligerswerk "
            "of een plek in de buurt. Inwoners en partners werken het plan van aanpak samen uit."
        ),
        formulation=(
            "Hoe zorgen we samen dat iedere inwoner van Putten kan meedoen in de samenleving, ongeacht inkomen, "
            "gezondheid of leeftijd?"
        ),
        target_group="Inwoners van Putten die nu aan de kant staan.",
        phase=Phase.PLANNING,
        domains=["zorg-en-welzijn", "werk-en-inkomen", "schulden"],
        regisseur="medewerker",
        start=date(2023, 1, 1),
        end=date(2026, 12, 31),
        action_lines=[
            (
                "Vrijwilligerswerk als opstap",
                "Meer plekken voor vrijwilligerswerk, ook voor wie extra begeleiding nodig heeft.",
            ),
            ("Armoede bespreekbaar maken", "Vroeg signaleren en de drempel naar hulp verlagen."),
        ],
        people=[("inwoner", "resident", "active"), ("inwoner2", "core_team", "active")],
        organisations=[("welzijn", "co_owner", "active"), ("ondernemers", "contributor", "active")],
    ),
    DemoOpgave(
        town="putten",
        key="gezond-opgroeien",
        title="Gezond en actief opgroeien in Putten",
        summary="Jongeren, ouders, scholen en sportverenigingen formuleren samen wat gezond opgroeien in Putten vraagt.",
        formulation="Hoe kunnen kinderen en jongeren in Putten gezond en actief opgroeien, op school, thuis en in de vrije tijd?",
        target_group="Kinderen en jongeren van 4 tot 18 jaar en hun ouders.",
        phase=Phase.FORMULATING,
        domains=["jeugd", "gezondheid", "onderwijs"],
        regisseur="medewerker",
        start=date(2024, 1, 1),
        people=[("inwoner2", "resident", "active")],
        organisations=[("welzijn", "contributor", "active")],
    ),
    DemoOpgave(
        town="putten",
        key="mantelzorg",
        title="Samen sterk voor mantelzorgers",
        summary="Mantelzorgers worden ontlast met respijtzorg, een vast aanspreekpunt en erkenning.",
        formulation="Hoe voorkomen we samen dat mantelzorgers in Putten overbelast raken?",
        target_group="Mantelzorgers in Putten.",
        phase=Phase.EXECUTING,
        domains=["zorg-en-welzijn"],
        regisseur="medewerker",
        start=date(2023, 6, 1),
        end=date(2025, 12, 31),
        action_lines=[
            ("Respijtzorg dichtbij", "Tijdelijke overname van zorg, zodat mantelzorgers op adem komen."),
            (
                "Samen opgavegericht werken",
                "Interactieve sessies met inwoners en partners, en beleidsadviseurs die leren samen te werken.",
            ),
        ],
        # The pilot of the plan Samenleving 2023-2026 (see api/demo/putten.py): ideas from the sessions
        # stay welcome while it is carried out.
        proposal_phases=[Phase.EXPLORING, Phase.FORMULATING, Phase.PLANNING, Phase.EXECUTING],
        people=[("inwoner", "resident", "active"), ("inwoner2", "resident", "active")],
        organisations=[
            ("welzijn", "initiator", "active"),
            ("radaradvies", "contributor", "active"),
            ("ondernemers", "contributor", "active"),
        ],
    ),
]


async def seed(connection: Connection) -> None:
    for item in OPGAVEN:
        await _seed_one(connection, item)


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
