"""The Duty list's and the Overview's floors (search, sort, scroll, rules, open's counts)
return the app's rows."""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import floors
import generate
import pytest

from emergency_desk.rules import alerts
from emergency_desk.store import ListQuery, Store

TODAY = generate.TODAY
NOW = f"{TODAY} 23:59"


def _values(store: Store, rows: list[dict[str, Any]]) -> list[tuple]:
    cols = [r[1] for r in store.conn.execute('PRAGMA table_info("duty_log")')]
    return [tuple(r[c] for c in cols) for r in rows]


def test_overview_floor_returns_every_rules_rows(bench_db: Path, conn: sqlite3.Connection) -> None:
    store = Store.open(bench_db)
    try:
        app = {k: list(g.ids) for k, g in alerts.evaluate(store, TODAY, now=NOW).items()}
    finally:
        store.close()
    floor = floors.overview(conn, TODAY, NOW)
    assert set(floor) == set(alerts.ALERT_KEYS)  # every rule the app evaluates
    for key in alerts.ALERT_KEYS:
        assert floor[key] == app[key], key
    # The generated data gives every rule something to find, so equality is not vacuous.
    # (Days without a roster depend on the seed's last 30 days: the next test makes one.)
    empty = [k for k in alerts.ALERT_KEYS if not app[k] and k != "duty_days_without_roster"]
    assert empty == [], empty


def test_open_floor_counts_what_the_overview_counts(
    bench_db: Path, conn: sqlite3.Connection
) -> None:
    """The open floor draws the rules' counts (raw SQL ``count(*)``), as the Overview's
    first step draws them (``evaluate(..., limit=0)``)."""
    store = Store.open(bench_db)
    try:
        app = {k: g.count for k, g in alerts.evaluate(store, TODAY, now=NOW, limit=0).items()}
        full = {k: len(g.ids) for k, g in alerts.evaluate(store, TODAY, now=NOW).items()}
    finally:
        store.close()
    assert floors.overview_counts(conn, TODAY, NOW) == app == full
    assert sum(app.values()) > 500  # 904 at this scale: the counts are not vacuous


def test_overview_floor_follows_the_settings(bench_db: Path, tmp_path: Path) -> None:
    """Other limits and another day: still the app's rows (the floor reads the settings)."""
    import shutil

    copy = tmp_path / "copy.db"
    shutil.copyfile(bench_db, copy)
    day = dt.date(2025, 2, 28)
    with sqlite3.connect(copy) as c:
        c.execute("UPDATE duty_roster SET deleted_at = '2025-03-01' WHERE on_date = '2025-02-20'")
    c.close()
    store = Store.open(copy)
    store.set_setting("rules.report_minutes_larger", 20)
    store.set_setting("rules.team_training_months", 3)
    store.set_setting("villages", "张家村、不存在村")
    try:
        app = {
            k: list(g.ids) for k, g in alerts.evaluate(store, day, now="2025-02-28 12:00").items()
        }
    finally:
        store.close()
    assert "2025-02-20" in app["duty_days_without_roster"]
    assert app["villages_without_info_officer"] == ["不存在村"]
    c = sqlite3.connect(copy)
    try:
        assert floors.overview(c, day, "2025-02-28 12:00") == app
    finally:
        c.close()


@pytest.fixture
def model(bench_db: Path, qapp: Any) -> Iterator[Any]:
    from emergency_desk.ui.widgets.table_model import RecordTableModel

    store = Store.open(bench_db)
    yield store, RecordTableModel(store, ListQuery("duty_log"))
    store.close()


def _page(m: Any, first: int, last: int) -> list[dict[str, Any]]:
    return [m.row_dict(i) for i in range(first, last)]


def test_search_sort_scroll_floors_return_the_lists_page(
    model: Any, conn: sqlite3.Connection
) -> None:
    from PySide6.QtCore import Qt

    store, m = model
    assert _values(store, _page(m, 0, 200)) == floors.first_page(conn)

    m.set_query(ListQuery("duty_log", search="火灾"))
    n = min(200, m.rowCount())
    assert n > 0
    assert _values(store, _page(m, 0, n)) == floors.search_page(conn, "火灾")

    m.set_query(ListQuery("duty_log"))
    m.sort([f.key for f in m.columns].index("type"), Qt.SortOrder.AscendingOrder)
    assert _values(store, _page(m, 0, 200)) == floors.sorted_page(conn, "type")

    m.set_query(ListQuery("duty_log"))
    total = m.rowCount()
    assert total == floors.live_count(conn)
    start = (total - 1) // 200 * 200
    assert _values(store, _page(m, start, total)) == floors.last_page(conn, total)


def test_search_floor_returns_a_frequent_words_page(
    model: Any, conn: sqlite3.Connection, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The app reads a frequent word's page from its newest matches and counts later (from
    2,000 matches; here from 50, so the small database shows it): the floor's page is
    that page, row for row."""
    from PySide6.QtCore import QModelIndex

    from emergency_desk.store import paging
    from emergency_desk.ui.widgets import table_model

    monkeypatch.setattr(paging, "MATCH_FIRST_MAX", 50)
    monkeypatch.setattr(table_model, "COUNT_LATER", 51)
    store, m = model
    m.set_query(ListQuery("duty_log", search="火灾"))
    assert not m.count_exact  # the app did not count before its first page
    floor = floors.search_page(conn, "火灾")
    n = m.rowCount()  # the rows known to exist until the count arrives
    assert _values(store, _page(m, 0, n)) == floor[:n]
    m.fetchMore(QModelIndex())  # the count, as a view scrolled down asks for it
    assert m.count_exact and m.rowCount() > 200
    assert _values(store, _page(m, 0, 200)) == floor  # the same first page, read once
