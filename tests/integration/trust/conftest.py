"""Trust across municipalities: a real OpenID provider on loopback, and what the tests share."""

from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from litestar import Litestar

from api.db.connection import Database
from tests.oidc import mock_provider


@pytest.fixture(scope="session")
def mock_issuer() -> Iterator[str]:
    with mock_provider() as issuer:
        yield issuer


def code_of(response: httpx.Response) -> str:
    """The problem's ``code``, with the response in the message when it is not a problem."""
    assert response.headers.get("content-type") == "application/problem+json", response.text
    code: str = response.json()["code"]
    return code


async def role_of(db: Database, municipality_id: Any, account_id: Any) -> str | None:
    role: str | None = await db.fetchval(
        "SELECT role FROM role_assignments WHERE municipality_id = $1 AND account_id = $2",
        municipality_id,
        account_id,
    )
    return role


async def me_of(app: Litestar, client: httpx.AsyncClient) -> dict[str, Any]:
    response = await client.get("/api/v1/me")
    assert response.status_code == 200, response.text
    body: dict[str, Any] = response.json()
    return body
