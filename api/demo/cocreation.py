"""The Utrecht story: partners take on the work under the three action lines and share a budget in the open.

Money moves through the same ``ledger`` functions the API uses, so the demo's ledger adds up like
any other; a budget or task that already exists is left alone (loading twice changes nothing).
"""

import json
from dataclasses import dataclass, field
from uuid import UUID

from api.db.connection import Connection
from api.demo.ids import demo_id
from api.domains.budgets import ledger
from api.domains.budgets.services import euros
from api.domains.tasks import claims


@dataclass
class DemoTask:
    key: str
    line: int
    title: str
    description: str
    capacity: int = 1
    effort_hours: int | None = None
    skills: list[str] = field(default_factory=list)
    # (organisation key, claimant person key, commitment, progress percent, progress text)
    claims: list[tuple[str, str, str, int, str]] = field(default_factory=list)
    proposals: list[str] = field(default_factory=list)
    done: bool = False


@dataclass
class DemoRequest:
    key: str
    organisation: str
    person: str
    amount_cents: int
    motivation: str
    # Granted (cents, legal basis), or rejected with a reason; neither: still open.
    grant: tuple[int, str] | None = None
    reject: str | None = None
    task: str | None = None


@dataclass
class DemoContribution:
    """Money put in: the municipality's (no organisation) or a partner's, pledged by one of its people.
    Real money is confirmed by the procesregisseur; a pledge not ``confirmed`` still waits for staff."""

    organisation: str | None
    cents: int
    note: str
    pledged_by: str = "medewerker"
    confirmed: bool = True


@dataclass
class DemoBudget:
    key: str
    title: str
    description: str
    line: int | None
    contributions: list[DemoContribution]
    requests: list[DemoRequest]


TOWN, OPGAVE = "utrecht", "bijstand-naar-werk"
BASIS = "Subsidieregeling Sociaal Domein Utrecht 2024, artikel 3 (maatschappelijke participatie)"

TASKS = [
    DemoTask(
        key="werkgevers-benaderen",
        line=1,
        title="Twintig werkgevers in Overvecht en Kanaleneiland benaderen",
        description="Werkgevers bezoeken, uitleggen wat een proefplaatsing inhoudt, en passende plekken vastleggen.",
        capacity=2,
        effort_hours=120,
        skills=["werkgeversdienstverlening"],
        claims=[
            (
                "werkgevers",
                "partner2",
                "Wij bezoeken de eerste twaalf werkgevers.",
                60,
                "Zeven bezocht, vier plekken.",
            )
        ],
        proposals=["proefplaatsing-zonder-risico"],
    ),
    DemoTask(
        key="proefplaatsingen-begeleiden",
        line=1,
        title="Proefplaatsingen begeleiden met een jobcoach",
        description="Een jobcoach per proefplaatsing, de eerste twee maanden.",
        effort_hours=300,
        skills=["jobcoaching"],
        proposals=["proefplaatsing-zonder-risico"],
    ),
    DemoTask(
        key="vast-aanspreekpunt",
        line=2,
        title="Eén vast aanspreekpunt voor schulden en werk",
        description="Wie gaat werken, houdt één contactpersoon die ook de schulden in de gaten houdt.",
        effort_hours=200,
        skills=["schuldhulp"],
        claims=[
            (
                "schuldhulp",
                "partner",
                "Onze maatjes worden het vaste aanspreekpunt.",
                30,
                "Acht maatjes opgeleid.",
            )
        ],
    ),
    DemoTask(
        key="opvang-op-sollicitatiedagen",
        line=2,
        title="Kinderopvang op sollicitatiedagen",
        description="Twee plekken per dag vrijhouden voor ouders die moeten solliciteren.",
        effort_hours=80,
        skills=["kinderopvang"],
        claims=[
            (
                "kinderopvang",
                "partner3",
                "Twee plekken per dag in Overvecht.",
                10,
                "Afspraken met de vestiging gemaakt.",
            )
        ],
        proposals=["opvang-bij-sollicitatie"],
    ),
    DemoTask(
        key="training-anders-kijken",
        line=3,
        title="Training ‘Anders kijken’ voor werkgevers",
        description="Een training over vooroordelen bij het werven, samen met ervaringsdeskundigen.",
        capacity=3,
        effort_hours=60,
        skills=["training", "ervaringsdeskundigheid"],
        claims=[("ggz", "partner4", "Wij leveren twee ervaringsdeskundigen.", 0, "")],
    ),
    DemoTask(
        key="startbijeenkomst",
        line=2,
        title="Startbijeenkomst met alle partners",
        description="Kennismaken, afspraken over wie wat doet.",
        effort_hours=16,
        done=True,
    ),
]

