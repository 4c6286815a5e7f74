"""The benchmark's floors give the app's answer: same rows, in the same order.

A floor that answers a different (smaller) question would flatter nothing but itself —
this is what keeps ``bench/floors.py`` honest. A small generated bench database (3% of
the benchmark's size: 30,000 duty entries, every register including the new ledgers)
is built once for the module.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

BENCH = Path(__file__).resolve().parents[1] / "bench"
sys.path.insert(0, str(BENCH))

import floors  # noqa: E402
import generate  # noqa: E402

from emergency_desk.rules import alerts  # noqa: E402
from emergency_desk.store import ListQuery, Store  # noqa: E402

TODAY = generate.TODAY
NOW = f"{TODAY} 23:59"
SCALE = 0.03  # 30,000 duty entries: enough for every rule to find rows


@pytest.fixture(scope="module")
def bench_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("bench") / "bench.db"
    generate.build(path, SCALE, 7, log=False)
    Store.open(path).close()  # as run.py: the app brings its indexes up to date first
    return path


@pytest.fixture
def conn(bench_db: Path) -> Iterator[sqlite3.Connection]:
    c = sqlite3.connect(bench_db)
    yield c
    c.close()


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


def test_report_floor_counts_the_reports_headline_figures(
    bench_db: Path, conn: sqlite3.Connection
) -> None:
    """The report floor's aggregates agree with the summary's figures (its main totals)."""
    from emergency_desk.report.figures import collect

    store = Store.open(bench_db)
    try:
        app = collect(store, 2025, TODAY)
    finally:
        store.close()
    f = floors.report_figures(conn, 2025, TODAY)
    hazards = f["hazards"]
    assert sum(r[2] for r in hazards) == app.hazards.found > 0
    assert sum(r[3] for r in hazards) == app.hazards.rectified
    assert sum(r[4] for r in hazards) == int(app.hazards.funds * 100)
    assert f["hazards_earlier"][0][0] == app.hazards.overdue_earlier
    assert sum(r[2] for r in f["drills"]) == app.drills.total > 0
    assert sum(r[3] for r in f["drills"]) == app.drills.participants
    assert sum(r[1] for r in f["activities"]) == app.activities.total > 0
    assert sum(r[2] for r in f["activities"]) == app.activities.participants
    assert sum(r[2] for r in f["duty"]) == app.duty.entries > 0
    leveled = sum(r[2] for r in f["duty"] if r[1] != "none")
    assert leveled == app.duty.leveled
    assert leveled - sum(r[3] for r in f["duty"]) == app.duty.on_time
    assert list(f["roster"][0]) == [app.duty.days_rostered, app.duty.handovers]
