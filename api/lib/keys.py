"""Secrets that must survive restarts and agree across workers.

In production they come from ``KEYS_DIR`` (a mounted secret). With the embedded default they are
created once, atomically, in the data folder; every worker and every restart then reads the same
files. Signing keys are kept as a list so a new key can be added before an old one is retired.
"""

import os
import secrets
from dataclasses import dataclass
from pathlib import Path

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import ec

SECRET_FILE = "secret.key"  # noqa: S105 - a file name, not a secret
SIGNING_PREFIX = "signing-"


def _create_once(path: Path, content: bytes) -> None:
    """Write ``content`` to ``path`` unless another process already did; never overwrite."""
    tmp = path.with_name(f".{path.name}.{os.getpid()}.{secrets.token_hex(4)}")
    tmp.write_bytes(content)
    tmp.chmod(0o600)
    try:
        os.link(tmp, path)  # atomic: fails if the file exists
    except FileExistsError:
        pass
    finally:
        tmp.unlink()


@dataclass(frozen=True)
class SigningKey:
    """A private EC P-256 key in PEM, named by its key id."""

    kid: str
    pem: bytes


class KeyStore:
    """Reads (and, when allowed, creates) the secrets in one folder."""

    def __init__(self, folder: Path, *, create: bool) -> None:
        self.folder = folder
        self.create = create

    def ensure(self) -> None:
        """Create the secret and a first signing key if this folder has none."""
        if not self.create:
            return
        self.folder.mkdir(parents=True, exist_ok=True, mode=0o700)
        _create_once(self.folder / SECRET_FILE, secrets.token_hex(32).encode())
        if not list(self.folder.glob(f"{SIGNING_PREFIX}*.pem")):
            self.rotate_signing_key()

    def secret(self) -> bytes:
        """The HMAC secret for tokens that the platform issues and checks itself."""
        return self._read(self.folder / SECRET_FILE).strip()

    def signing_keys(self) -> list[SigningKey]:
        """All signing keys, newest first; the first one signs, all of them verify."""
        files = sorted(self.folder.glob(f"{SIGNING_PREFIX}*.pem"), reverse=True)
        if not files:
            raise RuntimeError(f"no signing keys in {self.folder}; set KEYS_DIR or run `make run`")
        return [SigningKey(kid=f.stem.removeprefix(SIGNING_PREFIX), pem=f.read_bytes()) for f in files]

    def rotate_signing_key(self) -> SigningKey:
        """Add a new signing key; older ones stay to verify what they signed until removed."""
        from api.lib.ids import new_id

        kid = str(new_id())  # UUIDv7: sorts by creation time, so the newest is first
        private = ec.generate_private_key(ec.SECP256R1())
        pem = private.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
        _create_once(self.folder / f"{SIGNING_PREFIX}{kid}.pem", pem)
        return SigningKey(kid=kid, pem=pem)

    @staticmethod
    def _read(path: Path) -> bytes:
        try:
            return path.read_bytes()
        except FileNotFoundError:
            raise RuntimeError(f"missing {path}; set KEYS_DIR or run `make run`") from None
