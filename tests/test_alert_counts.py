"""The Overview's counts without the rows: each rule's count equals the full list's length.

The Overview's first step counts the rules (``evaluate(..., limit=0)``) and its second
takes each group's first rows and count; ``check --json`` and the attention views keep
every id. On the demo database and on a small generated bench database, for every rule,
the count is len(ids) of the full evaluation and the first rows are its first ids.
"""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

import pytest

BENCH = Path(__file__).resolve().parents[1] / "bench"
sys.path.insert(0, str(BENCH))

import generate  # noqa: E402

from emergency_desk.demo import fill_demo  # noqa: E402
from emergency_desk.rules import alerts  # noqa: E402
from emergency_desk.rules.overview import compute_counts, compute_details  # noqa: E402
from emergency_desk.store import Store  # noqa: E402

DEMO_DAY = dt.date(2026, 12, 6)


def _check_shapes(store: Store, day: dt.date, now: str) -> dict[str, int]:
    full = alerts.evaluate(store, day, now=now)
    counted = alerts.evaluate(store, day, now=now, limit=0)
    first = alerts.evaluate(store, day, now=now, limit=3)
    assert list(counted) == list(full) == list(alerts.ALERT_KEYS)
    for key, group in full.items():
        assert counted[key].count == len(group.ids), key
        assert counted[key].ids == (), key
        assert first[key].count == len(group.ids), key
        assert first[key].ids == group.ids[:3], key
        assert counted[key].window == group.window, key
    return {k: g.count for k, g in counted.items()}


def test_demo_counts_equal_the_full_lists() -> None:
    store = Store.open(None)
    try:
        fill_demo(store, 2026, today=DEMO_DAY)
        found = _check_shapes(store, DEMO_DAY, f"{DEMO_DAY} 23:59")
    finally:
        store.close()
    assert sum(found.values()) > 0
    assert sum(1 for n in found.values() if n > 3) >= 1  # some group is cut to its first rows


@pytest.fixture(scope="module")
def bench_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("bench") / "bench.db"
    generate.build(path, 0.03, 7, log=False)
    Store.open(path).close()  # as run.py: the app brings its indexes up to date first
    return path


def test_bench_counts_equal_the_full_lists_and_the_floor(bench_db: Path) -> None:
    today = generate.TODAY
    now = f"{today} 23:59"
    store = Store.open(bench_db)
    try:
        found = _check_shapes(store, today, now)
    finally:
        store.close()
    # Every rule finds something on the generated data (days without a roster may not).
    assert [k for k, n in found.items() if not n and k != "duty_days_without_roster"] == []


def test_overview_steps_count_then_take_the_first_rows(bench_db: Path) -> None:
    """The counts step holds no ids; the rows step the first rows and the same counts."""
    from emergency_desk.rules import overview

    store = Store.open(bench_db)
    try:
        full = alerts.evaluate(store, generate.TODAY)
        counts = compute_counts(store, generate.TODAY)
        figures = compute_details(store, counts, "zh")
    finally:
        store.close()
    late = full["duty_reported_late"]
    assert len(late.ids) > overview.ROWS_PER_GROUP  # the cut is exercised
    for key, group in full.items():
        assert counts.groups[key].count == figures.groups[key].count == len(group.ids), key
        assert counts.groups[key].ids == ()
        assert figures.groups[key].ids == group.ids[: overview.ROWS_PER_GROUP], key
        assert len(figures.rows[key]) == min(len(group.ids), overview.ROWS_PER_GROUP), key
