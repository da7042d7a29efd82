"""The committed contract is the code's: generated, deterministic, served byte for byte."""

import json
import re
from collections.abc import Iterator
from datetime import timedelta

import pytest
from httpx import AsyncClient
from litestar import Litestar

from api.__main__ import SPEC_FILE
from api.lib.openapi import (
    _share_problems,
    access_by_operation,
    finish,
    idempotent_operations,
    serialise,
    spec_of,
)
from api.lib.time import EARLIEST, LATEST
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


def _response(spec: dict, response: dict) -> dict:
    """The response itself, also where the operation refers to one under ``components/responses``."""
    if "$ref" in response:
        return spec["components"]["responses"][response["$ref"].removeprefix("#/components/responses/")]
    return response


def test_every_operation_documents_its_errors_as_problems(app: Litestar) -> None:
    spec = spec_of(app)
    for path, method, op in _operations(spec):
        responses = op["responses"]
        assert {"500", "503"} <= responses.keys(), (method, path)
        if op.get("parameters") or "requestBody" in op:
            assert "400" in responses, (method, path)
        for status, reference in responses.items():
            response = _response(spec, reference)
            assert response["headers"]["API-Version"], (method, path, status)
            if int(status) >= 400:
                assert list(response["content"]) == ["application/problem+json"], (method, path, status)
        assert op.get("summary"), (method, path)
        assert op.get("tags"), (method, path)


def test_every_error_response_is_written_once_and_referred_to(app: Litestar) -> None:
    spec = spec_of(app)
    shared = spec["components"]["responses"]
    used = set()
    for path, method, op in _operations(spec):
        for status, response in op["responses"].items():
            if int(status) >= 400:
                assert set(response) == {"$ref"}, (method, path, status)
                used.add(response["$ref"].removeprefix("#/components/responses/"))
    assert used == set(shared)
    assert shared["NotFound"]["description"].startswith("Bestaat niet")
    assert set(shared["TooManyRequests"]["headers"]) == {"API-Version", "Retry-After"}


def test_sharing_the_error_responses_changes_no_operation(app: Litestar) -> None:
    """The shared spec, each reference replaced by what it names, is the spec written out in place."""
    written_out = finish(
        app.openapi_schema.to_schema(), access_by_operation(app), idempotent_operations(app), shared=False
    )
    shared = spec_of(app)
    assert "responses" not in written_out["components"]
    for _path, _method, op in _operations(shared):
        op["responses"] = {status: _response(shared, r) for status, r in op["responses"].items()}
    del shared["components"]["responses"]
    assert shared == written_out


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


def _strings(schema: dict, schemas: dict, path: str, seen: set[str]) -> list[tuple[str, dict]]:
    """Every string schema reachable from ``schema``, with where it is."""
    if "$ref" in schema:
        name = schema["$ref"].rsplit("/", 1)[-1]
        if name in seen:
            return []
        return _strings(schemas[name], schemas, name, seen | {name})
    found = []
    if schema.get("type") == "string":
        found.append((path, schema))
    for key in ("anyOf", "oneOf", "allOf"):
        for option in schema.get(key, []):
            found += _strings(option, schemas, path, seen)
    for name, sub in schema.get("properties", {}).items():
        found += _strings(sub, schemas, f"{path}.{name}", seen)
    for key in ("items", "additionalProperties", "propertyNames"):
        if isinstance(schema.get(key), dict):
            found += _strings(schema[key], schemas, f"{path}[{key}]", seen)
    return found


def test_patterns_mean_the_same_in_python_and_json_schema(app: Litestar) -> None:
    """\\s, \\w and \\d match more in Python than in ECMAScript (which JSON Schema uses)."""
    text = json.dumps(spec_of(app))
    assert not re.findall(r'"pattern": "[^"]*\\\\\\\\[swdbSWDB]', text)


def test_every_input_string_refuses_nul(app: Litestar) -> None:
    """PostgreSQL cannot store NUL; the contract must say so, for every string a client sends."""
    spec = spec_of(app)
    schemas = spec["components"]["schemas"]
    loose = []
    for _path, _method, op in _operations(spec):
        # A parameter may be shared under components (the Idempotency-Key of every POST).
        parameters = [
            spec["components"]["parameters"][p["$ref"].rsplit("/", 1)[-1]] if "$ref" in p else p
            for p in op.get("parameters", [])
        ]
        inputs = [(f"{op['operationId']}.{p['name']}", p["schema"]) for p in parameters if p["in"] != "path"]
        for media in op.get("requestBody", {}).get("content", {}).values():
            inputs.append((op["operationId"], media["schema"]))
        for where, schema in inputs:
            for name, string in _strings(schema, schemas, where, set()):
                if not ({"enum", "const", "format"} & string.keys()) and not _refuses_nul(
                    string.get("pattern", "")
                ):
                    loose.append(name)
    assert not sorted(set(loose)), sorted(set(loose))


