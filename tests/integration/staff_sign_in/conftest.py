"""A real OpenID provider (oidc-provider-mock) on loopback, shared by the staff sign-in tests."""

from collections.abc import Iterator

import pytest

from tests.oidc import mock_provider


@pytest.fixture(scope="session")
def mock_issuer() -> Iterator[str]:
    with mock_provider() as issuer:
        yield issuer
