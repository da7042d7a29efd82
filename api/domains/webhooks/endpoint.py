"""The receiving end: which addresses may be called, and the NL GOV webhook handshake.

A webhook makes the platform call an address someone typed, so the one SSRF guard, the identity
providers' too, applies (``api.lib.destinations``): ``https`` to public addresses only (loopback
and ``http`` in development), checked at registration and, after resolving the name, before every
attempt; redirects are never followed.
"""

import httpx2

from api.lib.destinations import UnsafeDestination, check_destination, check_url
from api.lib.errors import InvalidInput

REQUEST_ORIGIN = "WebHook-Request-Origin"
ALLOWED_ORIGIN = "WebHook-Allowed-Origin"

__all__ = ["UnsafeDestination", "check_destination", "check_form", "handshake"]


def check_form(url: str, *, allow_loopback: bool) -> None:
    """400 unless ``url`` is, by its form, an address the platform may call."""
    try:
        check_url(url, allow_loopback=allow_loopback)
    except UnsafeDestination as unsafe:
        raise InvalidInput.one(
            "url",
            unsafe.code,
            "Dit adres mag de gemeente niet aanroepen (alleen https naar een openbaar adres).",
        ) from None


async def handshake(url: str, origin: str, *, allow_loopback: bool, wait_seconds: float) -> None:
    """The NL GOV webhook guideline's abuse protection: ``OPTIONS`` with ``WebHook-Request-Origin``;
    the receiver must answer 2xx with ``WebHook-Allowed-Origin`` naming us (or ``*``)."""
    reason = ""
    try:
        await check_destination(url, allow_loopback=allow_loopback)
        async with httpx2.AsyncClient(
            timeout=wait_seconds, follow_redirects=False, trust_env=False
        ) as client:
            response = await client.request("OPTIONS", url, headers={REQUEST_ORIGIN: origin})
        allowed = response.headers.get(ALLOWED_ORIGIN, "")
        if not response.is_success:
            reason = f"het adres antwoordde {response.status_code}"
        elif allowed not in {origin, "*"}:
            reason = f"het antwoord had geen {ALLOWED_ORIGIN}: {origin}"
    except UnsafeDestination:
        reason = "dit adres mag de gemeente niet aanroepen"
    except (httpx2.HTTPError, OSError):
        reason = "het adres was niet bereikbaar"
    if reason:
        raise InvalidInput.one("url", "handshake_failed", f"De handdruk met het adres mislukte: {reason}.")
