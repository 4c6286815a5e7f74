"""A file whose schema was checked is not checked again at every start — and a file
changed since is checked, and refused, as before (``store/schema_trust.py``)."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from hostile_files import HOSTILE_TRIGGER, digest, run_sql

from emergency_desk.store import (
    ListQuery,
    OpenError,
    Store,
    migrations,
    schema_check,
    schema_trust,
)


def _office(path: Path) -> Path:
    s = Store.open(path)
    s.insert("plans", {"title": "青石镇防汛应急预案", "level": "special"})
    s.close()
    return path


@pytest.fixture
def checks(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The names of the full checks and schema syncs that ran, in order."""
    ran: list[str] = []
    real_check, real_sync = schema_check.foreign_objects, migrations.sync_schema

    def check(conn: sqlite3.Connection, version: int) -> list[tuple[str, str]]:
        ran.append("check")
        return real_check(conn, version)

    def sync(conn: sqlite3.Connection) -> None:
        ran.append("sync")
        real_sync(conn)

    monkeypatch.setattr(schema_check, "foreign_objects", check)
    from emergency_desk.store import connection

    monkeypatch.setattr(connection, "sync_schema", sync)
    return ran


def test_an_unchanged_file_is_opened_without_the_full_check(
    tmp_path: Path, checks: list[str]
) -> None:
    db = _office(tmp_path / "office.db")
    checks.clear()
    s = Store.open(db)  # opened before by this code: its schema is known
    try:
        assert checks == []
        assert s.total("plans") == 1
        # The triggers still find their function: the search index stays live.
        s.insert("plans", {"title": "青石镇地质灾害应急预案", "level": "special"})
        assert [r["title"] for r in s.page(ListQuery("plans", search="地质"))] == [
            "青石镇地质灾害应急预案"
        ]
    finally:
        s.close()


def test_a_file_changed_after_a_clean_start_is_still_refused(tmp_path: Path) -> None:
    db = _office(tmp_path / "office.db")
    Store.open(db).close()  # a clean start: the schema is kept as checked
    conn = sqlite3.connect(db)
    master = schema_trust.master_digest(conn, migrations.SCHEMA_VERSION)
    conn.close()
    assert schema_trust.already_checked(master)

    run_sql(db, HOSTILE_TRIGGER)
    before = digest(db)
    with pytest.raises(OpenError) as info:
        Store.open(db)
    assert info.value.code == "foreign_schema"
    assert "触发器“wipe_audit”" in info.value.message("zh")
    assert digest(db) == before  # refused before anything was written
    with pytest.raises(OpenError):
        Store.open(db, read_only=True)


def test_one_of_our_triggers_rewritten_after_a_clean_start_is_refused(tmp_path: Path) -> None:
    """Same names as before, other SQL: the digest covers what the objects do."""
    db = _office(tmp_path / "office.db")
    Store.open(db).close()
    conn = sqlite3.connect(db)
    name, sql = conn.execute(
        "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'plans' "
        "ORDER BY name LIMIT 1"
    ).fetchone()
    conn.close()
    harm = sql.replace("BEGIN", "BEGIN DELETE FROM audit_log;", 1)
    run_sql(db, f'DROP TRIGGER "{name}"', harm)
    with pytest.raises(OpenError) as info:
        Store.open(db)
    assert info.value.code == "foreign_schema"


def test_an_index_dropped_after_a_clean_start_is_made_again(
    tmp_path: Path, checks: list[str]
) -> None:
    db = _office(tmp_path / "office.db")
    run_sql(db, "DROP INDEX idx_plans_live_title")
    checks.clear()
    s = Store.open(db)
    s.close()
    assert checks == ["check", "sync"]
    names = {r[0] for r in sqlite3.connect(db).execute("SELECT name FROM sqlite_master")}
    assert "idx_plans_live_title" in names


def test_a_changed_schema_declaration_checks_every_file_again(
    tmp_path: Path, checks: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Another build (here: a field marked indexed) does not take the last one's word."""
    import dataclasses

    from emergency_desk.schema import TABLES

    db = _office(tmp_path / "office.db")
    plans = TABLES["plans"]
    fields = tuple(
        dataclasses.replace(f, indexed=True) if f.key == "title" else f for f in plans.fields
    )
    monkeypatch.setitem(TABLES, "plans", dataclasses.replace(plans, fields=fields))
    checks.clear()
    Store.open(db).close()
    assert checks == ["check", "sync"]
    names = {r[0] for r in sqlite3.connect(db).execute("SELECT name FROM sqlite_master")}
    assert "idx_plans_title" in names


def test_a_mark_inside_the_file_counts_for_nothing(tmp_path: Path, checks: list[str]) -> None:
    """The checked schemas are kept by the program, not the file: a file from elsewhere
    (another PC's trust list is not ours) is checked in full."""
    db = _office(tmp_path / "office.db")
    schema_trust.trust_file().unlink()
    checks.clear()
    Store.open(db).close()
    assert checks == ["check", "sync"]


def test_an_unreadable_list_only_means_the_full_check(tmp_path: Path, checks: list[str]) -> None:
    db = _office(tmp_path / "office.db")
    schema_trust.trust_file().write_text("{not json", encoding="utf-8")
    checks.clear()
    s = Store.open(db)
    try:
        assert s.total("plans") == 1
    finally:
        s.close()
    assert checks == ["check", "sync"]
