"""Passwords: Argon2id hashes (pwdlib) and a policy that refuses short and common ones."""

import re
import secrets
from functools import cache
from typing import Any

from pwdlib import PasswordHash
from pwdlib.hashers.argon2 import Argon2Hasher

from api.lib.errors import InvalidInput
from api.settings import PasswordCost

MIN_LENGTH = 12
MAX_LENGTH = 128

# Dutch words that English lists miss but Dutch people pick.
_DUTCH = frozenset(
    {"wachtwoord", "welkom", "geheim", "voetbal", "samenspel", "gemeente", "zomer", "winter", "liefde"}
)


@cache
def _breached() -> frozenset[str]:
    """The 30,000 most common passwords from breaches. zxcvbn's lists take 10 MB in each worker:
    loaded by the first password check, not by a worker that only serves reads (bench/README.md)."""
    from zxcvbn.frequency_lists import FREQUENCY_LISTS

    return frozenset(FREQUENCY_LISTS["passwords"])


@cache
def _hasher(cost: PasswordCost) -> PasswordHash:
    """Argon2id at ``cost`` (settings.auth.password_cost)."""
    return PasswordHash(
        (Argon2Hasher(time_cost=cost.time_cost, memory_cost=cost.memory_kib, parallelism=cost.parallelism),)
    )


def hash_password(password: str, cost: PasswordCost) -> str:
    return _hasher(cost).hash(password)


@cache
def _dummy_hash(cost: PasswordCost) -> str:
    """A hash of nothing anyone knows, made at ``cost``."""
    return _hasher(cost).hash(secrets.token_urlsafe(32))


def verify_password(password: str, password_hash: str | None, cost: PasswordCost) -> bool:
    """Compare in constant time. Without a hash (no such account, or one without a password)
    verify against a dummy one at ``cost``: the same work, so the time taken tells nobody which
    it was. A hash is checked at the cost it was made with.
    """
    if password_hash is None:
        _hasher(cost).verify(password, _dummy_hash(cost))
        return False
    return _hasher(cost).verify(password, password_hash)


def _zxcvbn() -> Any:
    from zxcvbn import zxcvbn

    return zxcvbn


def check_password(password: str, *, name: str = "password", related: tuple[str, ...] = ()) -> None:
    """Refuse a password that is too short, too long, common, or guessable from ``related``."""
    reason: str | None = None
    code = "weak_password"
    stripped = re.sub(r"[\d\W_]+$", "", password.lower())
    if len(password) < MIN_LENGTH:
        reason, code = f"Kies een wachtwoord van minstens {MIN_LENGTH} tekens.", "too_short"
    elif len(password) > MAX_LENGTH:
        reason, code = f"Een wachtwoord heeft hoogstens {MAX_LENGTH} tekens.", "too_long"
    elif password.lower() in _breached() or stripped in _breached() or stripped in _DUTCH:
        reason = "Dit wachtwoord komt voor in lijsten van gelekte wachtwoorden. Kies een ander."
    # zxcvbn judges at most 72 characters; past that, the first 72 decide.
    elif _zxcvbn()(password[:72], user_inputs=[r[:72] for r in related if r])["score"] < 3:
        reason = "Dit wachtwoord is te makkelijk te raden. Maak het langer of minder voorspelbaar."
    if reason:
        raise InvalidInput.one(name, code, reason)
