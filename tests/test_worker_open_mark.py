"""A worker's read-only store trusts the window's checks only for the very file the window
checked, its schema unchanged (``connection.file_mark``): anything else is checked in full,
and a foreign object added meanwhile is refused as at any open."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path
from typing import Any

import pytest

from emergency_desk.store import Store, connection
from emergency_desk.store.errors import OpenError


@pytest.fixture
def window(tmp_path: Path) -> Any:
    store = Store.open(tmp_path / "office.db")
    store.set_setting("office_name", "青石镇应急管理办公室")
    yield store
    store.close()


@pytest.fixture
def identity_checks(monkeypatch: pytest.MonkeyPatch) -> list[Path]:
    """The files whose identity (what is whose) was checked at an open."""
    seen: list[Path] = []
    real = connection.inspect_connection

    def spy(conn: sqlite3.Connection, path: Path, *args: Any, **kwargs: Any) -> Any:
        seen.append(path)
        return real(conn, path, *args, **kwargs)

    monkeypatch.setattr(connection, "inspect_connection", spy)
    return seen


def _worker(window: Store) -> Store:
    assert window.path is not None
    return Store.open(window.path, read_only=True, defer_check=True, pages_checked=True,
                      same_as=window.file_mark)  # fmt: skip


def test_the_same_unchanged_file_is_not_checked_again(
    window: Store, identity_checks: list[Path]
) -> None:
    worker = _worker(window)
    try:
        assert identity_checks == []
        assert worker.get_setting("office_name") == "青石镇应急管理办公室"
    finally:
        worker.close()
    # Without the window's mark (or read-write) the file is checked as at any open.
    assert window.path is not None
    Store.open(window.path, read_only=True, pages_checked=True).close()
    assert identity_checks == [window.path]


def test_a_foreign_trigger_added_since_is_refused(window: Store) -> None:
    assert window.path is not None
    other = sqlite3.connect(window.path)
    other.execute("CREATE TRIGGER spy AFTER INSERT ON plans BEGIN SELECT 1; END")
    other.commit()
    other.close()
    with pytest.raises(OpenError) as caught:
        _worker(window).close()
    assert caught.value.code == "foreign_schema"


def test_a_file_put_in_its_place_is_checked_in_full(
    window: Store, tmp_path: Path, identity_checks: list[Path]
) -> None:
    """Same schema, same cookie, another file (a copy moved over it): another inode."""
    assert window.path is not None
    copy = tmp_path / "copy.db"
    shutil.copyfile(window.path, copy)
    moved = tmp_path / "moved.db"
    window.path.rename(moved)  # the window keeps the file it opened
    copy.rename(window.path)
    _worker(window).close()
    assert identity_checks == [window.path]


def test_a_file_system_without_inodes_gives_no_mark(window: Store) -> None:
    """FAT on Windows reports inode 0 for every file: no mark, so nothing can match it."""
    import os

    assert window.path is not None
    real = os.stat(window.path)
    fake = os.stat_result((real.st_mode, 0, *tuple(real)[2:]))
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(connection.os, "stat", lambda _p: fake)
        assert connection.file_mark(window.conn, window.path) is None
    assert connection.file_mark(window.conn, window.path) == window.file_mark is not None
