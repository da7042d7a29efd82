"""The address a request came from, for rate limits."""

from typing import Any

from litestar.connection import ASGIConnection

from api.settings import Settings


def client_address(connection: ASGIConnection[Any, Any, Any, Any], settings: Settings) -> str:
    if settings.auth.trust_proxy_headers and (forwarded := connection.headers.get("x-forwarded-for")):
        return forwarded.split(",")[0].strip()[:64]
    return connection.client.host if connection.client else "unknown"
