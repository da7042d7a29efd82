"""A real HTTP receiver on loopback: it answers the handshake and records every delivery."""

import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

Answer = tuple[int, dict[str, str]]


@dataclass
class Receiver:
    url: str
    # What to answer to a POST: called with the request number (from 1) and the headers.
    answer: Callable[[int, dict[str, str]], Answer] = lambda n, h: (204, {})
    allowed_origin: str | None = "*"
    received: list[tuple[dict[str, str], bytes]] = field(default_factory=list)
    lock: threading.Lock = field(default_factory=threading.Lock)

    def ids(self) -> list[str]:
        with self.lock:
            return [headers["webhook-id"] for headers, _ in self.received]


@contextmanager
def receiving() -> Iterator[Receiver]:
    receiver: Receiver

    class Handler(BaseHTTPRequestHandler):
        def log_message(self, *args: Any) -> None:
            pass

        def do_OPTIONS(self) -> None:
            self.send_response(200 if receiver.allowed_origin is not None else 404)
            if receiver.allowed_origin is not None:
                self.send_header("WebHook-Allowed-Origin", receiver.allowed_origin)
            self.send_header("Content-Length", "0")
            self.end_headers()

        def do_POST(self) -> None:
            body = self.rfile.read(int(self.headers.get("Content-Length", "0")))
            headers = {k.lower(): v for k, v in self.headers.items()}
            with receiver.lock:
                receiver.received.append((headers, body))
                number = len(receiver.received)
            status, extra = receiver.answer(number, headers)
            self.send_response(status)
            for name, value in extra.items():
                self.send_header(name, value)
            self.send_header("Content-Length", "0")
            self.end_headers()

    class Server(ThreadingHTTPServer):
        request_queue_size = 256  # the default 5 refuses bursts of parallel deliveries

    server = Server(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    receiver = Receiver(url=f"http://127.0.0.1:{server.server_address[1]}/samenspel")
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield receiver
    finally:
        server.shutdown()
        server.server_close()
