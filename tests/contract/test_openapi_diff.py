"""The breaking-change check: each kind of break in a small spec is caught, additions pass."""

import copy
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from tests.contract.openapi_diff import accepted_changes, breaking, changes, is_accepted, main, unused

Spec = dict[str, Any]

PHASE = "#/components/schemas/Phase"


def _spec() -> Spec:
    def json_body(ref: str) -> dict[str, Any]:
        return {"application/json": {"schema": {"$ref": ref}}}

    problem = {"application/problem+json": {"schema": {"$ref": "#/components/schemas/Problem"}}}
    return {
        "openapi": "3.1.0",
        "info": {"title": "Dingen", "version": "1.0.0"},
        "servers": [{"url": "/api/v1"}],
        "paths": {
            "/things/{id}": {
                "get": {
                    "operationId": "GetThing",
                    "parameters": [
                        {
                            "name": "id",
                            "in": "path",
                            "required": True,
                            "schema": {"type": "string", "format": "uuid"},
                        },
                        {
                            "name": "view",
                            "in": "query",
                            "schema": {"type": "string", "enum": ["short", "full"]},
                        },
                    ],
                    "responses": {
                        "200": {
                            "description": "Gelukt.",
                            "headers": {"ETag": {"required": True, "schema": {"type": "string"}}},
                            "content": json_body("#/components/schemas/ThingRead"),
                        },
                        "404": {"$ref": "#/components/responses/NotFound"},
                    },
                }
            },
            "/things": {
                "post": {
                    "operationId": "CreateThing",
                    "security": [{"session": []}, {"clientCredentials": ["things:write"]}],
                    "requestBody": {
                        "required": True,
                        "content": json_body("#/components/schemas/ThingWrite"),
                    },
                    "responses": {
                        "201": {
                            "description": "Aangemaakt.",
                            "content": json_body("#/components/schemas/ThingRead"),
                        },
                        "400": {"description": "Ongeldig.", "content": problem},
                    },
                }
            },
        },
        "components": {
            "schemas": {
                "Phase": {"type": "string", "enum": ["draft", "open", "closed"]},
                "ThingWrite": {
                    "type": "object",
                    "additionalProperties": False,
                    "required": ["title"],
                    "properties": {
                        "title": {"type": "string", "maxLength": 100},
                        "count": {"type": "integer", "minimum": 0, "maximum": 10},
                        "phase": {"$ref": PHASE},
                        "note": {"anyOf": [{"type": "string", "maxLength": 50}, {"type": "null"}]},
                        "tags": {"type": "array", "items": {"type": "string"}, "maxItems": 5},
                    },
                },
                "ThingRead": {
                    "type": "object",
                    "additionalProperties": False,
                    "required": ["id", "title", "phase", "children"],
                    "properties": {
                        "id": {"type": "string", "format": "uuid"},
                        "title": {"type": "string", "maxLength": 100},
                        "phase": {"$ref": PHASE},
                        "children": {"type": "array", "items": {"$ref": "#/components/schemas/ThingRead"}},
                    },
                },
                "Problem": {"type": "object", "properties": {"title": {"type": "string"}}},
            },
            "responses": {"NotFound": {"description": "Bestaat niet.", "content": problem}},
            "securitySchemes": {
                "session": {"type": "apiKey", "in": "cookie", "name": "sid"},
                "clientCredentials": {
                    "type": "oauth2",
                    "flows": {
                        "clientCredentials": {"tokenUrl": "/oauth/token", "scopes": {"things:write": "x"}}
                    },
                },
            },
        },
    }


def _schemas(spec: Spec) -> dict[str, Any]:
    return spec["components"]["schemas"]


def _get(spec: Spec) -> dict[str, Any]:
    return spec["paths"]["/things/{id}"]["get"]


def _post(spec: Spec) -> dict[str, Any]:
    return spec["paths"]["/things"]["post"]


def _view(spec: Spec) -> dict[str, Any]:
    return _get(spec)["parameters"][1]


