"""Schemathesis: every operation of the committed spec, positive and negative cases, every check.

The app runs in process (Schemathesis starts its lifespan on its own event loop) against the
session's migrated database.
"""

from pathlib import Path

import pytest
import schemathesis
from litestar import Litestar
from schemathesis.config import SchemathesisConfig

from api.__main__ import SPEC_FILE
from api.app import create_app
from api.settings import Settings

CONFIG = SchemathesisConfig.from_path(Path(__file__).with_name("schemathesis.toml"))
schema = schemathesis.openapi.from_path(SPEC_FILE, config=CONFIG)


@pytest.fixture(scope="session")
def contract_app(settings: Settings, database_url: str) -> Litestar:
    return create_app(settings, database_url=database_url)


@pytest.mark.slow
@schema.parametrize()
def test_the_api_keeps_its_contract(case: schemathesis.Case, contract_app: Litestar) -> None:
    case.call_and_validate(app=contract_app)
