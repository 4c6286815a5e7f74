"""The figures of the annual summary, each one an SQL aggregate over the live records.

This is the only place the report's SQL lives: the report layer receives plain
dataclasses and never counts rows itself, so a figure in the Word file is always what
the database says for that year, and records in the recycle bin never count.
"""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from ..schema import RECTIFIED_STATUSES
from .facade import Store

LIVE = "deleted_at IS NULL"
_RECTIFIED = "(" + ", ".join(f"'{s}'" for s in RECTIFIED_STATUSES) + ")"


def _bounds(year: int) -> tuple[str, str]:
    return f"{year}-01-01", f"{year}-12-31"


def _next_day(year: int) -> str:
    return f"{year + 1}-01-01"


def _scalar(store: Store, sql: str, params: list[Any] | tuple[Any, ...] = ()) -> Any:
    row = store.db.execute(sql, list(params)).fetchone()
    return None if row is None else row[0]


def _scalar_via_index(store: Store, sql: str, index: str, params: list[Any]) -> Any:
    """``_scalar`` through a partial index the planner would not pick by itself.

    Without ANALYZE statistics SQLite prefers an index with an equality on ``deleted_at``
    over a partial index that holds exactly the rows asked about (180 ms against 1 ms for
    a 100,000-hazard register). A file opened read-only may predate the index: then the
    same query runs without it.
    """
    try:
        return _scalar(store, sql.format(f'INDEXED BY "{index}"'), params)
    except sqlite3.OperationalError as exc:
        if "no such index" not in str(exc):
            raise
        return _scalar(store, sql.format(""), params)


def _counts(store: Store, sql: str, params: list[Any] | tuple[Any, ...] = ()) -> dict[str, int]:
    """``SELECT key, count`` -> {key: count}, largest first, keys never None."""
    rows = store.db.execute(sql, list(params)).fetchall()
    rows = [(k, n or 0) for k, n in rows]
    return {str(k): int(n) for k, n in sorted(rows, key=lambda r: -r[1]) if k is not None and n}


def _dicts(store: Store, sql: str, params: list[Any] | tuple[Any, ...] = ()) -> list[dict]:
    cur = store.db.execute(sql, list(params))
    cols = [d[0] for d in cur.description]
    return [dict(zip(cols, r, strict=True)) for r in cur.fetchall()]


# -- plans -----------------------------------------------------------------------------


@dataclass(frozen=True)
class PlanDue:
    title: str
    level: str
    review_on: str  # the date the review fell due
    overdue: bool  # already past on the report date


@dataclass(frozen=True)
class PlanFigures:
    in_force: dict[str, int]  # level -> plans in force at the end of the year
    issued: int
    issued_titles: list[str]
    revised: int
    revised_titles: list[str]
    due: list[PlanDue]  # in force, review date on or before the end of the year

    @property
    def in_force_total(self) -> int:
        return sum(self.in_force.values())

    @property
    def overdue(self) -> list[PlanDue]:
        return [p for p in self.due if p.overdue]


def plan_figures(store: Store, year: int, today: dt.date, review_years: int = 3) -> PlanFigures:
    start, end = _bounds(year)
    in_force = _counts(
        store,
        f"SELECT level, count(*) FROM plans WHERE {LIVE} AND status = 'in_force' "
        "AND (issued_on IS NULL OR issued_on <= ?) GROUP BY level",
        [end],
    )
    issued = _scalar(
        store,
        f"SELECT count(*) FROM plans WHERE {LIVE} AND issued_on BETWEEN ? AND ?",
        [start, end],
    )
    issued_titles = [
        r[0]
        for r in store.db.execute(
            f"SELECT title FROM plans WHERE {LIVE} AND issued_on BETWEEN ? AND ? "
            "ORDER BY issued_on, id",
            [start, end],
        )
    ]
    revised = _scalar(
        store,
        f"SELECT count(*) FROM plans WHERE {LIVE} AND revised_on BETWEEN ? AND ?",
        [start, end],
    )
    revised_titles = [
        r[0]
        for r in store.db.execute(
            f"SELECT title FROM plans WHERE {LIVE} AND revised_on BETWEEN ? AND ? "
            "ORDER BY revised_on, id",
            [start, end],
        )
    ]
    due_rows = store.db.execute(
        f"""SELECT title, level, review_on FROM (
              SELECT title, level,
                     date(coalesce(revised_on, issued_on),
                          '+' || coalesce(review_years, ?) || ' years') AS review_on
              FROM plans WHERE {LIVE} AND status = 'in_force'
                AND coalesce(revised_on, issued_on) IS NOT NULL)
            WHERE review_on <= ? ORDER BY review_on, title""",
        [review_years, end],
    ).fetchall()
    due = [PlanDue(t, lv, r, r < today.isoformat()) for t, lv, r in due_rows]
    return PlanFigures(in_force, issued, issued_titles, revised, revised_titles, due)


