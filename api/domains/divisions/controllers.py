"""Partners divide a budget together: the rounds, their proposals, responses and the finalising."""

from uuid import UUID

from litestar import post
from litestar.params import JSONBody

from api.db.uow import Uow
from api.domains.budgets.guards import budget_from_path, run_budgets
from api.domains.divisions import queries
from api.domains.divisions.guards import proposal_from_path, round_from_path
from api.domains.divisions.schemas import (
    BudgetRoundCreate,
    BudgetRoundFinalisationCreate,
    BudgetRoundPage,
    BudgetRoundRead,
    DivisionProposalCreate,
    DivisionResponseCreate,
)
from api.domains.divisions.services import DivisionService
from api.domains.opgaven.guards import opgave_of, partner_on_team, published
from api.lib.access import access, scope, staff, target_of, verified
from api.lib.openapi import problems
from api.lib.routes import AnyRequest, Controller, PathId, Resource, page_of_path

# Every step is public with the opgave; a partner responds for an organisation of theirs on the team.
read_rounds = published | staff | scope("budgets:read")
partner = verified & partner_on_team


def _team(request: AnyRequest) -> frozenset[UUID]:
    return opgave_of(target_of(request)).team_organisations


ROUND = Resource(BudgetRoundRead, queries.get_round, "/budget-rounds", _team)


class BudgetRoundsController(Controller):
    """De verdeelrondes van een budget."""

    path = "/budgets/{id:uuid}/rounds"
    tags = ["Samen verdelen"]
    target = budget_from_path

    list_budget_rounds = page_of_path(
        "", opt=access(read_rounds), page=BudgetRoundPage, query=queries.list_rounds, viewer=_team
    )

    open_budget_round = ROUND.create_under(
        "", BudgetRoundCreate, DivisionService, DivisionService.open, opt=access(run_budgets)
    )


class BudgetRoundController(Controller):
    """Eén verdeelronde: haar voorstellen, en het vaststellen."""

    path = "/budget-rounds/{id:uuid}"
    tags = ["Samen verdelen"]
    target = round_from_path

    get_budget_round = ROUND.get("", opt=access(read_rounds))

    @post("/proposals", opt=access(run_budgets), responses=problems(409))
    async def propose_division(
        self, request: AnyRequest, id: PathId, data: JSONBody[DivisionProposalCreate], uow: Uow
    ) -> BudgetRoundRead:
        await DivisionService(uow).propose(target_of(request), id, data)
        return (await uow.read(queries.get_round, id, _team(request)))[0]

    @post("/finalisations", status_code=200, opt=access(run_budgets), responses=problems(409))
    async def finalise_budget_round(
        self, request: AnyRequest, id: PathId, data: JSONBody[BudgetRoundFinalisationCreate], uow: Uow
    ) -> BudgetRoundRead:
        await DivisionService(uow).finalise(target_of(request), id, data)
        return (await uow.read(queries.get_round, id, _team(request)))[0]


class DivisionProposalController(Controller):
    """De reactie van een partnerorganisatie op een verdeelvoorstel."""

    path = "/division-proposals/{id:uuid}"
    tags = ["Samen verdelen"]

    @post(
        "/responses", status_code=200, opt=access(partner, target=proposal_from_path), responses=problems(409)
    )
    async def respond_to_division(
        self, request: AnyRequest, id: PathId, data: JSONBody[DivisionResponseCreate], uow: Uow
    ) -> BudgetRoundRead:
        round_id = await DivisionService(uow).respond(target_of(request), id, data)
        return (await uow.read(queries.get_round, round_id, _team(request)))[0]
