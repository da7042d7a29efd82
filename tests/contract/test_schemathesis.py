"""Schemathesis: every operation of the committed spec, positive and negative cases, every check.

The app runs in process (Schemathesis starts its lifespan on its own event loop) against the
session's migrated database with the demo loaded, and calls are made as the demo beheerder of
Utrecht, so authenticated operations are exercised for real, not only refused.
"""

import os
import re
import uuid
from pathlib import Path

import pytest
import schemathesis
from litestar import Litestar
from schemathesis.config import SchemathesisConfig

from api.__main__ import SPEC_FILE
from api.app import create_app
from api.db.connection import Database
from api.demo import seed_demo
from api.demo.people import DEMO_PASSWORD, email_of
from api.settings import Settings
from tests.identities import PASSWORD_COST, anonymous_client

CONFIG = SchemathesisConfig.from_path(Path(__file__).with_name("schemathesis.toml"))
schema = schemathesis.openapi.from_path(SPEC_FILE, config=CONFIG)
# To chase one find: SCHEMATHESIS_OPERATIONS=ListMunicipalities,GetMunicipality make pytest
if focus := os.environ.get("SCHEMATHESIS_OPERATIONS"):
    # An include would be OR-ed with the config's own per-operation sections; an exclude is not.
    schema = schema.exclude(
        func=lambda ctx: ctx.operation.definition.raw.get("operationId") not in focus.split(",")
    )


@schemathesis.hook
def filter_query(ctx: schemathesis.HookContext, query: dict[str, object] | None) -> bool:
    """A parameter whose value serialises to nothing (null, an empty list or object, a list of
    nulls) is not sent at all, so a case that "adds an unknown parameter" that way reaches the API
    without it and is rightly answered 200."""
    return all(_is_sent(value) for value in (query or {}).values())


def _is_sent(value: object) -> bool:
    if value is None:
        return False
    if isinstance(value, list | tuple | dict):
        return any(item is not None for item in value)
    return True


_KEY = re.compile(r"^[\x21-\x7e]{1,200}$")


# Calls that would end the session the other calls use run without it.
WITHOUT_SESSION = {"DeleteMe", "SignOut"}


@pytest.fixture(scope="session")
async def beheerder_headers(started_app: Litestar, db: Database) -> dict[str, str]:
    await seed_demo(db, PASSWORD_COST)
    async with anonymous_client(started_app) as client:
        response = await client.post(
            "/api/v1/sessions", json={"email": email_of("utrecht", "beheerder"), "password": DEMO_PASSWORD}
        )
        assert response.status_code == 201, response.text
        return {
            "Cookie": f"__Host-samenspel={response.cookies['__Host-samenspel']}",
            "X-CSRF-Token": response.json()["csrfToken"],
            "Origin": "http://testserver",
        }


@pytest.fixture(scope="session")
def contract_app(settings: Settings, database_url: str) -> Litestar:
    return create_app(settings, database_url=database_url)


@pytest.mark.slow
@schema.parametrize()
def test_the_api_keeps_its_contract(
    case: schemathesis.Case, contract_app: Litestar, beheerder_headers: dict[str, str]
) -> None:
    # The committed file is the schema under test; the app answers it in process.
    case.operation.schema.app = contract_app
    signed_in = case.operation.definition.raw.get("operationId") not in WITHOUT_SESSION
    # A valid Idempotency-Key is made unique: generated keys repeat across examples with other
    # bodies, which the API rightly answers 422. Invalid keys stay, to be refused (400).
    if case.headers and _KEY.match(str(case.headers.get("Idempotency-Key", ""))):
        case.headers["Idempotency-Key"] = str(uuid.uuid4())
    case.call_and_validate(app=contract_app, headers=beheerder_headers if signed_in else None)