BUDGETS = [
    DemoBudget(
        key="werkbudget",
        title="Werkbudget Van bijstand naar werk",
        description="Gemeente en partners leggen samen in voor de uitvoering van het plan.",
        line=None,
        contributions=[
            DemoContribution(None, 15_000_000, "Uit het budget participatie 2025."),
            DemoContribution(
                "werkgevers", 2_500_000, "Bijdrage van de aangesloten werkgevers.", pledged_by="partner2"
            ),
            DemoContribution(
                "kinderopvang",
                500_000,
                "Wij houden extra opvangplekken vrij en betalen die zelf.",
                pledged_by="partner3",
                confirmed=False,
            ),
        ],
        requests=[
            DemoRequest(
                key="maatjes",
                organisation="schuldhulp",
                person="partner",
                amount_cents=3_000_000,
                motivation="Opleiding en begeleiding van acht schuldhulpmaatjes als vast aanspreekpunt.",
                grant=(3_000_000, BASIS),
                task="vast-aanspreekpunt",
            ),
            DemoRequest(
                key="werkgeversbezoeken",
                organisation="werkgevers",
                person="partner2",
                amount_cents=900_000,
                motivation="Twee accountmanagers een half jaar lang voor bezoeken aan werkgevers in de wijken.",
                grant=(600_000, BASIS),
                task="werkgevers-benaderen",
            ),
            DemoRequest(
                key="opvangplekken",
                organisation="kinderopvang",
                person="partner3",
                amount_cents=1_200_000,
                motivation="Twee vrijgehouden opvangplekken per dag, een half jaar lang.",
                task="opvang-op-sollicitatiedagen",
            ),
            DemoRequest(
                key="ggz-folders",
                organisation="ggz",
                person="partner4",
                amount_cents=800_000,
                motivation="Folders en een website over psychische klachten en werk.",
                reject="Dit valt onder het bestaande budget voorlichting van de GGZ.",
            ),
        ],
    ),
    DemoBudget(
        key="vooroordelen",
        title="Budget actielijn Verminderen vooroordelen en discriminatie",
        description="Voor de actieagenda tegen discriminatie op de arbeidsmarkt.",
        line=3,
        contributions=[DemoContribution(None, 2_000_000, "Uit het programma gelijke kansen.")],
        requests=[
            DemoRequest(
                key="training",
                organisation="ggz",
                person="partner4",
                amount_cents=1_500_000,
                motivation="Drie trainingen ‘Anders kijken’ met ervaringsdeskundigen.",
                grant=(1_000_000, BASIS),
                task="training-anders-kijken",
            )
        ],
    ),
]


@dataclass(frozen=True)
class Place:
    """Whose story: the town and its opgave; the procesregisseur plans, confirms and decides."""

    town: str
    opgave: str
    regisseur: str = "medewerker"

    def ids(self) -> tuple[UUID, UUID]:
        return demo_id(f"municipality:{self.town}"), demo_id(f"opgave:{self.town}:{self.opgave}")

    def account(self, key: str) -> UUID:
        return demo_id(f"account:{self.town}:{key}")

    def organisation(self, key: str) -> UUID:
        return demo_id(f"organisation:{self.town}:{key}")


UTRECHT = Place(TOWN, OPGAVE)


async def seed(connection: Connection) -> None:
    await seed_story(connection, UTRECHT, TASKS, BUDGETS)


async def seed_story(
    connection: Connection, place: Place, tasks: list[DemoTask], budgets: list[DemoBudget]
) -> None:
    """The tasks and budgets of one opgave's story (loading twice changes nothing)."""
    for task in tasks:
        await _seed_task(connection, place, task)
    for budget in budgets:
        await _seed_budget(connection, place, budget)


async def _seed_task(connection: Connection, place: Place, task: DemoTask) -> None:
    municipality_id, opgave_id = place.ids()
    task_id = demo_id(f"task:{place.town}:{task.key}")
    created = await connection.fetchval(
        """INSERT INTO tasks (id, municipality_id, opgave_id, action_line_id, title, description, effort_hours,
                              capacity, skills, created_by_id)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) ON CONFLICT (id) DO NOTHING RETURNING id""",
        task_id,
        municipality_id,
        opgave_id,
        demo_id(f"action-line:{opgave_id}:{task.line}"),
        task.title,
        task.description,
        task.effort_hours,
        task.capacity,
        task.skills,
        place.account(place.regisseur),
    )
    if created is None:
        return
    for proposal in task.proposals:
        await connection.execute(
            "INSERT INTO task_proposals (id, municipality_id, task_id, proposal_id) VALUES ($1, $2, $3, $4)",
            demo_id(f"task-proposal:{task_id}:{proposal}"),
            municipality_id,
            task_id,
            demo_id(f"proposal:{place.town}:{proposal}"),
        )
    for organisation, person, commitment, percent, text in task.claims:
        taken = await claims.claim(
            connection,
            municipality_id=municipality_id,
            task_id=task_id,
            organisation_id=demo_id(f"organisation:{place.town}:{organisation}"),
            account_id=demo_id(f"account:{place.town}:{person}"),
            commitment=commitment,
        )
        if text:
            await connection.execute(
                """INSERT INTO progress_updates (id, municipality_id, claim_id, author_id, text, percent)
                   VALUES ($1, $2, $3, $4, $5, $6)""",
                demo_id(f"progress:{task_id}:{organisation}"),
                municipality_id,
                taken.claim_id,
                demo_id(f"account:{place.town}:{person}"),
                text,
                percent,
            )
            await connection.execute(
                "UPDATE task_claims SET progress_percent = $2 WHERE id = $1", taken.claim_id, percent
            )
    if task.done:
        await connection.execute(
            "UPDATE tasks SET status = 'done', version = version + 1 WHERE id = $1", task_id
        )


