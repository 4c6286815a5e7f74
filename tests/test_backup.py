"""Backups: online copies that round-trip exactly, daily rotation, and a careful restore."""

from __future__ import annotations

import datetime as dt
import os
import sqlite3
from pathlib import Path

import pytest

from emergency_desk.schema import TABLES
from emergency_desk.store import OpenError, Store, StoreError
from emergency_desk.store.backup import (
    BackupCancelled,
    all_backups,
    auto_backup,
    backup_dir,
    backup_to,
    daily_backups,
    latest_good_backup,
    restore_from,
    rotate,
    to_keep,
)
from emergency_desk.store.integrity import check_file

DUMP_TABLES = [*TABLES, "audit_log", "settings", "hazard_status_log"]


def _fill(s: Store) -> None:
    point = s.insert("reserve_points", {"name": "镇应急物资库", "kind": "government"})
    s.insert(
        "materials",
        {"point_id": point, "name": "冲锋舟", "category": "rescue", "unit": "艘", "quantity": 4},
    )
    h = s.insert(
        "hazards",
        {"found_on": "2025-03-05", "name": "河堤渗漏", "category": "flood", "funds": 1234.5},
    )
    s.update("hazards", h, {"status": "rectifying"})
    plan = s.insert("plans", {"title": "防汛抢险应急预案", "level": "special"})
    s.delete("plans", plan)
    s.set_setting("operator", "王五")


def _dump(path: Path) -> dict[str, list[tuple]]:
    conn = sqlite3.connect(path)
    try:
        return {
            t: conn.execute(f'SELECT * FROM "{t}" ORDER BY rowid').fetchall() for t in DUMP_TABLES
        }
    finally:
        conn.close()


def test_backup_and_restore_round_trip_identical_data(db_path: Path, tmp_path: Path) -> None:
    s = Store.open(db_path)
    _fill(s)
    usb = tmp_path / "usb" / "office-backup.db"
    backup_to(s, usb)
    s.close()
    original = _dump(db_path)
    assert _dump(usb) == original
    assert check_file(usb) >= 1
    # One self-contained file for the USB stick, not a WAL database with side files.
    conn = sqlite3.connect(usb)
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
    conn.close()
    assert sorted(p.name for p in usb.parent.iterdir()) == ["office-backup.db"]

    # Work continues, then the user restores the backup.
    s = Store.open(db_path)
    s.insert("plans", {"title": "后来的预案", "level": "overall"})
    s.purge("hazards", 1)
    s.close()
    later = _dump(db_path)
    saved = restore_from(usb, db_path)
    restored = _dump(db_path)
    *kept, last = restored["audit_log"]  # the restore's own audit row comes on top
    assert {**restored, "audit_log": kept} == original
    assert last[4:6] == ("restore", "database")
    # The file that was replaced is kept, so the restore itself can be undone.
    assert saved is not None and saved.parent == backup_dir(db_path)
    assert _dump(saved) == later
    s = Store.open(db_path)
    assert not s.read_only and s.total("hazards") == 1 and s.operator == "王五"
    s.insert("plans", {"title": "恢复后新增", "level": "overall"})
    s.close()


def test_backup_sees_committed_work_only(file_store: Store, tmp_path: Path) -> None:
    file_store.insert("plans", {"title": "已提交", "level": "overall"})
    conn = file_store.db.conn
    conn.execute("BEGIN")
    conn.execute("INSERT INTO plans (title, level) VALUES ('未提交', 'overall')")
    target = backup_to(file_store, tmp_path / "b.db")
    conn.execute("ROLLBACK")
    titles = [r[0] for r in sqlite3.connect(target).execute("SELECT title FROM plans")]
    assert titles == ["已提交"]


def test_backup_of_an_in_memory_store(store: Store, tmp_path: Path) -> None:
    store.insert("plans", {"title": "内存", "level": "overall"})
    target = backup_to(store, tmp_path / "mem.db")
    assert Store.open(target).total("plans") == 1


def test_backup_can_be_cancelled_and_leaves_nothing(file_store: Store, tmp_path: Path) -> None:
    for i in range(60):
        file_store.insert("plans", {"title": f"p{i}", "level": "overall", "notes": "字" * 19000})
    seen: list[tuple[int, int]] = []

    def progress(done: int, total: int) -> None:
        seen.append((done, total))
        raise BackupCancelled

    target = tmp_path / "cancelled.db"
    with pytest.raises(BackupCancelled):
        backup_to(file_store, target, progress)
    assert seen and seen[0][0] < seen[0][1]
    assert list(tmp_path.glob("cancelled*")) == []


