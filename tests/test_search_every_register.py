"""Every register with searchable fields gets the search indexes — in existing files too.

The indexes used to be kept for the duty log and hazards only, so a plan or an activity was
found by a LIKE over the whole table. A file made by that program gains the indexes of
the other registers on its next writable open, and a 2-character Chinese term is then
answered by the short-term index; the schema check still takes the file as ours.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from emergency_desk.schema import REGISTER_LIST
from emergency_desk.store import ListQuery, Store, search_index
from emergency_desk.store.listing import fast_count_sql

OLD_INDEXED = ("duty_log", "hazards")
RECORDS = {
    "plans": {"title": "防汛应急预案", "level": "special", "status": "in_force"},
    "activities": {"held_on": "2025-05-12", "kind": "publicity", "title": "防汛知识宣传"},
}


def _objects(path: Path) -> set[str]:
    with sqlite3.connect(path) as conn:
        return {r[0] for r in conn.execute("SELECT name FROM sqlite_master")}


def _index_hits(path: Path, table: str, term: str) -> list[int]:
    """What the short-term index itself answers, read without the store."""
    g = search_index.grams_table(table)
    with sqlite3.connect(path) as conn:
        rows = conn.execute(
            f'SELECT rowid FROM "{g}" WHERE "{g}" MATCH ?', [search_index.short_term_query(term)]
        )
        return [r[0] for r in rows]


def test_the_indexed_registers_are_the_ones_with_searchable_fields() -> None:
    wanted = {r.main.name for r in REGISTER_LIST if r.main.searchable_fields}
    assert set(search_index.INDEXED_TABLES) == wanted
    assert {"plans", "activities", "drills", "materials"} <= wanted


def test_a_file_made_before_plans_and_activities_were_indexed_gains_their_indexes(
    db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with monkeypatch.context() as old_program:
        old_program.setattr(search_index, "INDEXED_TABLES", OLD_INDEXED)
        old = Store.open(db_path)
        ids = {table: old.insert(table, values) for table, values in RECORDS.items()}
        old.close()
    made = _objects(db_path)
    assert "hazards_grams" in made
    assert not {"plans_grams", "plans_fts", "activities_grams", "activities_fts"} & made

    store = Store.open(db_path)  # the schema check takes the old file as ours
    try:
        for table, rid in ids.items():
            query = ListQuery(table, search="防汛")
            assert [r["id"] for r in store.page(query)] == [rid]
            assert store.count(query) == 1
            counted = fast_count_sql(query)
            assert counted is not None and search_index.grams_table(table) in counted[0]
        # Kept by the new triggers from now on.
        later = store.insert("plans", {"title": "地质灾害防治预案", "level": "special"})
        assert [r["id"] for r in store.page(ListQuery("plans", search="地质"))] == [later]
    finally:
        store.close()
    for table, rid in ids.items():
        assert _index_hits(db_path, table, "防汛") == [rid]
    with sqlite3.connect(db_path) as conn:
        assert search_index.out_of_sync(conn) == []

    again = Store.open(db_path)  # and a file so brought in line opens as ours again
    try:
        assert again.count(ListQuery("activities", search="防汛")) == 1
    finally:
        again.close()
