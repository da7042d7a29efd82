"""docker-compose.yml is valid against the Compose Specification (validated offline: no engine here)."""

import ipaddress
import re
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
    assert set(services) == {"db", "migrate", "api", "worker", "site", "objects", "objects-init"}
    # Uploads go to the S3-compatible store, never into the database or a container's own disk.
    assert services["api"]["environment"]["OBJECT_STORE_ENDPOINT"] == "http://objects:9000"
    assert services["api"]["depends_on"]["objects-init"]["condition"] == "service_completed_successfully"
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
    assert "${MINIO_ROOT_PASSWORD:?" in text
    assert "password:" not in text.lower().replace("postgres_password:", "").replace(
        "minio_root_password:", ""
    )


def test_the_api_believes_the_address_its_nginx_saw_and_nobody_else() -> None:
    compose = yaml.safe_load(COMPOSE.read_text())
    subnet = ipaddress.ip_network(compose["networks"]["default"]["ipam"]["config"][0]["subnet"])
    trusted = compose["services"]["api"]["environment"]["TRUSTED_PROXIES"]
    default = re.fullmatch(r"\$\{TRUSTED_PROXIES:-(?P<value>[^}]+)\}", trusted)
    assert default is not None, trusted
    networks = [ipaddress.ip_network(n.strip()) for n in default["value"].split(",")]
    # The proxy's network is trusted, and no more than that (never every address).
    assert any(subnet.subnet_of(n) for n in networks)  # type: ignore[arg-type]
    assert all(n.prefixlen >= 16 for n in networks)
    assert "networks" not in compose["services"]["site"]  # on the default network, with the API
    nginx = (PROJECT_ROOT / "frontend" / "nginx.conf").read_text()
    assert "proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;" in nginx
