"""Subscribing, changing, pausing, ending and redelivering. The rules live here."""

from uuid import UUID

import asyncpg
import msgspec

from api.db.uow import UnitOfWork
from api.domains.webhooks import endpoint
from api.domains.webhooks.delivery import new_secret, secret_context
from api.domains.webhooks.models import SubscriptionStatus
from api.domains.webhooks.schemas import WebhookSubscriptionCreate, WebhookSubscriptionUpdate
from api.lib.access import Client, Person
from api.lib.errors import Conflict, InvalidInput, NotFound
from api.lib.etag import require_if_match
from api.lib.ids import new_id
from api.lib.secretbox import SecretBox

# A new subscription hears what becomes final from now on, not the history before it.
_INSERT = """
INSERT INTO webhook_subscriptions (id, municipality_id, url, event_types, opgave_id, description, secret_sealed,
                                   owner_account_id, owner_client_id, cursor_tx, cursor_id, status)
VALUES ($1, $2, $3, $4, $5, $6, $7, $8,
        (SELECT id FROM api_clients WHERE client_id = $9),
        pg_snapshot_xmin(pg_current_snapshot())::text::bigint, NULL, 'active')
"""


class WebhookService:
    def __init__(self, uow: UnitOfWork, secrets: SecretBox) -> None:
        self.uow = uow
        self.secrets = secrets

    async def _check_opgave(self, municipality_id: UUID, opgave_id: UUID | None) -> None:
        if opgave_id is None:
            return
        connection = await self.uow.connection()
        found = await connection.fetchval(
            "SELECT 1 FROM opgaven WHERE id = $1 AND municipality_id = $2", opgave_id, municipality_id
        )
        if found is None:
            raise InvalidInput.one("opgaveId", "unknown_opgave", "Deze gemeente heeft die opgave niet.")

    async def subscribe(
        self,
        municipality_id: UUID,
        data: WebhookSubscriptionCreate,
        *,
        origin: str,
        allow_loopback: bool,
        wait_seconds: float,
    ) -> tuple[UUID, str]:
        """Check the address, shake hands with it, and store the subscription with a new secret."""
        endpoint.check_form(data.url, allow_loopback=allow_loopback)
        # Before the transaction touches the database: no connection is held while we wait on theirs.
        await endpoint.handshake(data.url, origin, allow_loopback=allow_loopback, wait_seconds=wait_seconds)
        await self._check_opgave(municipality_id, data.opgave_id)
        principal = self.uow.principal
        subscription_id, secret = new_id(), new_secret()
        connection = await self.uow.connection()
        await connection.execute(
            _INSERT,
            subscription_id,
            municipality_id,
            data.url,
            list(dict.fromkeys(data.event_types)),
            data.opgave_id,
            data.description.strip(),
            self.secrets.seal(secret, secret_context(subscription_id)),
            principal.account_id if isinstance(principal, Person) else None,
            principal.client_id if isinstance(principal, Client) else None,
        )
        self.uow.audit(
            "webhook.subscribed", "webhook_subscription", subscription_id, municipality_id, {"url": data.url}
        )
        return subscription_id, secret

    async def _locked(self, subscription_id: UUID, if_match: str) -> asyncpg.Record:
        """The subscription's row, locked: 404 when there is none, 428/412 unless ``if_match`` names its version."""
        row = await (await self.uow.connection()).fetchrow(
            "SELECT municipality_id, status, version FROM webhook_subscriptions WHERE id = $1 FOR UPDATE",
            subscription_id,
        )
        if row is None:
            raise NotFound("Deze webhook bestaat niet.")
        require_if_match(if_match, row["version"])
        return row

    async def update(self, subscription_id: UUID, data: WebhookSubscriptionUpdate, if_match: str) -> None:
        row = await self._locked(subscription_id, if_match)
        changes: dict[str, object] = {}
        if data.status is not msgspec.UNSET and data.status != row["status"]:
            if data.status == SubscriptionStatus.ENDED or row["status"] == SubscriptionStatus.ENDED:
                raise Conflict(
                    "Een beëindigde webhook (410 van de ontvanger) komt niet terug; registreer hem opnieuw.",
                    code="subscription_ended",
                )
            changes["status"] = data.status.value
            changes["status_reason"] = ""
        if data.event_types is not msgspec.UNSET:
            changes["event_types"] = list(dict.fromkeys(data.event_types))
        if data.opgave_id is not msgspec.UNSET:
            await self._check_opgave(row["municipality_id"], data.opgave_id)
            changes["opgave_id"] = data.opgave_id
        if data.description is not msgspec.UNSET:
            changes["description"] = data.description.strip()
        assignments = ", ".join(f"{column} = ${i}" for i, column in enumerate(changes, start=2))
        await (await self.uow.connection()).execute(
            f"""UPDATE webhook_subscriptions SET {assignments}{", " if changes else ""}
                version = version + 1, updated_at = now() WHERE id = $1""",
            subscription_id,
            *changes.values(),
        )
        self.uow.audit(
            "webhook.updated",
            "webhook_subscription",
            subscription_id,
            row["municipality_id"],
            {"fields": sorted(changes)},
        )

    async def remove(self, subscription_id: UUID, if_match: str) -> None:
        row = await self._locked(subscription_id, if_match)
        await (await self.uow.connection()).execute(
            "DELETE FROM webhook_subscriptions WHERE id = $1", subscription_id
        )
        self.uow.audit("webhook.removed", "webhook_subscription", subscription_id, row["municipality_id"])

    async def redeliver(self, delivery_id: UUID) -> None:
        """Send a delivery again, now, with a fresh count of attempts (the event id stays)."""
        connection = await self.uow.connection()
        row = await connection.fetchrow(
            """SELECT d.municipality_id, s.status FROM webhook_deliveries d
               JOIN webhook_subscriptions s ON s.id = d.subscription_id WHERE d.id = $1 FOR UPDATE OF d""",
            delivery_id,
        )
        if row is None:
            raise NotFound("Deze bezorging bestaat niet.")
        if row["status"] != SubscriptionStatus.ACTIVE:
            raise Conflict("Maak de webhook eerst weer actief.", code="subscription_not_active")
        await connection.execute(
            """UPDATE webhook_deliveries SET status = 'pending', attempts = 0, next_attempt_at = now(),
                      leased_until = NULL, updated_at = now() WHERE id = $1""",
            delivery_id,
        )
        self.uow.audit("webhook.redelivered", "webhook_delivery", delivery_id, row["municipality_id"])
