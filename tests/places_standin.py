"""A stand-in for the PDOK Locatieserver and the BRT-Achtergrondkaart on loopback, for the API's tests
and the browser journeys: nothing in a test leaves the machine.

It answers ``/suggest``, ``/lookup`` and ``/reverse`` as Locatieserver v3.1 does (the fields the API
asks for) for a handful of addresses in Utrecht and Putten, ``/free`` for their towns' wijken, and ``/tiles/{z}/{x}/{y}.png`` with a
plain tile. ``mode`` makes it fail in the ways the API must survive: ``error`` (500), ``slow`` (answers
after ``slow_seconds``), ``huge`` (an endless body), ``garbage`` (not JSON), ``hangup`` (closes the
connection), ``text`` (a tile that is no image).

``python -m tests.places_standin --port N`` runs it on its own (the journeys' Playwright config does);
there ``GET /__mode?set=hangup`` (or ``ok``) changes its mode.
"""

import argparse
import contextlib
import io
import json
import math
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any, ClassVar
from urllib.parse import parse_qs, urlsplit

ADDRESSES: list[dict[str, Any]] = [
    {
        "id": "adr-51d3e0b1f2a4c6e8d0b2a4c6e8f0a2b4",
        "weergavenaam": "Stadhuisbrug 1, 3511BM Utrecht",
        "gemeentecode": "0344",
        "lonlat": (5.120582, 52.091854),
        "wijkcode": "WK034404",
        "wijknaam": "Binnenstad",
        "buurtcode": "BU03440401",
        "buurtnaam": "Domplein-Neude-Janskerkhof",
    },
    {
        "id": "adr-7a9c1e3f5b7d9f1a3c5e7b9d1f3a5c7e",
        "weergavenaam": "Kanaalstraat 100, 3531CK Utrecht",
        "gemeentecode": "0344",
        "lonlat": (5.098624, 52.089723),
        "wijkcode": "WK034403",
        "wijknaam": "West",
        "buurtcode": "BU03440302",
        "buurtnaam": "Lombok-Oost",
    },
    {
        "id": "adr-2b4d6f8a0c2e4a6c8e0b2d4f6a8c0e2b",
        "weergavenaam": "Kanaalweg 20, 3526KL Utrecht",
        "gemeentecode": "0344",
        "lonlat": (5.095112, 52.077431),
        "wijkcode": "WK034406",
        "wijknaam": "Zuidwest",
        "buurtcode": "BU03440603",
        "buurtnaam": "Kanaleneiland-Noord",
    },
    {
        "id": "adr-9e8d7c6b5a4f3e2d1c0b9a8f7e6d5c4b",
        "weergavenaam": "Dorpsstraat 1, 3881BB Putten",
        "gemeentecode": "0273",
        "lonlat": (5.606344, 52.258802),
        "wijkcode": "WK027300",
        "wijknaam": "Putten",
        "buurtcode": "BU02730000",
        "buurtnaam": "Putten-Centrum",
    },
]


# The wijken of the towns besides those of the addresses above (``/free?fq=type:wijk``).
WIJKEN: list[dict[str, str]] = [
    {"gemeentecode": "0344", "wijkcode": "WK034401", "wijknaam": "Overvecht"},
    {"gemeentecode": "0344", "wijkcode": "WK034402", "wijknaam": "Noordwest"},
    *({key: a[key] for key in ("gemeentecode", "wijkcode", "wijknaam")} for a in ADDRESSES),
]

# The towns of the tests have made-up CBS codes: a code the stand-in does not know filters nothing.
KNOWN_CODES = {a["gemeentecode"] for a in ADDRESSES}


def _doc(address: dict[str, Any], fields: str) -> dict[str, Any]:
    lon, lat = address["lonlat"]
    full = {
        "type": "adres",
        "id": address["id"],
        "weergavenaam": address["weergavenaam"],
        "centroide_ll": f"POINT({lon} {lat})",
        "gemeentecode": address["gemeentecode"],
        "wijkcode": address["wijkcode"],
        "wijknaam": address["wijknaam"],
        "buurtcode": address["buurtcode"],
        "buurtnaam": address["buurtnaam"],
        "score": 10.0,
    }
    wanted = set(fields.split(",")) if fields else set(full)
    return {key: value for key, value in full.items() if key in wanted}


def _metres(a: tuple[float, float], b: tuple[float, float]) -> float:
    dx = (a[0] - b[0]) * 111_320 * math.cos(math.radians(a[1]))
    dy = (a[1] - b[1]) * 110_540
    return math.hypot(dx, dy)


def _tile_png() -> bytes:
    try:
        from PIL import Image
    except ImportError:  # pragma: no cover - Pillow is a dependency of the API
        return b""
    out = io.BytesIO()
    Image.new("RGB", (256, 256), (232, 236, 228)).save(out, format="PNG")
    return out.getvalue()


