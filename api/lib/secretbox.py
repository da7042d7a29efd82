"""Secrets the platform must use again later (a provider's client secret), encrypted at rest.

AES-256-GCM under a key derived (HKDF-SHA256) from the platform secret in ``KeyStore``, so a copy
of the database alone reveals nothing. Every ciphertext is bound to a context (associated data):
it decrypts only for the row and purpose it was written for.
"""

import os
from dataclasses import dataclass

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

_VERSION = b"\x01"  # room for another key or cipher later
_NONCE_BYTES = 12


class SecretUnreadable(Exception):
    """The ciphertext was altered, or belongs to another context or key."""


@dataclass(frozen=True)
class SecretBox:
    """Encrypts and decrypts small secrets for one purpose."""

    key: bytes

    @classmethod
    def derive(cls, platform_secret: bytes, purpose: str) -> "SecretBox":
        if len(platform_secret) < 32:
            raise ValueError("the platform secret is too short")
        key = HKDF(algorithm=hashes.SHA256(), length=32, salt=None, info=purpose.encode()).derive(
            platform_secret
        )
        return cls(key)

    def seal(self, plaintext: str, context: str) -> bytes:
        nonce = os.urandom(_NONCE_BYTES)
        return _VERSION + nonce + AESGCM(self.key).encrypt(nonce, plaintext.encode(), context.encode())

    def open(self, sealed: bytes, context: str) -> str:
        if sealed[:1] != _VERSION:
            raise SecretUnreadable("unknown version")
        nonce, ciphertext = sealed[1 : 1 + _NONCE_BYTES], sealed[1 + _NONCE_BYTES :]
        try:
            return AESGCM(self.key).decrypt(nonce, ciphertext, context.encode()).decode()
        except InvalidTag:
            raise SecretUnreadable("wrong key or context") from None
