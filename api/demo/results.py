"""The Utrecht story's results: its four results as indicators with a baseline and measurements, and
the team looking back together — one reflection held and published, one still open for entries.

Loading twice changes nothing: an indicator or moment that exists is left alone.
"""

from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from decimal import Decimal

from api.db.connection import Connection
from api.demo.cocreation import UTRECHT, Place
from api.demo.content import content
from api.demo.ids import demo_id

TOWN = "utrecht"


@dataclass
class DemoIndicator:
    key: str
    name: str
    kind: str
    unit: str
    direction: str
    line: int | None
    baseline: tuple[str, str]  # (value, date)
    target: tuple[str, str]
    source: str
    measurements: list[tuple[str, str]]  # (date, value)
    description: str = ""


# The four results the Utrecht approach names, and one that should go down.
INDICATORS = content(__file__, "indicators", list[DemoIndicator])


async def seed(connection: Connection) -> None:
    municipality_id, opgave_id = UTRECHT.ids()
    regisseur = UTRECHT.account(UTRECHT.regisseur)
    await seed_indicators(connection, UTRECHT, INDICATORS)
    await seed_reflection(connection, UTRECHT, HELD)
    await _open_reflection(connection, municipality_id, opgave_id, regisseur)


async def seed_indicators(connection: Connection, place: Place, indicators: list[DemoIndicator]) -> None:
    """An opgave's indicators with their measurements (one that exists is left alone)."""
    municipality_id, opgave_id = place.ids()
    regisseur = place.account(place.regisseur)
    for indicator in indicators:
        indicator_id = demo_id(f"indicator:{place.town}:{indicator.key}")
        created = await connection.fetchval(
            """INSERT INTO indicators (id, municipality_id, opgave_id, action_line_id, name, description, kind, unit,
                                       direction, baseline_value, baseline_date, target_value, target_date, data_source)
               VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14)
               ON CONFLICT (id) DO NOTHING RETURNING id""",
            indicator_id,
            municipality_id,
            opgave_id,
            demo_id(f"action-line:{opgave_id}:{indicator.line}") if indicator.line else None,
            indicator.name,
            indicator.description,
            indicator.kind,
            indicator.unit,
            indicator.direction,
            Decimal(indicator.baseline[0]),
            date.fromisoformat(indicator.baseline[1]),
            Decimal(indicator.target[0]),
            date.fromisoformat(indicator.target[1]),
            indicator.source,
        )
        if created is None:
            continue
        await connection.executemany(
            """INSERT INTO measurements (id, municipality_id, indicator_id, value, measured_on, source_note, recorded_by_id)
               VALUES ($1, $2, $3, $4, $5, $6, $7)""",
            [
                (
                    demo_id(f"measurement:{indicator_id}:{on}"),
                    municipality_id,
                    indicator_id,
                    Decimal(value),
                    date.fromisoformat(on),
                    indicator.source,
                    regisseur,
                )
                for on, value in indicator.measurements
            ],
        )


@dataclass
class DemoReflection:
    """A reflection moment held, closed and published, with what the team wrote and what follows."""

    key: str
    title: str
    held_on: date
    phase: str
    conclusions: str
    summary: str
    # (person key, prompt index, text)
    entries: list[tuple[str, int, str]]
    # (kind, text, task key or None)
    follow_up: list[tuple[str, str, str | None]]
    proposals: list[str] = field(default_factory=list)
    prompts: list[str] = field(
        default_factory=lambda: ["Wat ging goed?", "Wat ging niet goed?", "Wat veranderen we?"]
    )


HELD = content(__file__, "held", DemoReflection)


async def seed_reflection(connection: Connection, place: Place, moment: DemoReflection) -> None:
    """A held and published reflection of the opgave (one that exists is left alone)."""
    municipality_id, opgave_id = place.ids()
    regisseur = place.account(place.regisseur)
    moment_id = demo_id(f"reflection:{place.town}:{moment.key}")
    closed_at = datetime(moment.held_on.year, moment.held_on.month, moment.held_on.day, 16, 0, tzinfo=UTC)
    created = await connection.fetchval(
        """INSERT INTO reflection_moments (id, municipality_id, opgave_id, title, held_on, phase, prompts, status,
                                           conclusions, summary, published, closed_at, closed_by_id, created_by_id)
           VALUES ($1, $2, $3, $4, $5, $6, $7, 'closed', $8, $9, true, $10, $11, $11)
           ON CONFLICT (id) DO NOTHING RETURNING id""",
        moment_id,
        municipality_id,
        opgave_id,
        moment.title,
        moment.held_on,
        moment.phase,
        moment.prompts,
        moment.conclusions,
        moment.summary,
        closed_at,
        regisseur,
    )
    if created is None:
        return
    await connection.executemany(
        "INSERT INTO reflection_proposals (id, municipality_id, moment_id, proposal_id) VALUES ($1, $2, $3, $4)",
        [
            (
                demo_id(f"reflection-proposal:{moment_id}:{key}"),
                municipality_id,
                moment_id,
                demo_id(f"proposal:{place.town}:{key}"),
            )
            for key in moment.proposals
        ],
    )
    await connection.executemany(
        """INSERT INTO reflection_entries (id, municipality_id, moment_id, prompt_index, author_id, body)
           VALUES ($1, $2, $3, $4, $5, $6)""",
        [
            (
                demo_id(f"reflection-entry:{moment_id}:{n}"),
                municipality_id,
                moment_id,
                prompt,
                place.account(person),
                body,
            )
            for n, (person, prompt, body) in enumerate(moment.entries)
        ],
    )
    await connection.executemany(
        """INSERT INTO follow_up_actions (id, municipality_id, moment_id, position, kind, description, task_id)
           VALUES ($1, $2, $3, $4, $5, $6, $7)""",
        [
            (
                demo_id(f"follow-up:{moment_id}:{n}"),
                municipality_id,
                moment_id,
                n,
                kind,
                text,
                demo_id(f"task:{place.town}:{task}") if task else None,
            )
            for n, (kind, text, task) in enumerate(moment.follow_up, start=1)
        ],
    )
    await connection.executemany(
        """INSERT INTO timeline_events (id, municipality_id, opgave_id, kind, actor_id, title, object_type, object_id, created_at)
           VALUES ($1, $2, $3, $4, $5, $6, 'reflection', $7, $8)""",
        [
            (
                demo_id(f"event:{kind}:{moment_id}"),
                municipality_id,
                opgave_id,
                kind,
                regisseur,
                title,
                moment_id,
                closed_at,
            )
            for kind, title in (
                ("reflection_closed", f"Reflectie ‘{moment.title}’ afgesloten"),
                ("reflection_published", f"Samenvatting van de reflectie ‘{moment.title}’ gepubliceerd"),
            )
        ],
    )


async def _open_reflection(
    connection: Connection, municipality_id: object, opgave_id: object, regisseur: object
) -> None:
    await connection.execute(
        """INSERT INTO reflection_moments (id, municipality_id, opgave_id, title, held_on, phase, prompts, created_by_id)
           VALUES ($1, $2, $3, $4, $5, 'executing', $6, $7) ON CONFLICT (id) DO NOTHING""",
        demo_id(f"reflection:{TOWN}:na-de-banenmarkt"),
        municipality_id,
        opgave_id,
        "Reflectie na de banenmarkt",
        date(2026, 12, 10),
        ["Wat ging goed?", "Wat ging niet goed?", "Wat veranderen we?"],
        regisseur,
    )
