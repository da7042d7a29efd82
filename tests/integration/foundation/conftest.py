"""An app with the probe routes, sharing the session's database."""

from collections.abc import AsyncIterator

import httpx
import pytest
from litestar import Litestar

from api.app import create_app
from api.settings import Settings
from tests.conftest import BASE_URL, run_lifespan
from tests.probes import ProbeController


@pytest.fixture(scope="session")
async def probe_client(settings: Settings, database_url: str) -> AsyncIterator[httpx.AsyncClient]:
    app: Litestar = create_app(settings, database_url=database_url, extra_routes=[ProbeController])
    async with run_lifespan(app):
        transport = httpx.ASGITransport(app=app, raise_app_exceptions=False)
        async with httpx.AsyncClient(transport=transport, base_url=BASE_URL) as client:
            yield client
