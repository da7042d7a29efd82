"""Posting blocks, for the beheerders of a municipality."""

from uuid import UUID

from litestar import Response, delete, get, post
from litestar.params import JSONBody

from api.db.connection import Db
from api.db.uow import Uow
from api.domains.moderation import queries
from api.domains.moderation.blocks import PostingBlockService
from api.domains.moderation.guards import posting_block_from_path
from api.domains.moderation.schemas import PostingBlockCreate, PostingBlockPage, PostingBlockRead
from api.domains.municipalities.guards import municipality_from_path
from api.domains.municipalities.schemas import Slug
from api.lib.access import access, beheerder, target_of
from api.lib.openapi import problems
from api.lib.pagination import LINK_HEADER, Cursor, Limit, page_response
from api.lib.routes import AnyRequest, Controller, PathId


def _municipality(request: AnyRequest) -> UUID:
    municipality_id = target_of(request).municipality_id
    assert municipality_id is not None
    return municipality_id


class MunicipalityPostingBlockController(Controller):
    """Uitsluitingen van bijdragen in een gemeente."""

    path = "/municipalities/{slug:str}/posting-blocks"
    tags = ["Moderatie"]
    target = municipality_from_path()

    @get("", opt=access(beheerder), response_headers=[LINK_HEADER])
    async def list_posting_blocks(
        self, request: AnyRequest, db: Db, slug: Slug, limit: Limit = 20, cursor: Cursor = ""
    ) -> Response[PostingBlockPage]:
        page = await queries.posting_blocks(db, _municipality(request), limit=limit, cursor=cursor)
        return page_response(request, page)

    @post("", opt=access(beheerder), responses=problems(409))
    async def create_posting_block(
        self, request: AnyRequest, slug: Slug, data: JSONBody[PostingBlockCreate], uow: Uow
    ) -> PostingBlockRead:
        block_id = await PostingBlockService(uow).block(_municipality(request), data)
        return await uow.read(queries.posting_block, block_id)


class PostingBlockController(Controller):
    """Eén uitsluiting opheffen."""

    path = "/posting-blocks"
    tags = ["Moderatie"]

    @delete("/{id:uuid}", opt=access(beheerder, target=posting_block_from_path))
    async def lift_posting_block(self, id: PathId, uow: Uow) -> None:
        await PostingBlockService(uow).lift(id)
