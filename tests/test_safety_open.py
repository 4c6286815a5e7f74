"""Opening a file that is not a sound database of this app fails cleanly, with the right words.

Every case also checks the file was left byte-for-byte as found: a failed open must
never "repair" (and so destroy) what a user might still rescue.
"""

from __future__ import annotations

import os
import sqlite3
import stat
from pathlib import Path

import pytest

from emergency_desk.store import OpenError, ReadOnlyError, Store, StoreError
from emergency_desk.store.migrations import SCHEMA_VERSION


def _make_db(path: Path, n: int = 30) -> None:
    s = Store.open(path)
    for i in range(n):
        s.insert("plans", {"title": f"预案 {i}", "level": "overall", "notes": "x" * 500})
    s.close()


def _open_fails(path: Path, code: str) -> OpenError:
    before = path.read_bytes() if path.is_file() else None
    with pytest.raises(OpenError) as info:
        Store.open(path)
    assert info.value.code == code, info.value.message("en")
    if before is not None:
        assert path.read_bytes() == before, "a failed open changed the file"
    for lang in ("zh", "en"):
        msg = info.value.message(lang)
        assert str(path) in msg and "Traceback" not in msg and "\n" not in msg
    return info.value


def test_random_bytes(tmp_path: Path) -> None:
    p = tmp_path / "random.db"
    p.write_bytes(os.urandom(8192))
    err = _open_fails(p, "not_database")
    assert "不是应急管理工作台的数据库文件" in err.message("zh")
    assert "is not an Emergency Desk database" in err.message("en")


def test_text_file(tmp_path: Path) -> None:
    p = tmp_path / "notes.txt"
    p.write_text("值班记录\n2025-03-05 暴雨预警\n" * 50, encoding="utf-8")
    _open_fails(p, "not_database")


def test_tiny_text_file(tmp_path: Path) -> None:
    p = tmp_path / "short.db"
    p.write_text("hello", encoding="utf-8")
    _open_fails(p, "not_database")


@pytest.mark.parametrize("keep", [10, 100, 1000, 4096, 8192, 0.5, -4096])
def test_truncated_database(tmp_path: Path, keep: float) -> None:
    good = tmp_path / "good.db"
    _make_db(good)
    data = good.read_bytes()
    n = int(len(data) * keep) if isinstance(keep, float) else (keep % len(data))
    p = tmp_path / "cut.db"
    p.write_bytes(data[:n])
    err = _open_fails(p, "damaged")
    assert "已损坏" in err.message("zh") and "damaged" in err.message("en")


def test_overwritten_pages(tmp_path: Path) -> None:
    p = tmp_path / "scribbled.db"
    _make_db(p, n=200)
    data = bytearray(p.read_bytes())
    page = 4096
    for start in range(3 * page, len(data) - page, 5 * page):
        data[start + 8 : start + 400] = os.urandom(392)
    p.write_bytes(bytes(data))
    _open_fails(p, "damaged")


def test_sqlite_file_of_another_program(tmp_path: Path) -> None:
    p = tmp_path / "contacts.sqlite"
    conn = sqlite3.connect(p)
    conn.execute("CREATE TABLE contacts (name TEXT, phone TEXT)")
    conn.execute("INSERT INTO contacts VALUES ('张三', '123')")
    conn.commit()
    conn.close()
    _open_fails(p, "not_database")


def test_empty_sqlite_file_of_another_program(tmp_path: Path) -> None:
    """No tables, but stamped by another application: not ours, not a blank file."""
    p = tmp_path / "other.sqlite"
    conn = sqlite3.connect(p)
    conn.execute("PRAGMA application_id = 1234")
    conn.execute("CREATE TABLE t (x)")
    conn.execute("DROP TABLE t")
    conn.commit()
    conn.close()
    _open_fails(p, "not_database")


def test_sqlite_file_with_a_version_but_none_of_our_tables(tmp_path: Path) -> None:
    p = tmp_path / "versioned.sqlite"
    conn = sqlite3.connect(p)
    conn.execute("PRAGMA user_version = 1")
    conn.execute("CREATE TABLE t (x)")
    conn.execute("DROP TABLE t")
    conn.commit()
    conn.close()
    _open_fails(p, "not_database")


def test_file_from_a_newer_version(tmp_path: Path) -> None:
    p = tmp_path / "future.db"
    _make_db(p, n=2)
    conn = sqlite3.connect(p)
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 5}")
    conn.commit()
    conn.close()
    err = _open_fails(p, "newer_version")
    assert f"版本 {SCHEMA_VERSION + 5}" in err.message("zh")
    assert "newer Emergency Desk" in err.message("en")


def test_a_folder_is_not_a_database(tmp_path: Path) -> None:
    err = _open_fails(tmp_path, "cannot_open")
    assert err.message("zh").endswith("这是一个文件夹")
    assert err.message("en").endswith("it is a folder")


