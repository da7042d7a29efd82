"""Budgets of an opgave: contributions, requests, decisions, and the public ledger."""

from collections.abc import Awaitable, Callable
from typing import Annotated, Any
from uuid import UUID

from litestar import Controller, Request, Response, get, post
from litestar.handlers import HTTPRouteHandler
from litestar.params import FromPath, JSONBody, QueryParameter

from api.db.connection import Db
from api.db.uow import HOT_WRITE, Uow
from api.domains.budgets import queries
from api.domains.budgets.guards import (
    budget_claim_from_path,
    budget_from_path,
    contribution_from_path,
    run_budgets,
)
from api.domains.budgets.models import ClaimStatus
from api.domains.budgets.schemas import (
    BudgetClaimCreate,
    BudgetClaimPage,
    BudgetClaimRead,
    BudgetCreate,
    BudgetPage,
    BudgetRead,
    BudgetUpdate,
    ContributionCorrectionCreate,
    ContributionCreate,
    ContributionDecisionCreate,
    ContributionPage,
    ContributionRead,
    DecisionCreate,
    LedgerPage,
)
from api.domains.budgets.services import BudgetService
from api.domains.opgaven.guards import opgave_from_path, partner_on_team, published
from api.domains.organisations.guards import organisation_from_path, organisation_member
from api.lib.access import Target, access, scope, signed_in, staff, target_of
from api.lib.openapi import problems
from api.lib.pagination import LINK_HEADER, Cursor, Limit, page_response
from api.lib.routes import Resource, page_of_path

# Money in the open: what is contributed, asked and granted is public with the opgave.
read_budgets = published | staff | scope("budgets:read")
partner = signed_in & partner_on_team

StatusParam = Annotated[
    ClaimStatus | None, QueryParameter(name="status", description="Alleen aanvragen met deze status.")
]


BUDGET = Resource(BudgetRead, queries.get_budget, "/budgets")


async def _claim(uow: Uow, claim_id: UUID) -> BudgetClaimRead:
    return await uow.read(queries.get_budget_claim, claim_id)


class OpgaveBudgetController(Controller):
    """De budgetten van een opgave."""

    path = "/opgaven/{id:uuid}/budgets"
    tags = ["Budget"]

    list_budgets = page_of_path(
        "",
        operation_id="ListBudgets",
        summary="De budgetten van een opgave",
        description="Met wat erin zit, wat is toegekend, wat nog gevraagd wordt, en wie bijdroeg.",
        opt=access(read_budgets, target=opgave_from_path),
        page=BudgetPage,
        query=queries.list_budgets,
    )

    create_budget = BUDGET.create(
        "",
        BudgetCreate,
        BudgetService,
        operation_id="CreateBudget",
        summary="Een budget openen",
        description="Het begint leeg en vult zich met bijdragen van de gemeente en de partners.",
        opt=access(run_budgets, target=opgave_from_path),
    )


class BudgetController(Controller):
    """Eén budget, zijn bijdragen, aanvragen en kasboek."""

    path = "/budgets/{id:uuid}"
    tags = ["Budget"]

    get_budget = BUDGET.get(
        "",
        operation_id="GetBudget",
        summary="Eén budget",
        opt=access(read_budgets, target=budget_from_path),
    )

    update_budget = BUDGET.update(
        "",
        BudgetUpdate,
        BudgetService,
        operation_id="UpdateBudget",
        summary="Een budget wijzigen",
        description="Naam, toelichting en actielijn; bedragen veranderen alleen door bijdragen en besluiten.",
        opt=access(run_budgets, target=budget_from_path),
        responses=problems(412, 428),
    )

    list_contributions = page_of_path(
        "/contributions",
        operation_id="ListContributions",
        summary="Wie wat bijdroeg",
        description="Oudste eerst; toezeggingen die wachten of zijn afgewezen staan er met hun status bij.",
        opt=access(read_budgets, target=budget_from_path),
        page=ContributionPage,
        query=queries.contributions,
    )

    @post(
        "/contributions",
        operation_id="Contribute",
        summary="Bijdragen aan een budget",
        description=(
            "Namens de gemeente (medewerkers, zonder `organisationId`): telt meteen. Namens een partnerorganisatie in "
            "het team: een toezegging (`pending`) die pas telt als medewerkers van de gemeente haar bevestigen. "
            "Samen de schouders eronder: iedereen ziet wie wat inbrengt."
        ),
        opt=access(run_budgets | partner, target=budget_from_path),
        responses=problems(409),
    )
    async def contribute(
        self,
        request: Request[Any, Any, Any],
        id: FromPath[UUID],
        data: JSONBody[ContributionCreate],
        uow: Uow,
    ) -> ContributionRead:
        contribution_id = await BudgetService(uow).contribute(target_of(request), id, data)
        return await uow.read(queries.get_contribution, contribution_id)

    @get(
        "/claims",
        operation_id="ListBudgetClaims",
        summary="Aanvragen op een budget",
        description="Openbaar: wie vroeg wat, waarvoor, en wat besloten is.",
        opt=access(read_budgets, target=budget_from_path),
        response_headers=[LINK_HEADER],
    )
    async def list_claims(
        self,
        request: Request[Any, Any, Any],
        db: Db,
        id: FromPath[UUID],
        status: StatusParam = None,
        limit: Limit = 20,
        cursor: Cursor = "",
    ) -> Response[BudgetClaimPage]:
        page = await queries.budget_claims(db, budget_id=id, status=status, limit=limit, cursor=cursor)
        return page_response(request, page)

    @post(
        "/claims",
        operation_id="RequestBudget",
        summary="Een deel van het budget aanvragen",
        description="Namens een partnerorganisatie in het team; 409 `exceeds_budget` als meer gevraagd wordt dan het hele budget.",
        status_code=201,
        opt=access(partner, target=budget_from_path),
        responses=problems(409),
    )
    async def request_budget(
        self, request: Request[Any, Any, Any], id: FromPath[UUID], data: JSONBody[BudgetClaimCreate], uow: Uow
    ) -> BudgetClaimRead:
        claim_id = await BudgetService(uow).ask(target_of(request), id, data)
        return await _claim(uow, claim_id)

    @get(
        "/ledger",
        operation_id="GetLedger",
        summary="Het kasboek van een budget",
        description=(
            "Elke bevestigde bijdrage, correctie, toekenning en intrekking, met wie, hoeveel, waarom en de stand erna; "
            "oudste eerst. Regels worden nooit gewijzigd of verwijderd."
        ),
        opt=access(read_budgets, target=budget_from_path),
        response_headers=[LINK_HEADER],
    )
    async def ledger(
        self,
        request: Request[Any, Any, Any],
        db: Db,
        id: FromPath[UUID],
        limit: Limit = 20,
        cursor: Cursor = "",
    ) -> Response[LedgerPage]:
        return page_response(request, await queries.ledger(db, id, limit=limit, cursor=cursor))


