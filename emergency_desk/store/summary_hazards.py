"""The summary's figures for hidden-danger checks (found, rectified, rate, overdue),
and the hazard appendix rows.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from .facade import Store
from .summary_sql import (
    RECTIFIED_SQL,
    as_of_params,
    dicts,
    dicts_via_index,
    known_by,
    ranked,
    scalar,
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
    funds: Decimal  # exact: 3,515,750 must print as 351.58万元, not a float's 351.57
    overdue: list[HazardOverdue]  # found in the year, not rectified, past deadline
    overdue_earlier: int  # found in earlier years and still overdue

    @property
    def rate(self) -> float | None:
        """Rectification rate in percent; None when nothing was found."""
        return None if not self.found else 100.0 * self.rectified / self.found

    @property
    def open(self) -> int:
        return self.found - self.rectified


# SQL: the hazard was rectified on or before ``:day`` and the office had recorded it by the
# document's date — its completion date says when, and a change of status logged after the
# document's date (hazard_status_log) was not known yet.
RECTIFIED_BY = (
    f"(status IN {RECTIFIED_SQL} AND rectified_on IS NOT NULL AND rectified_on <= :day "
    "AND NOT EXISTS (SELECT 1 FROM hazard_status_log l WHERE l.hazard_id = hazards.id "
    f"AND l.at >= :entered AND l.to_status IN {RECTIFIED_SQL} "
    f"AND l.from_status IS NOT NULL AND l.from_status NOT IN {RECTIFIED_SQL}))"
)


def hazard_figures(
    store: Store, year: int, as_of: dt.date, doc_date: dt.date | None = None
) -> HazardFigures:
    """Hazards found in the year up to ``as_of``, and how they stood on that day."""
    p = as_of_params(year, as_of, doc_date)
    done = RECTIFIED_BY
    in_year = f"{known_by()} AND found_on BETWEEN :start AND :day"
    # one pass over the year's hazards by grade and category (three passes before: the
    # totals, by grade, by category; a county's year holds thousands)
    groups = store.db.execute(
        f"SELECT grade, category, count(*), coalesce(sum({done}), 0), "
        "coalesce(sum(CAST(round(coalesce(funds, 0) * 100) AS INTEGER)), 0) "
        f"FROM hazards WHERE {in_year} GROUP BY grade, category",
        p,
    ).fetchall()
    found = sum(g[2] for g in groups)
    rectified = sum(g[3] for g in groups)
    rect_major = sum(g[3] for g in groups if g[0] == "major")
    cents = sum(g[4] for g in groups)
    by_grade = ranked(_summed((g[0], g[2]) for g in groups))
    by_category = ranked(_summed((g[1], g[2]) for g in groups))
    overdue_sql = f"NOT {done} AND deadline IS NOT NULL AND deadline < :day"
    overdue = [
        HazardOverdue(r["name"], r["grade"], r["deadline"], r["found_on"])
        for r in dicts_via_index(
            store,
            f"SELECT name, grade, deadline, found_on FROM hazards {{}} WHERE {in_year} "
            f"AND {overdue_sql} ORDER BY grade = 'major' DESC, deadline, name",
            "idx_hazards_year_as_of",  # only the overdue rows' names read from the table
            p,
        )
    ]
    earlier = _earlier_overdue(store, p)
    return HazardFigures(
        int(found),
        by_grade,
        by_category,
        int(rectified),
        int(rect_major),
        Decimal(int(cents)) / 100,
        overdue,
        int(earlier),
    )


def _summed(pairs: Iterable[tuple[Any, int]]) -> list[tuple[Any, int]]:
    """(key, count) pairs summed by key, in ``GROUP BY key`` order (NULL first, then
    numbers, then text by its bytes — a str's code points order UTF-8's bytes alike)."""
    sums: dict[Any, int] = {}
    for key, n in pairs:
        sums[key] = sums.get(key, 0) + n
    return sorted(
        sums.items(),
        key=lambda kv: (
            kv[0] is not None,
            isinstance(kv[0], str),
            kv[0] if kv[0] is not None else 0,
        ),
    )


def _earlier_overdue(store: Store, p: dict[str, str]) -> int:
    """Hazards found before the year, past their deadline and not rectified on ``:day``.

    Counted in parts an index answers (a county holds 100,000 hazards): those open now,
    through the partial index of open hazards, and those rectified now but only after the
    day (by their completion date, or by a status change logged after the document date).
    """
    base = f"{known_by()} AND found_on < :start AND deadline IS NOT NULL AND deadline < :day"
    open_now = scalar_via_index(
        store,
        f"SELECT count(*) FROM hazards {{}} WHERE {base} AND status NOT IN {RECTIFIED_SQL}",
        "idx_hazards_open_found_on",
        p,
    )
    rectified = f"{base} AND status IN {RECTIFIED_SQL}"
    # by the completion date, among the completed hazards only (few were completed after
    # the day; a completed one without a date is an oddity)
    later = sum(
        int(
            scalar_via_index(
                store,
                f"SELECT count(*) FROM hazards {{}} WHERE {rectified} AND rectified_on {cond}",
                "idx_hazards_done_rectified_on",
                p,
            )
        )
        for cond in ("> :day", "IS NULL")
    )
    # from the status changes logged after the document date (none when it is today)
    logged_later = scalar(
        store,
        "SELECT count(*) FROM (SELECT DISTINCT hazard_id FROM hazard_status_log "
        f"WHERE at >= :entered AND to_status IN {RECTIFIED_SQL} "
        f"AND from_status NOT IN {RECTIFIED_SQL}) l CROSS JOIN hazards ON hazards.id = l.hazard_id "
        f"WHERE {rectified} AND rectified_on <= :day",
        p,
    )
    return int(open_now) + int(later) + int(logged_later)


# -- appendix rows -------------------------------------------------------------------------


def hazard_rows(
    store: Store, year: int, as_of: dt.date | None = None, doc_date: dt.date | None = None
) -> list[dict[str, Any]]:
    """The hazard appendix: the year's hazards up to ``as_of``, each with its status then
    (one rectified later shows as 整改中, without a completion date)."""
    p = as_of_params(year, as_of or dt.date(year, 12, 31), doc_date)
    done = RECTIFIED_BY
    return dicts(
        store,
        "SELECT found_on, name, category, grade, location, responsible_unit, deadline, "
        f"CASE WHEN {done} OR status NOT IN {RECTIFIED_SQL} THEN status ELSE 'rectifying' END "
        f"AS status, CASE WHEN {done} THEN rectified_on END AS rectified_on "
        f"FROM hazards WHERE {known_by()} AND found_on BETWEEN :start AND :day "
        "ORDER BY found_on, id",
        p,
    )


@dataclass(frozen=True)
class HazardCounts:
    found: int
    rectified: int


def hazard_counts(
    store: Store, year: int, as_of: dt.date, doc_date: dt.date | None = None
) -> HazardCounts:
    """Found and rectified only, as ``hazard_figures`` counts them (last year's comparison
    needs no more, and the rest of ``hazard_figures`` is most of its time)."""
    p = as_of_params(year, as_of, doc_date)
    found, rectified = store.db.execute(
        f"SELECT count(*), coalesce(sum({RECTIFIED_BY}), 0) FROM hazards "
        f"WHERE {known_by()} AND found_on BETWEEN :start AND :day",
        p,
    ).fetchone()
    return HazardCounts(int(found), int(rectified))
