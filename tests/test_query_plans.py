"""The hot queries of a million-row duty log are index walks, never full scans or sorts.

The app runs no ANALYZE, so SQLite plans with the same fixed guesses on an empty database as
on a big one: the plans checked here are the plans users get. ``EXPLAIN QUERY PLAN`` says
``SCAN <table>`` for a full table scan and ``USE TEMP B-TREE FOR ORDER BY`` when it has to
sort the rows it found; the list views must show neither.
"""

from __future__ import annotations

import pytest

from emergency_desk.store import ListQuery, Store
from emergency_desk.store.listing import count_sql, fast_count_sql, select_sql

BIG = ("duty_log", "hazards")


def plan(store: Store, sql: str, params: list) -> str:
    return " | ".join(r[3] for r in store.db.execute("EXPLAIN QUERY PLAN " + sql, params))


def assert_no_scan(text: str, table: str) -> None:
    """No step reads the whole table (``SCAN t``); walking an index in order is fine."""
    for step in text.split(" | "):
        assert step != f"SCAN {table}", text


PAGE_QUERIES = {
    "duty newest first": ListQuery("duty_log"),
    "duty by type": ListQuery("duty_log", sort="type"),
    "duty by type desc": ListQuery("duty_log", sort="type", descending=True),
    "duty by level": ListQuery("duty_log", sort="level"),
    "duty by status": ListQuery("duty_log", sort="status"),
    "duty by summary": ListQuery("duty_log", sort="summary"),
    "duty by reporter": ListQuery("duty_log", sort="reporter"),
    "duty by reported up": ListQuery("duty_log", sort="reported_up_at", descending=True),
    "duty oldest first": ListQuery("duty_log", sort="received_at"),
    "duty level filter": ListQuery("duty_log", filters={"level": "major"}),
    "duty status filter": ListQuery("duty_log", filters={"status": "open"}),
    "duty type filter": ListQuery("duty_log", filters={"type": "fire"}),
    "duty year": ListQuery("duty_log", year=2025),
    "duty short search": ListQuery("duty_log", search="火灾"),
    "duty long search": ListQuery("duty_log", search="山体滑坡"),
    "hazards newest": ListQuery("hazards"),
    "hazards by deadline": ListQuery("hazards", sort="deadline"),
    "hazards status": ListQuery("hazards", filters={"status": "open"}),
    "hazards search": ListQuery("hazards", search="河堤"),
    "movements of an item": ListQuery("stock_movements", parent_id=3),
    "materials by name": ListQuery("materials"),
}


@pytest.mark.parametrize("name", list(PAGE_QUERIES))
def test_list_page_walks_an_index(store: Store, name: str) -> None:
    q = PAGE_QUERIES[name]
    text = plan(store, *select_sql(q, limit=200, offset=0))
    assert_no_scan(text, q.table)
    assert "USING INDEX" in text or "USING COVERING INDEX" in text, text
    assert "TEMP B-TREE FOR ORDER BY" not in text, text
    reverse = plan(store, *select_sql(q, limit=200, offset=0, reverse=True))
    assert "TEMP B-TREE FOR ORDER BY" not in reverse, reverse


@pytest.mark.parametrize("name", list(PAGE_QUERIES))
def test_counts_use_an_index(store: Store, name: str) -> None:
    q = PAGE_QUERIES[name]
    fast = fast_count_sql(q)
    text = plan(store, *(fast or count_sql(q)))
    assert_no_scan(text, q.table)


@pytest.mark.parametrize("term", ["火", "火灾", "山体滑坡", "G318"])
@pytest.mark.parametrize("table", BIG)
def test_search_reads_the_index_not_the_table(store: Store, table: str, term: str) -> None:
    q = ListQuery(table, search=term)
    text = plan(store, *select_sql(q, limit=200))
    index = f"{table}_grams" if len(term) <= 2 else f"{table}_fts"
    assert f"{index} VIRTUAL TABLE INDEX" in text, text
    assert_no_scan(text, table)
    # A plain search is counted in its index alone, without touching the table.
    fast = fast_count_sql(q)
    assert fast is not None
    assert plan(store, *fast) == f"SCAN {index} VIRTUAL TABLE INDEX 0:M1" or index in plan(
        store, *fast
    )
    # Few matches: the rows are looked up by id, and only those are sorted.
    few = plan(store, *select_sql(q, limit=200, by_match=True))
    assert f"{table} USING INTEGER PRIMARY KEY" in few or "rowid=?" in few, few


def test_search_with_filter_still_uses_indexes(store: Store) -> None:
    q = ListQuery("duty_log", search="火灾", filters={"level": "major"}, year=2025)
    assert_no_scan(plan(store, *select_sql(q, limit=200)), "duty_log")
    assert_no_scan(plan(store, *count_sql(q)), "duty_log")


def test_alert_queries_use_indexes(store: Store) -> None:
    """The rules' queries over the big registers (store/alert_queries.py) do not scan them."""
    from emergency_desk.store import alert_queries

    seen = []
    conn = store.conn

    class Spy:
        def execute(self, sql, params=()):
            seen.append((sql, list(params)))
            return conn.execute(sql, params)

        def __getattr__(self, name):
            return getattr(conn, name)

    store.conn = Spy()  # type: ignore[assignment]
    try:
        alert_queries.hazards_overdue(store, "2026-11-28")
    finally:
        store.conn = conn
    assert seen
    for sql, params in seen:
        assert_no_scan(plan(store, sql, params), "hazards")


def test_every_sortable_column_has_a_live_index(store: Store) -> None:
    from emergency_desk.schema import TABLES
    from emergency_desk.store.list_indexes import list_indexes, sortable_columns

    names = {r[0] for r in store.db.execute("SELECT name FROM sqlite_master WHERE type='index'")}
    for t in TABLES.values():
        wanted = dict(list_indexes(t))
        assert set(wanted) <= names, t.name
        covered = {cols[1] for cols in wanted.values()}
        assert set(sortable_columns(t)) <= covered, t.name
