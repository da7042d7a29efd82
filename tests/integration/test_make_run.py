"""`python -m api run` (what `make run` starts) on a fresh data folder, stopped and started again.

The data folder is deep, as in a checkout in a long path: too deep for the embedded PostgreSQL's
Unix socket (a socket path has at most 107 characters), which must then live elsewhere.
"""

import asyncio
import os
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import asyncpg
import httpx
import pytest

from api.settings import PROJECT_ROOT

SOCKET_PATH_LIMIT = 107


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _start(data_dir: Path, port: int) -> subprocess.Popen[bytes]:
    env = {k: v for k, v in os.environ.items() if k != "DATABASE_URL"}
    env |= {"DATA_DIR": str(data_dir), "PORT": str(port), "WEB_WORKERS": "2", "LOG_LEVEL": "WARNING"}
    return subprocess.Popen(
        [sys.executable, "-m", "api", "run"],
        cwd=PROJECT_ROOT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        start_new_session=True,
    )


def _wait_ready(process: subprocess.Popen[bytes], port: int) -> None:
    deadline = time.monotonic() + 90
    while time.monotonic() < deadline:
        if process.poll() is not None:
            output = process.stdout.read().decode() if process.stdout else ""
            pytest.fail(f"`api run` exited early:\n{output}")
        try:
            if httpx.get(f"http://127.0.0.1:{port}/api/v1/health/ready", timeout=2).status_code == 200:
                return
        except httpx.HTTPError:
            pass
        time.sleep(0.3)
    pytest.fail("the platform did not become ready within 90 s")


def _stop(process: subprocess.Popen[bytes]) -> str:
    process.send_signal(signal.SIGINT)  # what Ctrl-C sends
    try:
        output, _ = process.communicate(timeout=60)
    except subprocess.TimeoutExpired:
        os.killpg(process.pid, signal.SIGKILL)
        pytest.fail("`api run` did not stop on Ctrl-C")
    return output.decode()


def _socket_dir(data_dir: Path) -> str:
    return (data_dir / "pg" / "postmaster.pid").read_text().splitlines()[4]


async def _add_marker(socket_dir: str) -> None:
    connection = await asyncpg.connect(host=socket_dir, user="postgres", database="samenspel")
    try:
        await connection.execute(
            "INSERT INTO municipalities (id, slug, name, cbs_code) VALUES (gen_random_uuid(), 'bewaard', 'Bewaard', 'GM9999')"
        )
    finally:
        await connection.close()


@pytest.mark.slow
def test_run_serves_the_platform_and_ctrl_c_stops_the_database(tmp_path: Path) -> None:
    data_dir = tmp_path / ("a-long-folder-name-" * 6) / "data"
    assert len(str(data_dir / "pg" / ".s.PGSQL.5432")) > SOCKET_PATH_LIMIT
    port = _free_port()
    process = _start(data_dir, port)
    try:
        _wait_ready(process, port)
        names = [
            m["name"] for m in httpx.get(f"http://127.0.0.1:{port}/api/v1/municipalities").json()["items"]
        ]
        assert {"Putten", "Utrecht"} <= set(names)
        # The server's own refusals are problems too: a 1 MB header reaches the app, which says 431.
        huge = httpx.get(f"http://127.0.0.1:{port}/api/v1/municipalities", headers={"X-Big": "x" * 1_000_000})
        assert huge.status_code == 431
        assert huge.headers["content-type"] == "application/problem+json"
        assert len(str(Path(_socket_dir(data_dir)) / ".s.PGSQL.5432")) <= SOCKET_PATH_LIMIT
        asyncio.run(_add_marker(_socket_dir(data_dir)))
    finally:
        output = _stop(process)
    assert process.returncode is not None
    assert "Samenspel draait" in output
    assert not (data_dir / "pg" / "postmaster.pid").exists(), "the embedded database still runs"

    # The next start keeps the data, and loading the demo again adds nothing.
    process = _start(data_dir, port)
    try:
        _wait_ready(process, port)
        items = httpx.get(f"http://127.0.0.1:{port}/api/v1/municipalities").json()["items"]
        assert sorted(m["name"] for m in items) == ["Bewaard", "Putten", "Utrecht"]
    finally:
        _stop(process)
    assert not (data_dir / "pg" / "postmaster.pid").exists()
