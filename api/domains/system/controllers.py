"""Health endpoints for orchestrators and load balancers."""

import asyncio

from litestar import get

from api.db.connection import Db
from api.domains.system.schemas import Health
from api.lib.access import access, everyone
from api.lib.errors import ServiceUnavailable
from api.lib.openapi import problems
from api.lib.routes import Controller


class HealthController(Controller):
    """Leeft de dienst, en kan hij de database bereiken?"""

    path = "/health"
    tags = ["Systeem"]

    @get("/live", opt=access(everyone))
    async def get_liveness(self) -> Health:
        return Health(status="ok")

    @get("/ready", opt=access(everyone), responses=problems(503))
    async def get_readiness(self, db: Db) -> Health:
        try:
            async with asyncio.timeout(2):
                await db.fetchval("SELECT 1")
        except Exception as error:
            raise ServiceUnavailable(
                "De database is niet bereikbaar.", headers={"Retry-After": "2"}
            ) from error
        return Health(status="ok")
