"""Webhooks against a real receiver on loopback: handshake, Standard Webhooks signatures, backoff,
410 and 429, pausing after persistent failure, and redelivery."""

import dataclasses
import json
from datetime import timedelta
from typing import Any

import httpx
import pytest
from litestar import Litestar
from standardwebhooks.webhooks import Webhook

from api.db.connection import Database
from api.domains.webhooks.delivery import Sender
from api.domains.webhooks.dispatch import dispatch
from api.settings import Settings
from tests.identities import browser
from tests.integration.events.conftest import Town, create_opgave, settled, submit_idea
from tests.integration.events.receiver import Receiver, receiving


async def subscribe(
    admin: httpx.AsyncClient, town: Town, receiver: Receiver, **fields: Any
) -> dict[str, Any]:
    response = await admin.post(
        "/api/v1/webhook-subscriptions", json={"municipality": town.slug, "url": receiver.url, **fields}
    )
    assert response.status_code == 201, response.text
    body: dict[str, Any] = response.json()
    return body


def sender(app: Litestar, settings: Settings, **webhooks: Any) -> Sender:
    return Sender(
        app.state.db,
        app.state.webhook_secrets,
        dataclasses.replace(settings.webhooks, **webhooks),
        allow_loopback=True,
    )


async def deliver(app: Litestar, db: Database, settings: Settings, **webhooks: Any) -> None:
    await settled(db)
    await dispatch(db)
    await sender(app, settings, **webhooks).run(budget_seconds=10)


async def test_registration_shakes_hands_first(started_app: Litestar, db: Database, town: Town) -> None:
    async with browser(started_app, town.beheerder["email"]) as admin:
        with receiving() as refusing:
            refusing.allowed_origin = None
            response = await admin.post(
                "/api/v1/webhook-subscriptions", json={"municipality": town.slug, "url": refusing.url}
            )
            assert response.status_code == 400
            assert response.json()["invalidParams"][0]["code"] == "handshake_failed"
        plain = await admin.post(
            "/api/v1/webhook-subscriptions",
            json={"municipality": town.slug, "url": "http://example.org/hook"},
        )
        assert plain.status_code == 400
        assert plain.json()["invalidParams"][0]["code"] == "https_required"
        assert not await db.fetchval(
            "SELECT count(*) FROM webhook_subscriptions WHERE municipality_id = $1", town.id
        )
        with receiving() as receiver:
            created = await subscribe(admin, town, receiver)
        assert created["secret"].startswith("whsec_")
        assert created["status"] == "active"
        read = (await admin.get(f"/api/v1/webhook-subscriptions/{created['id']}")).json()
        assert "secret" not in read


async def test_deliveries_are_signed_cloud_events(
    started_app: Litestar, db: Database, settings: Settings, town: Town
) -> None:
    async with (
        browser(started_app, town.beheerder["email"]) as admin,
        browser(started_app, town.medewerker["email"]) as staff,
        browser(started_app, town.inwoner["email"]) as resident,
    ):
        with receiving() as everything, receiving() as phases_only:
            all_hook = await subscribe(admin, town, everything)
            phase_hook = await subscribe(
                admin, town, phases_only, eventTypes=["nl.samenspel.opgave.phase-changed"]
            )
            opgave_id = await create_opgave(staff, town)
            await staff.post(
                f"/api/v1/opgaven/{opgave_id}/phase-transitions", json={"toPhase": "formulating"}
            )
            await submit_idea(resident, opgave_id)
            await deliver(started_app, db, settings)

            # Sent in parallel: the order of arrival is not the order of the events.
            types = sorted(json.loads(body)["type"] for _, body in everything.received)
            assert types == [
                "nl.samenspel.opgave.created",
                "nl.samenspel.opgave.phase-changed",
                "nl.samenspel.opgave.published",
                "nl.samenspel.proposal.submitted",
            ]
            assert [json.loads(b)["type"] for _, b in phases_only.received] == [
                "nl.samenspel.opgave.phase-changed"
            ]
            for hook, receiver in ((all_hook, everything), (phase_hook, phases_only)):
                for headers, body in receiver.received:
                    assert headers["content-type"] == "application/cloudevents+json"
                    verified = Webhook(hook["secret"]).verify(body, headers)
                    assert verified["id"] == headers["webhook-id"]
                    assert verified["specversion"] == "1.0"
                    with pytest.raises(Exception, match="signature"):
                        Webhook(all_hook["secret"] if hook is phase_hook else phase_hook["secret"]).verify(
                            body, headers
                        )

            log = (await admin.get(f"/api/v1/webhook-subscriptions/{all_hook['id']}/deliveries")).json()[
                "items"
            ]
            assert {d["status"] for d in log} == {"delivered"}
            assert all(d["attempts"] == 1 and d["lastStatusCode"] == 204 for d in log)

            # Redelivery sends the same event again, with the same id.
            retried = await admin.post(f"/api/v1/webhook-deliveries/{log[0]['id']}/retries")
            assert retried.status_code == 201, retried.text
            await deliver(started_app, db, settings)
            assert everything.ids()[-1] == log[0]["eventId"]  # the log is newest first
            assert len(everything.received) == 5


