"""The rules of API-CONVENTIONS.md that hold for every route, on errors as well as successes."""

import json
import logging

import pytest
from httpx import AsyncClient, Response

from api.settings import API_VERSION

PROBLEM = "application/problem+json"


def assert_problem(response: Response, status: int, code: str | None = None) -> dict[str, object]:
    assert response.status_code == status, response.text
    assert response.headers["content-type"] == PROBLEM
    assert response.headers["api-version"] == API_VERSION
    body = response.json()
    assert {"type", "title", "status", "detail", "instance", "code", "requestId"} <= body.keys()
    assert body["status"] == status
    assert body["requestId"] == response.headers["x-request-id"]
    if code is not None:
        assert body["code"] == code
    return body  # type: ignore[no-any-return]


async def test_success_carries_the_version_and_security_headers(client: AsyncClient) -> None:
    response = await client.get("/api/v1/health/live")
    assert response.status_code == 200
    assert response.headers["api-version"] == API_VERSION
    assert response.headers["cache-control"] == "no-store"
    assert response.headers["x-content-type-options"] == "nosniff"
    assert response.headers["x-frame-options"] == "DENY"
    assert "frame-ancestors 'none'" in response.headers["content-security-policy"]
    assert response.headers["referrer-policy"] == "no-referrer"
    assert "strict-transport-security" not in response.headers  # only behind TLS


@pytest.mark.parametrize("method", ["GET", "POST", "DELETE"])
async def test_a_trailing_slash_is_a_404_not_a_redirect(client: AsyncClient, method: str) -> None:
    response = await client.request(method, "/api/v1/municipalities/")
    assert_problem(response, 404, "not_found")


@pytest.mark.parametrize("method", ["GET", "POST", "PUT", "PATCH", "DELETE"])
async def test_an_unknown_api_path_is_a_404_problem(client: AsyncClient, method: str) -> None:
    response = await client.request(method, "/api/v1/bestaat/niet")
    assert_problem(response, 404, "not_found")


async def test_request_headers_above_the_limit_are_a_431_problem(client: AsyncClient) -> None:
    response = await client.get("/api/v1/municipalities", headers={"X-Big": "x" * 1_000_000})
    body = assert_problem(response, 431, "headers_too_large")
    assert "requestId" in body
    # Within the limit all is well.
    assert (await client.get("/api/v1/municipalities", headers={"X-Big": "x" * 8_000})).status_code == 200


async def test_an_unsupported_method_is_a_405_with_allow(client: AsyncClient) -> None:
    response = await client.delete("/api/v1/municipalities")
    assert_problem(response, 405, "method_not_allowed")
    assert "GET" in {m.strip() for m in response.headers["allow"].split(",")}


async def test_head_is_get_without_the_body(client: AsyncClient) -> None:
    got = await client.get("/api/v1/municipalities")
    head = await client.head("/api/v1/municipalities")
    assert head.status_code == 200
    assert head.content == b""
    assert head.headers["content-length"] == str(len(got.content))
    assert head.headers["content-type"] == got.headers["content-type"]
    # Where GET is a problem, so is HEAD; and a route without GET has no HEAD either.
    assert (await client.head("/api/v1/bestaat/niet")).status_code == 404
    assert (await client.head("/api/v1/sessions")).status_code == 405


async def test_a_valid_body_is_accepted(probe_client: AsyncClient) -> None:
    body = {"title": "Goed", "amountCents": 5, "items": [{"label": "ok"}]}
    response = await probe_client.post("/api/v1/probes/echo", json=body)
    assert response.status_code == 201
    assert response.json() == body


