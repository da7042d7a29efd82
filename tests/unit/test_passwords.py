"""The cost of a password hash is a setting: production-strong unless someone lowers it."""

import pytest

from api.domains.accounts.passwords import hash_password, verify_password
from api.settings import PasswordCost, Settings
from tests.identities import PASSWORD_COST

_COST_VARIABLES = ("PASSWORD_HASH_TIME_COST", "PASSWORD_HASH_MEMORY_KIB", "PASSWORD_HASH_PARALLELISM")


def test_the_default_cost_is_argon2id_at_64_mib_three_passes_four_lanes(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    for name in _COST_VARIABLES:
        monkeypatch.delenv(name, raising=False)
    cost = Settings().auth.password_cost
    assert cost == PasswordCost(time_cost=3, memory_kib=65536, parallelism=4)
    # At least OWASP's floor for Argon2id (19 MiB, two passes), whatever the defaults become.
    assert cost.memory_kib >= 19 * 1024
    assert cost.time_cost >= 2
    assert hash_password("Paars-Fietspad-Zomerregen-42", cost).startswith("$argon2id$v=19$m=65536,t=3,p=4$")


def test_the_cost_comes_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PASSWORD_HASH_TIME_COST", "2")
    monkeypatch.setenv("PASSWORD_HASH_MEMORY_KIB", "19456")
    monkeypatch.setenv("PASSWORD_HASH_PARALLELISM", "1")
    assert Settings().auth.password_cost == PasswordCost(time_cost=2, memory_kib=19456, parallelism=1)


def test_a_hash_is_checked_at_the_cost_it_was_made_with() -> None:
    strong = PasswordCost(time_cost=3, memory_kib=65536, parallelism=4)
    made = hash_password("Paars-Fietspad-Zomerregen-42", strong)
    assert verify_password("Paars-Fietspad-Zomerregen-42", made, PASSWORD_COST)
    assert not verify_password("Paars-Fietspad-Zomerregen-43", made, PASSWORD_COST)
    cheap = hash_password("Paars-Fietspad-Zomerregen-42", PASSWORD_COST)
    assert cheap.startswith("$argon2id$v=19$m=8,t=1,p=1$")
    assert verify_password("Paars-Fietspad-Zomerregen-42", cheap, strong)
    assert not verify_password("Paars-Fietspad-Zomerregen-42", None, PASSWORD_COST)