class BudgetClaimController(Controller):
    """Eén aanvraag en het besluit erover."""

    path = "/budget-claims/{id:uuid}"
    tags = ["Budget"]

    @get(
        "",
        operation_id="GetBudgetClaim",
        summary="Eén aanvraag",
        opt=access(read_budgets, target=budget_claim_from_path),
    )
    async def get_claim(self, db: Db, id: FromPath[UUID]) -> BudgetClaimRead:
        found = await queries.get_budget_claim(db, id)
        assert found is not None
        return found

    @post(
        "/decisions",
        operation_id="DecideBudgetClaim",
        summary="Besluiten over een aanvraag",
        description=(
            "`grant` (helemaal of deels, met de grondslag), `reject` met een reden, of `withdraw` van een toekenning met "
            "een reden. 409 `budget_exceeded` als het budget het niet draagt, `already_decided` als er al besloten is."
        ),
        status_code=200,
        opt=access(run_budgets, target=budget_claim_from_path) | HOT_WRITE,
        responses=problems(409),
    )
    async def decide(
        self, request: Request[Any, Any, Any], id: FromPath[UUID], data: JSONBody[DecisionCreate], uow: Uow
    ) -> BudgetClaimRead:
        await BudgetService(uow).decide(target_of(request), id, data)
        return await _claim(uow, id)


def _on_contribution(
    path: str,
    body: type[Any],
    act: Callable[[BudgetService, Target, UUID, Any], Awaitable[object]],
    **route: Any,
) -> HTTPRouteHandler:
    """``POST path``: staff ``act`` on the contribution of the path, answered with what it is now."""

    async def handler(
        self: Any, request: Request[Any, Any, Any], id: FromPath[UUID], data: Any, uow: Uow
    ) -> ContributionRead:
        await act(BudgetService(uow), target_of(request), id, data)
        return await uow.read(queries.get_contribution, id)

    handler.__annotations__["data"] = JSONBody[body]  # type: ignore[misc,valid-type]
    handler.__name__ = handler.__qualname__ = act.__name__
    return post(
        path,
        status_code=200,
        opt=access(run_budgets, target=contribution_from_path) | HOT_WRITE,
        responses=problems(409),
        **route,
    )(handler)


class ContributionController(Controller):
    """Eén bijdrage: bevestigen of afwijzen, en corrigeren."""

    path = "/contributions/{id:uuid}"
    tags = ["Budget"]

    decide = _on_contribution(
        "/decisions",
        ContributionDecisionCreate,
        BudgetService.decide_pledge,
        operation_id="DecideContribution",
        summary="Een toezegging bevestigen of afwijzen",
        description=(
            "`confirm`: het toegezegde bedrag komt in het budget en in het kasboek; `reject` met een reden. 409 "
            "`already_decided` als er al besloten is. Wie de toezegging deed, krijgt bericht."
        ),
    )

    correct = _on_contribution(
        "/corrections",
        ContributionCorrectionCreate,
        BudgetService.correct,
        operation_id="CorrectContribution",
        summary="Een bevestigde bijdrage corrigeren",
        description=(
            "Het juiste bedrag met een reden; het verschil komt als correctie (omhoog of omlaag) in het kasboek, de "
            "bijdrage zelf blijft zoals zij werd toegezegd. 409 `not_confirmed` voor een toezegging die niet bevestigd "
            "is, `below_granted` als er dan minder in het budget zou zitten dan al is toegekend."
        ),
    )


class OrganisationBudgetClaimController(Controller):
    """De budgetaanvragen van een organisatie."""

    path = "/organisations/{id:uuid}/budget-claims"
    tags = ["Budget"]

    @get(
        "",
        operation_id="ListOrganisationBudgetClaims",
        summary="De aanvragen van een organisatie",
        description="Nieuwste eerst, over alle opgaven: de werkplaats van een partner.",
        opt=access(signed_in & (organisation_member | staff), target=organisation_from_path),
        response_headers=[LINK_HEADER],
    )
    async def list_claims(
        self,
        request: Request[Any, Any, Any],
        db: Db,
        id: FromPath[UUID],
        status: StatusParam = None,
        limit: Limit = 20,
        cursor: Cursor = "",
    ) -> Response[BudgetClaimPage]:
        page = await queries.budget_claims(db, organisation_id=id, status=status, limit=limit, cursor=cursor)
        return page_response(request, page)
