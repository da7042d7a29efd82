"""Where the platform may send requests on a beheerder's word: the one guard against SSRF.

A beheerder types a URL (an identity provider's issuer, a webhook's endpoint), and the platform
then calls it, and for a provider the endpoints its discovery document names. Without a guard that
is a way to make the server call its own network. Both staff sign-in and webhooks use this module.
The rule, for every such URL:

- ``https://`` to a host name (with a dot and an alphabetic top-level label) or a public IP
  address; no user info or fragment, and an issuer has no query either (OpenID Discovery §4.3);
- loopback (``localhost``, 127.0.0.0/8, ``::1``) only with ``APP_ENV=development``, and there
  ``http://`` too, for a provider on the developer's machine and the tests;
- before each request the host is resolved, and the request is refused when any address is not
  public (private, shared, link-local, loopback outside development, multicast, reserved);
- redirects are never followed, responses have a size limit and every request a deadline.

What this cannot see: a DNS answer that changes between our check and the connection (DNS
rebinding) within the same second. Production closes that gap with an egress firewall that lets
the API reach only the internet, not its own network.
"""

import asyncio
import ipaddress
import re
import socket
from urllib.parse import urlsplit

_LABEL = re.compile(r"^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$")
_TOP_LABEL = re.compile(r"^[a-z][a-z0-9-]*$")


class UnsafeDestination(Exception):
    """A URL the platform will not call; ``code`` says why."""

    def __init__(self, code: str) -> None:
        super().__init__(code)
        self.code = code


def _is_loopback_name(host: str) -> bool:
    return host == "localhost" or host.endswith(".localhost")


def _address(host: str) -> ipaddress.IPv4Address | ipaddress.IPv6Address | None:
    try:
        return ipaddress.ip_address(host)
    except ValueError:
        return None


def _allowed_address(address: ipaddress.IPv4Address | ipaddress.IPv6Address, allow_loopback: bool) -> bool:
    if isinstance(address, ipaddress.IPv6Address) and address.ipv4_mapped is not None:
        address = address.ipv4_mapped
    if address.is_loopback:
        return allow_loopback
    return address.is_global and not address.is_multicast


def check_url(url: str, *, allow_loopback: bool, issuer: bool = False) -> None:
    """Refuse ``url`` by its form alone (no DNS): raises ``UnsafeDestination``."""
    try:
        parts = urlsplit(url)
        port = parts.port
    except ValueError:
        raise UnsafeDestination("invalid_url") from None
    host = (parts.hostname or "").lower()
    if parts.scheme not in {"https", "http"} or not host:
        raise UnsafeDestination("invalid_url")
    if parts.username is not None or parts.password is not None or parts.fragment:
        raise UnsafeDestination("invalid_url")
    if issuer and parts.query:
        raise UnsafeDestination("invalid_url")
    if port == 0:
        raise UnsafeDestination("invalid_url")
    address = _address(host)
    loopback = _is_loopback_name(host) or (address is not None and address.is_loopback)
    if loopback:
        if not allow_loopback:
            raise UnsafeDestination("loopback_not_allowed")
        return
    if parts.scheme != "https":
        raise UnsafeDestination("https_required")
    if address is not None:
        if not _allowed_address(address, allow_loopback):
            raise UnsafeDestination("private_address")
        return
    labels = host.rstrip(".").split(".")
    if len(labels) < 2 or not all(_LABEL.match(label) for label in labels):
        raise UnsafeDestination("invalid_host")
    if not _TOP_LABEL.match(labels[-1]):
        # "0x7f.1" or "2130706433" are addresses in disguise to some resolvers.
        raise UnsafeDestination("invalid_host")


async def check_destination(url: str, *, allow_loopback: bool) -> None:
    """``check_url``, then every address the host resolves to must be allowed too."""
    check_url(url, allow_loopback=allow_loopback)
    parts = urlsplit(url)
    host = parts.hostname or ""
    port = parts.port or (443 if parts.scheme == "https" else 80)
    try:
        infos = await asyncio.get_running_loop().getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except OSError:
        raise UnsafeDestination("unresolvable_host") from None
    for *_, sockaddr in infos:
        address = _address(str(sockaddr[0]).split("%", 1)[0])
        if address is None or not _allowed_address(address, allow_loopback):
            raise UnsafeDestination("private_address")
