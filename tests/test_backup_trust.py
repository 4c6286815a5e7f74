"""Backups that can be trusted: a killed restore's journal, broken indexes, rotation.

A restore killed during its page copy leaves a hot journal; the read-only commands must
read the file as SQLite recovers it. An index that no longer matches its table passes
``quick_check`` but not ``integrity_check``; such a database is reported and never backed
up over good backups. Rotation follows the order backups were made in, not the clock.
"""

from __future__ import annotations

import csv
import datetime as dt
import os
import shutil
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from emergency_desk.store import OpenError, Store, StoreError, hot_journal, search_index
from emergency_desk.store.backup import (
    auto_backup,
    backup_dir,
    backup_state,
    backup_to,
    daily_backups,
    restore_from,
)
from emergency_desk.store.page_check import PageCheck
from tests.cli_runner import ROOT, run_cli

KILL_MID_RESTORE = """
import os, signal, sys
from emergency_desk.store.backup import restore_from
def progress(done, total):
    if done > total // 2:
        os.kill(os.getpid(), signal.SIGKILL)
restore_from(sys.argv[1], sys.argv[2], progress)
"""


def _plans(s: Store, prefix: str, n: int) -> None:
    for i in range(n):
        s.insert("plans", {"title": f"{prefix}{i}", "level": "overall", "notes": "字" * 9000})


