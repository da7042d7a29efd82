"""Passwords: Argon2id hashes (pwdlib) and a policy that refuses short and common ones."""

import re
import secrets
from functools import cache
from typing import Any

from pwdlib import PasswordHash

from api.lib.errors import InvalidInput

MIN_LENGTH = 12
MAX_LENGTH = 128

_hasher = PasswordHash.recommended()  # Argon2id with pwdlib's current recommended parameters
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


def hash_password(password: str) -> str:
    return _hasher.hash(password)


_dummy_hashes: dict[int, str] = {}


def _dummy_hash() -> str:
    """A hash of nothing anyone knows, made by the hasher in use (so with its cost)."""
    key = id(_hasher)
    if key not in _dummy_hashes:
        _dummy_hashes[key] = _hasher.hash(secrets.token_urlsafe(32))
    return _dummy_hashes[key]


def verify_password(password: str, password_hash: str | None) -> bool:
    """Compare in constant time. Without a hash (no such account, or one without a password)
    verify against a dummy one: the same work, so the time taken tells nobody which it was."""
    if password_hash is None:
        _hasher.verify(password, _dummy_hash())
        return False
    return _hasher.verify(password, password_hash)


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
