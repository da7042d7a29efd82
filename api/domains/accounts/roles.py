"""Raising a person's role in a municipality, as other domains need to."""

from uuid import UUID

from api.db.connection import Connection
from api.domains.accounts.models import RoleName
from api.lib.access import Role
from api.lib.ids import new_id

_ORDER = {name.value: Role.from_api(name.value) for name in RoleName}


async def raise_role(connection: Connection, municipality_id: UUID, account_id: UUID, role: RoleName) -> None:
    """Give ``role`` in the municipality unless the person already has it or a higher one."""
    current = await connection.fetchval(
        "SELECT role FROM role_assignments WHERE municipality_id = $1 AND account_id = $2 FOR UPDATE",
        municipality_id,
        account_id,
    )
    if current is None:
        await connection.execute(
            """INSERT INTO role_assignments (id, municipality_id, account_id, role) VALUES ($1, $2, $3, $4)
               ON CONFLICT (municipality_id, account_id) DO NOTHING""",
            new_id(),
            municipality_id,
            account_id,
            role.value,
        )
    elif _ORDER[current] < _ORDER[role.value]:
        await connection.execute(
            "UPDATE role_assignments SET role = $3, updated_at = now() WHERE municipality_id = $1 AND account_id = $2",
            municipality_id,
            account_id,
            role.value,
        )
