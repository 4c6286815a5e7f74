"""The hot queries of a million-row duty log are index walks, never full scans or sorts.

The app runs no ANALYZE, so SQLite plans with the same fixed guesses on an empty database as
on a big one: the plans checked here are the plans users get. The checks read *what* each
step of ``EXPLAIN QUERY PLAN`` does (which index it walks, whether it reads a whole table or
sorts in a temporary b-tree), not its exact wording: that differs between SQLite versions
("SCAN TABLE t" before 3.36, "SCAN t" after; the Windows Python ships its own SQLite).
"""

from __future__ import annotations

import re

import pytest

from emergency_desk.store import ListQuery, Store
from emergency_desk.store.listing import count_sql, fast_count_sql, select_sql

BIG = ("duty_log", "hazards")
_STEP_ON = r"^(?:SEARCH|SCAN) (?:TABLE )?{table}(?: AS \S+)?"


def plan(store: Store, sql: str, params: list) -> list[str]:
    """The plan's steps, one detail text each."""
    return [r[3] for r in store.db.execute("EXPLAIN QUERY PLAN " + sql, params)]


def _on(table: str) -> re.Pattern[str]:
    return re.compile(_STEP_ON.format(table=re.escape(table)) + r"(?:\s|$)")


def scans_whole(steps: list[str], table: str) -> bool:
    """A step reads every row of ``table`` (no index, no rowid range)."""
    on = _on(table)
    return any(
        on.match(s) and s.startswith("SCAN") and "USING" not in s and "VIRTUAL TABLE" not in s
        for s in steps
    )


def indexes_walked(steps: list[str], table: str) -> set[str]:
    """The names of the indexes of ``table`` the plan walks."""
    on = _on(table)
    found = set()
    for s in steps:
        m = re.search(r"USING (?:COVERING )?INDEX (\S+)", s)
        if on.match(s) and m:
            found.add(m.group(1))
    return found


def reads_search_index(steps: list[str], index: str) -> bool:
    """A step answers a MATCH from the FTS5 table ``index``."""
    on = _on(index)
    return any(on.match(s) and "VIRTUAL TABLE INDEX" in s for s in steps)


def looks_up_by_id(steps: list[str], table: str) -> bool:
    on = _on(table)
    return any(
        on.match(s) and s.startswith("SEARCH") and ("rowid=" in s or "INTEGER PRIMARY KEY" in s)
        for s in steps
    )


def sorts_in_temp_btree(steps: list[str]) -> bool:
    return any("TEMP B-TREE" in s and "ORDER BY" in s for s in steps)


def assert_no_scan(steps: list[str], table: str) -> None:
    """No step reads the whole table; walking an index in order is fine."""
    assert not scans_whole(steps, table), steps


def table_indexes(store: Store, table: str) -> set[str]:
    return {
        r[0]
        for r in store.db.execute(
            "SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = ?", [table]
        )
    }


# Each list page walks the index made for its order (``store/list_indexes.py``): the sort
# column's, or for a filter field with the register's own order the (filter, date) index.
PAGE_QUERIES = {
    "duty newest first": (ListQuery("duty_log"), "idx_duty_log_live_received_at"),
    "duty by type": (ListQuery("duty_log", sort="type"), "idx_duty_log_live_type_received_at"),
    "duty by type desc": (
        ListQuery("duty_log", sort="type", descending=True),
        "idx_duty_log_live_type_received_at",
    ),
    "duty by level": (ListQuery("duty_log", sort="level"), "idx_duty_log_live_level_received_at"),
    "duty by status": (
        ListQuery("duty_log", sort="status"),
        "idx_duty_log_live_status_received_at",
    ),
    "duty by summary": (ListQuery("duty_log", sort="summary"), "idx_duty_log_live_summary"),
    "duty by reporter": (ListQuery("duty_log", sort="reporter"), "idx_duty_log_live_reporter"),
    "duty by reported up": (
        ListQuery("duty_log", sort="reported_up_at", descending=True),
        "idx_duty_log_live_reported_up_at",
    ),
    "duty oldest first": (
        ListQuery("duty_log", sort="received_at"),
        "idx_duty_log_live_received_at",
    ),
    "duty level filter": (
        ListQuery("duty_log", filters={"level": "major"}),
        "idx_duty_log_live_level_received_at",
    ),
    "duty status filter": (
        ListQuery("duty_log", filters={"status": "open"}),
        "idx_duty_log_live_status_received_at",
    ),
    "duty type filter": (
        ListQuery("duty_log", filters={"type": "fire"}),
        "idx_duty_log_live_type_received_at",
    ),
    "duty year": (ListQuery("duty_log", year=2025), "idx_duty_log_live_received_at"),
    "duty short search": (ListQuery("duty_log", search="火灾"), "idx_duty_log_live_received_at"),
    "duty long search": (
        ListQuery("duty_log", search="山体滑坡"),
        "idx_duty_log_live_received_at",
    ),
    "hazards newest": (ListQuery("hazards"), "idx_hazards_live_found_on"),
    "hazards by deadline": (ListQuery("hazards", sort="deadline"), "idx_hazards_live_deadline"),
    "hazards status": (
        ListQuery("hazards", filters={"status": "open"}),
        "idx_hazards_live_status_found_on",
    ),
    "hazards search": (ListQuery("hazards", search="河堤"), "idx_hazards_live_found_on"),
    "movements of an item": (
        ListQuery("stock_movements", parent_id=3),
        "idx_stock_movements_live_material_id",
    ),
    "materials by name": (ListQuery("materials"), "idx_materials_live_name"),
}


