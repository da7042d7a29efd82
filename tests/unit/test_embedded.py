"""The short folder for the embedded PostgreSQL's socket is this user's alone."""

import os
from pathlib import Path

import pytest

from api.db.embedded import runtime_dir


def test_runtime_dir_is_made_for_this_user_only(tmp_path: Path) -> None:
    folder = runtime_dir(tmp_path)
    assert folder == tmp_path / f"samenspel-{os.getuid()}"
    assert folder.stat().st_mode & 0o777 == 0o700
    assert runtime_dir(tmp_path) == folder


def test_runtime_dir_others_may_write_to_is_refused(tmp_path: Path) -> None:
    folder = tmp_path / f"samenspel-{os.getuid()}"
    folder.mkdir()
    folder.chmod(0o777)
    with pytest.raises(RuntimeError, match="only this user can write"):
        runtime_dir(tmp_path)


def test_runtime_dir_that_is_a_link_is_refused(tmp_path: Path) -> None:
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir(mode=0o700)
    (tmp_path / f"samenspel-{os.getuid()}").symlink_to(elsewhere)
    with pytest.raises(RuntimeError):
        runtime_dir(tmp_path)
