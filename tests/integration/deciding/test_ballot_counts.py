"""The count: one ballot per person under a crowd, and a tally that equals an independent computation."""

import asyncio
import random
import secrets
from collections import Counter
from datetime import UTC, datetime, timedelta
from typing import Any
from uuid import UUID

import hypothesis
import hypothesis.strategies as st
import pytest
from litestar import Litestar

from api.db.connection import Database
from api.domains.accounts.authentication import SESSION_COOKIE
from api.domains.ballots.tally import Candidate, count, decide
from api.lib.ids import new_id
from api.lib.tokens import hash_token
from tests.factories import unique
from tests.identities import anonymous_client, browser, person
from tests.integration.deciding.conftest import Place, open_ballot

CROWD = 500
REPEATS = 50
IN_FLIGHT = 24


async def residents(db: Database, n: int) -> list[tuple[UUID, str, str]]:
    """``n`` verified accounts with an open session each, inserted in bulk: a crowd needs no sign-ins."""
    crowd = [(new_id(), secrets.token_urlsafe(32), secrets.token_urlsafe(32)) for _ in range(n)]
    async with db.transaction() as connection:
        await connection.executemany(
            """INSERT INTO accounts (id, email, display_name, password_hash, email_verified_at)
               VALUES ($1, $2, $3, 'x', now())""",
            [(a, f"{unique('kiezer')}@example.org", unique("Kiezer")) for a, _, _ in crowd],
        )
        await connection.executemany(
            """INSERT INTO sessions (id, account_id, token_hash, csrf_token, expires_at)
               VALUES ($1, $2, $3, $4, now() + interval '1 hour')""",
            [(new_id(), a, hash_token(token), csrf) for a, token, csrf in crowd],
        )
    return crowd


@pytest.mark.slow
async def test_a_crowd_voting_at_once_counts_one_ballot_each(
    started_app: Litestar, db: Database, place: Place
) -> None:
    async with browser(started_app, place.staff["email"]) as staff:
        ballot = await open_ballot(staff, place, [300_000, 250_000, 200_000, 100_000])
    options = [o["id"] for o in ballot["options"]]
    path = f"/api/v1/ballots/{ballot['id']}/votes/mine"
    crowd = await residents(db, CROWD)
    chooser = random.Random(18)
    # Every request is in flight at once, up to what the server's pools take without queueing past
    # their timeout (a bounded load test); the 50 repeats go in among the first of the others.
    gate = asyncio.Semaphore(IN_FLIGHT)

    async def vote(resident: tuple[UUID, str, str]) -> int:
        _, token, csrf = resident
        headers = {"Cookie": f"{SESSION_COOKIE}={token}", "X-CSRF-Token": csrf}
        async with gate, anonymous_client(started_app) as client:
            answer = await client.put(
                path, json={"choices": [options[chooser.randrange(4)]]}, headers=headers
            )
            return answer.status_code

    attempts = [crowd[0]] * REPEATS + crowd
    chooser.shuffle(attempts)
    statuses = [[s] for s in await asyncio.gather(*(vote(r) for r in attempts))]
    assert Counter(s for each in statuses for s in each) == {200: CROWD + REPEATS}
    assert await db.fetchval("SELECT count(*) FROM ballot_votes WHERE ballot_id = $1", ballot["id"]) == CROWD
    assert (
        await db.fetchval(
            "SELECT submissions FROM ballot_votes WHERE ballot_id = $1 AND account_id = $2",
            ballot["id"],
            crowd[0][0],
        )
        == 1 + REPEATS
    )
    async with browser(started_app, place.staff["email"]) as staff:
        result = (await staff.post(f"/api/v1/ballots/{ballot['id']}/tallies")).json()
    assert result["voterCount"] == CROWD
    assert sum(r["votes"] for r in result["rows"]) == CROWD