@pytest.mark.parametrize("name", list(PAGE_QUERIES))
def test_list_page_walks_its_index(store: Store, name: str) -> None:
    q, index = PAGE_QUERIES[name]
    assert index in table_indexes(store, q.table)
    steps = plan(store, *select_sql(q, limit=200, offset=0))
    assert_no_scan(steps, q.table)
    assert indexes_walked(steps, q.table) == {index}, steps
    assert not sorts_in_temp_btree(steps), steps
    reverse = plan(store, *select_sql(q, limit=200, offset=0, reverse=True))
    assert indexes_walked(reverse, q.table) == {index}, reverse
    assert not sorts_in_temp_btree(reverse), reverse


@pytest.mark.parametrize("name", list(PAGE_QUERIES))
def test_counts_use_an_index(store: Store, name: str) -> None:
    q, _ = PAGE_QUERIES[name]
    fast = fast_count_sql(q)
    steps = plan(store, *(fast or count_sql(q)))
    assert_no_scan(steps, q.table)
    if fast is None:  # counted in one of the table's own indexes, whichever is smallest
        assert indexes_walked(steps, q.table) <= table_indexes(store, q.table), steps
        assert indexes_walked(steps, q.table), steps
    else:  # a plain search is counted in its search index alone
        assert not any(_on(q.table).match(s) for s in steps), steps


@pytest.mark.parametrize("term", ["火", "火灾", "山体滑坡", "G318"])
@pytest.mark.parametrize("table", BIG)
def test_search_reads_the_index_not_the_table(store: Store, table: str, term: str) -> None:
    q = ListQuery(table, search=term)
    steps = plan(store, *select_sql(q, limit=200))
    index = f"{table}_grams" if len(term) <= 2 else f"{table}_fts"
    assert reads_search_index(steps, index), steps
    assert_no_scan(steps, table)
    # A plain search is counted in its index alone, without touching the table.
    fast = fast_count_sql(q)
    assert fast is not None
    counted = plan(store, *fast)
    assert reads_search_index(counted, index), counted
    assert not any(_on(table).match(s) for s in counted), counted
    # Few matches: the rows are looked up by id, and only those are sorted.
    few = plan(store, *select_sql(q, limit=200, by_match=True))
    assert reads_search_index(few, index), few
    assert looks_up_by_id(few, table), few
    assert_no_scan(few, table)


def test_the_plan_readers_know_both_wordings() -> None:
    """Old SQLite says "SCAN TABLE t", new says "SCAN t": the helpers read both the same."""
    for prefix in ("", "TABLE "):
        assert scans_whole([f"SCAN {prefix}duty_log"], "duty_log")
        assert not scans_whole(
            [f"SCAN {prefix}duty_log_grams VIRTUAL TABLE INDEX 0:M1"], "duty_log"
        )
        assert not scans_whole([f"SCAN {prefix}duty_log USING INDEX idx_a"], "duty_log")
        assert indexes_walked(
            [f"SEARCH {prefix}duty_log USING COVERING INDEX idx_b (deleted_at=?)"], "duty_log"
        ) == {"idx_b"}
        assert reads_search_index(
            [f"SCAN {prefix}duty_log_fts VIRTUAL TABLE INDEX 0:M4"], "duty_log_fts"
        )
        assert looks_up_by_id(
            [f"SEARCH {prefix}duty_log USING INTEGER PRIMARY KEY (rowid=?)"], "duty_log"
        )


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