WRITE = "POST /things request body application/json"
READ = "GET /things/{id} response 200 application/json"

BREAKING: list[tuple[str, Callable[[Spec], object], str]] = [
    ("operation removed", lambda s: s["paths"]["/things"].pop("post"), "POST /things: operation removed"),
    (
        "operationId renamed",
        lambda s: _post(s).update(operationId="MakeThing"),
        "POST /things: operationId changed from CreateThing to MakeThing",
    ),
    (
        "request field removed",
        lambda s: _schemas(s)["ThingWrite"]["properties"].pop("count"),
        f"{WRITE} .count: field removed",
    ),
    (
        "response field removed",
        lambda s: _schemas(s)["ThingRead"]["properties"].pop("id"),
        f"{READ} .id: field removed",
    ),
    (
        "enum value removed, read",
        lambda s: _schemas(s)["Phase"]["enum"].remove("closed"),
        f"{READ} .phase: enum value 'closed' removed",
    ),
    (
        "enum value removed, sent",
        lambda s: _schemas(s)["Phase"]["enum"].remove("closed"),
        f"{WRITE} .phase: enum value 'closed' removed",
    ),
    (
        "required request field added",
        lambda s: (
            _schemas(s)["ThingWrite"]["properties"].update(owner={"type": "string"}),
            _schemas(s)["ThingWrite"]["required"].append("owner"),
        ),
        f"{WRITE} .owner: required field added",
    ),
    (
        "request field made required",
        lambda s: _schemas(s)["ThingWrite"]["required"].append("count"),
        f"{WRITE} .count: became required",
    ),
    (
        "required parameter added",
        lambda s: _get(s)["parameters"].append(
            {"name": "lang", "in": "query", "required": True, "schema": {"type": "string"}}
        ),
        "GET /things/{id} parameter lang (query): required parameter added",
    ),
    (
        "parameter made required",
        lambda s: _view(s).update(required=True),
        "GET /things/{id} parameter view (query): became required",
    ),
    (
        "parameter removed",
        lambda s: _get(s)["parameters"].pop(1),
        "GET /things/{id} parameter view (query): removed",
    ),
    (
        "parameter enum value removed",
        lambda s: _view(s)["schema"]["enum"].remove("full"),
        "GET /things/{id} parameter view (query): enum value 'full' removed",
    ),
    (
        "null no longer accepted",
        lambda s: _schemas(s)["ThingWrite"]["properties"]["note"]["anyOf"].pop(),
        f"{WRITE} .note: no longer accepts null",
    ),
    (
        "type changed in a request",
        lambda s: _schemas(s)["ThingWrite"]["properties"]["count"].update(type="string"),
        f"{WRITE} .count: no longer accepts integer",
    ),
    (
        "maxLength lowered in a request",
        lambda s: _schemas(s)["ThingWrite"]["properties"]["title"].update(maxLength=50),
        f"{WRITE} .title: maxLength 100 -> 50",
    ),
    (
        "minimum raised in a request",
        lambda s: _schemas(s)["ThingWrite"]["properties"]["count"].update(minimum=1),
        f"{WRITE} .count: minimum 0 -> 1",
    ),
    (
        "pattern added in a request",
        lambda s: _schemas(s)["ThingWrite"]["properties"]["tags"]["items"].update(pattern="^[a-z]+$"),
        f"{WRITE} .tags[]: pattern ^[a-z]+$ added",
    ),
    (
        "maxItems lowered in a request",
        lambda s: _schemas(s)["ThingWrite"]["properties"]["tags"].update(maxItems=2),
        f"{WRITE} .tags: maxItems 5 -> 2",
    ),
    (
        "enum set on a free request field",
        lambda s: _schemas(s)["ThingWrite"]["properties"]["title"].update(enum=["a"]),
        f"{WRITE} .title: enum ['a'] added",
    ),
    (
        "response field made optional",
        lambda s: _schemas(s)["ThingRead"]["required"].remove("title"),
        f"{READ} .title: became optional",
    ),
    (
        "response field made nullable",
        lambda s: _schemas(s)["ThingRead"]["properties"].update(
            title={"anyOf": [{"type": "string", "maxLength": 100}, {"type": "null"}]}
        ),
        f"{READ} .title: may now send null",
    ),
    (
        "maxLength raised in a response",
        lambda s: _schemas(s)["ThingRead"]["properties"]["title"].update(maxLength=200),
        f"{READ} .title: maxLength 100 -> 200",
    ),
    (
        "format dropped in a response",
        lambda s: _schemas(s)["ThingRead"]["properties"]["id"].pop("format"),
        f"{READ} .id: format uuid removed",
    ),
    (
        "type changed inside a list",
        lambda s: _schemas(s)["ThingWrite"]["properties"]["tags"]["items"].update(type="integer"),
        f"{WRITE} .tags[]: no longer accepts string",
    ),
    (
        "success status removed",
        lambda s: _post(s)["responses"].pop("201"),
        "POST /things response 201: status removed",
    ),
    (
        "response media type removed",
        lambda s: _get(s)["responses"]["200"].update(content={"application/xml": {"schema": {}}}),
        f"{READ}: media type removed",
    ),
    (
        "required response header removed",
        lambda s: _get(s)["responses"]["200"].pop("headers"),
        "GET /things/{id} response 200 header ETag: removed",
    ),
    (
        "response header made optional",
        lambda s: _get(s)["responses"]["200"]["headers"]["ETag"].update(required=False),
        "GET /things/{id} response 200 header ETag: became optional",
    ),
    (
        "credentials needed",
        lambda s: _get(s).update(security=[{"session": []}]),
        "GET /things/{id}: a caller with no credentials may no longer call it",
    ),
    (
        "a scope more",
        lambda s: _post(s).update(
            security=[{"session": []}, {"clientCredentials": ["things:write", "things:admin"]}]
        ),
        "POST /things: a caller with clientCredentials ['things:write'] may no longer call it",
    ),
    (
        "scheme renamed",
        lambda s: s["components"]["securitySchemes"]["session"].update(name="sid2"),
        "security scheme session: name changed from sid to sid2",
    ),
    ("base path moved", lambda s: s.update(servers=[{"url": "/api/v2"}]), "servers: server /api/v1 removed"),
]


