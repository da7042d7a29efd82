"""The public reads are planned once per connection, not on every request.

asyncpg prepares each statement once per connection; PostgreSQL then plans it for the parameters
of each of the first five executions and afterwards keeps one generic plan, unless a custom plan
looks cheaper. A viewer parameter that is NULL for anonymous readers makes it so (the hidden-idea
rule and "supported by me" fold away), and each request pays for planning again. Anonymous readers
therefore send statements that have no viewer parameter at all.
"""

from collections.abc import AsyncIterator, Awaitable, Callable
from typing import Any

import pytest

from api.db.connection import Database
from api.domains.comments.queries import Thread, get_comment, list_comments
from api.domains.comments.schemas import CommentSort
from api.domains.opgaven.queries import get_opgave, one_with_target
from api.domains.proposals.queries import ProposalFilter, get_proposal, list_proposals
from api.domains.proposals.schemas import ProposalSort
from api.lib.visibility import PUBLIC
from api.settings import Settings
from tests.content_factories import comment, proposal
from tests.factories import municipality, opgave
from tests.identities import person
from tests.integration.foundation.conftest import one_connection_pool

RUNS = 12


@pytest.fixture(scope="module")
async def one_connection(
    settings: Settings, own_database: Callable[[str], Awaitable[str]]
) -> AsyncIterator[Database]:
    """A database of its own, with statistics of its own: one opgave holding every idea, as a busy
    opgave does (the benchmark's opgave 0), so that the planner prices a page of thousands of rows."""
    async with one_connection_pool(settings, await own_database("plans")) as pool:
        yield pool


@pytest.fixture(scope="module")
async def place(one_connection: Database) -> dict[str, Any]:
    db = one_connection
    town = await municipality(db)
    regisseur = await person(db, municipality_id=town["id"], role="medewerker")
    work = await opgave(db, town["id"], regisseur["id"])
    idea = await proposal(db, work, regisseur["id"])
    said = await comment(db, work, regisseur["id"], proposal_id=idea["id"])
    async with db.connection() as connection:
        await connection.execute(
            """INSERT INTO proposals (id, municipality_id, opgave_id, title, body, body_text, author_id)
               SELECT gen_random_uuid(), $1, $2, 'Idee ' || n, 'Tekst', 'Tekst', $3 FROM generate_series(1, 3000) n""",
            town["id"],
            work["id"],
            regisseur["id"],
        )
        await connection.execute(
            """INSERT INTO comments (id, municipality_id, opgave_id, proposal_id, author_id, body)
               SELECT gen_random_uuid(), $1, $2, $3, $4, 'Eens' FROM generate_series(1, 3000) n""",
            town["id"],
            work["id"],
            idea["id"],
            regisseur["id"],
        )
        await connection.execute("ANALYZE")
    return {"opgave": work, "proposal": idea, "comment": said}


async def _plans(pool: Database, read: Callable[[], Awaitable[Any]]) -> list[tuple[int, int]]:
    """Run ``read`` repeatedly; the generic and custom plan counts of the statements it prepared."""
    async with pool.connection() as connection:
        before = {r["name"] for r in await connection.fetch("SELECT name FROM pg_prepared_statements")}
    for _ in range(RUNS):
        await read()
    async with pool.connection() as connection:
        rows = await connection.fetch(
            "SELECT name, generic_plans, custom_plans FROM pg_prepared_statements WHERE statement NOT LIKE '%pg_prepared_statements%'"
        )
    # The driver's own statements (type introspection) run once; the read's run every time.
    found = [
        (r["generic_plans"], r["custom_plans"])
        for r in rows
        if r["name"] not in before and r["generic_plans"] + r["custom_plans"] >= RUNS
    ]
    assert found, "the read prepared no statement"
    return found


async def _fetch_target(pool: Database, opgave_id: Any) -> Any:
    sql, args = one_with_target(opgave_id, None)
    return await pool.fetchrow(sql, *args)


@pytest.mark.parametrize(
    "read",
    [
        "proposals_page",
        "proposals_page_by_votes",
        "proposal",
        "comments_page",
        "comment",
        "opgave",
        "opgave_with_target",
    ],
)
async def test_an_anonymous_read_is_planned_generically_after_its_first_runs(
    one_connection: Database, place: dict[str, Any], read: str
) -> None:
    work, idea = place["opgave"], place["proposal"]
    reads: dict[str, Callable[[], Awaitable[Any]]] = {
        "proposals_page": lambda: list_proposals(
            one_connection,
            ProposalFilter(opgave_id=work["id"]),
            PUBLIC,
            sort=ProposalSort.NEWEST,
            limit=20,
            cursor="",
        ),
        "proposals_page_by_votes": lambda: list_proposals(
            one_connection,
            ProposalFilter(opgave_id=work["id"]),
            PUBLIC,
            sort=ProposalSort.MOST_SUPPORTED,
            limit=20,
            cursor="",
        ),
        "proposal": lambda: get_proposal(one_connection, idea["id"], PUBLIC),
        "comments_page": lambda: list_comments(
            one_connection,
            Thread(proposal_id=idea["id"]),
            PUBLIC,
            sort=CommentSort.OLDEST,
            limit=20,
            cursor="",
            edit_minutes=15,
        ),
        "comment": lambda: get_comment(one_connection, place["comment"]["id"], PUBLIC, 15),
        "opgave": lambda: get_opgave(one_connection, work["id"], None),
        "opgave_with_target": lambda: _fetch_target(one_connection, work["id"]),
    }
    plans = await _plans(one_connection, reads[read])
    for generic, custom in plans:
        # Five custom plans to learn the cost, then the generic one for every later run.
        assert custom <= 5, plans
        assert generic >= RUNS - 5, plans
