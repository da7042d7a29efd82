"""Random tokens that the platform hands out and later recognises by their hash."""

import hashlib
import secrets


def new_token() -> tuple[str, bytes]:
    """A fresh token for the client, and the hash to store."""
    token = secrets.token_urlsafe(32)
    return token, hash_token(token)


def hash_token(token: str) -> bytes:
    return hashlib.sha256(token.encode()).digest()


def same(a: str, b: str) -> bool:
    """Compare secrets in constant time."""
    return secrets.compare_digest(a.encode(), b.encode())
