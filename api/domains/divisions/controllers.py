"""Partners divide a budget together: the rounds, their proposals, responses and the finalising."""

from typing import Any
from uuid import UUID

from litestar import Controller, Request, Response, get, post
from litestar.params import FromPath, JSONBody

from api.db.connection import Db
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
from api.lib.etag import ETAG_HEADER, LOCATION_HEADER, with_etag
from api.lib.openapi import problems
from api.lib.pagination import LINK_HEADER, Cursor, Limit, page_response
from api.settings import API_PREFIX

# Every step is public with the opgave; a partner responds for an organisation of theirs on the team.
read_rounds = published | staff | scope("budgets:read")
partner = verified & partner_on_team


def _team(request: Request[Any, Any, Any]) -> frozenset[UUID]:
    return opgave_of(target_of(request)).team_organisations


class BudgetRoundsController(Controller):
    """De verdeelrondes van een budget."""

    path = "/budgets/{id:uuid}/rounds"
    tags = ["Samen verdelen"]

    @get(
        "",
        operation_id="ListBudgetRounds",
        summary="De rondes waarin partners een budget samen verdelen",
        description="Oudste eerst, elk met al haar voorstellen (nieuwste eerst) en de reacties erop.",
        opt=access(read_rounds, target=budget_from_path),
        response_headers=[LINK_HEADER],
    )
    async def list_rounds(
        self,
        request: Request[Any, Any, Any],
        db: Db,
        id: FromPath[UUID],
        limit: Limit = 20,
        cursor: Cursor = "",
    ) -> Response[BudgetRoundPage]:
        page = await queries.list_rounds(db, id, _team(request), limit=limit, cursor=cursor)
        return page_response(request, page)

    @post(
        "",
        operation_id="OpenBudgetRound",
        summary="Een verdeelronde openen",
        description=(
            "De partnerorganisaties in het team van de opgave verdelen samen (een deel van) het budget: "
            "medewerkers doen voorstellen, elke organisatie stemt in, maakt bezwaar of onthoudt zich vóór `respondBy`."
        ),
        opt=access(run_budgets, target=budget_from_path),
        response_headers=[ETAG_HEADER, LOCATION_HEADER],
    )
    async def open_round(
        self, request: Request[Any, Any, Any], id: FromPath[UUID], data: JSONBody[BudgetRoundCreate], uow: Uow
    ) -> Response[BudgetRoundRead]:
        round_id = await DivisionService(uow).open(target_of(request), id, data)
        found = await uow.read(queries.get_round, round_id, _team(request))
        return with_etag(*found, status_code=201, location=f"{API_PREFIX}/budget-rounds/{round_id}")


class BudgetRoundController(Controller):
    """Eén verdeelronde: haar voorstellen, en het vaststellen."""

    path = "/budget-rounds/{id:uuid}"
    tags = ["Samen verdelen"]

    @get(
        "",
        operation_id="GetBudgetRound",
        summary="Eén verdeelronde",
        description=(
            "Alle voorstellen met hun regels en reacties, wie nog moet reageren, en of het huidige voorstel "
            "vastgesteld kan worden (`canFinalise`): geen bezwaar, en iedereen reageerde of de termijn is voorbij."
        ),
        opt=access(read_rounds, target=round_from_path),
        response_headers=[ETAG_HEADER],
    )
    async def get_round(
        self, request: Request[Any, Any, Any], db: Db, id: FromPath[UUID]
    ) -> Response[BudgetRoundRead]:
        found = await queries.get_round(db, id, _team(request))
        assert found is not None
        return with_etag(*found)

    @post(
        "/proposals",
        operation_id="ProposeDivision",
        summary="Een verdeling voorstellen",
        description=(
            "Een nieuwe versie: regels met organisatie (in het team), bedrag, doel en eventueel een taak. De reacties "
            "op het vorige voorstel vervallen. 409 `already_finalised`, `exceeds_budget` (meer dan nu vrij is) of "
            "`too_many_proposals`."
        ),
        opt=access(run_budgets, target=round_from_path),
        responses=problems(409),
    )
    async def propose(
        self,
        request: Request[Any, Any, Any],
        id: FromPath[UUID],
        data: JSONBody[DivisionProposalCreate],
        uow: Uow,
    ) -> BudgetRoundRead:
        await DivisionService(uow).propose(target_of(request), id, data)
        return (await uow.read(queries.get_round, id, _team(request)))[0]

    @post(
        "/finalisations",
        operation_id="FinaliseBudgetRound",
        summary="Een verdeling vaststellen",
        description=(
            "Het huidige voorstel (`proposalId`) wordt vastgesteld en elke regel een toekenning in het kasboek. "
            "409 `open_objection` zolang een organisatie bezwaar maakt, `responses_pending` als niet iedereen "
            "reageerde en de termijn nog loopt, `not_current`, `already_finalised` of `budget_exceeded`."
        ),
        status_code=200,
        opt=access(run_budgets, target=round_from_path),
        responses=problems(409),
    )
    async def finalise(
        self,
        request: Request[Any, Any, Any],
        id: FromPath[UUID],
        data: JSONBody[BudgetRoundFinalisationCreate],
        uow: Uow,
    ) -> BudgetRoundRead:
        await DivisionService(uow).finalise(target_of(request), id, data)
        return (await uow.read(queries.get_round, id, _team(request)))[0]


class DivisionProposalController(Controller):
    """De reactie van een partnerorganisatie op een verdeelvoorstel."""

    path = "/division-proposals/{id:uuid}"
    tags = ["Samen verdelen"]

    @post(
        "/responses",
        operation_id="RespondToDivision",
        summary="Instemmen, bezwaar maken of zich onthouden",
        description=(
            "Namens een organisatie in het team waarvan u lid bent; opnieuw insturen vervangt de reactie van de "
            "organisatie op dit voorstel. Een bezwaar (met reden) houdt het vaststellen tegen. 409 `not_current`, "
            "`deadline_passed`, `already_finalised` of `not_on_team`."
        ),
        status_code=200,
        opt=access(partner, target=proposal_from_path),
        responses=problems(409),
    )
    async def respond(
        self,
        request: Request[Any, Any, Any],
        id: FromPath[UUID],
        data: JSONBody[DivisionResponseCreate],
        uow: Uow,
    ) -> BudgetRoundRead:
        round_id = await DivisionService(uow).respond(target_of(request), id, data)
        return (await uow.read(queries.get_round, round_id, _team(request)))[0]