async def test_an_integer_written_with_a_zero_fraction_is_an_integer(probe_client: AsyncClient) -> None:
    """JSON Schema's integer is any number without a fraction: 15.0 is 15, as the contract says;
    15.5 is not an integer, and "15" is text."""
    body = b'{"title": "Goed", "amountCents": 15.0, "items": [{"label": "ok"}]}'
    response = await probe_client.post(
        "/api/v1/probes/echo", content=body, headers={"Content-Type": "application/json"}
    )
    assert response.status_code == 201, response.text
    assert response.json()["amountCents"] == 15
    for wrong in (b"15.5", b'"15"', b"1e400"):
        response = await probe_client.post(
            "/api/v1/probes/echo",
            content=b'{"title": "Goed", "amountCents": ' + wrong + b"}",
            headers={"Content-Type": "application/json"},
        )
        assert response.status_code == 400, (wrong, response.text)


async def test_every_problem_of_a_body_is_listed_at_once(probe_client: AsyncClient) -> None:
    response = await probe_client.post(
        "/api/v1/probes/echo",
        json={"title": "", "amountCents": "5", "items": [{"label": "x"}, {}], "isAdmin": True},
    )
    body = assert_problem(response, 400, "invalid_input")
    found = {(p["name"], p["code"]) for p in body["invalidParams"]}  # type: ignore[attr-defined]
    assert found == {
        ("title", "too_short"),
        ("amountCents", "type"),
        ("items[0].label", "too_short"),
        ("items[1].label", "required"),
        ("isAdmin", "unknown_field"),
    }
    assert all(p["reason"] for p in body["invalidParams"])  # type: ignore[attr-defined]


async def test_a_field_name_longer_than_the_contract_allows_is_shortened(probe_client: AsyncClient) -> None:
    response = await probe_client.post(
        "/api/v1/probes/echo", json={"title": "x", "amountCents": 1, "x" * 500: 1}
    )
    body = assert_problem(response, 400)
    (unknown,) = [p for p in body["invalidParams"] if p["code"] == "unknown_field"]  # type: ignore[attr-defined]
    assert unknown["name"] == "x" * 199 + "…"


async def test_a_missing_required_field_is_named(probe_client: AsyncClient) -> None:
    response = await probe_client.post("/api/v1/probes/echo", json={"title": "x"})
    body = assert_problem(response, 400)
    assert body["invalidParams"] == [
        {"name": "amountCents", "code": "required", "reason": "Dit veld is verplicht."}
    ]


@pytest.mark.parametrize(
    ("content", "code"),
    [(b"{not json", "malformed_json"), (b"[1, 2]", "type"), (b"", "required"), (b'"text"', "type")],
)
async def test_a_body_that_is_not_an_object_is_a_400(
    probe_client: AsyncClient, content: bytes, code: str
) -> None:
    response = await probe_client.post(
        "/api/v1/probes/echo", content=content, headers={"content-type": "application/json"}
    )
    body = assert_problem(response, 400)
    assert body["invalidParams"][0]["code"] == code  # type: ignore[index]


async def test_a_wrong_content_type_is_a_415(probe_client: AsyncClient) -> None:
    response = await probe_client.post(
        "/api/v1/probes/echo",
        content=b"title=x",
        headers={"content-type": "application/x-www-form-urlencoded"},
    )
    assert_problem(response, 415, "unsupported_media_type")


async def test_a_body_above_the_limit_is_a_413(probe_client: AsyncClient) -> None:
    huge = json.dumps({"title": "x" * 2_000_000, "amountCents": 1}).encode()
    response = await probe_client.post(
        "/api/v1/probes/echo", content=huge, headers={"content-type": "application/json"}
    )
    assert_problem(response, 413, "payload_too_large")


async def test_deeply_nested_json_is_refused_without_a_crash(probe_client: AsyncClient) -> None:
    deep = b'{"title": "x", "amountCents": 1, "items": ' + b"[" * 5000 + b"]" * 5000 + b"}"
    response = await probe_client.post(
        "/api/v1/probes/echo", content=deep, headers={"content-type": "application/json"}
    )
    assert_problem(response, 400)


