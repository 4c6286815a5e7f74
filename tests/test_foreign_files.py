"""Another program's SQLite file is never taken for ours, and never written to.

The reproduction from issue 14 point 1: a file with a ``settings`` table (a common name)
was migrated by ``check`` — tables added, WAL switched on, ``application_id`` and
``user_version`` set — and then a traceback. Every case hashes the file and its folder
before and after: not one byte may change, and no ``-wal``/``-shm`` may be left behind.
"""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

import pytest
from cli_runner import run_cli

from emergency_desk.store import OpenError, Store
from emergency_desk.store.migrations import SCHEMA_VERSION


def _folder_state(folder: Path) -> dict[str, str]:
    return {
        p.name: hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.iterdir())
        if p.is_file() and not p.name.endswith(".lock")
    }


def _other_program(path: Path, columns: str, version: int) -> Path:
    conn = sqlite3.connect(path)
    conn.execute(f"CREATE TABLE settings ({columns})")
    conn.execute("CREATE TABLE customers (name TEXT, phone TEXT)")
    conn.execute("INSERT INTO customers VALUES ('张三', '13800000000')")
    conn.execute(f"PRAGMA user_version = {version}")
    conn.commit()
    conn.close()
    return path


FOREIGN = [
    ("name TEXT, val TEXT", 0),  # the first reproduction: "no such column: value"
    ("key TEXT, value TEXT", 2),  # the second: left half-migrated
    ("key TEXT PRIMARY KEY, value TEXT", 1),
]


@pytest.mark.parametrize(("columns", "version"), FOREIGN)
@pytest.mark.parametrize("command", [["check"], ["export", "plans", "out.csv"], ["backup", "b.db"]])
def test_read_only_commands_refuse_another_programs_file(
    tmp_path: Path, columns: str, version: int, command: list[str]
) -> None:
    folder = tmp_path / "data"
    folder.mkdir()
    db = _other_program(folder / "other.db", columns, version)
    before = _folder_state(folder)
    args = [a if "." not in a else str(tmp_path / a) for a in command]
    result = run_cli("--db", str(db), *args)
    assert result.returncode == 2, result.stderr
    assert "Traceback" not in result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and "not an Emergency Desk database" in lines[0]
    assert _folder_state(folder) == before
    assert not (tmp_path / "out.csv").exists() and not (tmp_path / "b.db").exists()


def test_the_refusal_is_in_chinese_for_a_chinese_user(tmp_path: Path) -> None:
    db = _other_program(tmp_path / "other.db", "key TEXT, value TEXT", 2)
    result = run_cli("--db", str(db), "check", lang="zh_CN.UTF-8")
    assert result.returncode == 2
    assert "不是应急管理工作台的数据库文件" in result.stderr


@pytest.mark.parametrize(("columns", "version"), FOREIGN)
def test_opening_for_writing_refuses_it_and_leaves_it_as_it_was(
    tmp_path: Path, columns: str, version: int
) -> None:
    """The GUI's open path: the same store error, the file untouched."""
    db = _other_program(tmp_path / "other.db", columns, version)
    before = _folder_state(tmp_path)
    with pytest.raises(OpenError) as info:
        Store.open(db)
    assert info.value.code == "not_database"
    assert _folder_state(tmp_path) == before


def _old_file_of_ours(path: Path, version: int) -> Path:
    """A file written by an older version, from before the ``application_id`` mark."""
    import sqlite_utils

    from emergency_desk.store import migrations as mig

    db = sqlite_utils.Database(sqlite3.connect(path))
    mig.migrate(db, stop_before=version + 1)
    db.execute(
        "INSERT INTO plans (title, level, created_at, updated_at) "
        "VALUES ('青石镇防汛应急预案', 'special', '2024-03-01 09:00', '2024-03-01 09:00')"
    )
    db.conn.commit()
    db.conn.close()
    return path


@pytest.mark.parametrize("version", range(1, SCHEMA_VERSION))
def test_an_old_file_of_ours_without_the_mark_still_opens(tmp_path: Path, version: int) -> None:
    path = _old_file_of_ours(tmp_path / "old.db", version)
    store = Store.open(path)
    try:
        assert store.total("plans") == 1
    finally:
        store.close()


def test_read_only_commands_read_an_old_file_without_upgrading_it(tmp_path: Path) -> None:
    """``check``/``export``/``backup`` work on an upgraded temporary copy; the file stays."""
    folder = tmp_path / "data"
    folder.mkdir()
    db = _old_file_of_ours(folder / "old.db", 1)
    before = _folder_state(folder)
    result = run_cli("--db", str(db), "check")
    assert result.returncode == 0, result.stderr
    assert f"Database: {db}" in result.stdout and "Integrity check: ok" in result.stdout
    out = tmp_path / "plans.csv"
    result = run_cli("--db", str(db), "export", "plans", str(out))
    assert result.returncode == 0, result.stderr
    assert "青石镇防汛应急预案" in out.read_text(encoding="utf-8-sig")
    copy = tmp_path / "copy.db"
    result = run_cli("--db", str(db), "backup", str(copy))
    assert result.returncode == 0, result.stderr
    assert _folder_state(folder) == before
    restored = Store.open(copy)
    try:
        assert restored.total("plans") == 1
    finally:
        restored.close()