class StandIn(ThreadingHTTPServer):
    daemon_threads = True
    allow_reuse_address = True

    def __init__(self, port: int = 0) -> None:
        super().__init__(("127.0.0.1", port), _Handler)
        self.mode = "ok"
        self.slow_seconds = 3.0
        self.requests: list[tuple[str, dict[str, list[str]]]] = []
        self.tile = _tile_png()
        self._thread: threading.Thread | None = None

    def handle_error(self, request: Any, client_address: Any) -> None:
        pass  # a client that hung up on a slow answer is expected here

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.server_address[1]}"

    def start(self) -> "StandIn":
        self._thread = threading.Thread(target=self.serve_forever, daemon=True)
        self._thread.start()
        return self

    def stop(self) -> None:
        self.shutdown()
        self.server_close()


class _Handler(BaseHTTPRequestHandler):
    server: StandIn
    JSON: ClassVar[str] = "application/json"

    def log_message(self, format: str, *args: Any) -> None:
        pass

    def _send(self, status: int, body: bytes, content_type: str) -> None:
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        with contextlib.suppress(OSError):  # the API gave up waiting (slow mode): that is the point
            self.wfile.write(body)

    def _json(self, docs: list[dict[str, Any]]) -> None:
        body = {
            "response": {
                "numFound": len(docs),
                "start": 0,
                "maxScore": 10.0,
                "numFoundExact": True,
                "docs": docs,
            }
        }
        self._send(200, json.dumps(body).encode(), self.JSON)

    def do_GET(self) -> None:
        parts = urlsplit(self.path)
        query = parse_qs(parts.query)
        if parts.path == "/__mode":
            # For the journeys, which run it as a process of its own: ?set=hangup takes it "down".
            self.server.mode = query.get("set", ["ok"])[0]
            self._send(200, json.dumps({"mode": self.server.mode}).encode(), self.JSON)
            return
        self.server.requests.append((parts.path, query))
        mode = self.server.mode
        if mode == "hangup":
            self.connection.close()
            return
        if mode == "slow":
            time.sleep(self.server.slow_seconds)
        if mode == "error":
            self._send(500, b"<html>Internal Server Error</html>", "text/html")
            return
        if mode == "garbage":
            self._send(200, b"<html>not json</html>", self.JSON)
            return
        if mode == "huge":
            self.send_response(200)
            self.send_header("Content-Type", self.JSON)
            self.end_headers()
            try:
                for _ in range(10_000):
                    self.wfile.write(b" " * 65536)
            except OSError:
                pass
            return
        path = parts.path
        fields = query.get("fl", [""])[0]
        if path.endswith("/tiles") or "/tiles/" in path:
            if mode == "text":
                self._send(200, b"no image", "text/plain")
            else:
                self._send(200, self.server.tile, "image/png")
        elif path.endswith("/suggest"):
            q = query.get("q", [""])[0].lower()
            code = next(
                (f.split(":", 1)[1] for f in query.get("fq", []) if f.startswith("gemeentecode:")), None
            )
            found = [
                a
                for a in ADDRESSES
                if all(word in a["weergavenaam"].lower() for word in q.split())
                and (code not in KNOWN_CODES or a["gemeentecode"] == code)
            ]
            self._json([_doc(a, fields) for a in found[: int(query.get("rows", ["10"])[0])]])
        elif path.endswith("/free"):
            filters = query.get("fq", [])
            code = next((f.split(":", 1)[1] for f in filters if f.startswith("gemeentecode:")), None)
            wijken = [
                {"type": "wijk", "id": f"wyk-{w['wijkcode'].lower()}", **w}
                for w in WIJKEN
                if "type:wijk" in filters and (code not in KNOWN_CODES or w["gemeentecode"] == code)
            ]
            wanted = set(fields.split(",")) if fields else None
            docs = [{k: v for k, v in w.items() if wanted is None or k in wanted} for w in wijken]
            self._json(docs[: int(query.get("rows", ["10"])[0])])
        elif path.endswith("/lookup"):
            wanted = query.get("id", [""])[0]
            self._json([_doc(a, fields) for a in ADDRESSES if a["id"] == wanted])
        elif path.endswith("/reverse"):
            point = (float(query.get("lon", ["0"])[0]), float(query.get("lat", ["0"])[0]))
            distance = float(query.get("distance", ["1000"])[0])
            near = sorted(
                (a for a in ADDRESSES if _metres(a["lonlat"], point) <= distance),
                key=lambda a: _metres(a["lonlat"], point),
            )
            self._json([_doc(a, fields) for a in near[:1]])
        else:
            self._send(404, b'{"error": "not found"}', self.JSON)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--port", type=int, default=0)
    args = parser.parse_args()
    server = StandIn(args.port)
    print(f"stand-in on {server.url}", flush=True)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.server_close()


if __name__ == "__main__":
    main()