@pytest.mark.parametrize(
    ("change", "expected"), [(m, e) for _, m, e in BREAKING], ids=[n for n, _, _ in BREAKING]
)
def test_a_breaking_change_is_caught(change: Callable[[Spec], object], expected: str) -> None:
    old = _spec()
    new = copy.deepcopy(old)
    change(new)
    assert expected in {str(c) for c in breaking(old, new)}


def test_a_body_that_becomes_required_is_caught() -> None:
    old = _spec()
    _post(old)["requestBody"]["required"] = False
    assert [str(c) for c in breaking(old, _spec())] == ["POST /things request body: became required"]


def test_refusing_unknown_fields_in_a_request_is_caught() -> None:
    old = _spec()
    _schemas(old)["ThingWrite"]["additionalProperties"] = True
    assert [str(c) for c in breaking(old, _spec())] == [f"{WRITE}: unknown fields refused"]
    assert breaking(_spec(), old) == []


ADDITIVE: list[tuple[str, Callable[[Spec], object], str]] = [
    (
        "operation added",
        lambda s: s["paths"]["/things"].update(
            get={"operationId": "ListThings", "responses": {"200": {"description": "Gelukt."}}}
        ),
        "GET /things: operation added",
    ),
    (
        "optional request field added",
        lambda s: _schemas(s)["ThingWrite"]["properties"].update(colour={"type": "string"}),
        f"{WRITE} .colour: field added",
    ),
    (
        "response field added",
        lambda s: (
            _schemas(s)["ThingRead"]["properties"].update(colour={"type": "string"}),
            _schemas(s)["ThingRead"]["required"].append("colour"),
        ),
        f"{READ} .colour: required field added",
    ),
    (
        "optional parameter added",
        lambda s: _get(s)["parameters"].append({"name": "lang", "in": "query", "schema": {"type": "string"}}),
        "GET /things/{id} parameter lang (query): optional parameter added",
    ),
    (
        "enum value added",
        lambda s: _schemas(s)["Phase"]["enum"].append("archived"),
        f"{READ} .phase: enum value 'archived' added",
    ),
    (
        "error status added",
        lambda s: _get(s)["responses"].update({"409": {"$ref": "#/components/responses/NotFound"}}),
        "GET /things/{id} response 409: status added",
    ),
    (
        "error status removed",
        lambda s: _get(s)["responses"].pop("404"),
        "GET /things/{id} response 404: status removed",
    ),
    (
        "maxLength raised in a request",
        lambda s: _schemas(s)["ThingWrite"]["properties"]["title"].update(maxLength=200),
        f"{WRITE} .title: maxLength 100 -> 200",
    ),
    (
        "request field made optional",
        lambda s: _schemas(s)["ThingWrite"]["required"].remove("title"),
        f"{WRITE} .title: became optional",
    ),
    (
        "null accepted in a request",
        lambda s: _schemas(s)["ThingWrite"]["properties"]["count"].update(type=["integer", "null"]),
        f"{WRITE} .count: now accepts null",
    ),
    (
        "an integer field takes any number",
        lambda s: _schemas(s)["ThingWrite"]["properties"]["count"].update(type="number"),
        f"{WRITE} .count: now accepts number",
    ),
    (
        "maxLength lowered in a response",
        lambda s: _schemas(s)["ThingRead"]["properties"]["title"].update(maxLength=50),
        f"{READ} .title: maxLength 100 -> 50",
    ),
    ("open to everyone", lambda s: _post(s)["security"].append({}), ""),
    (
        "a response header added",
        lambda s: _post(s)["responses"]["201"].update(headers={"Location": {"schema": {"type": "string"}}}),
        "POST /things response 201 header Location: added",
    ),
]


