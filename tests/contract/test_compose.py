"""docker-compose.yml is valid against the Compose Specification (validated offline: no engine here)."""

import subprocess
import sys
from pathlib import Path

import yaml

from api.settings import PROJECT_ROOT

COMPOSE = PROJECT_ROOT / "docker-compose.yml"


def test_compose_file_follows_the_compose_specification() -> None:
    result = subprocess.run(
        [
            str(Path(sys.executable).parent / "check-jsonschema"),
            "--builtin-schema",
            "vendor.compose-spec",
            str(COMPOSE),
        ],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_compose_has_the_production_shape() -> None:
    services = yaml.safe_load(COMPOSE.read_text())["services"]
    assert set(services) == {"db", "migrate", "api", "worker", "site"}
    assert services["worker"]["command"] == ["python", "-m", "api", "worker"]
    assert services["api"]["environment"]["WORKER_IN_PROCESS"] == "false"
    assert "healthcheck" in services["db"]
    assert services["migrate"]["restart"] == "no"
    assert services["api"]["depends_on"]["migrate"]["condition"] == "service_completed_successfully"
    assert (PROJECT_ROOT / "Dockerfile").is_file()
    assert (PROJECT_ROOT / services["site"]["build"] / "Dockerfile").is_file()
    assert (PROJECT_ROOT / "frontend" / "nginx.conf").is_file()


def test_compose_commits_no_secret() -> None:
    text = COMPOSE.read_text()
    assert "${POSTGRES_PASSWORD:?" in text
    assert "password:" not in text.lower().replace("postgres_password:", "")
