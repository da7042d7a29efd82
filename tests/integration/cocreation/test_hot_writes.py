"""Support and claim run on the driver's unit of work: audit, idempotency and rollback as before."""

import asyncio

from litestar import Litestar

from api.db.connection import Database
from tests.identities import browser, session_of
from tests.integration.cocreation.conftest import Team
from tests.integration.cocreation.test_tasks import plan


async def _audits(db: Database, action: str, object_id: str) -> list[str]:
    rows = await db.fetch(
        "SELECT request_id FROM audit_events WHERE action = $1 AND object_id = $2", action, object_id
    )
    return [r["request_id"] for r in rows]


async def test_a_claim_commits_with_its_audit_entry_and_a_refused_one_leaves_nothing(
    started_app: Litestar, db: Database, team: Team
) -> None:
    async with (
        browser(started_app, team.staff["email"]) as staff,
        session_of(started_app, db, team.members["pa"]["id"]) as partner_a,
        session_of(started_app, db, team.members["pb"]["id"]) as partner_b,
    ):
        task = await plan(staff, team, capacity=1)
        path = f"/api/v1/tasks/{task['id']}/claims"
        claimed = await partner_a.post(path, json={"organisationId": str(team.orgs["a"])})
        assert claimed.status_code == 201, claimed.text
        assert await _audits(db, "task.claimed", claimed.json()["id"]) == [claimed.headers["x-request-id"]]
        before = await db.fetchval("SELECT count(*) FROM audit_events WHERE action = 'task.claimed'")
        full = await partner_b.post(path, json={"organisationId": str(team.orgs["b"])})
        assert full.json()["code"] == "task_full"
        # The claim row went in before the place was refused: the rollback took it, and its audit entry.
        assert await db.fetchval("SELECT count(*) FROM task_claims WHERE task_id = $1", task["id"]) == 1
        assert await db.fetchval("SELECT count(*) FROM audit_events WHERE action = 'task.claimed'") == before


async def test_ten_parallel_claims_with_one_key_make_one_claim_and_one_answer(
    started_app: Litestar, db: Database, team: Team
) -> None:
    async with (
        browser(started_app, team.staff["email"]) as staff,
        session_of(started_app, db, team.members["pa"]["id"]) as partner_a,
    ):
        task = await plan(staff, team, capacity=3)
        path = f"/api/v1/tasks/{task['id']}/claims"
        body = {"organisationId": str(team.orgs["a"]), "commitment": "Wij bellen de werkgevers."}
        answers = await asyncio.gather(
            *(partner_a.post(path, json=body, headers={"Idempotency-Key": "claim-once"}) for _ in range(10))
        )
        assert {a.status_code for a in answers} == {201}
        assert len({a.json()["id"] for a in answers}) == 1
        assert sum(a.headers.get("idempotent-replayed") == "true" for a in answers) == 9
        assert await db.fetchval("SELECT count(*) FROM task_claims WHERE task_id = $1", task["id"]) == 1
        assert await db.fetchval("SELECT claimed_count FROM tasks WHERE id = $1", task["id"]) == 1
        other = await partner_a.post(
            path, json={**body, "commitment": "iets anders"}, headers={"Idempotency-Key": "claim-once"}
        )
        assert other.status_code == 422


async def test_support_is_audited_once_per_change_in_the_same_transaction(
    started_app: Litestar, db: Database, team: Team
) -> None:
    async with (
        browser(started_app, team.staff["email"]) as staff,
        session_of(started_app, db, team.inwoner["id"]) as inwoner,
    ):
        idea = await staff.post(
            f"/api/v1/opgaven/{team.opgave['id']}/proposals",
            json={"title": "Een idee", "body": "<p>Samen</p>"},
        )
        assert idea.status_code == 201, idea.text
        supported = await inwoner.put(f"/api/v1/proposals/{idea.json()['id']}/support")
        assert supported.status_code == 200, supported.text
        assert await _audits(db, "proposal.supported", idea.json()["id"]) == [
            supported.headers["x-request-id"]
        ]


async def test_a_key_held_by_a_request_in_flight_answers_409_within_seconds(
    started_app: Litestar, db: Database, team: Team
) -> None:
    """The lock wait is bounded (and only that wait: the rest of the transaction is not)."""
    from api.lib.idempotency import _lock_id

    async with (
        browser(started_app, team.staff["email"]) as staff,
        session_of(started_app, db, team.members["pa"]["id"]) as partner_a,
    ):
        task = await plan(staff, team, capacity=2)
        scope = f"person:{team.members['pa']['id']}"
        async with db.transaction() as holder:  # another request with this key, still running
            await holder.execute("SELECT pg_advisory_xact_lock($1)", _lock_id(scope, "held"))
            started = asyncio.get_running_loop().time()
            answer = await partner_a.post(
                f"/api/v1/tasks/{task['id']}/claims",
                json={"organisationId": str(team.orgs["a"])},
                headers={"Idempotency-Key": "held"},
            )
            waited = asyncio.get_running_loop().time() - started
        assert (answer.status_code, answer.json()["code"]) == (409, "idempotency_in_progress")
        assert 4 < waited < 8
        assert await db.fetchval("SELECT count(*) FROM task_claims WHERE task_id = $1", task["id"]) == 0
