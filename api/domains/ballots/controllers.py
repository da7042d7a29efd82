"""Residents' budget ballots: opening, voting, the tally and the grants that follow."""

from litestar import get, post, put
from litestar.params import JSONBody

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
from api.lib.access import access, person_of, scope, signed_in, staff, target_of, verified
from api.lib.errors import Conflict, NotFound
from api.lib.openapi import problems
from api.lib.routes import AnyRequest, Controller, PathId, Resource, page_of_path, viewer_of

# Ballots are public with the opgave's money; a vote is the voter's alone.
read_ballots = published | staff | scope("budgets:read")
voter = verified & published


BALLOT = Resource(BallotRead, queries.get_ballot, "/ballots", viewer_of)


class BudgetBallotController(Controller):
    """De stemmingen over een budget."""

    path = "/budgets/{id:uuid}/ballots"
    tags = ["Stemmen"]
    target = budget_from_path

    list_ballots = page_of_path(
        "", opt=access(read_ballots), page=BallotPage, query=queries.list_ballots, viewer=viewer_of
    )

    open_ballot = BALLOT.create_under(
        "", BallotCreate, BallotService, BallotService.open, opt=access(staff), responses=problems(409)
    )


class BallotController(Controller):
    """Eén stemming: het stembiljet, uw stem, de telling en de uitslag."""

    path = "/ballots/{id:uuid}"
    tags = ["Stemmen"]
    target = ballot_from_path

    get_ballot = BALLOT.get("", opt=access(read_ballots))

    update_ballot = BALLOT.update(
        "", BallotUpdate, BallotService, opt=access(staff), responses=problems(409, 412, 428)
    )

    @put("/votes/mine", opt=access(voter) | HOT_WRITE, responses=problems(409))
    async def cast_vote(
        self, request: AnyRequest, id: PathId, data: JSONBody[VoteCreate], uow: Uow
    ) -> VoteRead:
        person, target = person_of(request), target_of(request)
        await services.vote(await uow.connection(), target, person, data)
        uow.audit("ballot.voted", "ballot", id, target.municipality_id)
        return await uow.read(queries.my_vote, id, person.account_id)

    @get("/votes/mine", opt=access(signed_in & read_ballots))
    async def get_my_vote(self, request: AnyRequest, db: Db, id: PathId) -> VoteRead:
        found = await queries.my_vote(db, id, person_of(request).account_id)
        if found is None:
            raise NotFound("U heeft hier nog niet gestemd.")
        return found

    @post("/tallies", status_code=200, opt=access(staff), responses=problems(409))
    async def tally_ballot(self, request: AnyRequest, id: PathId, uow: Uow) -> BallotResults:
        await BallotService(uow).tally(target_of(request), id)
        return await uow.read(queries.results, id, viewer_of(request))

    @get("/results", opt=access(read_ballots), responses=problems(409))
    async def get_ballot_results(self, request: AnyRequest, db: Db, id: PathId) -> BallotResults:
        found = await queries.results(db, id, viewer_of(request))
        if found is None:
            raise Conflict("Deze stemming is nog niet geteld.", code="not_tallied")
        return found


class BallotOptionController(Controller):
    """Wat de gemeente besluit over een idee dat inwoners kozen."""

    path = "/ballot-options/{id:uuid}"
    tags = ["Stemmen"]

    @post(
        "/decisions",
        status_code=204,
        opt=access(staff, target=ballot_option_from_path),
        responses=problems(409),
    )
    async def decide_ballot_award(
        self, request: AnyRequest, id: PathId, data: JSONBody[AwardDecisionCreate], uow: Uow
    ) -> None:
        await BallotService(uow).decide_award(target_of(request), id, data)
