"""A file that predates the summary's own indexes (an older backup opened read-only, which
cannot be given them) gives the same figures: each query named through an index runs
without it there."""

from __future__ import annotations

from report_fixture import TODAY, YEAR, fill

from emergency_desk.report.figures import collect
from emergency_desk.store import Store

NAMED = ("idx_hazards_year_as_of", "idx_hazards_open_found_on", "idx_hazards_done_rectified_on",
         "idx_stock_movements_created_at")  # fmt: skip


def test_the_figures_are_the_same_without_the_indexes_they_name(store: Store) -> None:
    fill(store)
    with_them = collect(store, YEAR, TODAY)
    have = {r[0] for r in store.conn.execute("SELECT name FROM sqlite_master WHERE type='index'")}
    assert set(NAMED) <= have
    for name in NAMED:
        store.conn.execute(f'DROP INDEX "{name}"')
    without = collect(store, YEAR, TODAY)
    assert without == with_them
    assert with_them.hazards.overdue and with_them.hazards.overdue_earlier  # read through them
