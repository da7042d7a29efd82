"""The committed contract is the code's: generated, deterministic, served byte for byte."""

import re

from httpx import AsyncClient
from litestar import Litestar

from api.__main__ import SPEC_FILE
from api.lib.openapi import serialise, spec_of
from api.settings import API_VERSION

METHODS = {"get", "post", "put", "patch", "delete"}


def test_committed_spec_matches_the_code(app: Litestar) -> None:
    generated = serialise(spec_of(app))
    assert SPEC_FILE.read_bytes() == generated, "openapi/openapi.json is stale: run `make openapi`"


def test_generation_is_deterministic(app: Litestar) -> None:
    assert serialise(spec_of(app)) == serialise(spec_of(app))


async def test_the_served_spec_is_the_committed_file(client: AsyncClient) -> None:
    response = await client.get("/api/v1/openapi.json", headers={"origin": "https://elders.example"})
    assert response.status_code == 200
    assert response.content == SPEC_FILE.read_bytes()
    assert response.headers["access-control-allow-origin"] == "*"
    assert response.headers["api-version"] == API_VERSION
    assert response.headers["content-type"].startswith("application/json")


async def test_nothing_is_served_below_the_spec(client: AsyncClient) -> None:
    response = await client.get("/api/v1/openapi.json/anything")
    assert response.status_code == 404
    assert response.headers["content-type"] == "application/problem+json"


def _operations(spec: dict) -> list[tuple[str, str, dict]]:
    return [
        (path, method, op)
        for path, item in spec["paths"].items()
        for method, op in item.items()
        if method in METHODS
    ]


def test_every_operation_has_an_explicit_pascal_case_id(app: Litestar) -> None:
    ids = [op["operationId"] for _, _, op in _operations(spec_of(app))]
    assert len(ids) == len(set(ids))
    assert all(re.fullmatch(r"[A-Z][A-Za-z0-9]+", op_id) for op_id in ids), ids


def test_every_operation_documents_its_errors_as_problems(app: Litestar) -> None:
    spec = spec_of(app)
    for path, method, op in _operations(spec):
        responses = op["responses"]
        assert {"500", "503"} <= responses.keys(), (method, path)
        if op.get("parameters") or "requestBody" in op:
            assert "400" in responses, (method, path)
        for status, response in responses.items():
            assert response["headers"]["API-Version"], (method, path, status)
            if int(status) >= 400:
                assert list(response["content"]) == ["application/problem+json"], (method, path, status)
        assert op.get("summary"), (method, path)
        assert op.get("tags"), (method, path)


def test_paths_live_under_the_versioned_server(app: Litestar) -> None:
    spec = spec_of(app)
    assert spec["servers"] == [{"url": "/api/v1", "description": "Deze omgeving"}]
    assert spec["info"]["version"] == API_VERSION
    for path in spec["paths"]:
        assert not path.startswith("/api/"), path
        assert path == "/" or not path.endswith("/"), path


def test_bodies_that_refuse_unknown_fields_say_so(app: Litestar) -> None:
    schemas = spec_of(app)["components"]["schemas"]
    assert schemas["Problem"]["additionalProperties"] is False
    assert schemas["MunicipalityRead"]["additionalProperties"] is False
