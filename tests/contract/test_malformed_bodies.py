"""Every byte sequence is a 4xx at worst: malformed bodies sent to every operation of the spec.

Each operation is called as an identity that may call it (so the body is really read, not refused
at the door), with a body that is not valid UTF-8, a body in a declared charset other than UTF-8,
and bodies with NUL characters (raw, and escaped in JSON). Every answer is a 4xx problem+json and
the database is the same before and after. An operation that takes no body refuses one.
"""

import json
from contextlib import AsyncExitStack
from typing import Any
from urllib.parse import urlencode

import httpx
import pytest

from api.__main__ import SPEC_FILE
from tests.contract.test_permission_matrix import (  # noqa: F401 - `changes` and `world` are fixtures
    CASES,
    IDENTITIES,
    PERSONS,
    Call,
    World,
    _profile_of,
    browser,
    changes,
    world,
)

# A marker put where a string goes, then swapped for the bytes under test.
_MARK = "\ue000MARK\ue000"
_FORM = "application/x-www-form-urlencoded"


def _request_media_types() -> dict[str, str | None]:
    spec = json.loads(SPEC_FILE.read_text())
    found: dict[str, str | None] = {}
    for item in spec["paths"].values():
        for method, operation in item.items():
            if method in {"get", "post", "put", "patch", "delete"}:
                content = operation.get("requestBody", {}).get("content", {})
                found[operation["operationId"]] = next(iter(content), None)
    return found


MEDIA_TYPES = _request_media_types()


def _marked(value: Any) -> tuple[Any, bool]:
    """``value`` with its first string swapped for the marker (and whether there was one)."""
    if isinstance(value, str):
        return _MARK, True
    if isinstance(value, dict):
        out, done = {}, False
        for key, item in value.items():
            if not done:
                item, done = _marked(item)
            out[key] = item
        return out, done
    if isinstance(value, list):
        items, done = [], False
        for item in value:
            if not done:
                item, done = _marked(item)
            items.append(item)
        return items, done
    return value, False


def _template(call: Call, media_type: str | None) -> tuple[bytes, str]:
    """The call's own body with a marker in its first string, and its content type."""
    if media_type == _FORM:
        fields = dict(call.data or {"grant_type": "client_credentials"})
        first = next(iter(fields))
        fields[first] = _MARK
        return urlencode(fields).encode(), _FORM
    body, found = _marked(call.json if call.json is not None else {})
    if not found:
        body = {**body, "note": _MARK} if isinstance(body, dict) else {"note": _MARK}
    return json.dumps(body, ensure_ascii=False).encode(), media_type or "application/json"


def _variants(call: Call, media_type: str | None) -> list[tuple[str, bytes, str]]:
    body, content_type = _template(call, media_type)
    mark = _MARK.encode()
    form_mark = urlencode({"": _MARK})[1:].encode()
    if content_type == _FORM:
        mark = form_mark
    latin1 = body.replace(mark, "café".encode("latin-1")).decode("latin-1").encode("latin-1")
    return [
        ("invalid UTF-8", body.replace(mark, b"caf\xe9 \xff\xfe \xc3\x28"), content_type),
        ("overlong UTF-8", body.replace(mark, b"\xc0\xaf\xe0\x80\xaf"), content_type),
        ("a lone surrogate", body.replace(mark, b"\xed\xa0\x80"), content_type),
        ("declared latin-1", latin1, f"{content_type}; charset=iso-8859-1"),
        (
            "declared UTF-16",
            body.replace(mark, b"x").decode().encode("utf-16"),
            f"{content_type}; charset=utf-16",
        ),
        ("a raw NUL byte", body.replace(mark, b"nul\x00byte"), content_type),
        (
            "an escaped NUL",
            body.replace(mark, b"%00" if content_type == _FORM else b"nul\\u0000"),
            content_type,
        ),
    ]


@pytest.mark.parametrize("operation", sorted(CASES))
async def test_a_malformed_body_is_a_4xx_problem_that_changes_nothing(world: World, operation: str) -> None:  # noqa: F811
    case = CASES[operation]
    # Someone who may call it, so the body is read rather than refused at the door.
    identity = next((i for i in IDENTITIES if case.expected[i] < 400), "anonymous")
    failures = []
    call = await case.build(world)
    async with AsyncExitStack() as stack:
        client: httpx.AsyncClient = world.clients[identity]
        if call.fresh_session and identity in PERSONS:
            stand_in = await world.fresh_person(**await _profile_of(world, identity))
            client = await stack.enter_async_context(browser(world.app, stand_in["email"]))
        mark = await world.changes.mark()
        headers = {k: v for k, v in call.headers.items() if v != "__me__"}
        cookies = httpx.Cookies(client.cookies)
        try:
            for name, body, content_type in _variants(call, MEDIA_TYPES[operation]):
                response = await client.request(
                    call.method,
                    f"/api/v1{call.path}",
                    content=body,
                    headers={**headers, "Content-Type": content_type},
                )
                if not 400 <= response.status_code < 500:
                    failures.append(f"{name}: {response.status_code} {response.text[:200]}")
                elif response.headers.get("content-type") != "application/problem+json":
                    failures.append(f"{name}: {response.headers.get('content-type')}")
        finally:
            client.cookies = cookies
    changed = await world.changes.changed_since(mark)
    if changed:
        failures.append(f"changed {changed}")
    assert not failures, f"{operation} as {identity}:\n" + "\n".join(failures)
