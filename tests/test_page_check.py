"""A big file's page check, run after opening (the GUI), still catches a damaged file.

The size limit is lowered so these small files take the path a 1 GB file takes; a
page of the ``plans`` table is scribbled over, leaving the header and schema readable,
which is the damage only the full check can see.
"""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

import pytest

from emergency_desk.store import OpenError, ReadOnlyError, Store, page_check


def _make_db(path: Path, n: int = 200) -> None:
    s = Store.open(path)
    for i in range(n):
        s.insert("plans", {"title": f"预案 {i}", "level": "overall", "notes": "x" * 500})
    s.close()


def _scribble_plans(path: Path, table: str = "plans") -> None:
    """Overwrite the root page of a table (the header and schema stay readable)."""
    conn = sqlite3.connect(path)
    page_size = conn.execute("PRAGMA page_size").fetchone()[0]
    root = conn.execute("SELECT rootpage FROM sqlite_master WHERE name = ?", [table]).fetchone()[0]
    conn.close()
    data = bytearray(path.read_bytes())
    start = (root - 1) * page_size
    data[start + 8 : start + 400] = os.urandom(392)
    path.write_bytes(bytes(data))


@pytest.fixture
def small_limit(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(page_check, "DEFER_ABOVE_BYTES", 1024)


def test_damage_found_by_the_deferred_check_makes_the_store_read_only(
    tmp_path: Path, small_limit: None
) -> None:
    p = tmp_path / "big.db"
    _make_db(p)
    _scribble_plans(p)
    before = p.read_bytes()
    store = Store.open(p, defer_check=True)  # header, size and schema are fine
    assert store.page_check is not None and not store.read_only
    assert store.page_check.wait()  # problems found
    with pytest.raises(ReadOnlyError) as info:
        store.insert("plans", {"title": "新预案", "level": "overall"})
    assert store.read_only and store.read_only_reason == "damaged"
    assert "已损坏" in info.value.message("zh") and "damaged" in info.value.message("en")
    assert "从备份恢复" in info.value.message("zh")
    store.close()
    assert p.read_bytes() == before, "nothing may be written to a damaged file"


def test_first_write_waits_for_the_check_when_nobody_started_it(
    tmp_path: Path, small_limit: None
) -> None:
    p = tmp_path / "big.db"
    _make_db(p)
    _scribble_plans(p)
    store = Store.open(p, defer_check=True)
    assert not store.page_check.started
    with pytest.raises(ReadOnlyError):
        store.set_setting("operator", "王值班")
    assert store.read_only_reason == "damaged"
    store.close()


def test_sound_file_writes_after_the_check_passes(tmp_path: Path, small_limit: None) -> None:
    p = tmp_path / "big.db"
    _make_db(p, n=5)
    store = Store.open(p, defer_check=True)
    check = store.page_check
    assert check is not None
    thread = check.start()
    thread.join(timeout=30)
    assert check.finished and check.problems == []
    new_id = store.insert("plans", {"title": "检查后", "level": "overall"})
    assert store.get("plans", new_id)["title"] == "检查后"
    assert store.page_check is None and not store.read_only
    store.close()


def test_without_defer_check_a_big_file_is_checked_at_open(
    tmp_path: Path, small_limit: None
) -> None:
    p = tmp_path / "big.db"
    _make_db(p)
    _scribble_plans(p)
    with pytest.raises(OpenError) as info:
        Store.open(p)  # the command line, backups and restores always check in full
    assert info.value.code == "damaged"


def test_small_file_is_checked_at_open_even_when_deferring_is_allowed(tmp_path: Path) -> None:
    p = tmp_path / "small.db"
    _make_db(p)
    _scribble_plans(p)
    with pytest.raises(OpenError) as info:
        Store.open(p, defer_check=True)
    assert info.value.code == "damaged"


def test_truncated_big_file_is_refused_at_once(tmp_path: Path, small_limit: None) -> None:
    p = tmp_path / "big.db"
    _make_db(p)
    data = p.read_bytes()
    p.write_bytes(data[: len(data) // 2])
    with pytest.raises(OpenError) as info:
        Store.open(p, defer_check=True)
    assert info.value.code == "damaged"


def test_big_file_needing_a_migration_is_checked_before_it(
    tmp_path: Path, small_limit: None
) -> None:
    p = tmp_path / "old.db"
    _make_db(p)
    _scribble_plans(p)
    conn = sqlite3.connect(p)
    conn.execute("PRAGMA user_version = 1")  # an older file: opening would migrate it
    conn.commit()
    conn.close()
    with pytest.raises(OpenError):
        Store.open(p, defer_check=True)
