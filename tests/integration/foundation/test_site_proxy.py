"""The site's nginx (frontend/nginx.conf, as docker-compose runs it) on loopback: what nginx refuses
itself is problem+json like every answer of the API, and a request reaches the API with the address
nginx saw appended to X-Forwarded-For."""

import json
import os
import shutil
import socket
import subprocess
import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import httpx
import pytest

from api.settings import PROJECT_ROOT

NGINX = shutil.which("nginx") or next((p for p in ("/usr/sbin/nginx",) if Path(p).exists()), None)


class _Api(BaseHTTPRequestHandler):
    """Stands in for the API behind the proxy: answers with what it was sent."""

    def do_GET(self) -> None:
        body = json.dumps({"path": self.path, "forwardedFor": self.headers.get("X-Forwarded-For")}).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *_: object) -> None:
        pass


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, ThreadingHTTPServer]]:
    assert NGINX is not None, "nginx is missing: scripts/ensure-nginx.sh installs it"
    root = tmp_path_factory.mktemp("nginx")
    (root / "html").mkdir()
    (root / "html" / "index.html").write_text("<!doctype html><title>Samenspel</title>")
    api = ThreadingHTTPServer(("127.0.0.1", 0), _Api)
    threading.Thread(target=api.serve_forever, daemon=True).start()
    port = _free_port()
    site_conf = (
        (PROJECT_ROOT / "frontend" / "nginx.conf")
        .read_text()
        .replace("listen 8080;", f"listen 127.0.0.1:{port};")
        .replace("listen [::]:8080;", "")
        .replace("root /usr/share/nginx/html;", f"root {root / 'html'};")
        .replace("http://api:8000", f"http://127.0.0.1:{api.server_address[1]}")
    )
    (root / "site.conf").write_text(site_conf)
    temp = "".join(
        f"{kind}_temp_path {root / kind};\n" for kind in ("client_body", "proxy", "fastcgi", "uwsgi", "scgi")
    )
    (root / "nginx.conf").write_text(
        ("user root;\n" if os.geteuid() == 0 else "")
        + f"daemon off; worker_processes 1; pid {root / 'nginx.pid'}; error_log {root / 'error.log'};\n"
        + "events { worker_connections 64; }\n"
        + f"http {{ access_log off; default_type application/octet-stream; {temp} include {root / 'site.conf'}; }}\n"
    )
    nginx = subprocess.Popen([NGINX, "-p", str(root), "-c", str(root / "nginx.conf")], stderr=subprocess.PIPE)
    base = f"http://127.0.0.1:{port}"
    try:
        for _ in range(100):
            try:
                httpx.get(base + "/", timeout=1)
                break
            except httpx.TransportError:
                assert nginx.poll() is None, nginx.stderr.read() if nginx.stderr else "nginx ended"
                time.sleep(0.05)
        yield base, api
    finally:
        nginx.terminate()
        nginx.wait(10)
        api.shutdown()


def _is_problem(response: httpx.Response, status: int, code: str) -> None:
    assert response.status_code == status, response.text
    assert response.headers["content-type"] == "application/problem+json"
    problem = response.json()
    assert problem["status"] == status
    assert problem["code"] == code
    assert problem["type"] == f"urn:nl:samenspel:problem:{code}"


def test_a_request_reaches_the_api_with_the_address_nginx_saw(site: tuple[str, ThreadingHTTPServer]) -> None:
    base, _ = site
    response = httpx.get(base + "/api/v1/opgaven", headers={"X-Forwarded-For": "203.0.113.9"})
    assert response.status_code == 200
    # What the client wrote stays to the left; the address nginx saw is the rightmost, the one
    # the API believes from this proxy.
    assert response.json() == {"path": "/api/v1/opgaven", "forwardedFor": "203.0.113.9, 127.0.0.1"}


def test_a_header_too_large_for_nginx_is_a_problem(site: tuple[str, ThreadingHTTPServer]) -> None:
    base, _ = site
    for path in ("/api/v1/opgaven", "/opgaven"):
        _is_problem(httpx.get(base + path, headers={"X-Big": "a" * 40_000}), 431, "headers_too_large")


def test_a_body_too_large_for_nginx_is_a_problem(site: tuple[str, ThreadingHTTPServer]) -> None:
    base, _ = site
    _is_problem(httpx.post(base + "/api/v1/proposals", content=b"x" * 2_000_000), 413, "payload_too_large")


def test_pages_are_the_app_and_missing_assets_are_404(site: tuple[str, ThreadingHTTPServer]) -> None:
    base, _ = site
    page = httpx.get(base + "/opgaven/utrecht/iets")
    assert page.status_code == 200
    assert "Samenspel" in page.text
    assert httpx.get(base + "/_app/immutable/missing.js").status_code == 404


def test_an_unreachable_api_is_a_problem_with_retry_after(site: tuple[str, ThreadingHTTPServer]) -> None:
    base, api = site
    api.shutdown()
    api.server_close()
    response = httpx.get(base + "/api/v1/opgaven")
    _is_problem(response, 503, "unavailable")
    assert response.headers["retry-after"] == "5"