@pytest.mark.parametrize(
    ("change", "expected"), [(m, e) for _, m, e in ADDITIVE], ids=[n for n, _, _ in ADDITIVE]
)
def test_an_additive_change_passes(change: Callable[[Spec], object], expected: str) -> None:
    old = _spec()
    new = copy.deepcopy(old)
    change(new)
    assert breaking(old, new) == []
    if expected:
        assert expected in {str(c) for c in changes(old, new)}


def _inline(spec: Spec) -> Spec:
    """Every response and schema reference of ``spec`` written out in place (but the recursive one)."""
    spec = copy.deepcopy(spec)
    for operation in (_get(spec), _post(spec)):
        for status, response in operation["responses"].items():
            if "$ref" in response:
                operation["responses"][status] = copy.deepcopy(spec["components"]["responses"]["NotFound"])
    _schemas(spec)["ThingWrite"]["properties"]["phase"] = copy.deepcopy(_schemas(spec)["Phase"])
    del spec["components"]["responses"]
    return spec


def test_writing_a_part_once_and_referring_to_it_changes_nothing() -> None:
    assert changes(_inline(_spec()), _spec()) == []
    assert changes(_spec(), _inline(_spec())) == []


def test_renaming_a_path_parameter_keeps_the_operation() -> None:
    new = _spec()
    new["paths"]["/things/{thingId}"] = new["paths"].pop("/things/{id}")
    _get_renamed = new["paths"]["/things/{thingId}"]["get"]
    _get_renamed["parameters"][0]["name"] = "thingId"
    assert changes(_spec(), new) == []


