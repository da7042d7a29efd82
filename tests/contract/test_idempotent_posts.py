"""Every POST of the spec honours ``Idempotency-Key``: a retry gets the first answer, byte for byte.

Each POST is called as an identity that may call it, then again with the same key and body. The
retry is marked ``Idempotent-Replayed``, carries the first answer's status, content type, body and
headers, and changes nothing. That holds for the answers that carry a secret too (a machine
client's secret, an access token, a session): a retry must not create a second live one.
"""

import json
import uuid
from contextlib import AsyncExitStack

import httpx
import pytest

from api.__main__ import SPEC_FILE
from tests.contract.test_permission_matrix import (  # noqa: F401 - `changes` and `world` are fixtures
    CASES,
    IDENTITIES,
    PERSONS,
    World,
    _profile_of,
    browser,
    changes,
    world,
)

# What a replay must repeat; the rest (request id, date) is about the retry itself.
_REPEATED = ("content-type", "location", "etag", "content-disposition", "set-cookie", "retry-after")


def _posts() -> list[str]:
    spec = json.loads(SPEC_FILE.read_text())
    return sorted(
        op["operationId"]
        for item in spec["paths"].values()
        for method, op in item.items()
        if method == "post"
    )


@pytest.mark.parametrize("operation", _posts())
async def test_a_retried_post_gets_the_first_answer_and_changes_nothing(world: World, operation: str) -> None:  # noqa: F811
    case = CASES[operation]
    identity = next(i for i in IDENTITIES if case.expected[i] < 400)
    call = await case.build(world)
    key = str(uuid.uuid4())
    async with AsyncExitStack() as stack:
        client: httpx.AsyncClient = world.clients[identity]
        if call.fresh_session and identity in PERSONS:
            stand_in = await world.fresh_person(**await _profile_of(world, identity))
            client = await stack.enter_async_context(browser(world.app, stand_in["email"]))
        cookies = httpx.Cookies(client.cookies)
        headers = {**call.headers, "Idempotency-Key": key}
        try:
            first = await client.post(
                f"/api/v1{call.path}", json=call.json, data=call.data, files=call.files, headers=headers
            )
            assert first.status_code < 400, first.text
            mark = await world.changes.mark()
            # The retry of an answer that never arrived: no cookie it set.
            client.cookies = httpx.Cookies(cookies)
            retry = await client.post(
                f"/api/v1{call.path}", json=call.json, data=call.data, files=call.files, headers=headers
            )
            changed = await world.changes.changed_since(mark)
        finally:
            client.cookies = cookies
    assert retry.headers.get("idempotent-replayed") == "true", f"{operation} ignored its Idempotency-Key"
    assert retry.status_code == first.status_code
    for name in _REPEATED:
        assert retry.headers.get_list(name) == first.headers.get_list(name), name
    assert retry.content == first.content
    assert changed == []
