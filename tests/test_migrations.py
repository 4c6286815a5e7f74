"""Migrations build the schema from a blank file and upgrade every older shape of it.

Like simonw/llm's test_migrate: migrate a blank database and compare the columns with the
schema; stop part-way, put in rows of the old shape, finish, and check the backfill.
"""

from __future__ import annotations

import dataclasses
import sqlite3
from pathlib import Path

import pytest
import sqlite_utils

from emergency_desk.schema import TABLES, Field, FieldType
from emergency_desk.store import ListQuery, Store
from emergency_desk.store import migrations as mig

SQL = {int: int, float: float, str: str}
SYSTEM = {"id": int, "created_at": str, "updated_at": str, "deleted_at": str}


def expected_columns(name: str) -> dict[str, type]:
    t = TABLES[name]
    cols: dict[str, type] = {"id": int}
    cols.update({f.key: SQL[f.type.sql_type] for f in t.fields})
    cols.update({k: v for k, v in SYSTEM.items() if k != "id"})
    cols["township"] = str  # the area code of a township's row in a county database
    return cols


def blank(path: Path) -> sqlite_utils.Database:
    return sqlite_utils.Database(sqlite3.connect(path))


def schema_sql(db: sqlite_utils.Database) -> list[tuple[str, str]]:
    return sorted(
        (r[0], r[1] or "") for r in db.execute("SELECT name, sql FROM sqlite_master").fetchall()
    )


def test_blank_file_gets_every_table_and_column(tmp_path: Path) -> None:
    db = blank(tmp_path / "new.db")
    mig.migrate(db)
    assert mig.user_version(db) == mig.SCHEMA_VERSION == len(mig.MIGRATIONS)
    names = set(db.table_names())
    for name in TABLES:
        assert db.table(name).columns_dict == expected_columns(name), name
    assert {"settings", "audit_log", "hazard_status_log", "report_texts"} <= names
    for fts in ("duty_log_fts", "hazards_fts", "duty_log_grams", "hazards_grams"):
        assert fts in names
    for name, t in TABLES.items():
        indexed = {col for idx in db.table(name).indexes for col in idx.columns}
        for f in t.fields:
            if f.indexed or f.type is FieldType.REF:
                assert f.key in indexed, (name, f.key)
        assert "deleted_at" in indexed
    fks = {(fk.table, fk.column, fk.other_table) for fk in db.table("drills").foreign_keys}
    assert ("drills", "plan_id", "plans") in fks


def test_migrate_twice_changes_nothing(tmp_path: Path) -> None:
    db = blank(tmp_path / "again.db")
    mig.migrate(db)
    first = schema_sql(db)
    mig.migrate(db)
    assert schema_sql(db) == first


def test_every_migration_is_a_named_function() -> None:
    for number, step in enumerate(mig.MIGRATIONS, start=1):
        assert step.__name__.startswith(f"m{number:03d}_"), step.__name__
        assert step.__doc__ or number == 1


@pytest.mark.parametrize("stop_before", range(2, mig.SCHEMA_VERSION + 1))
def test_stop_part_way_insert_old_rows_then_finish(tmp_path: Path, stop_before: int) -> None:
    path = tmp_path / f"v{stop_before - 1}.db"
    db = blank(path)
    mig.migrate(db, stop_before=stop_before)
    assert mig.user_version(db) == stop_before - 1
    if stop_before == 2:
        assert "hazards_fts" not in db.table_names()
    # Rows written by that older version, straight into its tables (its triggers, if any,
    # index them; none that came later).
    if stop_before > 3:
        mig.search_index.register(db.conn)
    db.execute(
        "INSERT INTO duty_log (received_at, type, level, summary, created_at, updated_at) "
        "VALUES ('2024-07-01 10:00', 'geological', 'general', "
        "'青石镇柳溪村村民报告后山出现裂缝，疑似滑坡隐患', '2024-07-01 10:05', '2024-07-01 10:05')"
    )
    db.execute(
        "INSERT INTO hazards (found_on, name, category, grade, status, created_at, updated_at) "
        "VALUES ('2024-03-02', '东坪村消防通道堵塞引发火灾风险', 'fire', 'general', 'open', "
        "'2024-03-02 09:00', '2024-03-02 09:00')"
    )
    db.conn.commit()
    db.conn.close()

    store = Store.open(path)
    try:
        assert mig.user_version(store.db) == mig.SCHEMA_VERSION
        for term in ("滑坡", "坡", "疑似滑坡隐患", "柳溪村 裂缝"):
            assert store.count(ListQuery("duty_log", search=term)) == 1, term
        for term in ("火灾", "消防通道"):
            assert store.count(ListQuery("hazards", search=term)) == 1, term
        # New writes after the upgrade are indexed by the new triggers.
        store.insert(
            "duty_log", {"received_at": "2024-07-02 08:00", "type": "fire", "summary": "山林火灾"}
        )
        assert store.count(ListQuery("duty_log", search="火灾")) == 1
        assert store.count(ListQuery("duty_log", search="山林火灾")) == 1
    finally:
        store.close()


