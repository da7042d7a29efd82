"""A real S3-compatible server on loopback for the tests: moto's server mode, in a process of its own."""

import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass

import httpx


@dataclass(frozen=True)
class S3Server:
    endpoint: str
    access_key_id: str = "testing"
    secret_access_key: str = "testing"
    region: str = "us-east-1"


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


@contextmanager
def s3_server() -> Iterator[S3Server]:
    port = _free_port()
    process = subprocess.Popen(
        [sys.executable, "-m", "moto.server", "-H", "127.0.0.1", "-p", str(port)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    endpoint = f"http://127.0.0.1:{port}"
    try:
        for _ in range(100):  # at most ten seconds to start
            try:
                httpx.get(f"{endpoint}/moto-api/", timeout=0.5)
                break
            except httpx.TransportError:
                time.sleep(0.1)
        else:
            raise RuntimeError("the S3 server did not start")
        yield S3Server(endpoint)
    finally:
        process.terminate()
        process.wait(timeout=10)
