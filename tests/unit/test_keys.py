"""Secrets are created once and then only read: restarts and workers agree."""

from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from api.lib.keys import KeyStore


def test_keys_are_created_once_and_survive_a_restart(tmp_path: Path) -> None:
    first = KeyStore(tmp_path, create=True)
    first.ensure()
    secret, keys = first.secret(), first.signing_keys()
    again = KeyStore(tmp_path, create=True)
    again.ensure()
    assert again.secret() == secret
    assert again.signing_keys() == keys
    assert len(secret) == 64
    assert (tmp_path / "secret.key").stat().st_mode & 0o077 == 0


def test_workers_starting_together_agree_on_one_secret(tmp_path: Path) -> None:
    def start() -> bytes:
        store = KeyStore(tmp_path, create=True)
        store.ensure()
        return store.secret()

    with ThreadPoolExecutor(8) as pool:
        secrets = set(pool.map(lambda _: start(), range(16)))
    assert len(secrets) == 1


def test_rotation_keeps_the_old_key_for_verifying(tmp_path: Path) -> None:
    store = KeyStore(tmp_path, create=True)
    store.ensure()
    old = store.signing_keys()[0]
    new = store.rotate_signing_key()
    assert [k.kid for k in store.signing_keys()] == [new.kid, old.kid]


def test_a_mounted_keys_folder_is_never_written(tmp_path: Path) -> None:
    store = KeyStore(tmp_path / "mounted", create=False)
    store.ensure()
    assert not (tmp_path / "mounted").exists()
    with pytest.raises(RuntimeError, match="missing"):
        store.secret()
