"""The Utrecht story: partners take on the work under the three action lines and share a budget in the open.

Money moves through the same ``ledger`` functions the API uses, so the demo's ledger adds up like
any other; a budget or task that already exists is left alone (loading twice changes nothing).
"""

import json
from dataclasses import dataclass, field
from uuid import UUID

from api.db.connection import Connection
from api.demo.content import content
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

TASKS = content(__file__, "tasks", list[DemoTask])

BUDGETS = content(__file__, "budgets", list[DemoBudget])


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