def _refuses_nul(pattern: str) -> bool:
    return bool(pattern) and re.fullmatch(pattern, "a\x00b") is None and re.search(pattern, "\x00") is None


def test_a_problem_described_two_ways_fails_the_generation(app: Litestar) -> None:
    spec = finish(
        app.openapi_schema.to_schema(), access_by_operation(app), idempotent_operations(app), shared=False
    )
    spec["paths"]["/municipalities"]["get"]["responses"]["503"]["description"] = "Even niet."
    with pytest.raises(ValueError, match="describes its 503 unlike the others"):
        _share_problems(spec)


# Bounds the code checks itself, outside the schema, and why the schema cannot carry them. A new
# check of a length, range or pattern in a service belongs in the body's msgspec type (and so in
# the schema), or here with its reason.
CHECKED_OUTSIDE_THE_SCHEMA = {
    (
        "api/domains/ballots/services.py",
        "too_many",
    ): "the ballot's own maxChoices, set by staff per ballot: not a bound of the schema",
    (
        "api/domains/accounts/passwords.py",
        "too_short",
    ): "also in the schema (NewPassword); kept for every caller",
    (
        "api/domains/accounts/passwords.py",
        "too_long",
    ): "also in the schema (NewPassword); kept for every caller",
    (
        "api/domains/budgets/services.py",
        "too_large",
    ): "a grant is at most what was asked: another row's value",
    (
        "api/domains/reflections/services.py",
        "too_short",
    ): "a follow-up's text is 10+ only when it is a formulation",
    (
        "api/domains/attachments/services.py",
        "too_long",
    ): "also in the schema (AddAttachment's altText): the form is read as a stream, not by the framework",
    (
        "api/domains/attachments/upload.py",
        "too_long",
    ): "a text field of the streamed form, cut off while it is read (the file may follow it)",
    (
        "api/domains/meetings/services.py",
        "too_long",
    ): "a meeting lasts at most a week: its end against its start, another field",
    (
        "api/domains/polls/questions.py",
        "too_few",
    ): "a choice question has two options or more: the schema allows none for the other kinds",
    (
        "api/domains/polls/questions.py",
        "too_many",
    ): "an answer chooses at most the question's own maxChoices (one for a single choice): set per question",
    (
        "api/domains/polls/questions.py",
        "out_of_range",
    ): "a point on the question's own scale (scaleMin to scaleMax), set per question",
    ("api/lib/time.py", "out_of_range"): "also in the schema: a pattern on the year (PlausibleDate)",
    ("api/lib/time.py", "pattern"): "that pattern itself, written into the schema of every date",
    ("api/lib/idempotency.py", "pattern"): "a header: the same pattern is in its schema (Idempotency-Key)",
}
_BOUND_CODES = re.compile(r'"(too_short|too_long|too_many|too_few|too_large|too_small|out_of_range|pattern)"')


def test_every_bound_the_code_checks_is_in_the_schema_or_named() -> None:
    root = SPEC_FILE.parent.parent
    found = {
        (str(path.relative_to(root)), code)
        for path in sorted((root / "api").rglob("*.py"))
        if path.name not in {"validation.py", "openapi.py"}
        for code in _BOUND_CODES.findall(path.read_text())
    }
    assert found == set(CHECKED_OUTSIDE_THE_SCHEMA), found ^ set(CHECKED_OUTSIDE_THE_SCHEMA)


def _date_properties(schema: object) -> Iterator[dict[str, object]]:
    if isinstance(schema, dict):
        if schema.get("format") == "date" and schema.get("type") == "string":
            yield schema
        for value in schema.values():
            yield from _date_properties(value)
    elif isinstance(schema, list):
        for value in schema:
            yield from _date_properties(value)


def test_every_date_states_the_range_the_api_enforces(app: Litestar) -> None:
    dates = list(_date_properties(spec_of(app)))
    assert dates
    pattern = re.compile(next(iter(dates))["pattern"])  # type: ignore[arg-type]
    for schema in dates:
        assert schema.get("pattern") == pattern.pattern, schema
    assert pattern.match(EARLIEST.isoformat())
    assert pattern.match(LATEST.isoformat())
    assert not pattern.match((EARLIEST - timedelta(days=1)).isoformat())
    assert not pattern.match((LATEST + timedelta(days=1)).isoformat())