def test_a_file_missing_a_later_column_gets_it(tmp_path: Path) -> None:
    """An old file whose table lacks a field the schema has since gained."""
    path = tmp_path / "old.db"
    db = blank(path)
    mig.migrate(db, stop_before=2)
    db.execute('ALTER TABLE "hazards" DROP COLUMN "verified_by"')
    db.execute(
        "INSERT INTO hazards (found_on, name, category, grade, status, rectified_on) "
        "VALUES ('2024-03-02', '河堤冲刷', 'flood', 'general', 'rectified', '2024-04-01')"
    )
    db.conn.commit()
    assert "verified_by" not in db.table("hazards").columns_dict
    db.conn.close()
    store = Store.open(path)
    try:
        assert store.db.table("hazards").columns_dict == expected_columns("hazards")
        (hid,) = store.ids(ListQuery("hazards"))
        assert store.get("hazards", hid)["verified_by"] is None
        store.update("hazards", hid, {"status": "closed", "verified_by": "王伟"})
        assert store.get("hazards", hid)["verified_by"] == "王伟"
        assert store.count(ListQuery("hazards", search="河堤")) == 1
    finally:
        store.close()


def test_sync_schema_adds_a_field_the_schema_gained(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "grow.db"
    store = Store.open(path)
    pid = store.insert("plans", {"title": "青石镇总体应急预案", "level": "overall"})
    store.close()

    plans = TABLES["plans"]
    gained = Field("approved_by", "审批人", "Approved by", indexed=True)
    budget = Field("budget", "经费(元)", "Budget (CNY)", FieldType.MONEY)
    monkeypatch.setitem(
        TABLES, "plans", dataclasses.replace(plans, fields=(*plans.fields, gained, budget))
    )
    store = Store.open(path)
    try:
        cols = store.db.table("plans").columns_dict
        assert cols["approved_by"] is str and cols["budget"] is float
        assert "idx_plans_approved_by" in {i.name for i in store.db.table("plans").indexes}
        old = store.get("plans", pid)
        assert old["approved_by"] is None and old["title"] == "青石镇总体应急预案"
        store.update("plans", pid, {"approved_by": "镇长", "budget": "5000"})
        row = store.get("plans", pid)
        assert row["approved_by"] == "镇长" and row["budget"] == 5000.0
        assert store.count(ListQuery("plans", filters={"approved_by": "镇长"})) == 1
    finally:
        store.close()


def test_store_open_upgrades_and_keeps_data(tmp_path: Path) -> None:
    path = tmp_path / "v1.db"
    db = blank(path)
    mig.migrate(db, stop_before=2)
    db.execute("INSERT INTO settings (key, value) VALUES ('office_name', '\"青石镇应急办\"')")
    db.execute("INSERT INTO plans (title, level, status) VALUES ('旧预案', 'special', 'in_force')")
    db.conn.commit()
    db.conn.close()
    store = Store.open(path)
    try:
        assert store.get_setting("office_name") == "青石镇应急办"
        assert store.total("plans") == 1
    finally:
        store.close()