def independent(
    costs: list[int], submitted: list[int], ballots: list[set[int]], amount: int
) -> tuple[list[int], set[int]]:
    """The rule computed another way: votes by a loop over the options, and the order by repeatedly
    taking the best of those left (more votes, then cheaper, then submitted earlier)."""
    votes = [sum(1 for b in ballots if i in b) for i in range(len(costs))]
    left, funded, waiting = amount, set(), list(range(len(costs)))
    while waiting:
        best = waiting[0]
        for i in waiting[1:]:
            if (votes[i], -costs[i], -submitted[i]) > (votes[best], -costs[best], -submitted[best]):
                best = i
        waiting.remove(best)
        if votes[best] > 0 and costs[best] <= left:
            funded.add(best)
            left -= costs[best]
    return votes, funded


@st.composite
def elections(draw: Any) -> tuple[list[int], list[int], list[set[int]], int]:
    n = draw(st.integers(1, 8))
    costs = draw(st.lists(st.integers(1, 20).map(lambda c: c * 1000), min_size=n, max_size=n))
    submitted = draw(st.lists(st.integers(0, 1_000_000), min_size=n, max_size=n, unique=True))
    ballots = draw(st.lists(st.sets(st.integers(0, n - 1)), max_size=40))
    return costs, submitted, ballots, draw(st.integers(1, 60)) * 1000


EPOCH = datetime(2026, 1, 1, tzinfo=UTC)


@hypothesis.given(elections())
@hypothesis.settings(max_examples=300, deadline=None)
def test_the_rule_equals_an_independent_computation(
    election: tuple[list[int], list[int], list[set[int]], int],
) -> None:
    costs, submitted, ballots, amount = election
    ids = [new_id() for _ in costs]
    candidates = [
        Candidate(ids[i], costs[i], EPOCH + timedelta(seconds=submitted[i])) for i in range(len(costs))
    ]
    outcome = decide(candidates, count([{ids[i] for i in b} for b in ballots]), amount)
    votes, funded = independent(costs, submitted, ballots, amount)
    assert {o.option_id: o.votes for o in outcome} == {ids[i]: votes[i] for i in range(len(costs))}
    assert {o.option_id for o in outcome if o.funded} == {ids[i] for i in funded}
    assert sum(costs[i] for i in funded) <= amount
    assert [o.rank for o in outcome] == list(range(1, len(costs) + 1))


@pytest.mark.slow
async def test_the_tally_over_the_api_equals_an_independent_computation(
    started_app: Litestar, db: Database, place: Place
) -> None:
    """Random ballots and amounts through the database and the API, a few rounds (each costs a ballot)."""
    draw = random.Random(1818)
    voters = [(await person(db))["id"] for _ in range(30)]
    submitted = [idea["created_at"] for idea in place.ideas]
    order = sorted(range(len(submitted)), key=lambda i: (submitted[i], place.ideas[i]["id"]))
    async with browser(started_app, place.staff["email"]) as staff:
        for _ in range(6):
            costs = [draw.randint(1, 10) * 10_000 for _ in place.ideas]
            amount = draw.randint(1, 30) * 10_000
            ballot = await open_ballot(
                staff, place, costs, amountCents=amount, method="approval", maxChoices=4
            )
            options = [UUID(o["id"]) for o in ballot["options"]]
            chosen = [{i for i in range(4) if draw.random() < 0.4} for _ in voters]
            for voter, picks in zip(voters, chosen, strict=True):
                await db.fetchval(
                    """INSERT INTO ballot_votes (id, municipality_id, ballot_id, account_id, choices)
                       VALUES ($1, $2, $3, $4, $5::uuid[]) RETURNING id""",
                    new_id(),
                    place.town["id"],
                    ballot["id"],
                    voter,
                    [options[i] for i in picks],
                )
            result = (await staff.post(f"/api/v1/ballots/{ballot['id']}/tallies")).json()
            rank = [order.index(i) for i in range(4)]
            votes, funded = independent(costs, rank, chosen, amount)
            by_option = {UUID(r["optionId"]): r for r in result["rows"]}
            assert [by_option[o]["votes"] for o in options] == votes
            assert {i for i, o in enumerate(options) if by_option[o]["funded"]} == funded
            # Funded ideas take their money out of what is free for the next round.
            for i in funded:
                await staff.post(
                    f"/api/v1/ballot-options/{options[i]}/decisions",
                    json={"decision": "reject", "reason": "Alleen een proefronde."},
                )
