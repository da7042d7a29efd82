"""The object store for uploaded files, through obstore: one interface over a folder and S3.

Files never go into PostgreSQL; a row there names the object by its key. By default the store is a
folder under the data directory; with ``OBJECT_STORE_BUCKET`` it is any S3-compatible server.
"""

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import obstore
from obstore.exceptions import NotFoundError
from obstore.store import LocalStore, S3Store

from api.settings import Settings

if TYPE_CHECKING:
    from obstore.store import ClientConfig


@dataclass(frozen=True)
class ObjectStore:
    """Put, get and delete whole objects by key."""

    store: Any

    @classmethod
    def of(cls, settings: Settings) -> "ObjectStore":
        storage = settings.storage
        if not storage.bucket:
            settings.uploads_path.mkdir(parents=True, exist_ok=True)
            return cls(LocalStore(str(settings.uploads_path), mkdir=True))
        config: dict[str, Any] = {"region": storage.region}
        if storage.endpoint:
            config["endpoint"] = storage.endpoint
            # A self-hosted store (MinIO) answers on a path, not on a bucket's host name.
            config["virtual_hosted_style_request"] = False
        if storage.access_key_id:
            config["access_key_id"] = storage.access_key_id
            config["secret_access_key"] = storage.secret_access_key
        client: ClientConfig = {"allow_http": storage.endpoint.startswith("http://")}
        return cls(S3Store(storage.bucket, client_options=client, **config))

    async def put(self, key: str, data: bytes) -> None:
        # The media type is the database row's to say (a folder store keeps no attributes).
        await obstore.put_async(self.store, key, data)

    async def get(self, key: str) -> bytes | None:
        """The object's bytes, or None when it is gone."""
        try:
            found = await obstore.get_async(self.store, key)
        except (NotFoundError, FileNotFoundError):
            return None
        return bytes(await found.bytes_async())

    async def delete(self, *keys: str) -> None:
        for key in keys:
            try:
                await obstore.delete_async(self.store, key)
            except (NotFoundError, FileNotFoundError):
                continue
