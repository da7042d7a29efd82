"""The floor: the platform's statements through a bare Litestar + msgspec app on a raw asyncpg pool.

Same SQL, same structs, same row conversion as the app; none of the app's layers around them: no
middleware, no guard loading the target, no SQLAlchemy unit of work, no audit entry, no rate limit,
no idempotency record. Writes still authenticate (one session lookup, as any correct server must)
and still sanitise a proposal's HTML. Serve it with ``granian --interface asgi bench.floor:app``.
"""

import hashlib
import os
from datetime import datetime
from typing import Any
from uuid import UUID

import asyncpg
from litestar import Litestar, Request, Response, get, post, put
from litestar.datastructures import State
from litestar.exceptions import NotAuthorizedException, NotFoundException

from api.db.connection import _init_connection, asyncpg_dsn
from api.domains.accounts.authentication import CSRF_HEADER, SESSION_COOKIE
from api.domains.accounts.queries import _SESSION_PRINCIPAL
from api.domains.comments.queries import get_comment
from api.domains.comments.schemas import CommentCreate, CommentRead
from api.domains.opgaven.queries import OpgaveFilter, list_statement, one
from api.domains.opgaven.schemas import OpgaveListItem, OpgavePage, OpgaveRead, OpgaveSort
from api.domains.proposals import queries as proposal_queries
from api.domains.proposals.queries import ProposalFilter
from api.domains.proposals.schemas import (
    ProposalCreate,
    ProposalPage,
    ProposalRead,
    ProposalSort,
    SupportState,
)
from api.domains.proposals.services import SUPPORT, sanitise
from api.domains.tasks import claims
from api.domains.tasks.queries import get_claim
from api.domains.tasks.schemas import ClaimCreate, ClaimRead
from api.lib.errors import AppError
from api.lib.ids import new_id
from api.lib.pagination import decode_cursor, encode_cursor
from api.lib.rows import from_row, from_rows
from api.lib.visibility import Viewer

ANONYMOUS = Viewer(account_id=None, staff_in=())
Connection = Any  # a pooled asyncpg connection


def pool_of(request: Request[Any, Any, Any]) -> "asyncpg.Pool[asyncpg.Record]":
    return request.app.state.pool  # type: ignore[no-any-return]


async def _start(app: Litestar) -> None:
    app.state.pool = await asyncpg.create_pool(
        asyncpg_dsn(os.environ["DATABASE_URL"]),
        min_size=0,
        max_size=int(os.environ.get("DB_POOL_MAX", "16")),
        init=_init_connection,
        server_settings={"application_name": "samenspel-floor", "timezone": "UTC"},
    )


async def _stop(app: Litestar) -> None:
    await app.state.pool.close()


async def _account(request: Request[Any, Any, Any], connection: Connection) -> UUID:
    """The signed-in account of a write: session lookup and CSRF check, as the app does them."""
    token = request.cookies.get(SESSION_COOKIE, "")
    row = await connection.fetchrow(_SESSION_PRINCIPAL, hashlib.sha256(token.encode()).digest())
    if row is None or request.headers.get(CSRF_HEADER) != row["csrf_token"]:
        raise NotAuthorizedException()
    return row["account_id"]  # type: ignore[no-any-return]


@get("/api/v1/health/ready")
async def ready(request: Request[Any, Any, Any]) -> dict[str, str]:
    await pool_of(request).fetchval("SELECT 1")
    return {"status": "ok"}


@get("/api/v1/opgaven")
async def list_opgaven(request: Request[Any, Any, Any]) -> OpgavePage:
    sql, args = list_statement(OpgaveFilter(), OpgaveSort.NEWEST, None, 20)
    rows = await pool_of(request).fetch(sql, *args)
    items = from_rows(OpgaveListItem, rows[:20])
    cursor = (
        encode_cursor((OpgaveSort.NEWEST.value, items[-1].created_at, items[-1].id))
        if len(rows) > 20
        else None
    )
    return OpgavePage(items=items, next_cursor=cursor)


@get("/api/v1/opgaven/{id:uuid}")
async def get_opgave(request: Request[Any, Any, Any], id: UUID) -> OpgaveRead:
    sql, args = one(id, None)
    row = await pool_of(request).fetchrow(sql, *args)
    if row is None:
        raise NotFoundException()
    return from_row(OpgaveRead, row)


