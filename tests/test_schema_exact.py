"""A file holding anything our code did not make is refused, by name, before it can run.

The reproduction from issue 14 point 7: a "backup" carrying its own trigger was restored
without a word; on the next import the trigger emptied the audit log and soft-deleted
every hazard. Such a file is now refused on restore and on open, and left as it was.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from cli_runner import run_cli
from hostile_files import HOSTILE_TRIGGER, digest, run_sql

from emergency_desk.store import OpenError, Store
from emergency_desk.store.backup import backup_to, restore_from


def _office(path: Path) -> Path:
    s = Store.open(path)
    s.insert("plans", {"title": "青石镇防汛应急预案", "level": "special"})
    s.insert(
        "hazards",
        {
            "found_on": "2025-03-02",
            "name": "东坪村河堤冲刷",
            "category": "flood",
            "grade": "general",
        },
    )
    s.set_setting("office_name", "某县青石镇应急管理办公室")
    s.close()
    return path


@pytest.fixture
def hostile_backup(tmp_path: Path) -> Path:
    source = Store.open(_office(tmp_path / "elsewhere.db"))
    backup = backup_to(source, tmp_path / "usb" / "backup.db")
    source.close()
    return run_sql(backup, HOSTILE_TRIGGER)


def test_a_backup_with_a_trigger_of_its_own_is_refused_on_restore(
    tmp_path: Path, hostile_backup: Path
) -> None:
    db = _office(tmp_path / "office.db")
    before = digest(db)
    with pytest.raises(OpenError) as info:
        restore_from(hostile_backup, db)
    assert info.value.code == "foreign_schema"
    assert "触发器“wipe_audit”" in info.value.message("zh")
    assert "trigger “wipe_audit”" in info.value.message("en")
    assert digest(db) == before


def test_the_restore_command_names_the_trigger_in_one_line(
    tmp_path: Path, hostile_backup: Path
) -> None:
    db = _office(tmp_path / "office.db")
    result = run_cli("--db", str(db), "restore", str(hostile_backup))
    assert result.returncode == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and "trigger “wipe_audit”" in lines[0], result.stderr
    s = Store.open(db)
    try:
        assert s.total("hazards") == 1
    finally:
        s.close()


def test_a_file_with_a_trigger_of_its_own_is_refused_on_open_and_never_runs(
    hostile_backup: Path,
) -> None:
    before = digest(hostile_backup)
    for read_only in (False, True):
        with pytest.raises(OpenError) as info:
            Store.open(hostile_backup, read_only=read_only)
        assert info.value.code == "foreign_schema"
    assert digest(hostile_backup) == before
    conn = sqlite3.connect(hostile_backup)
    assert conn.execute("SELECT count(*) FROM hazards WHERE deleted_at IS NULL").fetchone() == (1,)
    conn.close()


@pytest.mark.parametrize(
    ("statement", "named"),
    [
        # One of our trigger names, with a body of someone else's.
        (
            'DROP TRIGGER "hazards_grams_ai"; CREATE TRIGGER "hazards_grams_ai" AFTER INSERT '
            "ON hazards BEGIN DELETE FROM audit_log; END",
            "trigger “hazards_grams_ai”",
        ),
        ("CREATE VIEW everything AS SELECT * FROM plans", "view “everything”"),
        ("CREATE INDEX sneaky ON plans(title)", "index “sneaky”"),
        ("CREATE TABLE notes (body TEXT)", "table “notes”"),
        (
            "DROP TABLE report_texts; CREATE TABLE report_texts (year INTEGER REFERENCES "
            "plans(id) ON DELETE CASCADE, lang TEXT, part TEXT, body TEXT, updated_at TEXT)",
            "table “report_texts”",
        ),
    ],
)
def test_every_kind_of_foreign_object_is_named(tmp_path: Path, statement: str, named: str) -> None:
    db = _office(tmp_path / "office.db")
    conn = sqlite3.connect(db)
    conn.executescript(statement)
    conn.close()
    with pytest.raises(OpenError) as info:
        Store.open(db)
    assert named in info.value.message("en")


def test_what_our_own_code_makes_is_accepted(tmp_path: Path) -> None:
    """A used file (demo data, every index ``sync_schema`` adds) opens again and again."""
    db = tmp_path / "office.db"
    result = run_cli("--db", str(db), "demo", "--year", "2025")
    assert result.returncode == 0, result.stderr
    for _ in range(2):
        Store.open(db).close()
    conn = sqlite3.connect(db)
    conn.execute("ANALYZE")  # SQLite's own statistics table is data, not ours or foreign
    conn.commit()
    conn.close()
    Store.open(db, read_only=True).close()


def test_a_search_index_trigger_rewritten_to_do_harm_is_refused(tmp_path: Path) -> None:
    """Search-index triggers are accepted for any column list our code would build them
    with (a field may have become searchable since the file was made) — but only word for
    word: one with the right name and a body of its own is foreign."""
    db = _office(tmp_path / "office.db")
    run_sql(
        db,
        'DROP TRIGGER "hazards_fts_ai"',
        'CREATE TRIGGER "hazards_fts_ai" AFTER INSERT ON "hazards" BEGIN '
        "DELETE FROM audit_log; END",
    )
    before = digest(db)
    with pytest.raises(OpenError) as caught:
        Store.open(db)
    assert caught.value.code == "foreign_schema"
    assert "hazards_fts_ai" in caught.value.message("en")
    assert digest(db) == before