async def _seed_budget(connection: Connection, place: Place, budget: DemoBudget) -> None:
    municipality_id, opgave_id = place.ids()
    budget_id = demo_id(f"budget:{place.town}:{budget.key}")
    created = await connection.fetchval(
        """INSERT INTO budgets (id, municipality_id, opgave_id, action_line_id, title, description)
           VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT (id) DO NOTHING RETURNING id""",
        budget_id,
        municipality_id,
        opgave_id,
        demo_id(f"action-line:{opgave_id}:{budget.line}") if budget.line else None,
        budget.title,
        budget.description,
    )
    if created is None:
        return
    regisseur = place.account(place.regisseur)
    for index, contribution in enumerate(budget.contributions):
        contribution_id = demo_id(f"contribution:{budget_id}:{index}")
        organisation = contribution.organisation
        organisation_id = demo_id(f"organisation:{place.town}:{organisation}") if organisation else None
        name = await connection.fetchval(
            "SELECT coalesce((SELECT name FROM organisations WHERE id = $1), 'Gemeente ' || (SELECT name FROM municipalities WHERE id = $2))",
            organisation_id,
            municipality_id,
        )
        await connection.execute(
            """INSERT INTO budget_contributions (id, municipality_id, budget_id, organisation_id, amount_cents, note, pledged_by_id)
               VALUES ($1, $2, $3, $4, $5, $6, $7)""",
            contribution_id,
            municipality_id,
            budget_id,
            organisation_id,
            contribution.cents,
            contribution.note,
            demo_id(f"account:{place.town}:{contribution.pledged_by}"),
        )
        if contribution.confirmed:
            await ledger.confirm(
                connection,
                contribution_id=contribution_id,
                actor_id=regisseur,
                party=ledger.Party(name, organisation_id),
            )
    for request in budget.requests:
        await _seed_request(connection, place, budget_id, budget.title, request)


async def _seed_request(
    connection: Connection, place: Place, budget_id: UUID, title: str, request: DemoRequest
) -> None:
    municipality_id, opgave_id = place.ids()
    claim_id = demo_id(f"budget-claim:{budget_id}:{request.key}")
    organisation_id = demo_id(f"organisation:{place.town}:{request.organisation}")
    await connection.execute(
        """INSERT INTO budget_claims (id, municipality_id, budget_id, organisation_id, task_id, requested_by_id,
                                      amount_cents, motivation)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8)""",
        claim_id,
        municipality_id,
        budget_id,
        organisation_id,
        demo_id(f"task:{place.town}:{request.task}") if request.task else None,
        demo_id(f"account:{place.town}:{request.person}"),
        request.amount_cents,
        request.motivation,
    )
    await ledger.request(connection, budget_id=budget_id, amount=request.amount_cents)
    decider = place.account(place.regisseur)
    if request.reject is not None:
        await ledger.reject(connection, claim_id=claim_id, reason=request.reject, actor_id=decider)
    if request.grant is None:
        return
    cents, basis = request.grant
    name = await connection.fetchval("SELECT name FROM organisations WHERE id = $1", organisation_id)
    await ledger.grant(
        connection,
        claim_id=claim_id,
        amount=cents,
        legal_basis=basis,
        actor_id=decider,
        party=ledger.Party(name, organisation_id),
    )
    await connection.execute(
        """INSERT INTO timeline_events (id, municipality_id, opgave_id, kind, actor_id, title, details, object_type, object_id)
           VALUES ($1, $2, $3, 'budget_granted', $4, $5, $6::text::jsonb, 'budget_claim', $7)""",
        demo_id(f"event:grant:{claim_id}"),
        municipality_id,
        opgave_id,
        decider,
        f"{euros(cents)} uit ‘{title}’ toegekend aan {name}",
        json.dumps({"amountCents": cents}),
        claim_id,
    )
