"""Budgets of an opgave: contributions, requests, decisions, and the public ledger."""

from collections.abc import Awaitable, Callable
from typing import Annotated, Any
from uuid import UUID

from litestar import get, post
from litestar.handlers import HTTPRouteHandler
from litestar.params import JSONBody

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
from api.lib.pagination import status_filter
from api.lib.routes import PATH_ID, AnyRequest, Controller, Filter, PathId, Resource, page_of_path

# Money in the open: what is contributed, asked and granted is public with the opgave.
read_budgets = published | staff | scope("budgets:read")
partner = signed_in & partner_on_team

STATUS: Filter = (Annotated[ClaimStatus | None, status_filter("aanvragen")], None)


BUDGET = Resource(BudgetRead, queries.get_budget, "/budgets")


async def _claim(uow: Uow, claim_id: UUID) -> BudgetClaimRead:
    return await uow.read(queries.get_budget_claim, claim_id)


class OpgaveBudgetController(Controller):
    """De budgetten van een opgave."""

    path = "/opgaven/{id:uuid}/budgets"
    tags = ["Budget"]
    target = opgave_from_path

    list_budgets = page_of_path("", opt=access(read_budgets), page=BudgetPage, query=queries.list_budgets)

    create_budget = BUDGET.create("", BudgetCreate, BudgetService, opt=access(run_budgets))


class BudgetController(Controller):
    """Eén budget, zijn bijdragen, aanvragen en kasboek."""

    path = "/budgets/{id:uuid}"
    tags = ["Budget"]
    target = budget_from_path

    get_budget = BUDGET.get("", opt=access(read_budgets))

    update_budget = BUDGET.update(
        "", BudgetUpdate, BudgetService, opt=access(run_budgets), responses=problems(412, 428)
    )

    list_contributions = page_of_path(
        "/contributions", opt=access(read_budgets), page=ContributionPage, query=queries.contributions
    )

    @post("/contributions", opt=access(run_budgets | partner), responses=problems(409))
    async def contribute(
        self, request: AnyRequest, id: PathId, data: JSONBody[ContributionCreate], uow: Uow
    ) -> ContributionRead:
        contribution_id = await BudgetService(uow).contribute(target_of(request), id, data)
        return await uow.read(queries.get_contribution, contribution_id)

    list_budget_claims = page_of_path(
        "/claims",
        opt=access(read_budgets),
        page=BudgetClaimPage,
        query=queries.budget_claims,
        of=PATH_ID.given_as("budget_id"),
        filters={"status": STATUS},
    )

    @post("/claims", status_code=201, opt=access(partner), responses=problems(409))
    async def request_budget(
        self, request: AnyRequest, id: PathId, data: JSONBody[BudgetClaimCreate], uow: Uow
    ) -> BudgetClaimRead:
        claim_id = await BudgetService(uow).ask(target_of(request), id, data)
        return await _claim(uow, claim_id)

    get_ledger = page_of_path("/ledger", opt=access(read_budgets), page=LedgerPage, query=queries.ledger)


class BudgetClaimController(Controller):
    """Eén aanvraag en het besluit erover."""

    path = "/budget-claims/{id:uuid}"
    tags = ["Budget"]
    target = budget_claim_from_path

    @get("", opt=access(read_budgets))
    async def get_budget_claim(self, db: Db, id: PathId) -> BudgetClaimRead:
        found = await queries.get_budget_claim(db, id)
        assert found is not None
        return found

    @post("/decisions", status_code=200, opt=access(run_budgets) | HOT_WRITE, responses=problems(409))
    async def decide_budget_claim(
        self, request: AnyRequest, id: PathId, data: JSONBody[DecisionCreate], uow: Uow
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

    async def handler(self: Any, request: AnyRequest, id: PathId, data: Any, uow: Uow) -> ContributionRead:
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

    decide_contribution = _on_contribution(
        "/decisions", ContributionDecisionCreate, BudgetService.decide_pledge
    )

    correct_contribution = _on_contribution(
        "/corrections", ContributionCorrectionCreate, BudgetService.correct
    )


class OrganisationBudgetClaimController(Controller):
    """De budgetaanvragen van een organisatie."""

    path = "/organisations/{id:uuid}/budget-claims"
    tags = ["Budget"]

    list_organisation_budget_claims = page_of_path(
        "",
        opt=access(signed_in & (organisation_member | staff), target=organisation_from_path),
        page=BudgetClaimPage,
        query=queries.budget_claims,
        of=PATH_ID.given_as("organisation_id"),
        filters={"status": STATUS},
    )
