"""Full-text search follows the schema's ``searchable`` fields on files made before a change.

The search tables and their triggers are built from the fields marked searchable. A file
made when a field was not searchable must find that field's text once it is opened by a
program that declares it searchable — not only files made afterwards — and a file already in
line with the schema must open without rebuilding anything.
"""

from __future__ import annotations

import dataclasses
import sqlite3
from pathlib import Path

import pytest

from emergency_desk.schema import TABLES
from emergency_desk.store import ListQuery, Store, search_index

# (register, field that becomes searchable, a record whose other text shares none of the
# terms, the terms: a 2-character Chinese word, a longer phrase, a 1-character term)
CASES = [
    (
        "duty_log",
        "action_taken",
        {"received_at": "2025-03-02 10:00", "type": "fire", "summary": "村民报告后山冒烟"},
        "已扑灭山林火灾，无人员伤亡",
        ("火灾", "扑灭山林", "灭"),
    ),
    (
        "hazards",
        "responsible_unit",
        {
            "found_on": "2025-03-02",
            "name": "河堤缺口",
            "category": "flood",
            "grade": "general",
            "status": "open",
        },
        "柳溪村村民委员会",
        ("柳溪", "村民委员会", "柳"),
    ),
]


def _without_searchable(monkeypatch: pytest.MonkeyPatch, table: str, key: str) -> None:
    """The schema as it was before ``key`` was marked searchable."""
    t = TABLES[table]
    assert t.field(key).searchable, "the case must name a field the schema searches"
    fields = tuple(
        dataclasses.replace(f, searchable=False) if f.key == key else f for f in t.fields
    )
    monkeypatch.setitem(TABLES, table, dataclasses.replace(t, fields=fields))


def _found(store: Store, table: str, term: str) -> list[int]:
    return [r["id"] for r in store.page(ListQuery(table, search=term))]


@pytest.mark.parametrize(("table", "key", "record", "text", "terms"), CASES)
def test_a_field_made_searchable_later_is_found_in_an_existing_file(
    db_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    table: str,
    key: str,
    record: dict,
    text: str,
    terms: tuple[str, ...],
) -> None:
    with monkeypatch.context() as old_schema:
        _without_searchable(old_schema, table, key)
        old = Store.open(db_path)
        rid = old.insert(table, {**record, key: text})
        for term in terms:  # the old program cannot find it by that field
            assert _found(old, table, term) == [], term
        old.close()
    cols = [r[1] for r in sqlite3.connect(db_path).execute(f'PRAGMA table_info("{table}_fts")')]
    assert key not in cols  # the file really was made without it

    store = Store.open(db_path)
    try:
        for term in terms:
            assert _found(store, table, term) == [rid], term
            assert store.count(ListQuery(table, search=term)) == 1, term
        # The rebuilt triggers keep the new field indexed from now on.
        other = store.insert(table, {**record, key: "另一条记录"})
        assert _found(store, table, "另一") == [other]
        store.update(table, rid, {key: "情况已上报"})
        assert _found(store, table, terms[0]) == []
        assert _found(store, table, "上报") == [rid]
        store.delete(table, other)
        assert _found(store, table, "另一") == []
    finally:
        store.close()
    assert search_index.out_of_sync(sqlite3.connect(db_path)) == []


def test_a_field_no_longer_searchable_leaves_the_index(
    db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    table, key, record, text, terms = CASES[0]
    s = Store.open(db_path)
    s.insert(table, {**record, key: text})
    s.close()
    _without_searchable(monkeypatch, table, key)
    s = Store.open(db_path)
    try:
        # Same answers as a LIKE over the declared columns: the old text is gone from both
        # indexes, and the register's own text is still found.
        for term in terms:
            assert _found(s, table, term) == [], term
        assert len(_found(s, table, "冒烟")) == 1
        assert len(_found(s, table, "后山冒烟")) == 1
    finally:
        s.close()


def test_opening_a_file_in_line_with_the_schema_rebuilds_nothing(
    db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    s = Store.open(db_path)
    s.insert("duty_log", {"received_at": "2025-03-02 10:00", "type": "fire", "summary": "山林火灾"})
    s.close()
    before = (
        sqlite3.connect(db_path).execute("SELECT type, name, sql FROM sqlite_master").fetchall()
    )

    rebuilt: list[str] = []
    real = search_index.rebuild_indexes

    def spy(conn, table: str) -> None:
        rebuilt.append(table)
        real(conn, table)

    monkeypatch.setattr(search_index, "rebuild_indexes", spy)
    s = Store.open(db_path)
    try:
        assert rebuilt == []
        assert s.conn.total_changes == 0  # not a row written on the way in
        assert _found(s, "duty_log", "火灾") != []
    finally:
        s.close()
    after = sqlite3.connect(db_path).execute("SELECT type, name, sql FROM sqlite_master").fetchall()
    assert after == before

    # The spy does see a rebuild when one is due (so the empty list above means something).
    with sqlite3.connect(db_path) as conn:
        conn.execute('DROP TRIGGER "duty_log_grams_au"')
    s = Store.open(db_path)
    s.close()
    assert rebuilt == ["duty_log"]


def test_a_rebuild_is_one_transaction(db_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A rebuild that fails part-way leaves the file's search indexes as they were."""
    table, key, record, text, _ = CASES[0]
    with monkeypatch.context() as old_schema:
        _without_searchable(old_schema, table, key)
        s = Store.open(db_path)
        s.insert(table, {**record, key: text})
        s.close()
    before = sqlite3.connect(db_path).execute("SELECT name, sql FROM sqlite_master").fetchall()

    def fails(conn, table: str) -> None:
        raise sqlite3.OperationalError("disk I/O error")

    with monkeypatch.context() as broken:
        broken.setattr(search_index, "rebuild", fails)
        with pytest.raises(Exception):  # noqa: B017 - how the open reports it is not the point
            Store.open(db_path)
    after = sqlite3.connect(db_path).execute("SELECT name, sql FROM sqlite_master").fetchall()
    assert after == before
    s = Store.open(db_path)
    try:
        assert len(_found(s, table, "火灾")) == 1
    finally:
        s.close()