@get("/api/v1/opgaven/{id:uuid}/proposals")
async def list_proposals(request: Request[Any, Any, Any], id: UUID, cursor: str = "") -> ProposalPage:
    decoded = decode_cursor(cursor, (str, datetime, UUID))
    after = decoded[1:] if decoded else None
    sql, args = proposal_queries.list_statement(
        ProposalFilter(opgave_id=id), ANONYMOUS, ProposalSort.NEWEST, after, 20
    )
    rows = await pool_of(request).fetch(sql, *args)
    items = from_rows(ProposalRead, rows[:20])
    next_cursor = (
        encode_cursor((ProposalSort.NEWEST.value, rows[19]["created_at"], rows[19]["id"]))
        if len(rows) > 20
        else None
    )
    return ProposalPage(items=items, next_cursor=next_cursor)


@get("/api/v1/proposals/{id:uuid}")
async def get_proposal(request: Request[Any, Any, Any], id: UUID) -> ProposalRead:
    async with pool_of(request).acquire() as connection:
        found = await proposal_queries.get_proposal(connection, id, ANONYMOUS)
    if found is None:
        raise NotFoundException()
    return found[0]


@post("/api/v1/opgaven/{id:uuid}/proposals")
async def submit(request: Request[Any, Any, Any], id: UUID, data: ProposalCreate) -> ProposalRead:
    body, text = sanitise(data.body)
    async with pool_of(request).acquire() as connection, connection.transaction():
        account = await _account(request, connection)
        proposal_id = await connection.fetchval(
            """INSERT INTO proposals (id, municipality_id, opgave_id, title, body, body_text, author_id)
               SELECT $1, o.municipality_id, o.id, $3, $4, $5, $6 FROM opgaven o WHERE o.id = $2 RETURNING id""",
            new_id(),
            id,
            data.title,
            body,
            text,
            account,
        )
        found = await proposal_queries.get_proposal(connection, proposal_id, Viewer(account, ()))
    assert found is not None
    return found[0]


@put("/api/v1/proposals/{id:uuid}/support")
async def support(request: Request[Any, Any, Any], id: UUID) -> SupportState:
    async with pool_of(request).acquire() as connection, connection.transaction():
        account = await _account(request, connection)
        municipality = await connection.fetchval("SELECT municipality_id FROM proposals WHERE id = $1", id)
        count = await connection.fetchval(SUPPORT, new_id(), municipality, id, account)
    return SupportState(supported_by_me=True, support_count=count)


@post("/api/v1/proposals/{id:uuid}/comments")
async def comment(request: Request[Any, Any, Any], id: UUID, data: CommentCreate) -> CommentRead:
    async with pool_of(request).acquire() as connection, connection.transaction():
        account = await _account(request, connection)
        comment_id = await connection.fetchval(
            """INSERT INTO comments (id, municipality_id, opgave_id, proposal_id, author_id, body, stance)
               SELECT $1, p.municipality_id, p.opgave_id, p.id, $3, $4, $5 FROM proposals p WHERE p.id = $2
               RETURNING id""",
            new_id(),
            id,
            account,
            data.body.strip(),
            data.stance,
        )
        found = await get_comment(connection, comment_id, Viewer(account, ()), 15)
    assert found is not None
    return found


@post("/api/v1/tasks/{id:uuid}/claims")
async def claim(request: Request[Any, Any, Any], id: UUID, data: ClaimCreate) -> ClaimRead:
    async with pool_of(request).acquire() as connection, connection.transaction():
        account = await _account(request, connection)
        municipality = await connection.fetchval("SELECT municipality_id FROM tasks WHERE id = $1", id)
        place = await claims.claim(
            connection,
            municipality_id=municipality,
            task_id=id,
            organisation_id=data.organisation_id,
            account_id=account,
            commitment=data.commitment.strip(),
        )
        found = await get_claim(connection, place.claim_id)
    assert found is not None
    return found


def _app_error(request: Request[Any, Any, Any], exc: AppError) -> Response[dict[str, Any]]:
    return Response({"status": exc.status, "code": exc.code}, status_code=exc.status)


app = Litestar(
    exception_handlers={AppError: _app_error},
    route_handlers=[
        ready,
        list_opgaven,
        get_opgave,
        list_proposals,
        get_proposal,
        submit,
        support,
        comment,
        claim,
    ],
    on_startup=[_start],
    on_shutdown=[_stop],
    state=State({}),
    openapi_config=None,
    debug=False,
)