@pytest.fixture(scope="module")
def crashed(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A database whose restore was killed half-way: torn pages and a hot journal."""
    folder = tmp_path_factory.mktemp("crashed")
    db = folder / "office.db"
    s = Store.open(db)
    s.set_setting("office_name", "青山镇应急管理办公室")  # a summary is signed by the office
    _plans(s, "旧", 150)
    backup_to(s, folder / "old.db")
    _plans(s, "新", 150)
    s.close()
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    done = subprocess.run(
        [sys.executable, "-c", KILL_MID_RESTORE, str(folder / "old.db"), str(db)],
        env=env,
        capture_output=True,
        timeout=120,
    )
    assert done.returncode == -9, done.stderr
    assert hot_journal.looks_hot(db)  # the state the read-only commands must cope with
    return folder


@pytest.fixture
def crashed_db(crashed: Path, tmp_path: Path) -> Path:
    folder = tmp_path / "office"
    shutil.copytree(crashed, folder, ignore=shutil.ignore_patterns("backups"))
    return folder / "office.db"


def _titles(db: Path) -> list[str]:
    conn = sqlite3.connect(db)
    try:
        return [r[0] for r in conn.execute("SELECT title FROM plans ORDER BY id")]
    finally:
        conn.close()


EXPECTED = [f"旧{i}" for i in range(150)] + [f"新{i}" for i in range(150)]


def test_check_recovers_a_journal_left_by_a_killed_restore(crashed_db: Path) -> None:
    result = run_cli("--db", str(crashed_db), "check")
    assert result.returncode == 0, result.stderr
    assert "Integrity check: ok" in result.stdout
    assert not hot_journal.looks_hot(crashed_db)
    assert _titles(crashed_db) == EXPECTED  # as it was before the killed restore


def test_export_reads_the_recovered_data(crashed_db: Path, tmp_path: Path) -> None:
    out = tmp_path / "plans.csv"
    result = run_cli("--db", str(crashed_db), "export", "plans", str(out), "--lang", "keys")
    assert result.returncode == 0, result.stderr
    with out.open(encoding="utf-8-sig") as fh:
        titles = sorted(row["title"] for row in csv.DictReader(fh))
    assert titles == sorted(EXPECTED)


def test_report_works_on_the_recovered_file(crashed_db: Path, tmp_path: Path) -> None:
    report = run_cli("--db", str(crashed_db), "report", "-o", str(tmp_path / "r.docx"))
    assert report.returncode == 0, report.stderr
    assert (tmp_path / "r.docx").stat().st_size > 0
    assert not hot_journal.looks_hot(crashed_db)  # read as SQLite recovers it


def test_backup_of_a_file_left_with_a_hot_journal(crashed_db: Path, tmp_path: Path) -> None:
    result = run_cli("--db", str(crashed_db), "backup", str(tmp_path / "b.db"))
    assert result.returncode == 0, result.stderr
    assert _titles(tmp_path / "b.db") == EXPECTED


def test_a_file_that_may_not_be_written_is_recovered_on_a_copy(
    crashed_db: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    real = hot_journal._recover_in_place
    monkeypatch.setattr(
        hot_journal,
        "_recover_in_place",
        lambda p: False if p == crashed_db else real(p),  # a read-only folder or share
    )
    before = crashed_db.read_bytes()
    s = Store.open(crashed_db, read_only=True)
    try:
        titles = [r[0] for r in s.conn.execute("SELECT title FROM plans ORDER BY id")]
    finally:
        s.close()
    assert titles == EXPECTED
    assert crashed_db.read_bytes() == before and hot_journal.looks_hot(crashed_db)


def test_a_second_restore_keeps_a_before_copy_that_opens(crashed_db: Path) -> None:
    saved = restore_from(crashed_db.parent / "old.db", crashed_db)
    assert saved is not None and saved.suffix == ".db"
    assert _titles(saved) == EXPECTED
    assert _titles(crashed_db) == EXPECTED[:150]


# -- an index that no longer matches its table ----------------------------------------
def break_index(db: Path) -> None:
    """Insert a plan its title index never hears of: "row N missing from index"."""
    index = "idx_plans_live_title"
    conn = sqlite3.connect(db)
    sql = conn.execute("SELECT sql FROM sqlite_master WHERE name = ?", [index]).fetchone()[0]
    conn.execute("PRAGMA writable_schema = ON")
    conn.execute("UPDATE sqlite_master SET sql = ? WHERE name = ?", [f"{sql} WHERE 0", index])
    conn.commit()
    conn.close()
    conn = sqlite3.connect(db)
    search_index.register(conn)  # the plans' search triggers call it
    conn.execute("INSERT INTO plans (title, level) VALUES ('无索引', 'overall')")
    conn.execute("PRAGMA writable_schema = ON")
    conn.execute("UPDATE sqlite_master SET sql = ? WHERE name = ?", [sql, index])
    conn.commit()
    conn.close()
    conn = sqlite3.connect(db)
    assert conn.execute("PRAGMA quick_check").fetchone()[0] == "ok"  # the quick one passes
    assert "missing from index" in conn.execute("PRAGMA integrity_check").fetchone()[0]
    conn.close()


@pytest.fixture
def broken_db(db_path: Path) -> Path:
    s = Store.open(db_path)
    s.insert("plans", {"title": "防汛抢险应急预案", "level": "special"})
    s.close()
    break_index(db_path)
    return db_path


def test_check_reports_an_index_that_no_longer_matches(broken_db: Path) -> None:
    result = run_cli("--db", str(broken_db), "check")
    assert result.returncode == 0, result.stderr
    assert "Integrity check: " in result.stdout and "missing from index" in result.stdout
    assert "Integrity check: ok" not in result.stdout


def test_no_backup_is_made_of_a_broken_index(broken_db: Path, tmp_path: Path) -> None:
    result = run_cli("--db", str(broken_db), "backup", str(tmp_path / "b.db"))
    assert result.returncode == 2
    assert "The backup failed" in result.stderr
    assert not list(tmp_path.glob("b.db*"))


def test_restore_refuses_a_backup_with_a_broken_index(broken_db: Path, tmp_path: Path) -> None:
    other = tmp_path / "other.db"
    Store.open(other).close()
    with pytest.raises(OpenError) as info:
        restore_from(broken_db, other)
    assert info.value.code == "damaged"


def test_the_deferred_check_finds_a_broken_index(broken_db: Path) -> None:
    assert any("missing from index" in p for p in PageCheck(broken_db).wait())


def test_a_damaged_database_never_pushes_out_good_backups(db_path: Path) -> None:
    s = Store.open(db_path)
    s.insert("plans", {"title": "防汛抢险应急预案", "level": "special"})
    first = dt.date(2025, 3, 1)
    for i in range(30):
        auto_backup(s, first + dt.timedelta(days=i))
    s.close()
    good = sorted(p.name for _, p in daily_backups(db_path))
    break_index(db_path)
    s = Store.open(db_path)
    for i in range(30, 70):
        with pytest.raises(StoreError):
            auto_backup(s, first + dt.timedelta(days=i))
    s.close()
    assert sorted(p.name for _, p in daily_backups(db_path)) == good
    state = backup_state(db_path)
    assert state.newest_good == state.newest and not state.newest_is_bad


def test_check_says_when_the_newest_backup_is_damaged(db_path: Path) -> None:
    s = Store.open(db_path)
    s.insert("plans", {"title": "防汛抢险应急预案", "level": "special"})
    older = auto_backup(s, dt.date(2025, 3, 4))
    newer = auto_backup(s, dt.date(2025, 3, 5))
    s.close()
    assert older and newer
    os.utime(older, (1_000_000, 1_000_000))
    break_index(newer)
    result = run_cli("--db", str(db_path), "check")
    assert result.returncode == 0, result.stderr
    assert f"The newest backup “{newer}” is damaged" in result.stdout
    assert f"the newest sound backup is “{older}”" in result.stdout
    zh = run_cli("--db", str(db_path), "check", lang="zh_CN.UTF-8")
    assert f"最新的备份“{newer}”已损坏，最近一个完好的备份是“{older}”。" in zh.stdout


# -- rotation without trusting the clock -----------------------------------------------
def test_a_clock_that_ran_ahead_does_not_delete_new_backups(file_store: Store) -> None:
    real = dt.date(2025, 3, 1)
    days = [real + dt.timedelta(days=i) for i in range(10)]  # ten real days
    days += [real + dt.timedelta(days=50 + i) for i in range(35)]  # the clock runs ahead
    days += [real + dt.timedelta(days=10 + i) for i in range(25)]  # and is put right
    made = []
    for day in days:
        target = auto_backup(file_store, day)
        assert target is not None and target.exists()  # never deleted as soon as made
        made.append(target)
    assert all(p.exists() for p in made[-30:])
    # The real calendar reaches a day that already has a backup from the jump: a fresh
    # one is still made that day.
    again = auto_backup(file_store, real + dt.timedelta(days=50))
    assert again is not None and again.exists() and again in made
    assert auto_backup(file_store, real + dt.timedelta(days=50)) is None


def test_stale_parts_are_cleaned(file_store: Store) -> None:
    folder = backup_dir(file_store.path)
    folder.mkdir()
    stale = [folder / "office-2025-03-04.db.4242.part", folder / "x.db.77.part-journal"]
    for p in stale:
        p.write_bytes(b"x" * 1000)
        os.utime(p, (time.time() - 3600 * 24, time.time() - 3600 * 24))
    busy = folder / "office-2025-03-05.db.4343.part"
    busy.write_bytes(b"y")
    os.utime(busy, (time.time() + 60, time.time() + 60))  # being written right now
    manual = file_store.path.parent / "usb"
    manual.mkdir()
    left = manual / "copy.db.999.part"
    left.write_bytes(b"z")
    os.utime(left, (1_000_000, 1_000_000))
    auto_backup(file_store, dt.date(2025, 3, 5))
    backup_to(file_store, manual / "copy.db")
    assert not any(p.exists() for p in [*stale, left])
    assert busy.exists()


def test_before_restore_copies_are_rotated(db_path: Path, tmp_path: Path) -> None:
    s = Store.open(db_path)
    s.insert("plans", {"title": "防汛抢险应急预案", "level": "special"})
    good = backup_to(s, tmp_path / "good.db")
    s.close()
    folder = backup_dir(db_path)
    folder.mkdir()
    old = [folder / f"office-before-restore-2024-0{m}-01-101010.db" for m in range(1, 8)]
    for p in old:
        shutil.copyfile(good, p)
    (folder / "office-before-restore-2024-01-02-101010.damaged").write_bytes(b"x")
    saved = restore_from(good, db_path)
    assert saved is not None and saved.exists()
    left = sorted(p.name for p in folder.glob("office-before-restore-*"))
    assert left == sorted([p.name for p in old[-4:]] + [saved.name])
