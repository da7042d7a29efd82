"""Comments on opgaven and proposals (tasks follow with co-creation); editing and deleting them."""

from typing import Annotated
from uuid import UUID

from litestar import Response, delete, get, patch, post
from litestar.params import JSONBody, QueryParameter

from api.db.connection import Db
from api.db.uow import Uow
from api.domains.comments import queries
from api.domains.comments.guards import comment_author, comment_from_path
from api.domains.comments.queries import Thread
from api.domains.comments.schemas import (
    CommentCreate,
    CommentPage,
    CommentRead,
    CommentSort,
    CommentUpdate,
    RevisionList,
)
from api.domains.comments.services import CommentService
from api.domains.opgaven.guards import opgave_from_path
from api.domains.proposals.controllers import read_proposals, take_part
from api.domains.proposals.guards import proposal_from_path
from api.domains.tasks.guards import task_from_path
from api.lib.access import Person, TargetLoader, access, principal_of, scope, signed_in, staff, target_of
from api.lib.errors import NotFound
from api.lib.http import settings_of
from api.lib.openapi import problems
from api.lib.pagination import LINK_HEADER, Cursor, Limit, page_response
from api.lib.ratelimit import per_person_hourly
from api.lib.routes import AnyRequest, Controller, PathId, viewer_of

ParentParam = Annotated[
    UUID | None,
    QueryParameter(
        name="parent", description="De antwoorden op deze reactie, in plaats van de reacties zelf."
    ),
]
SortParam = Annotated[CommentSort, QueryParameter(name="sort", description="Oudste of nieuwste eerst.")]


async def _page(
    request: AnyRequest, db: Db, thread: Thread, sort: CommentSort, limit: int, cursor: str
) -> Response[CommentPage]:
    page = await queries.list_comments(
        db,
        thread,
        viewer_of(request),
        sort=sort,
        limit=limit,
        cursor=cursor,
        edit_minutes=settings_of(request).participation.comment_edit_minutes,
    )
    return page_response(request, page)


async def _post(request: AnyRequest, uow: Uow, data: CommentCreate, **place: UUID) -> CommentRead:
    principal = principal_of(request)
    settings = settings_of(request).participation
    # A person's pace is held; the municipality's own systems answer as often as they must.
    if isinstance(principal, Person):
        await per_person_hourly(uow, "comment", principal.account_id, settings.comments_per_hour)
    comment_id = await CommentService(uow, settings.comment_edit_minutes).post(
        target_of(request), data, **place
    )
    return await uow.read(queries.get_comment, comment_id, viewer_of(request), settings.comment_edit_minutes)


_LIST_DESCRIPTION = "Reacties met hun eerste drie antwoorden; met `parent` alle antwoorden op één reactie."
_POST_DESCRIPTION = (
    "Platte tekst, met een standpunt als u wilt. Antwoorden gaan één niveau diep: "
    "`parentId` is een reactie bij hetzelfde onderwerp die zelf geen antwoord is. "
    "Een systeem van de gemeente (`comments:write`) reageert namens de gemeente: de reactie staat op "
    "haar naam (`municipalityAuthor`), niet op die van een persoon."
)


def _thread_controller(
    name: str, path: str, noun: str, place: str, target: TargetLoader, ops: str
) -> type[Controller]:
    """The conversation about an opgave, an idea or a task: the same two routes on each."""

    class ThreadController(Controller):
        tags = ["Reacties"]

        @get(
            "",
            operation_id=f"List{ops}Comments",
            summary=f"Reacties op {noun}",
            opt=access(read_proposals, target=target),
            description=_LIST_DESCRIPTION,
            response_headers=[LINK_HEADER],
        )
        async def list_comments(
            self,
            request: AnyRequest,
            db: Db,
            id: PathId,
            parent: ParentParam = None,
            sort: SortParam = CommentSort.OLDEST,
            limit: Limit = 20,
            cursor: Cursor = "",
        ) -> Response[CommentPage]:
            thread = Thread(parent_id=parent, **{place: id})
            return await _page(request, db, thread, sort, limit, cursor)

        @post(
            "",
            operation_id=f"CommentOn{ops}",
            summary=f"Reageren op {noun}",
            opt=access(take_part | scope("comments:write"), target=target),
            description=_POST_DESCRIPTION,
            responses=problems(409, 429),
        )
        async def post_comment(
            self, request: AnyRequest, id: PathId, data: JSONBody[CommentCreate], uow: Uow
        ) -> CommentRead:
            # A comment on the opgave itself has no place of its own: the opgave is the target's.
            return await _post(request, uow, data, **({} if place == "opgave_id" else {place: id}))

    ThreadController.path = path
    ThreadController.__name__ = ThreadController.__qualname__ = name
    ThreadController.__doc__ = f"Het gesprek over {noun}."
    return ThreadController


OpgaveCommentController = _thread_controller(
    "OpgaveCommentController",
    "/opgaven/{id:uuid}/comments",
    "een opgave",
    "opgave_id",
    opgave_from_path,
    "Opgave",
)
ProposalCommentController = _thread_controller(
    "ProposalCommentController",
    "/proposals/{id:uuid}/comments",
    "een idee",
    "proposal_id",
    proposal_from_path,
    "Proposal",
)
TaskCommentController = _thread_controller(
    "TaskCommentController", "/tasks/{id:uuid}/comments", "een taak", "task_id", task_from_path, "Task"
)


class CommentController(Controller):
    """Eén reactie."""

    path = "/comments/{id:uuid}"
    tags = ["Reacties"]
    target = comment_from_path

    @get("", opt=access(read_proposals))
    async def get_comment(self, request: AnyRequest, db: Db, id: PathId) -> CommentRead:
        found = await queries.get_comment(
            db, id, viewer_of(request), settings_of(request).participation.comment_edit_minutes
        )
        if found is None:
            raise NotFound("Deze reactie bestaat niet.")
        return found

    @patch("", opt=access(signed_in & comment_author), responses=problems(409))
    async def update_comment(
        self, request: AnyRequest, id: PathId, data: JSONBody[CommentUpdate], uow: Uow
    ) -> CommentRead:
        minutes = settings_of(request).participation.comment_edit_minutes
        await CommentService(uow, minutes).edit(id, data)
        return await uow.read(queries.get_comment, id, viewer_of(request), minutes)

    @delete("", opt=access(signed_in & comment_author))
    async def delete_comment(self, request: AnyRequest, id: PathId, uow: Uow) -> None:
        await CommentService(uow, settings_of(request).participation.comment_edit_minutes).delete(id)

    @get("/revisions", opt=access((signed_in & comment_author) | staff | scope("proposals:read")))
    async def list_comment_revisions(self, db: Db, id: PathId) -> RevisionList:
        return await queries.revisions(db, id)


class MyCommentController(Controller):
    """Mijn reacties."""

    path = "/me/comments"
    tags = ["Reacties"]

    @get("", opt=access(signed_in), response_headers=[LINK_HEADER])
    async def list_my_comments(
        self, request: AnyRequest, db: Db, limit: Limit = 20, cursor: Cursor = ""
    ) -> Response[CommentPage]:
        viewer = viewer_of(request)
        return await _page(
            request, db, Thread(author_id=viewer.account_id), CommentSort.NEWEST, limit, cursor
        )
