"""The summary's figures for duty and information reporting (days rostered, entries by
type and level, reported up on time).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field

from .facade import Store
from .summary_sql import (
    LIVE,
    counts,
    period,
    scalar,
)

# -- duty and information reporting --------------------------------------------------------

MINUTES = "round((julianday(reported_up_at) - julianday(received_at)) * 1440, 2)"


@dataclass(frozen=True)
class LateReport:
    """An entry reported up late or never (the summary states how many, and how many never)."""

    received_at: str
    level: str
    minutes: float | None  # None: never reported up
    limit: int


@dataclass(frozen=True)
class DutyFigures:
    days_rostered: int
    days_expected: int  # days of the year up to the report date
    handovers: int
    entries: int
    by_type: dict[str, int]  # largest first
    by_level: dict[str, int]  # levels other than none
    leveled: int  # entries with a level that must be reported up
    on_time: int
    late: list[LateReport] = field(default_factory=list)

    @property
    def on_time_rate(self) -> float | None:
        return None if not self.leveled else 100.0 * self.on_time / self.leveled

    @property
    def days_missing(self) -> int:
        return max(0, self.days_expected - self.days_rostered)


def duty_figures(store: Store, year: int, today: dt.date, limits: Mapping[str, int]) -> DutyFigures:
    """``limits``: minutes allowed per level (especially_major, major, larger, general)."""
    start, end = period(year, today)  # up to the summary's date, not the whole year
    last = dt.date.fromisoformat(end)
    first = dt.date(year, 1, 1)
    expected = max(0, (last - first).days + 1)
    rostered = scalar(
        store,
        f"SELECT count(DISTINCT on_date) FROM duty_roster WHERE {LIVE} AND on_date BETWEEN ? AND ?",
        [start, end],
    )
    span = [start, (last + dt.timedelta(days=1)).isoformat()]
    handovers = scalar(
        store, f"SELECT count(*) FROM duty_handovers WHERE {LIVE} AND at >= ? AND at < ?", span
    )
    in_year = f"{LIVE} AND received_at >= ? AND received_at < ?"
    by_type = _yearcounts(store, "type", span)
    # every entry has a type (a required field); one without is counted all the same
    untyped = scalar(store, f"SELECT count(*) FROM duty_log WHERE type IS NULL AND {in_year}", span)
    entries = sum(by_type.values()) + int(untyped)
    all_levels = _yearcounts(store, "level", span)
    by_level = {k: n for k, n in all_levels.items() if k != "none"}
    levels = [lv for lv in ("especially_major", "major", "larger", "general") if lv in limits]
    if not levels:
        return DutyFigures(
            int(rostered), expected, int(handovers), int(entries), by_type, by_level, 0, 0
        )
    marks = ", ".join("?" for _ in levels)
    in_levels = f"{in_year} AND level IN ({marks})"
    leveled = sum(all_levels.get(lv, 0) for lv in levels)  # the counts above, not another pass
    # ``idx_duty_log_level_reports`` holds every column read here, so only the index's
    # ranges for these levels are read, and only the late entries leave SQLite. The
    # minutes are worked out once per entry (never reported, or not a time: late), and
    # again only for the late ones.
    limit_of = " ".join("WHEN ? THEN ?" for _ in levels)
    late_rows = store.db.execute(
        f"""SELECT id, received_at, level, {MINUTES}, CASE level {limit_of} END
            FROM duty_log WHERE {in_levels}
              AND coalesce({MINUTES} > CASE level {limit_of} END, 1)""",
        [
            *(x for lv in levels for x in (lv, int(limits[lv]))),
            *span,
            *levels,
            *(x for lv in levels for x in (lv, int(limits[lv]))),
        ],
    ).fetchall()
    on_time = leveled - len(late_rows)
    # sorted here: an ORDER BY would have SQLite walk the year's entries by date instead
    late_rows.sort(key=lambda r: (r[1], r[0]))
    late = [LateReport(at, lv, m, lim) for _, at, lv, m, lim in late_rows]
    return DutyFigures(
        int(rostered),
        expected,
        int(handovers),
        int(entries),
        by_type,
        by_level,
        int(leveled),
        int(on_time),
        late,
    )


def _yearcounts(store: Store, column: str, span: list[str]) -> dict[str, int]:
    """``_counts`` of ``SELECT column, count(*) … GROUP BY column`` for the year's entries.

    Grouping a year of a million-entry log sorts ~100,000 rows. The list index
    ``(deleted_at, column, received_at)`` holds each value's entries in date order, so
    the same counts are: step from one value to the next (a loose index scan), and count
    each value's date range inside the index — no sort, no table row read.
    """
    sql = f"""WITH RECURSIVE k(v) AS (
                SELECT min("{column}") FROM duty_log WHERE {LIVE}
                UNION ALL
                SELECT (SELECT min("{column}") FROM duty_log WHERE {LIVE} AND "{column}" > k.v)
                FROM k WHERE k.v IS NOT NULL)
              SELECT v, (SELECT count(*) FROM duty_log WHERE {LIVE} AND "{column}" = k.v
                         AND received_at >= ? AND received_at < ?)
              FROM k WHERE v IS NOT NULL"""
    return counts(store, sql, span)
