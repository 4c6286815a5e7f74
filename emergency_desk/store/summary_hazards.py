"""The summary's figures for hidden-danger checks (found, rectified, rate, overdue),
and the hazard appendix rows.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from .facade import Store
from .summary_sql import (
    LIVE,
    RECTIFIED_SQL,
    bounds,
    counts,
    dicts,
    scalar_via_index,
)

# -- hazards ---------------------------------------------------------------------------


@dataclass(frozen=True)
class HazardOverdue:
    name: str
    grade: str
    deadline: str
    found_on: str


@dataclass(frozen=True)
class HazardFigures:
    found: int
    by_grade: dict[str, int]
    by_category: dict[str, int]  # largest first
    rectified: int  # found in the year and now rectified or closed
    rectified_major: int
    funds: float
    overdue: list[HazardOverdue]  # found in the year, not rectified, past deadline
    overdue_earlier: int  # found in earlier years and still overdue

    @property
    def rate(self) -> float | None:
        """Rectification rate in percent; None when nothing was found."""
        return None if not self.found else 100.0 * self.rectified / self.found

    @property
    def open(self) -> int:
        return self.found - self.rectified


def hazard_figures(store: Store, year: int, today: dt.date) -> HazardFigures:
    start, end = bounds(year)
    in_year = f"{LIVE} AND found_on BETWEEN ? AND ?"
    found, rectified, rect_major, funds = store.db.execute(
        "SELECT count(*), "
        f"coalesce(sum(status IN {RECTIFIED_SQL}), 0), "
        f"coalesce(sum(status IN {RECTIFIED_SQL} AND grade = 'major'), 0), "
        "coalesce(sum(funds), 0) "
        f"FROM hazards WHERE {in_year}",
        [start, end],
    ).fetchone()
    by_grade = counts(
        store, f"SELECT grade, count(*) FROM hazards WHERE {in_year} GROUP BY grade", [start, end]
    )
    by_category = counts(
        store,
        f"SELECT category, count(*) FROM hazards WHERE {in_year} GROUP BY category",
        [start, end],
    )
    overdue_sql = f"status NOT IN {RECTIFIED_SQL} AND deadline IS NOT NULL AND deadline < ?"
    overdue = [
        HazardOverdue(r["name"], r["grade"], r["deadline"], r["found_on"])
        for r in dicts(
            store,
            f"SELECT name, grade, deadline, found_on FROM hazards WHERE {in_year} "
            f"AND {overdue_sql} ORDER BY grade = 'major' DESC, deadline, name",
            [start, end, today.isoformat()],
        )
    ]
    earlier = scalar_via_index(
        store,
        f"SELECT count(*) FROM hazards {{}} WHERE {LIVE} AND found_on < ? AND {overdue_sql}",
        "idx_hazards_open_found_on",
        [start, today.isoformat()],
    )
    return HazardFigures(
        int(found),
        by_grade,
        by_category,
        int(rectified),
        int(rect_major),
        float(funds),
        overdue,
        int(earlier),
    )


# -- appendix rows -------------------------------------------------------------------------


def hazard_rows(store: Store, year: int) -> list[dict[str, Any]]:
    start, end = bounds(year)
    return dicts(
        store,
        "SELECT found_on, name, category, grade, location, responsible_unit, deadline, "
        f"status, rectified_on FROM hazards WHERE {LIVE} AND found_on BETWEEN ? AND ? "
        "ORDER BY found_on, id",
        [start, end],
    )
