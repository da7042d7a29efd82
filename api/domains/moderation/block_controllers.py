"""Posting blocks, for the beheerders of a municipality."""

from litestar import delete, post
from litestar.params import JSONBody

from api.db.uow import Uow
from api.domains.moderation import queries
from api.domains.moderation.blocks import PostingBlockService
from api.domains.moderation.guards import posting_block_from_path
from api.domains.moderation.schemas import PostingBlockCreate, PostingBlockPage, PostingBlockRead
from api.domains.municipalities.guards import municipality_from_path
from api.domains.municipalities.schemas import Slug
from api.lib.access import access, beheerder
from api.lib.openapi import problems
from api.lib.routes import AnyRequest, Controller, PageOf, PathId, municipality_of, page_of_path


class MunicipalityPostingBlockController(Controller):
    """Uitsluitingen van bijdragen in een gemeente."""

    path = "/municipalities/{slug:str}/posting-blocks"
    tags = ["Moderatie"]
    target = municipality_from_path()

    list_posting_blocks = page_of_path(
        "",
        opt=access(beheerder),
        page=PostingBlockPage,
        query=queries.posting_blocks,
        of=PageOf.municipality(Slug),
    )

    @post("", opt=access(beheerder), responses=problems(409))
    async def create_posting_block(
        self, request: AnyRequest, slug: Slug, data: JSONBody[PostingBlockCreate], uow: Uow
    ) -> PostingBlockRead:
        block_id = await PostingBlockService(uow).block(municipality_of(request), data)
        return await uow.read(queries.posting_block, block_id)


class PostingBlockController(Controller):
    """Eén uitsluiting opheffen."""

    path = "/posting-blocks"
    tags = ["Moderatie"]

    @delete("/{id:uuid}", opt=access(beheerder, target=posting_block_from_path))
    async def lift_posting_block(self, id: PathId, uow: Uow) -> None:
        await PostingBlockService(uow).lift(id)
