"""The rules of staff sign-in that need no server: where we may call, where we may send the
browser, how secrets are sealed, and what name a provider's person gets."""

import asyncio
import socket
from typing import Any

import pytest

from api.domains.staff_sign_in.linking import display_name_of, email_verified
from api.domains.staff_sign_in.returns import safe_return_to
from api.lib.destinations import UnsafeDestination, check_destination, check_url
from api.lib.secretbox import SecretBox, SecretUnreadable
from api.settings import Settings


@pytest.mark.parametrize(
    "url",
    [
        "https://login.microsoftonline.com/0a1b2c3d/v2.0",
        "https://accounts.google.com",
        "https://login.gemeente.example:8443/realms/medewerkers",
        "https://93.184.215.14",
    ],
)
def test_public_https_issuers_pass(url: str) -> None:
    check_url(url, allow_loopback=False, issuer=True)


@pytest.mark.parametrize(
    ("url", "code"),
    [
        ("http://localhost:8080", "loopback_not_allowed"),
        ("https://localhost", "loopback_not_allowed"),
        ("http://127.0.0.1:9000", "loopback_not_allowed"),
        ("https://127.1.2.3", "loopback_not_allowed"),
        ("http://[::1]:9000", "loopback_not_allowed"),
        ("https://app.localhost", "loopback_not_allowed"),
        ("https://[::ffff:127.0.0.1]", "private_address"),
        ("https://[fe80::1]", "private_address"),
        ("https://224.0.0.1", "private_address"),
        ("javascript:alert(1)", "invalid_url"),
        ("https://", "invalid_url"),
        ("https://login.gemeente.example:0", "invalid_url"),
        ("https://login.gemeente.example:99999", "invalid_url"),
        ("https://-slecht-.example", "invalid_host"),
    ],
)
def test_in_production_loopback_and_odd_urls_are_refused(url: str, code: str) -> None:
    with pytest.raises(UnsafeDestination) as refused:
        check_url(url, allow_loopback=False)
    assert refused.value.code == code


@pytest.mark.parametrize("url", ["http://localhost:8080", "http://127.0.0.1:9000", "https://[::1]:9000"])
def test_while_developing_loopback_is_allowed(url: str) -> None:
    check_url(url, allow_loopback=True, issuer=True)


def test_only_development_allows_loopback() -> None:
    assert Settings(environment="development").allow_loopback_providers
    assert not Settings(environment="production").allow_loopback_providers
    assert not Settings(environment="staging").allow_loopback_providers


def _resolving_to(monkeypatch: pytest.MonkeyPatch, *addresses: str) -> None:
    async def fake(host: str, port: int, **_: Any) -> list[Any]:
        return [(socket.AF_INET, socket.SOCK_STREAM, 6, "", (address, port)) for address in addresses]

    monkeypatch.setattr(asyncio.get_running_loop(), "getaddrinfo", fake)


async def test_a_host_name_that_resolves_inside_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    _resolving_to(monkeypatch, "93.184.215.14", "10.1.2.3")
    with pytest.raises(UnsafeDestination) as refused:
        await check_destination("https://login.gemeente.example/jwks", allow_loopback=False)
    assert refused.value.code == "private_address"


async def test_a_host_name_that_resolves_to_loopback_passes_only_while_developing(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    _resolving_to(monkeypatch, "127.0.0.1")
    with pytest.raises(UnsafeDestination):
        await check_destination("https://rebind.gemeente.example", allow_loopback=False)
    await check_destination("https://rebind.gemeente.example", allow_loopback=True)


async def test_a_public_host_passes(monkeypatch: pytest.MonkeyPatch) -> None:
    _resolving_to(monkeypatch, "93.184.215.14")
    await check_destination("https://login.gemeente.example/token", allow_loopback=False)


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("/opgaven/12?tab=ideeen#boven", "/opgaven/12?tab=ideeen#boven"),
        ("/", "/"),
        ("//evil.example", "/"),
        ("/\\evil.example", "/"),
        ("/\t/evil.example", "/"),
        ("/\n/evil.example", "/"),
        ("https://evil.example", "/"),
        ("evil.example", "/"),
        ("", "/"),
        ("/" + "a" * 600, "/"),
    ],
)
def test_return_to_is_a_path_on_this_site(value: str, expected: str) -> None:
    assert safe_return_to(value) == expected


def test_a_sealed_secret_opens_only_in_its_own_context() -> None:
    box = SecretBox.derive(b"s" * 64, "doel")
    sealed = box.seal("geheim", "gemeente-1")
    assert b"geheim" not in sealed
    assert box.open(sealed, "gemeente-1") == "geheim"
    assert box.seal("geheim", "gemeente-1") != sealed  # a fresh nonce every time
    with pytest.raises(SecretUnreadable):
        box.open(sealed, "gemeente-2")
    with pytest.raises(SecretUnreadable):
        box.open(sealed[:-1] + bytes([sealed[-1] ^ 1]), "gemeente-1")
    with pytest.raises(SecretUnreadable):
        SecretBox.derive(b"t" * 64, "doel").open(sealed, "gemeente-1")
    with pytest.raises(SecretUnreadable):
        SecretBox.derive(b"s" * 64, "ander doel").open(sealed, "gemeente-1")
    with pytest.raises(ValueError, match="too short"):
        SecretBox.derive(b"kort", "doel")


@pytest.mark.parametrize(
    ("claims", "name"),
    [
        ({"name": "Mo Medewerker"}, "Mo Medewerker"),
        ({"given_name": "Mo", "family_name": "Medewerker"}, "Mo Medewerker"),
        ({"name": "mo@gemeente.example", "preferred_username": "mo.m"}, "mo.m"),
        ({"name": "Mo\u0000\u202eMedewerker\n"}, "MoMedewerker"),
        ({"name": "X" * 200}, "X" * 80),
        ({"email": "mo@gemeente.example"}, "Medewerker"),
        ({"name": 42}, "Medewerker"),
    ],
)
def test_a_public_name_from_the_claims(claims: dict[str, Any], name: str) -> None:
    assert display_name_of(claims) == name


def test_email_verified_is_true_only_when_the_provider_says_so() -> None:
    assert email_verified({"email_verified": True})
    assert email_verified({"email_verified": "true"})
    assert not email_verified({"email_verified": False})
    assert not email_verified({"email_verified": "false"})
    assert not email_verified({})