# -- drills ----------------------------------------------------------------------------


@dataclass(frozen=True)
class DrillNamed:
    title: str
    held_on: str
    form: str
    participants: int
    vehicles: int


@dataclass(frozen=True)
class DrillFigures:
    total: int
    by_form: dict[str, int]
    by_scope: dict[str, int]
    participants: int
    vehicles: int
    largest: list[DrillNamed]  # at most three, by participants
    actions: int  # corrective actions of the year's drills
    actions_done: int
    actions_overdue: int  # past due_on, not done, on the report date


def drill_figures(store: Store, year: int, today: dt.date) -> DrillFigures:
    start, end = _bounds(year)
    in_year = f"{LIVE} AND held_on BETWEEN ? AND ?"
    total, participants, vehicles = store.db.execute(
        "SELECT count(*), coalesce(sum(participants), 0), coalesce(sum(vehicles), 0) "
        f"FROM drills WHERE {in_year}",
        [start, end],
    ).fetchone()
    by_form = _counts(
        store, f"SELECT form, count(*) FROM drills WHERE {in_year} GROUP BY form", [start, end]
    )
    by_scope = _counts(
        store, f"SELECT scope, count(*) FROM drills WHERE {in_year} GROUP BY scope", [start, end]
    )
    largest = [
        DrillNamed(r["title"], r["held_on"], r["form"], r["participants"], r["vehicles"] or 0)
        for r in _dicts(
            store,
            "SELECT title, held_on, form, participants, vehicles FROM drills "
            f"WHERE {in_year} AND participants > 0 "
            "ORDER BY participants DESC, held_on LIMIT 3",
            [start, end],
        )
    ]
    actions, done, overdue = store.db.execute(
        "SELECT count(*), "
        "coalesce(sum(a.done_on IS NOT NULL), 0), "
        "coalesce(sum(a.done_on IS NULL AND a.due_on < ?), 0) "
        "FROM drill_actions a JOIN drills d ON d.id = a.drill_id "
        "WHERE a.deleted_at IS NULL AND d.deleted_at IS NULL AND d.held_on BETWEEN ? AND ?",
        [today.isoformat(), start, end],
    ).fetchone()
    return DrillFigures(
        int(total),
        by_form,
        by_scope,
        int(participants),
        int(vehicles),
        largest,
        int(actions),
        int(done),
        int(overdue),
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
    start, end = _bounds(year)
    in_year = f"{LIVE} AND found_on BETWEEN ? AND ?"
    found, rectified, rect_major, funds = store.db.execute(
        "SELECT count(*), "
        f"coalesce(sum(status IN {_RECTIFIED}), 0), "
        f"coalesce(sum(status IN {_RECTIFIED} AND grade = 'major'), 0), "
        "coalesce(sum(funds), 0) "
        f"FROM hazards WHERE {in_year}",
        [start, end],
    ).fetchone()
    by_grade = _counts(
        store, f"SELECT grade, count(*) FROM hazards WHERE {in_year} GROUP BY grade", [start, end]
    )
    by_category = _counts(
        store,
        f"SELECT category, count(*) FROM hazards WHERE {in_year} GROUP BY category",
        [start, end],
    )
    overdue_sql = f"status NOT IN {_RECTIFIED} AND deadline IS NOT NULL AND deadline < ?"
    overdue = [
        HazardOverdue(r["name"], r["grade"], r["deadline"], r["found_on"])
        for r in _dicts(
            store,
            f"SELECT name, grade, deadline, found_on FROM hazards WHERE {in_year} "
            f"AND {overdue_sql} ORDER BY grade = 'major' DESC, deadline, name",
            [start, end, today.isoformat()],
        )
    ]
    earlier = _scalar_via_index(
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


# -- publicity and training --------------------------------------------------------------


@dataclass(frozen=True)
class ActivityFigures:
    total: int
    by_kind: dict[str, int]
    participants_by_kind: dict[str, int]
    participants: int
    leaflets: int
    manuals: int
    banners: int
    themed_days: list[tuple[str, str]]  # (held_on, title) of themed-day events


def activity_figures(store: Store, year: int) -> ActivityFigures:
    start, end = _bounds(year)
    in_year = f"{LIVE} AND held_on BETWEEN ? AND ?"
    total, people, leaflets, manuals, banners = store.db.execute(
        "SELECT count(*), coalesce(sum(participants), 0), coalesce(sum(leaflets), 0), "
        "coalesce(sum(manuals), 0), coalesce(sum(banners), 0) "
        f"FROM activities WHERE {in_year}",
        [start, end],
    ).fetchone()
    by_kind = _counts(
        store, f"SELECT kind, count(*) FROM activities WHERE {in_year} GROUP BY kind", [start, end]
    )
    people_by_kind = _counts(
        store,
        f"SELECT kind, sum(participants) FROM activities WHERE {in_year} GROUP BY kind",
        [start, end],
    )
    themed = [
        (r[0], r[1])
        for r in store.db.execute(
            f"SELECT held_on, title FROM activities WHERE {in_year} AND kind = 'themed_day' "
            "ORDER BY held_on, id",
            [start, end],
        )
    ]
    return ActivityFigures(
        int(total),
        by_kind,
        people_by_kind,
        int(people),
        int(leaflets),
        int(manuals),
        int(banners),
        themed,
    )


# -- material reserves -------------------------------------------------------------------


@dataclass(frozen=True)
class StockLine:
    name: str
    category: str
    quantity: int
    unit: str
    point: str = ""
    min_quantity: int | None = None
    expires_on: str | None = None


@dataclass(frozen=True)
class MaterialFigures:
    points: int
    points_by_kind: dict[str, int]
    items: int
    categories: int
    key_stocks: list[StockLine]  # the largest stock of each category, largest first
    expiring: list[StockLine]  # in stock, expiring within the warning window
    expired: list[StockLine]  # in stock, past its expiry date
    short: list[StockLine]  # below its minimum stock
    purchases: int  # purchase and donation movements in the year
    issues: int  # issue movements in the year


_ITEMS = (
    "FROM materials m JOIN reserve_points p ON p.id = m.point_id "
    "WHERE m.deleted_at IS NULL AND p.deleted_at IS NULL"
)


def _stock_lines(store: Store, where: str, params: list[Any], order: str) -> list[StockLine]:
    rows = _dicts(
        store,
        "SELECT m.name, m.category, coalesce(m.quantity, 0) AS quantity, m.unit, "
        "p.name AS point, m.min_quantity, m.expires_on "
        f"{_ITEMS} AND {where} ORDER BY {order}",
        params,
    )
    return [StockLine(**r) for r in rows]


def material_figures(
    store: Store, year: int, today: dt.date, expiring_days: int = 90
) -> MaterialFigures:
    start, end = _bounds(year)
    points = _scalar(store, f"SELECT count(*) FROM reserve_points WHERE {LIVE}")
    by_kind = _counts(
        store, f"SELECT kind, count(*) FROM reserve_points WHERE {LIVE} GROUP BY kind"
    )
    items, categories = store.db.execute(
        f"SELECT count(*), count(DISTINCT m.category) {_ITEMS}"
    ).fetchone()
    key_rows = _dicts(
        store,
        f"""SELECT name, category, quantity, unit FROM (
              SELECT name, category, unit, sum(quantity) AS quantity,
                     row_number() OVER (PARTITION BY category
                                        ORDER BY sum(quantity) DESC, name) AS rn
              FROM (SELECT m.name, m.category, m.unit, coalesce(m.quantity, 0) AS quantity
                    {_ITEMS})
              GROUP BY category, name, unit)
            WHERE rn = 1 AND quantity > 0 ORDER BY quantity DESC, name""",
    )
    key_stocks = [StockLine(**r) for r in key_rows]
    today_s = today.isoformat()
    horizon = (today + dt.timedelta(days=expiring_days)).isoformat()
    expiring = _stock_lines(
        store,
        "m.quantity > 0 AND m.expires_on >= ? AND m.expires_on <= ?",
        [today_s, horizon],
        "m.expires_on, m.name",
    )
    expired = _stock_lines(
        store, "m.quantity > 0 AND m.expires_on < ?", [today_s], "m.expires_on, m.name"
    )
    short = _stock_lines(
        store,
        "m.min_quantity IS NOT NULL AND coalesce(m.quantity, 0) < m.min_quantity",
        [],
        "m.name",
    )
    moves = dict(
        store.db.execute(
            "SELECT CASE WHEN s.reason IN ('purchase', 'donation') THEN 'in' ELSE s.reason END, "
            "count(*) FROM stock_movements s JOIN materials m ON m.id = s.material_id "
            "WHERE s.deleted_at IS NULL AND m.deleted_at IS NULL "
            "AND s.moved_on BETWEEN ? AND ? GROUP BY 1",
            [start, end],
        ).fetchall()
    )
    return MaterialFigures(
        int(points),
        by_kind,
        int(items),
        int(categories),
        key_stocks,
        expiring,
        expired,
        short,
        int(moves.get("in", 0)),
        int(moves.get("issue", 0)),
    )


# -- duty and information reporting --------------------------------------------------------


@dataclass(frozen=True)
class LateReport:
    received_at: str
    summary: str
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
    start, end = _bounds(year)
    last = min(dt.date(year, 12, 31), today)
    first = dt.date(year, 1, 1)
    expected = max(0, (last - first).days + 1)
    rostered = _scalar(
        store,
        f"SELECT count(DISTINCT on_date) FROM duty_roster WHERE {LIVE} AND on_date BETWEEN ? AND ?",
        [start, end],
    )
    span = [start, _next_day(year)]
    handovers = _scalar(
        store, f"SELECT count(*) FROM duty_handovers WHERE {LIVE} AND at >= ? AND at < ?", span
    )
    in_year = f"{LIVE} AND received_at >= ? AND received_at < ?"
    entries = _scalar(store, f"SELECT count(*) FROM duty_log WHERE {in_year}", span)
    by_type = _year_counts(store, "type", span)
    by_level = {k: n for k, n in _year_counts(store, "level", span).items() if k != "none"}
    levels = [lv for lv in ("especially_major", "major", "larger", "general") if lv in limits]
    if not levels:
        return DutyFigures(
            int(rostered), expected, int(handovers), int(entries), by_type, by_level, 0, 0
        )
    marks = ", ".join("?" for _ in levels)
    # ``idx_duty_log_level_reports`` holds every column read here, so only the index's
    # ranges for these levels are read; the minutes are worked out here as SQL's
    # julianday() would, at a fraction of its cost.
    reported = store.db.execute(
        f"SELECT id, received_at, level, reported_up_at FROM duty_log WHERE {in_year} "
        f"AND level IN ({marks})",
        [*span, *levels],
    ).fetchall()
    reported.sort(key=lambda r: r[1])  # in date order, as the late list is read
    leveled = len(reported)
    on_time = 0
    late_rows: list[tuple[int, str, str, float | None, int]] = []
    for rid, at, level, up in reported:
        lim = int(limits[level])
        minutes = _minutes_between(at, up)
        if minutes is not None and minutes <= lim:
            on_time += 1
        else:
            late_rows.append((rid, at, level, minutes, lim))
    summaries = _summaries(store, [r[0] for r in late_rows])
    late = [LateReport(at, summaries.get(rid), lv, m, lim) for rid, at, lv, m, lim in late_rows]
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


def _year_counts(store: Store, column: str, span: list[str]) -> dict[str, int]:
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
    return _counts(store, sql, span)


def _moment(text: str) -> dt.datetime | None:
    """A stored date-time as julianday() reads it (offsets to UTC); None if unreadable."""
    try:
        moment = dt.datetime.fromisoformat(text)
    except (TypeError, ValueError):
        return None
    if moment.tzinfo is not None:
        moment = moment.astimezone(dt.timezone.utc).replace(tzinfo=None)
    return moment


def _minutes_between(start: str, end: str | None) -> float | None:
    """``round((julianday(end) - julianday(start)) * 1440, 2)``; None if either is missing."""
    if end is None:
        return None
    a, b = _moment(start), _moment(end)
    if a is None or b is None:
        return None
    return round((b - a).total_seconds() / 60, 2)


def _summaries(store: Store, ids: list[int]) -> dict[int, Any]:
    """The summaries of a few entries, read from the table in one statement."""
    if not ids:
        return {}
    rows = store.db.execute(
        "SELECT id, summary FROM duty_log WHERE id IN (SELECT value FROM json_each(?))",
        [json.dumps(ids)],
    ).fetchall()
    return dict(rows)


# -- appendix rows -------------------------------------------------------------------------


def hazard_rows(store: Store, year: int) -> list[dict[str, Any]]:
    start, end = _bounds(year)
    return _dicts(
        store,
        "SELECT found_on, name, category, grade, location, responsible_unit, deadline, "
        f"status, rectified_on FROM hazards WHERE {LIVE} AND found_on BETWEEN ? AND ? "
        "ORDER BY found_on, id",
        [start, end],
    )


def drill_rows(store: Store, year: int) -> list[dict[str, Any]]:
    start, end = _bounds(year)
    return _dicts(
        store,
        "SELECT held_on, title, form, scope, organizer, location, participants, vehicles "
        f"FROM drills WHERE {LIVE} AND held_on BETWEEN ? AND ? ORDER BY held_on, id",
        [start, end],
    )


def material_rows(store: Store) -> list[dict[str, Any]]:
    return _dicts(
        store,
        "SELECT p.name AS point, m.name, m.category, m.spec, coalesce(m.quantity, 0) AS quantity, "
        f"m.unit, m.min_quantity, m.expires_on {_ITEMS} ORDER BY p.name, m.category, m.name",
    )