async def test_failures_back_off_429_waits_410_ends(
    started_app: Litestar, db: Database, settings: Settings, town: Town
) -> None:
    async with (
        browser(started_app, town.beheerder["email"]) as admin,
        browser(started_app, town.medewerker["email"]) as staff,
    ):
        with receiving() as receiver:
            hook = await subscribe(admin, town, receiver)
            answers = iter([(500, {}), (429, {"Retry-After": "120"}), (410, {})])
            receiver.answer = lambda n, h: next(answers)
            opgave_id = await create_opgave(staff, town)
            await staff.post(
                f"/api/v1/opgaven/{opgave_id}/phase-transitions", json={"toPhase": "formulating"}
            )
            await settled(db)
            await dispatch(db)

            async def state() -> list[Any]:
                return list(
                    await db.fetch(
                        """SELECT status, attempts, next_attempt_at - now() AS wait, last_status_code
                           FROM webhook_deliveries WHERE subscription_id = $1 ORDER BY created_at, id""",
                        hook["id"],
                    )
                )

            await db.fetchval(  # one delivery at a time, so the answers go in order
                "UPDATE webhook_deliveries SET next_attempt_at = now() + interval '1 hour' WHERE subscription_id = $1",
                hook["id"],
            )
            first = await db.fetchval(
                "SELECT id FROM webhook_deliveries WHERE subscription_id = $1 ORDER BY created_at, id LIMIT 1",
                hook["id"],
            )
            await db.fetchval("UPDATE webhook_deliveries SET next_attempt_at = now() WHERE id = $1", first)
            quick = {"retry_base_seconds": 30}
            await sender(started_app, settings, **quick).run(budget_seconds=5)
            after_500 = (await state())[0]
            assert (after_500["status"], after_500["attempts"], after_500["last_status_code"]) == (
                "pending",
                1,
                500,
            )
            assert timedelta(seconds=25) < after_500["wait"] <= timedelta(seconds=30)

            await db.fetchval("UPDATE webhook_deliveries SET next_attempt_at = now() WHERE id = $1", first)
            await sender(started_app, settings, **quick).run(budget_seconds=5)
            after_429 = (await state())[0]
            assert (after_429["attempts"], after_429["last_status_code"]) == (2, 429)
            assert timedelta(seconds=110) < after_429["wait"] <= timedelta(seconds=120)

            await db.fetchval("UPDATE webhook_deliveries SET next_attempt_at = now() WHERE id = $1", first)
            await sender(started_app, settings, **quick).run(budget_seconds=5)
            ended = (await admin.get(f"/api/v1/webhook-subscriptions/{hook['id']}")).json()
            assert ended["status"] == "ended"
            assert {r["status"] for r in await state()} == {"cancelled"}
            assert len(receiver.received) == 3


async def test_persistent_failure_pauses_and_mails_the_beheerder(
    started_app: Litestar, db: Database, settings: Settings, town: Town
) -> None:
    async with (
        browser(started_app, town.beheerder["email"]) as admin,
        browser(started_app, town.medewerker["email"]) as staff,
    ):
        with receiving() as receiver:
            receiver.answer = lambda n, h: (503, {})
            hook = await subscribe(admin, town, receiver, eventTypes=["nl.samenspel.opgave.published"])
            await create_opgave(staff, town)
            await settled(db)
            await dispatch(db)
            for _ in range(3):
                await db.fetchval(
                    "UPDATE webhook_deliveries SET next_attempt_at = now() WHERE subscription_id = $1",
                    hook["id"],
                )
                await sender(started_app, settings, max_attempts=3).run(budget_seconds=5)
        paused = (await admin.get(f"/api/v1/webhook-subscriptions/{hook['id']}")).json()
        assert paused["status"] == "paused"
        assert "3 pogingen" in paused["statusReason"]
        mails = await db.fetch(
            "SELECT subject FROM outgoing_mails WHERE to_address = $1", town.beheerder["email"]
        )
        assert [m["subject"] for m in mails] == ["Samenspel: een webhook is gepauzeerd"]
        log = (await admin.get(f"/api/v1/webhook-subscriptions/{hook['id']}/deliveries")).json()["items"]
        assert [d["status"] for d in log] == ["failed"]
        # A paused webhook is resumed by its beheerder; its failed delivery can then be sent again.
        refused = await admin.post(f"/api/v1/webhook-deliveries/{log[0]['id']}/retries")
        assert refused.status_code == 409
        etag = (await admin.get(f"/api/v1/webhook-subscriptions/{hook['id']}")).headers["etag"]
        resumed = await admin.patch(
            f"/api/v1/webhook-subscriptions/{hook['id']}",
            json={"status": "active"},
            headers={"If-Match": etag},
        )
        assert resumed.status_code == 200, resumed.text
        assert (await admin.post(f"/api/v1/webhook-deliveries/{log[0]['id']}/retries")).status_code == 201