def test_a_missing_file_opened_read_only_says_so_in_each_language(tmp_path: Path) -> None:
    with pytest.raises(OpenError) as info:
        Store.open(tmp_path / "gone.db", read_only=True)
    assert info.value.message("zh").endswith("文件不存在")
    assert info.value.message("en").endswith("file not found")


def test_empty_file_becomes_a_new_database(tmp_path: Path) -> None:
    p = tmp_path / "new.db"
    p.write_bytes(b"")
    s = Store.open(p)
    assert not s.read_only
    s.insert("plans", {"title": "总体预案", "level": "overall"})
    s.close()
    assert Store.open(p).total("plans") == 1


def test_new_files_are_stamped_as_ours(tmp_path: Path) -> None:
    p = tmp_path / "new.db"
    Store.open(p).close()
    conn = sqlite3.connect(p)
    assert conn.execute("PRAGMA application_id").fetchone()[0] == 0x45444B31
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    conn.close()


# -- read-only -------------------------------------------------------------------------
def _assert_read_only(s: Store, reason: str, words: tuple[str, str]) -> None:
    assert s.read_only and s.read_only_reason == reason
    assert s.total("plans") == 3  # reading works
    with pytest.raises(ReadOnlyError) as info:
        s.insert("plans", {"title": "新预案", "level": "overall"})
    assert words[0] in info.value.message("zh")
    assert words[1] in info.value.message("en")
    with pytest.raises(ReadOnlyError):
        s.set_setting("operator", "李四")


def test_read_only_file_opens_read_only(tmp_path: Path) -> None:
    p = tmp_path / "office.db"
    _make_db(p, n=3)
    p.chmod(stat.S_IRUSR | stat.S_IRGRP | stat.S_IROTH)
    try:
        s = Store.open(p)
        _assert_read_only(s, "file", ("只读", "read-only"))
        assert not s.locked_by_other
        s.close()
    finally:
        p.chmod(0o644)


def test_read_only_folder_opens_read_only(tmp_path: Path) -> None:
    folder = tmp_path / "usb"
    folder.mkdir()
    p = folder / "office.db"
    _make_db(p, n=3)
    folder.chmod(0o555)
    try:
        s = Store.open(p)
        _assert_read_only(s, "folder", ("文件夹不可写入", "folder cannot be written"))
        s.close()
    finally:
        folder.chmod(0o755)


# -- disk full -------------------------------------------------------------------------
def test_disk_full_is_reported_and_rolled_back(file_store: Store) -> None:
    s = file_store
    first = s.insert("plans", {"title": "已有", "level": "overall"})
    pages = s.db.execute("PRAGMA page_count").fetchone()[0]
    audit_before = s.db.execute("SELECT count(*) FROM audit_log").fetchone()[0]
    s.db.execute(f"PRAGMA max_page_count = {pages + 2}")
    heard: list[set[str]] = []
    s.subscribe(heard.append)
    with pytest.raises(StoreError) as info:
        for i in range(50):
            s.insert("plans", {"title": f"大 {i}", "level": "overall", "notes": "满" * 19000})
    assert info.value.code == "disk_full"
    assert "磁盘已满" in info.value.message("zh")
    assert "rolled back" in info.value.message("en")
    # The failing action left nothing behind: no row without its audit, nothing half-done.
    n = s.total("plans")
    assert s.db.execute("SELECT count(*) FROM audit_log").fetchone()[0] == audit_before + n - 1
    # Screens heard of each insert that was kept, never of the one rolled back.
    assert heard == [{"plans"}] * (n - 1)
    assert not s.db.conn.in_transaction
    # Space again: the store goes on working, and the rows that did fit are intact.
    s.db.execute("PRAGMA max_page_count = 1000000")
    s.update("plans", first, {"title": "已有（改）"})
    assert s.get("plans", first)["title"] == "已有（改）"
    assert s.db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def test_disk_full_in_a_compound_action_keeps_none_of_it(file_store: Store) -> None:
    """A material with an opening stock is three writes; a full disk keeps none of them."""
    s = file_store
    point = s.insert("reserve_points", {"name": "一号库"})
    pages = s.db.execute("PRAGMA page_count").fetchone()[0]
    s.db.execute(f"PRAGMA max_page_count = {pages}")
    with pytest.raises(StoreError):
        for i in range(200):
            s.insert(
                "materials",
                {
                    "point_id": point,
                    "name": f"帐篷{i}" + "长" * 150,
                    "category": "shelter",
                    "unit": "顶",
                    "quantity": 5,
                    "spec": "规格" * 900,
                },
            )
    s.db.execute("PRAGMA max_page_count = 1000000")
    mats = s.db.execute("SELECT id, quantity FROM materials").fetchall()
    moves = s.db.execute("SELECT material_id FROM stock_movements").fetchall()
    assert sorted(m[0] for m in mats) == sorted(m[0] for m in moves)
    assert all(q == 5 for _, q in mats)
