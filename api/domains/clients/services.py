"""Managing API clients: create with a secret shown once, list, rotate the secret, revoke."""

import secrets
from uuid import UUID

from sqlalchemy import update

from api.db.uow import RowService
from api.domains.clients.models import ApiClient
from api.domains.clients.schemas import ApiClientCreate, ApiClientCreated, ApiClientRead
from api.lib.access import Client, Person
from api.lib.errors import Conflict
from api.lib.rows import from_orm
from api.lib.time import utcnow
from api.lib.tokens import hash_token


def _read(client: ApiClient) -> ApiClientRead:
    return from_orm(ApiClientRead, client)


def _with_secret(client: ApiClient, secret: str) -> ApiClientCreated:
    read = _read(client)
    return ApiClientCreated(**{f: getattr(read, f) for f in read.__struct_fields__}, client_secret=secret)


class ApiClientService(RowService[ApiClient]):
    model, missing = ApiClient, "Deze client bestaat niet."

    async def create(self, municipality_id: UUID, data: ApiClientCreate) -> ApiClientCreated:
        secret = secrets.token_urlsafe(32)
        actor = self.uow.principal
        client = ApiClient(
            municipality_id=municipality_id,
            name=data.name.strip(),
            client_id=f"ssp_{secrets.token_hex(12)}",
            secret_hash=hash_token(secret),
            scopes=sorted({str(s) for s in data.scopes}),
            created_by_id=actor.account_id if isinstance(actor, Person) else None,
            revoked_at=None,
        )
        await self.uow.insert(client)
        self.uow.audit(
            "api_client.created", "api_client", client.id, municipality_id, {"scopes": client.scopes}
        )
        return _with_secret(client, secret)

    async def rotate(self, client_id: UUID) -> ApiClientCreated:
        """A new secret, shown once; the old one stops working at once (tokens it already got live
        on to their end, minutes at most, as a revoked client's do not)."""
        client = await self._locked(client_id)
        if client.revoked_at is not None:
            raise Conflict("Deze client is ingetrokken; maak een nieuwe.", code="client_revoked")
        secret = secrets.token_urlsafe(32)
        client.secret_hash = hash_token(secret)
        self.uow.audit("api_client.secret_rotated", "api_client", client.id, client.municipality_id)
        return _with_secret(client, secret)

    async def token_issued(self, id: UUID, client_id: str, municipality_id: UUID, scope: str) -> None:
        """A token went out: when the client was last at work, and the audit line."""
        await self.uow.session.execute(
            update(ApiClient).where(ApiClient.id == id).values(last_used_at=utcnow())
        )
        self.uow.audit(
            "api_client.token_issued",
            "api_client",
            id,
            municipality_id,
            {"scope": scope},
            actor=Client(client_id, municipality_id, frozenset()),
        )

    async def revoke(self, client_id: UUID) -> None:
        client = await self._locked(client_id)
        if client.revoked_at is None:
            client.revoked_at = utcnow()
            self.uow.audit("api_client.revoked", "api_client", client.id, client.municipality_id)
