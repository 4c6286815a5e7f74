"""Year-to-date figures and chart series for the Overview tab, one aggregate each.

The Overview answers "how is this year going" at a glance, so every figure counts the
live records dated from 1 January up to the day shown; records in the recycle bin never
count.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .facade import Store

_RECTIFIED = "('rectified', 'closed')"


@dataclass(frozen=True)
class YearToDate:
    year: int
    hazards_found: int
    hazards_rectified: int
    drills: int
    drill_participants: int
    activities: int
    activity_participants: int
    duty_entries: int

    @property
    def rectification_rate(self) -> float | None:
        """Share of this year's hazards now rectified; None when none were found."""
        if not self.hazards_found:
            return None
        return self.hazards_rectified / self.hazards_found


def _one(store: Store, sql: str, params: list[str]) -> int:
    row = store.conn.execute(sql, params).fetchone()
    return int(row[0] or 0) if row else 0


def year_to_date(store: Store, today: str) -> YearToDate:
    year = int(today[:4])
    lo, hi = f"{year}-01-01", today
    hi_dt = f"{today} 99"  # datetimes of the whole last day
    found, rectified = store.conn.execute(
        f"SELECT count(*), count(CASE WHEN status IN {_RECTIFIED} THEN 1 END) FROM hazards "
        "WHERE deleted_at IS NULL AND found_on >= ? AND found_on <= ?",
        [lo, hi],
    ).fetchone()
    drills, drill_people = store.conn.execute(
        "SELECT count(*), coalesce(sum(participants), 0) FROM drills "
        "WHERE deleted_at IS NULL AND held_on >= ? AND held_on <= ?",
        [lo, hi],
    ).fetchone()
    activities, activity_people = store.conn.execute(
        "SELECT count(*), coalesce(sum(participants), 0) FROM activities "
        "WHERE deleted_at IS NULL AND held_on >= ? AND held_on <= ?",
        [lo, hi],
    ).fetchone()
    duty = _one(
        store,
        "SELECT count(*) FROM duty_log WHERE received_at >= ? AND received_at <= ? "
        "AND +deleted_at IS NULL",
        [lo, hi_dt],
    )
    return YearToDate(
        year,
        int(found),
        int(rectified or 0),
        int(drills),
        int(drill_people),
        int(activities),
        int(activity_people),
        duty,
    )


def hazards_by_category(store: Store, today: str) -> list[tuple[str, int, int]]:
    """(category, found, still open) of this year's hazards, most found first."""
    rows = store.conn.execute(
        f"SELECT category, count(*), count(CASE WHEN status NOT IN {_RECTIFIED} THEN 1 END) "
        "FROM hazards WHERE deleted_at IS NULL AND found_on >= ? AND found_on <= ? "
        "GROUP BY category ORDER BY count(*) DESC, category",
        [f"{today[:4]}-01-01", today],
    )
    return [(str(r[0]), int(r[1]), int(r[2])) for r in rows if r[0]]


def duty_entries_by_month(store: Store, today: str) -> list[tuple[int, int]]:
    """(month, entries) for every month of this year up to today's, zeros included."""
    year, last = today[:4], int(today[5:7])
    rows = store.conn.execute(
        "SELECT substr(received_at, 6, 2), count(*) FROM duty_log "
        "WHERE received_at >= ? AND received_at <= ? AND +deleted_at IS NULL "
        "GROUP BY substr(received_at, 1, 7)",
        [f"{year}-01-01", f"{today} 99"],
    )
    found = {int(m): int(n) for m, n in rows}
    return [(m, found.get(m, 0)) for m in range(1, last + 1)]
