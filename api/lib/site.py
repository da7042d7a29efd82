"""The site: the Svelte app's static files, on the same origin as the API.

Every path outside ``/api`` that is not a file gets ``index.html``, so a deep link works on reload
and the app's router takes over. Hashed assets are cached for a year; the page itself never is.
"""

from pathlib import Path
from typing import Any

from litestar import HttpMethod, Request, Response, route
from litestar.exceptions import MethodNotAllowedException
from litestar.response import File

from api.lib.errors import NotFound

IMMUTABLE = "public, max-age=31536000, immutable"
# Script sources are the app's own: SvelteKit puts a CSP with hashes in the page itself; the
# header adds what a meta tag cannot say.
SITE_HEADERS: list[tuple[bytes, bytes]] = [
    (b"content-security-policy", b"frame-ancestors 'none'; object-src 'none'; base-uri 'self'"),
]


def site_handler(site_dir: Path) -> Any:
    """A catch-all GET handler serving ``site_dir``, or a friendly 404 when it was not built."""
    root = site_dir.resolve()

    # Every method: below /api an unknown path is a 404 whatever the method, not a 405 of the site.
    @route(
        ["/", "/{path:path}"],
        http_method=[
            HttpMethod.GET,
            HttpMethod.HEAD,
            HttpMethod.POST,
            HttpMethod.PUT,
            HttpMethod.PATCH,
            HttpMethod.DELETE,
        ],
        include_in_schema=False,
        name="site",
        sync_to_thread=False,
    )
    def site(request: Request[Any, Any, Any]) -> Response[Any] | File:
        path = request.path_params.get("path", "/").lstrip("/")
        if path == "api" or path.startswith("api/"):
            raise NotFound("Deze bron bestaat niet.")
        if request.method not in {HttpMethod.GET, HttpMethod.HEAD}:
            raise MethodNotAllowedException(headers={"Allow": "GET, HEAD"})
        index = root / "index.html"
        if not index.is_file():
            return Response(
                "De site is nog niet gebouwd: draai `make run` (of `make site`).",
                status_code=404,
                media_type="text/plain",
            )
        candidate = (root / path).resolve()
        if path and candidate.is_file() and candidate.is_relative_to(root):
            cache = IMMUTABLE if "/immutable/" in f"/{path}" else "no-cache"
            return _file(candidate, cache)
        return _file(index, "no-cache")

    return site


def _file(path: Path, cache: str) -> File:
    # The file name gives the content type; the status is explicit because the route also takes
    # POST (so unknown API paths are a 404 whatever the method), whose default would be 201.
    return File(
        path,
        filename=path.name,
        content_disposition_type="inline",
        status_code=200,
        headers={"Cache-Control": cache},
    )
