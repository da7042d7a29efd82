"""Start a server on loopback, wait until it is ready, watch its workers' memory, stop it."""

import os
import signal
import subprocess
import sys
import threading
import time
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from api.settings import PROJECT_ROOT

# Posting limits far above what a run sends: the benchmark measures the path, not the limiter.
GENEROUS = {
    "LIMIT_PROPOSALS_PER_HOUR": "100000000",
    "LIMIT_COMMENTS_PER_HOUR": "100000000",
    "LIMIT_SUPPORTS_PER_HOUR": "100000000",
}


@dataclass(frozen=True)
class ServerConfig:
    """How a server runs: which app, which server program, workers and pool sizes."""

    app: str  # "app" (the platform) or "floor"
    server: str = "granian"  # or "uvicorn"
    workers: int = 1
    pool: int = 16  # asyncpg pool per worker
    orm_pool: int = 8  # SQLAlchemy's pool per worker (the app only)
    extra_env: dict[str, str] = field(default_factory=dict)

    def describe(self) -> str:
        pools = f"asyncpg {self.pool}" + (f" + SQLAlchemy {self.orm_pool}" if self.app == "app" else "")
        return f"{self.server}, {self.workers} worker(s), pool {pools} per worker"


def _command(config: ServerConfig, port: int) -> list[str]:
    target = "api.asgi:app" if config.app == "app" else "bench.floor:app"
    if config.server == "uvicorn":
        return [
            sys.executable, "-m", "uvicorn", target, "--host", "127.0.0.1", "--port", str(port),
            "--workers", str(config.workers), "--no-access-log", "--log-level", "warning",
            "--timeout-graceful-shutdown", "30",
        ]  # fmt: skip
    if config.app == "app":
        return [sys.executable, "-m", "api", "serve"]
    return [
        sys.executable, "-m", "granian", "--interface", "asgi", "--host", "127.0.0.1", "--port", str(port),
        "--workers", str(config.workers), "--no-access-log", "--log-level", "warning", target,
    ]  # fmt: skip


def environment(config: ServerConfig, database_url: str, port: int, data_dir: Path) -> dict[str, str]:
    env = dict(os.environ)
    env.update(
        {
            "DATABASE_URL": database_url,
            "PORT": str(port),
            "HOST": "127.0.0.1",
            "WEB_WORKERS": str(config.workers),
            "DB_POOL_MAX": str(config.pool),
            "DB_ORM_POOL_SIZE": str(config.orm_pool),
            "DATA_DIR": str(data_dir),
            "NOTIFICATION_MAIL_INTERVAL_SECONDS": "0",
            "PYTHONPATH": str(PROJECT_ROOT),
            "CORS_ORIGINS": f"http://127.0.0.1:{port}",
            **GENEROUS,
            **config.extra_env,
        }
    )
    return env


def _children(pid: int) -> list[int]:
    found = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                stat = (entry / "stat").read_text()
            except OSError:
                continue
            if int(stat.rsplit(")", 1)[1].split()[1]) == pid:
                found.append(int(entry.name))
    return found


def _rss_kib(pid: int) -> int:
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
    except OSError:
        pass
    return 0


_TICK = os.sysconf("SC_CLK_TCK")


def _cpu_seconds(pid: int) -> float:
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return 0.0
    return (int(fields[11]) + int(fields[12])) / _TICK  # utime + stime


def _stat(pid: int) -> list[str]:
    try:
        return Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return []


def postgres_cpu_seconds(postmaster: int) -> float:
    """CPU time PostgreSQL used so far on this machine: its live processes (backends, autovacuum,
    the WAL writer...) and, through the postmaster's children totals, those that have exited."""
    own = _stat(postmaster)
    total = (int(own[11]) + int(own[12]) + int(own[13]) + int(own[14])) / _TICK if own else 0.0
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            fields = _stat(int(entry.name))
            if fields and int(fields[1]) == postmaster:  # ppid
                total += (int(fields[11]) + int(fields[12])) / _TICK
    return total


class Running:
    """A started server: its process, port, and the peak memory of each worker seen so far."""

    def __init__(self, process: subprocess.Popen[bytes], port: int, config: ServerConfig) -> None:
        self.process = process
        self.port = port
        self.config = config
        self.peak_kib: dict[int, int] = {}
        self._stop = threading.Event()
        self._watch = threading.Thread(target=self._sample, daemon=True)
        self._watch.start()

    @property
    def base(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def workers(self) -> list[int]:
        """The processes that serve requests: the server's children, or the server itself."""
        return _children(self.process.pid) or [self.process.pid]

    def _sample(self) -> None:
        while not self._stop.wait(0.25):
            for pid in self.workers():
                self.peak_kib[pid] = max(self.peak_kib.get(pid, 0), _rss_kib(pid))

    def peak_mib(self) -> float:
        return max(self.peak_kib.values(), default=0) / 1024

    def cpu_seconds(self) -> float:
        """CPU time the workers used so far: per request, it does not depend on a neighbour's load."""
        return sum(_cpu_seconds(pid) for pid in self.workers())

    def reset_peak(self) -> None:
        self.peak_kib.clear()

    def wait_ready(self, timeout: float = 180) -> None:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"{self.config.app} server exited with {self.process.returncode}")
            try:
                with urllib.request.urlopen(f"{self.base}/api/v1/health/ready", timeout=2) as answer:
                    if answer.status == 200:
                        return
            except OSError:
                pass
            time.sleep(0.2)
        raise TimeoutError(f"{self.config.app} server not ready within {timeout} s")

    def stop(self, sig: int = signal.SIGTERM, timeout: float = 40) -> int:
        self._stop.set()
        if self.process.poll() is None:
            self.process.send_signal(sig)
            try:
                self.process.wait(timeout)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        return self.process.returncode


@contextmanager
def serving(
    config: ServerConfig, database_url: str, port: int, data_dir: Path, log: Path
) -> Iterator[Running]:
    """The server, ready for requests, stopped on the way out."""
    data_dir.mkdir(parents=True, exist_ok=True)
    env = environment(config, database_url, port, data_dir)
    if config.app == "app":
        subprocess.run([sys.executable, "-m", "api", "init-keys"], env=env, check=True, capture_output=True)
    with log.open("ab") as out:
        process = subprocess.Popen(
            _command(config, port), env=env, stdout=out, stderr=subprocess.STDOUT, cwd=PROJECT_ROOT
        )
    running = Running(process, port, config)
    try:
        running.wait_ready()
        yield running
    finally:
        running.stop()
