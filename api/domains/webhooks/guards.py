"""Who manages webhooks: the municipality's beheerders and its clients with ``webhooks:write``.
For anyone else a subscription or delivery does not exist."""

from typing import Any

from litestar.connection import ASGIConnection

from api.lib.access import Role, Rule, Target, role, scope
from api.lib.errors import NotFound

manage: Rule = role(Role.BEHEERDER) | scope("webhooks:write")


def _loader(sql: str, noun: str) -> Any:
    async def load(connection: ASGIConnection[Any, Any, Any, Any]) -> Target:
        row = await connection.app.state.db.fetchrow(sql, connection.path_params.get("id"))
        if row is None:
            raise NotFound(f"Deze {noun} bestaat niet.")
        return Target(municipality_id=row["municipality_id"], public=False)

    return load


subscription_from_path = _loader("SELECT municipality_id FROM webhook_subscriptions WHERE id = $1", "webhook")
delivery_from_path = _loader("SELECT municipality_id FROM webhook_deliveries WHERE id = $1", "bezorging")