def test_a_response_that_no_longer_sends_null_passes() -> None:
    old = _spec()
    _schemas(old)["ThingRead"]["properties"]["title"] = {
        "anyOf": [{"type": "string", "maxLength": 100}, {"type": "null"}]
    }
    assert [str(c) for c in changes(old, _spec())] == [
        f"{READ} .title: no longer sends null",
        "POST /things response 201 application/json .title: no longer sends null",
    ]
    assert breaking(old, _spec()) == []


def test_a_recursive_schema_is_compared_once_where_it_starts() -> None:
    new = _spec()
    _schemas(new)["ThingRead"]["properties"].pop("id")
    assert [str(c) for c in breaking(_spec(), new)] == [
        f"{READ} .id: field removed",
        "POST /things response 201 application/json .id: field removed",
    ]


def test_a_schema_that_may_hold_itself_or_null_is_compared_once() -> None:
    old = _spec()
    _schemas(old)["ThingRead"]["properties"]["parent"] = {
        "anyOf": [{"$ref": "#/components/schemas/ThingRead"}, {"type": "null"}]
    }
    new = copy.deepcopy(old)
    _schemas(new)["ThingRead"]["properties"]["title"]["maxLength"] = 200
    assert [str(c) for c in breaking(old, new)] == [
        f"{READ} .title: maxLength 100 -> 200",
        "POST /things response 201 application/json .title: maxLength 100 -> 200",
    ]


def test_the_same_spec_has_no_changes() -> None:
    assert changes(_spec(), _spec()) == []


def test_accepted_changes_are_read_without_their_reasons(tmp_path: Path) -> None:
    accepted = tmp_path / "accepted.txt"
    accepted.write_text(
        "# Why: the field was never filled.\nGET /things/{id} response 200 application/json .id: field removed\n\n"
    )
    assert accepted_changes(accepted) == {"GET /things/{id} response 200 application/json .id: field removed"}
    assert accepted_changes(tmp_path / "absent.txt") == set()


def test_the_command_fails_on_a_break_and_prints_it(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    old, new = tmp_path / "old.json", tmp_path / "new.json"
    old.write_text(json.dumps(_spec()))
    changed = _spec()
    changed["paths"]["/things"].pop("post")
    new.write_text(json.dumps(changed))
    assert main([str(old), str(old)]) == 0
    assert main([str(old), str(new)]) == 1
    assert "BREAKING  POST /things: operation removed" in capsys.readouterr().out


def test_an_accepted_line_may_stand_for_many_with_a_star() -> None:
    new = _spec()
    _schemas(new)["ThingRead"]["properties"].pop("id")
    found = breaking(_spec(), new)
    assert all(is_accepted(c, {"* .id: field removed"}) for c in found)
    assert not any(is_accepted(c, {"* .title: field removed"}) for c in found)
    # Written out, a line with the pattern's own brackets and stars still means itself.
    _schemas(new)["ThingWrite"]["properties"]["tags"]["items"]["pattern"] = "^[a-z]*$"
    pattern = next(c for c in breaking(_spec(), new) if "pattern" in c.what)
    assert is_accepted(pattern, {str(pattern)})
    assert unused({"* .id: field removed", "* .gone: field removed"}, found) == {"* .gone: field removed"}


def test_the_command_holds_the_accepted_list_to_account(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from tests.contract import openapi_diff

    released, current, accepted = (
        tmp_path / "released.json",
        tmp_path / "current.json",
        tmp_path / "accepted.txt",
    )
    released.write_text(json.dumps(_spec()))
    changed = _spec()
    changed["paths"]["/things"].pop("post")
    current.write_text(json.dumps(changed))
    monkeypatch.setattr(openapi_diff, "RELEASED_SPEC", released)
    monkeypatch.setattr(openapi_diff, "CURRENT_SPEC", current)
    monkeypatch.setattr(openapi_diff, "ACCEPTED_FILE", accepted)
    assert main([]) == 1
    accepted.write_text("# Nobody used it.\nPOST /things: operation removed\n")
    assert main([]) == 0
    current.write_text(json.dumps(_spec()))
    assert main([]) == 1  # the accepted break no longer happens: the list must say so
