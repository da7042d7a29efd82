"""Residents' budget ballots: opening, voting, the tally and the grants that follow."""

from typing import Any
from uuid import UUID

from litestar import Controller, Request, Response, get, post, put
from litestar.params import FromPath, JSONBody

from api.db.connection import Db
from api.db.uow import HOT_WRITE, Uow
from api.domains.ballots import queries, services
from api.domains.ballots.guards import ballot_from_path, ballot_option_from_path
from api.domains.ballots.schemas import (
    AwardDecisionCreate,
    BallotCreate,
    BallotPage,
    BallotRead,
    BallotResults,
    BallotUpdate,
    VoteCreate,
    VoteRead,
)
from api.domains.ballots.services import BallotService
from api.domains.budgets.guards import budget_from_path
from api.domains.opgaven.guards import published
from api.lib.access import access, person_of, principal_of, scope, signed_in, staff, target_of, verified
from api.lib.errors import Conflict, NotFound
from api.lib.etag import ETAG_HEADER, LOCATION_HEADER
from api.lib.openapi import problems
from api.lib.pagination import LINK_HEADER, Cursor, Limit, page_response
from api.lib.routes import Resource
from api.lib.visibility import Viewer

# Ballots are public with the opgave's money; a vote is the voter's alone.
read_ballots = published | staff | scope("budgets:read")
voter = verified & published


def _viewer(request: Request[Any, Any, Any]) -> Viewer:
    return Viewer.of(principal_of(request))


BALLOT = Resource(BallotRead, queries.get_ballot, "/ballots", _viewer)


class BudgetBallotController(Controller):
    """De stemmingen over een budget."""

    path = "/budgets/{id:uuid}/ballots"
    tags = ["Stemmen"]

    @get(
        "",
        operation_id="ListBallots",
        summary="De stemmingen over een budget",
        description="Oudste eerst, met de ideeën op het stembiljet en (na de telling) hun stemmen.",
        opt=access(read_ballots, target=budget_from_path),
        response_headers=[LINK_HEADER],
    )
    async def list_ballots(
        self,
        request: Request[Any, Any, Any],
        db: Db,
        id: FromPath[UUID],
        limit: Limit = 20,
        cursor: Cursor = "",
    ) -> Response[BallotPage]:
        page = await queries.list_ballots(db, id, _viewer(request), limit=limit, cursor=cursor)
        return page_response(request, page)

    @post(
        "",
        operation_id="OpenBallot",
        summary="Inwoners laten stemmen over een budget",
        description=(
            "Ideeën van de opgave met wat elk kost, een bedrag, een stemperiode en een methode: `knapsack` "
            "(kies ideeën binnen het bedrag) of `approval` (kies hoogstens `maxChoices` ideeën). "
            "409 `exceeds_budget` als het bedrag niet vrij is in het budget."
        ),
        opt=access(staff, target=budget_from_path),
        responses=problems(409),
        response_headers=[ETAG_HEADER, LOCATION_HEADER],
    )
    async def open_ballot(
        self, request: Request[Any, Any, Any], id: FromPath[UUID], data: JSONBody[BallotCreate], uow: Uow
    ) -> Response[BallotRead]:
        ballot_id = await BallotService(uow).open(target_of(request), id, data)
        return await BALLOT.created(request, uow, ballot_id)