def test_backup_to_an_unwritable_place_says_why(file_store: Store, tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x")
    with pytest.raises(StoreError) as info:
        backup_to(file_store, blocker / "sub" / "b.db")
    assert info.value.code == "backup_failed"
    assert "备份失败" in info.value.message("zh")


def test_backup_onto_the_database_itself_is_refused_in_each_language(file_store: Store) -> None:
    assert file_store.path is not None
    with pytest.raises(StoreError) as info:
        backup_to(file_store, file_store.path)
    assert info.value.message("zh") == "备份失败：备份不能覆盖数据库本身"
    assert (
        info.value.message("en")
        == "The backup failed: the backup cannot replace the database itself"
    )


def test_backup_refuses_to_overwrite_the_database(file_store: Store) -> None:
    with pytest.raises(StoreError):
        backup_to(file_store, file_store.path)


# -- automatic daily backups -------------------------------------------------------------
def test_auto_backup_once_a_day(file_store: Store) -> None:
    day = dt.date(2025, 3, 5)
    first = auto_backup(file_store, day)
    assert first is not None and first.name == "office-2025-03-05.db"
    assert first.parent == file_store.path.parent / "backups"
    assert auto_backup(file_store, day) is None  # already done today
    file_store.insert("plans", {"title": "次日", "level": "overall"})
    second = auto_backup(file_store, day + dt.timedelta(days=1))
    assert second is not None and second.name == "office-2025-03-06.db"
    assert Store.open(second).total("plans") == 1
    assert Store.open(first).total("plans") == 0


def test_rotation_keeps_30_daily_and_12_monthly(db_path: Path) -> None:
    folder = backup_dir(db_path)
    folder.mkdir(parents=True)
    start = dt.date(2024, 1, 1)
    today = dt.date(2025, 3, 5)
    day = start
    while day <= today:
        (folder / f"office-{day.isoformat()}.db").write_bytes(b"x")
        day += dt.timedelta(days=1)
    (folder / "office-before-restore-2024-05-01-101010.db").write_bytes(b"x")
    (folder / "other-2024-01-01.db").write_bytes(b"x")  # another database's backups
    rotate(db_path)
    kept = [d for d, _ in daily_backups(db_path)]
    last_30 = [today - dt.timedelta(days=i) for i in range(30)]
    monthly = [dt.date(2025, m, 1) for m in (1, 2, 3)] + [dt.date(2024, m, 1) for m in range(4, 13)]
    assert sorted(kept) == sorted(set(last_30) | set(monthly))
    assert len(kept) == 30 + 12 - 1  # 2025-03-01 is both
    assert (folder / "office-before-restore-2024-05-01-101010.db").exists()
    assert (folder / "other-2024-01-01.db").exists()


def test_rotation_with_gaps_keeps_the_first_backup_of_each_month() -> None:
    # Months with a backup count, not calendar months before today: an office PC left
    # off for a year still has its last twelve months of history kept.
    days = [dt.date(2023, 3, 15), dt.date(2023, 6, 17), dt.date(2023, 6, 20)]
    days += [dt.date(2024, m, d) for m in range(4, 13) for d in (3, 20)]
    days += [dt.date(2025, 1, 1) + dt.timedelta(days=i) for i in range(40)]
    keep = to_keep(days)
    assert dt.date(2023, 3, 15) not in keep  # the 13th month back that has a backup
    assert dt.date(2023, 6, 17) in keep and dt.date(2023, 6, 20) not in keep
    assert dt.date(2024, 4, 3) in keep and dt.date(2024, 4, 20) not in keep
    assert dt.date(2025, 1, 1) in keep and dt.date(2025, 1, 5) not in keep
    assert len([d for d in keep if d >= dt.date(2025, 1, 1)]) == 31


# -- restore ---------------------------------------------------------------------------
def test_restore_refuses_a_bad_file_and_touches_nothing(db_path: Path, tmp_path: Path) -> None:
    s = Store.open(db_path)
    _fill(s)
    s.close()
    before = _dump(db_path)
    junk = tmp_path / "junk.db"
    junk.write_bytes(os.urandom(5000))
    with pytest.raises(OpenError) as info:
        restore_from(junk, db_path)
    assert info.value.code == "not_database"
    assert _dump(db_path) == before
    assert all_backups(db_path) == []


def test_restore_refused_while_the_database_is_open(file_store: Store, tmp_path: Path) -> None:
    b = backup_to(file_store, tmp_path / "b.db")
    with pytest.raises(StoreError) as info:
        restore_from(b, file_store.path)
    assert info.value.code == "locked"


def test_restore_over_a_damaged_database(db_path: Path, tmp_path: Path) -> None:
    s = Store.open(db_path)
    _fill(s)
    good = backup_to(s, tmp_path / "good.db")
    s.close()
    data = bytearray(db_path.read_bytes())
    data[4096 * 2 : 4096 * 6] = os.urandom(4096 * 4)
    db_path.write_bytes(bytes(data))
    with pytest.raises(OpenError):
        Store.open(db_path)
    saved = restore_from(good, db_path)
    assert saved is not None and saved.read_bytes() == bytes(data)  # kept for rescue
    assert Store.open(db_path).total("hazards") == 1


def test_latest_good_backup_skips_damaged_ones(file_store: Store) -> None:
    older = auto_backup(file_store, dt.date(2025, 3, 4))
    newer = auto_backup(file_store, dt.date(2025, 3, 5))
    assert older and newer
    os.utime(older, (1_000_000, 1_000_000))
    assert latest_good_backup(file_store.path) == newer
    newer.write_bytes(newer.read_bytes()[:5000])
    assert latest_good_backup(file_store.path) == older
    older.write_bytes(b"nothing")
    assert latest_good_backup(file_store.path) is None


def test_restore_cancelled_half_way_keeps_the_current_database(
    db_path: Path, tmp_path: Path
) -> None:
    s = Store.open(db_path)
    for i in range(60):
        s.insert("plans", {"title": f"旧{i}", "level": "overall", "notes": "字" * 19000})
    b = backup_to(s, tmp_path / "b.db")
    s.insert("plans", {"title": "最新", "level": "overall"})
    s.close()
    before = _dump(db_path)
    calls = []

    def progress(done: int, total: int) -> None:
        calls.append(done)
        if len(calls) == 2:
            raise BackupCancelled

    with pytest.raises(BackupCancelled):
        restore_from(b, db_path, progress)
    assert _dump(db_path) == before
    s = Store.open(db_path)
    assert s.db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    s.close()
