"""The address a request came from, for rate limits, sign-in delays and idempotency scopes.

Behind a proxy every request comes from the proxy, so the proxy's ``X-Forwarded-For`` must be read;
but a client can send that header too, and a proxy appends to what it got. So the header is read
only when the peer is a trusted proxy (``TRUSTED_PROXIES``), from the right: the first address
that is not a trusted proxy is the one the outermost trusted proxy saw. Anything left of it was
written by the client and counts for nothing.
"""

import ipaddress
from functools import lru_cache
from typing import Any

from litestar.connection import ASGIConnection

from api.settings import Settings

Network = ipaddress.IPv4Network | ipaddress.IPv6Network


@lru_cache(maxsize=8)
def trusted_networks(proxies: tuple[str, ...]) -> tuple[Network, ...]:
    """``TRUSTED_PROXIES`` as networks (a bare address is a network of one)."""
    return tuple(ipaddress.ip_network(proxy, strict=False) for proxy in proxies)


def _is_trusted(address: str, networks: tuple[Network, ...]) -> bool:
    try:
        parsed = ipaddress.ip_address(address)
    except ValueError:
        return False
    return any(parsed in network for network in networks)


def client_address(connection: ASGIConnection[Any, Any, Any, Any], settings: Settings) -> str:
    peer = connection.client.host if connection.client else "unknown"
    networks = trusted_networks(settings.auth.trusted_proxies)
    if not networks or not _is_trusted(peer, networks):
        return peer
    hops = [hop.strip() for hop in ",".join(connection.headers.getall("x-forwarded-for", [])).split(",")]
    for hop in reversed([h for h in hops if h]):
        if not _is_trusted(hop, networks):
            return hop[:64]
    # Only trusted proxies all the way: the request started inside.
    return peer