class BallotController(Controller):
    """Eén stemming: het stembiljet, uw stem, de telling en de uitslag."""

    path = "/ballots/{id:uuid}"
    tags = ["Stemmen"]

    get_ballot = BALLOT.get(
        "",
        operation_id="GetBallot",
        summary="Eén stemming",
        description="Het stembiljet met de telregel; wie waarop stemde staat nergens.",
        opt=access(read_ballots, target=ballot_from_path),
    )

    update_ballot = BALLOT.update(
        "",
        BallotUpdate,
        BallotService,
        operation_id="UpdateBallot",
        summary="Een stemming wijzigen",
        description="Naam, toelichting en sluiting, zolang er niet geteld is; 409 `already_tallied` daarna.",
        opt=access(staff, target=ballot_from_path),
        responses=problems(409, 412, 428),
    )

    @put(
        "/votes/mine",
        operation_id="CastVote",
        summary="Stemmen (of uw stem wijzigen)",
        description=(
            "Eén stem per persoon; opnieuw insturen vervangt de vorige, tot de sluiting. 409 `ballot_closed` "
            "of `not_open_yet` buiten de stemperiode; 403 `not_eligible` voor wie niet mag stemmen."
        ),
        opt=access(voter, target=ballot_from_path) | HOT_WRITE,
        responses=problems(409),
    )
    async def cast_vote(
        self, request: Request[Any, Any, Any], id: FromPath[UUID], data: JSONBody[VoteCreate], uow: Uow
    ) -> VoteRead:
        person, target = person_of(request), target_of(request)
        await services.vote(await uow.connection(), target, person, data)
        uow.audit("ballot.voted", "ballot", id, target.municipality_id)
        return await uow.read(queries.my_vote, id, person.account_id)

    @get(
        "/votes/mine",
        operation_id="GetMyVote",
        summary="Uw eigen stem",
        description="Alleen u ziet hem; 404 als u (nog) niet stemde.",
        opt=access(signed_in & read_ballots, target=ballot_from_path),
    )
    async def get_my_vote(self, request: Request[Any, Any, Any], db: Db, id: FromPath[UUID]) -> VoteRead:
        found = await queries.my_vote(db, id, person_of(request).account_id)
        if found is None:
            raise NotFound("U heeft hier nog niet gestemd.")
        return found

    @post(
        "/tallies",
        operation_id="TallyBallot",
        summary="De stemming sluiten en tellen",
        description=(
            "Sluit de stemming (nu, als de periode nog loopt) en telt volgens de gepubliceerde regel. De gekozen "
            "ideeën worden overgenomen; hun toekenning wacht op bevestiging door medewerkers. "
            "409 `already_tallied` of `not_open_yet`."
        ),
        status_code=200,
        opt=access(staff, target=ballot_from_path),
        responses=problems(409),
    )
    async def tally(self, request: Request[Any, Any, Any], id: FromPath[UUID], uow: Uow) -> BallotResults:
        await BallotService(uow).tally(target_of(request), id)
        return await uow.read(queries.results, id, _viewer(request))

    @get(
        "/results",
        operation_id="GetBallotResults",
        summary="De uitslag van een stemming",
        description="Alleen aantallen, in de volgorde van de telregel; 409 `not_tallied` zolang er niet geteld is.",
        opt=access(read_ballots, target=ballot_from_path),
        responses=problems(409),
    )
    async def results(self, request: Request[Any, Any, Any], db: Db, id: FromPath[UUID]) -> BallotResults:
        found = await queries.results(db, id, _viewer(request))
        if found is None:
            raise Conflict("Deze stemming is nog niet geteld.", code="not_tallied")
        return found


class BallotOptionController(Controller):
    """Wat de gemeente besluit over een idee dat inwoners kozen."""

    path = "/ballot-options/{id:uuid}"
    tags = ["Stemmen"]

    @post(
        "/decisions",
        operation_id="DecideBallotAward",
        summary="De toekenning aan een gekozen idee bevestigen of afwijzen",
        description=(
            "`grant` (met grondslag) zet het bedrag in het kasboek; `reject` (met reden) geeft het vrij. "
            "409 `already_decided`, of `budget_exceeded` als het budget het niet meer draagt."
        ),
        status_code=204,
        opt=access(staff, target=ballot_option_from_path),
        responses=problems(409),
    )
    async def decide(
        self,
        request: Request[Any, Any, Any],
        id: FromPath[UUID],
        data: JSONBody[AwardDecisionCreate],
        uow: Uow,
    ) -> None:
        await BallotService(uow).decide_award(target_of(request), id, data)
