"""Fanning events out: each active subscription reads the event log after its own cursor, as its
owner may read it now, and gets one delivery row per event (at most one: a unique key says so)."""

from typing import Any
from uuid import UUID

from api.db.connection import Connection, Database
from api.domains.events import queries as events
from api.domains.events import visibility
from api.lib.access import Client, Person, Role
from api.lib.ids import new_id

BATCH = 1000

_SUBSCRIPTIONS = """
SELECT s.id, s.municipality_id, s.event_types, s.opgave_id, s.cursor_tx, s.cursor_id,
       s.owner_account_id, c.client_id AS client_key, c.scopes, c.revoked_at
FROM webhook_subscriptions s LEFT JOIN api_clients c ON c.id = s.owner_client_id
WHERE s.status = 'active'
ORDER BY s.id
FOR UPDATE OF s SKIP LOCKED
"""
_ROLES = "SELECT municipality_id, role FROM role_assignments WHERE account_id = $1"
_INSERT = """
INSERT INTO webhook_deliveries (id, municipality_id, subscription_id, event_id, status)
SELECT x.id, $1, $2, x.event_id, 'pending' FROM unnest($3::uuid[], $4::uuid[]) AS x(id, event_id)
ON CONFLICT (subscription_id, event_id) DO NOTHING
"""


async def owner_reader(connection: Connection, subscription: Any) -> visibility.Reader:
    """What the subscription's owner may read today: a person's current roles, a client's current
    scopes (none once it is revoked)."""
    if subscription["owner_account_id"] is not None:
        rows = await connection.fetch(_ROLES, subscription["owner_account_id"])
        roles = {r["municipality_id"]: Role.from_api(r["role"]) for r in rows}
        return visibility.reader(Person(subscription["owner_account_id"], "", True, roles))
    if subscription["client_key"] is not None and subscription["revoked_at"] is None:
        scopes = frozenset(subscription["scopes"])
        return visibility.reader(Client(subscription["client_key"], subscription["municipality_id"], scopes))
    return visibility.reader(Person(UUID(int=0), "", False))


async def dispatch(db: Database) -> int:
    """One round over every active subscription; returns how many deliveries it made."""
    made = 0
    async with db.transaction() as connection:
        for subscription in await connection.fetch(_SUBSCRIPTIONS):
            found = await events.positions(
                connection,
                await owner_reader(connection, subscription),
                subscription["municipality_id"],
                after=(subscription["cursor_tx"], subscription["cursor_id"]),
                types=list(subscription["event_types"]),
                opgave_id=subscription["opgave_id"],
                limit=BATCH,
            )
            if not found:
                continue
            ids = [event_id for _, event_id in found]
            await connection.execute(
                _INSERT,
                subscription["municipality_id"],
                subscription["id"],
                [new_id() for _ in ids],
                ids,
            )
            await connection.execute(
                "UPDATE webhook_subscriptions SET cursor_tx = $2, cursor_id = $3 WHERE id = $1",
                subscription["id"],
                *found[-1],
            )
            made += len(ids)
    return made
