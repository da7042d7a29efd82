"""The cookies the API sets, all alike: for the whole host, over HTTPS only, out of reach of scripts,
and from another site sent only on a top-level navigation (``lax``)."""

from litestar.datastructures import Cookie


def host_cookie(key: str, value: str, max_age: int) -> Cookie:
    """``key`` set to ``value`` for ``max_age`` seconds (0 clears it)."""
    return Cookie(key=key, value=value, path="/", secure=True, httponly=True, samesite="lax", max_age=max_age)