async def test_a_crash_is_a_500_problem_that_leaks_nothing(
    probe_client: AsyncClient, caplog: pytest.LogCaptureFixture
) -> None:
    with caplog.at_level(logging.INFO):
        response = await probe_client.post("/api/v1/probes/crash", headers={"x-request-id": "trace-12345678"})
    body = assert_problem(response, 500, "internal_error")
    assert body["requestId"] == "trace-12345678"
    for secret in ("SELECT", "RuntimeError", "Traceback", "litestar", "sqlalchemy", "secret"):
        assert secret.lower() not in response.text.lower()
    logged = [r for r in caplog.records if getattr(r, "request_id", None) == "trace-12345678"]
    assert logged
    assert logged[0].exc_info is not None


async def test_each_request_writes_one_access_log_line(
    client: AsyncClient, caplog: pytest.LogCaptureFixture
) -> None:
    with caplog.at_level(logging.INFO, logger="api.access"):
        response = await client.get("/api/v1/municipalities/utrecht")
    lines = [r for r in caplog.records if r.name == "api.access"]
    assert len(lines) == 1
    line = lines[0]
    assert line.method == "GET"  # type: ignore[attr-defined]
    assert line.route == "/api/v1/municipalities/{slug}"  # type: ignore[attr-defined]
    assert line.status == response.status_code  # type: ignore[attr-defined]
    assert line.requestId == response.headers["x-request-id"]  # type: ignore[attr-defined]
    assert isinstance(line.durationMs, float)  # type: ignore[attr-defined]


async def test_an_unusable_incoming_request_id_is_replaced(client: AsyncClient) -> None:
    response = await client.get("/api/v1/health/live", headers={"x-request-id": "bad id\n<script>"})
    assert response.headers["x-request-id"] != "bad id\n<script>"
    assert len(response.headers["x-request-id"]) == 36


async def test_cors_echoes_an_allowed_origin_with_credentials(client: AsyncClient) -> None:
    response = await client.get("/api/v1/municipalities", headers={"origin": "http://localhost:5173"})
    assert response.headers["access-control-allow-origin"] == "http://localhost:5173"
    assert response.headers["access-control-allow-credentials"] == "true"
    assert "origin" in response.headers.get("vary", "").lower()


async def test_cors_ignores_an_unknown_origin(client: AsyncClient) -> None:
    response = await client.get("/api/v1/municipalities", headers={"origin": "https://evil.example"})
    assert "access-control-allow-origin" not in response.headers


async def test_cors_preflight_from_an_unknown_origin_is_refused(client: AsyncClient) -> None:
    response = await client.options(
        "/api/v1/municipalities",
        headers={"origin": "https://evil.example", "access-control-request-method": "GET"},
    )
    assert "access-control-allow-origin" not in response.headers
    assert response.headers.get("access-control-allow-origin") != "*"


async def test_the_site_gets_security_headers_but_no_api_version(client: AsyncClient) -> None:
    response = await client.get("/gemeenten/utrecht")
    assert response.headers["x-frame-options"] == "DENY"
    assert "frame-ancestors 'none'" in response.headers["content-security-policy"]
    assert "api-version" not in response.headers


async def test_an_unknown_query_parameter_is_refused(client: AsyncClient) -> None:
    response = await client.get("/api/v1/municipalities", params={"limit": 5, "sort": "name", "isAdmin": "1"})
    body = assert_problem(response, 400, "invalid_input")
    assert [(p["name"], p["code"]) for p in body["invalidParams"]] == [  # type: ignore[attr-defined]
        ("isAdmin", "unknown_parameter"),
        ("sort", "unknown_parameter"),
    ]


async def test_null_is_no_value_for_a_typed_query_parameter(client: AsyncClient) -> None:
    """The framework would read ``status=null`` as "no filter"; the contract allows no such value."""
    response = await client.get("/api/v1/opgaven?phase=null&municipality=null")
    body = assert_problem(response, 400, "invalid_input")
    assert [(p["name"], p["code"]) for p in body["invalidParams"]] == [("phase", "invalid_value")]  # type: ignore[attr-defined]
    # In free text "null" is just a word.
    assert (await client.get("/api/v1/opgaven", params={"q": "null"})).status_code == 200
