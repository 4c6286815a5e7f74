"""The SQL behind the rules: which records are overdue or due soon, as of a given day.

Each function answers one rule with one indexed query and returns ids (or dates) in the
order a user wants to work through them, most urgent first. The thresholds come in as
arguments so the rules layer owns the settings and this module owns only the SQL. Dates
are ISO strings, so comparing them as text compares them as dates.
"""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, Any

# Word for word the indexes' WHERE (and expression), or SQLite cannot prove they apply.
from .figure_indexes import (
    CLOSED_UNVERIFIED,
    DUTY_REPORTED,
    DUTY_UNREPORTED,
    IN_FORCE_PLAN,
    LIVE_ROW,
    OPEN_HAZARD,
    OPEN_MAJOR_HAZARD,
    REPORT_DELAY,
)
from .id_shape import first_column

if TYPE_CHECKING:
    from .facade import Store

RECTIFIED = ("rectified", "closed")


def add_years_sql(date_sql: str, years_sql: str) -> str:
    """SQL for ``date + years`` where 29 February lands on 28 February in a common year.

    SQLite normalises 2021-02-29 to 2021-03-01; a review due "three years after
    29 February" is due at the end of February, not in March.
    """
    shifted = f"date({date_sql}, '+' || ({years_sql}) || ' years')"
    return (
        f"(CASE WHEN substr({date_sql}, 6, 5) = '02-29' AND substr({shifted}, 6, 5) = '03-01' "
        f"THEN date({shifted}, '-1 day') ELSE {shifted} END)"
    )


def _ids(store: Store, sql: str, params: Iterable[Any]) -> list[int]:
    return [int(v) for v in first_column(store, sql, params)]


def _in(values: Iterable[str]) -> str:
    return "(" + ", ".join(f"'{v}'" for v in values) + ")"


def _ids_via_index(store: Store, sql: str, index: str, params: Iterable[Any]) -> list[int]:
    """``_ids`` through an index the planner would not pick by itself (``INDEXED`` stands
    where the index goes); a file opened read-only may predate the index: then without.

    Without ANALYZE statistics SQLite walks the deadline index over every hazard past its
    deadline (100,000 on a big register, 220 ms) rather than the open ones' partial index
    (a few thousand, 2 ms), and reads each serious duty entry from the table rather than
    from the covering level index (bench/README.md, growth).
    """
    try:
        return _ids(store, sql.replace("INDEXED", f'INDEXED BY "{index}"'), params)
    except sqlite3.OperationalError as exc:
        if "no such index" not in str(exc):
            raise
        return _ids(store, sql.replace("INDEXED", ""), params)


# -- hazards --------------------------------------------------------------------------


def hazards_overdue(store: Store, today: str) -> list[int]:
    return _ids_via_index(
        store,
        f"SELECT id FROM hazards INDEXED WHERE {OPEN_HAZARD} "
        "AND deadline IS NOT NULL AND deadline < ? ORDER BY deadline, id",
        "idx_hazards_open_deadline",
        [today],
    )


def hazards_due_soon(store: Store, today: str, days: int) -> list[int]:
    return _ids_via_index(
        store,
        f"SELECT id FROM hazards INDEXED WHERE {OPEN_HAZARD} "
        "AND deadline >= ? AND deadline <= date(?, ?) ORDER BY deadline, id",
        "idx_hazards_open_deadline",
        [today, today, f"+{int(days)} days"],
    )


def major_hazards_open(store: Store) -> list[int]:
    return _ids_via_index(
        store,
        f"SELECT id FROM hazards INDEXED WHERE {OPEN_MAJOR_HAZARD} "
        "ORDER BY coalesce(deadline, '9999'), found_on, id",
        "idx_hazards_open_major",
        [],
    )


def hazards_closed_unverified(store: Store) -> list[int]:
    """Closed (销号) hazards with no verifier: the form never lets one be saved, but last
    year's ledger may hold them, and an import takes them as they are."""
    return _ids_via_index(
        store,
        f"SELECT id FROM hazards INDEXED WHERE {CLOSED_UNVERIFIED} ORDER BY found_on, id",
        "idx_hazards_closed_unverified",
        [],
    )


# -- plans ----------------------------------------------------------------------------
def _review_due_sql(default_years: int) -> str:
    base = "coalesce(revised_on, issued_on)"
    years = f"coalesce(nullif(review_years, 0), {int(default_years)})"
    return add_years_sql(base, years)


def plans_review_overdue(store: Store, today: str, default_years: int) -> list[int]:
    due = _review_due_sql(default_years)
    return _ids(
        store,
        "SELECT id FROM plans WHERE +deleted_at IS NULL AND status = 'in_force' "
        f"AND coalesce(revised_on, issued_on) IS NOT NULL AND {due} < ? ORDER BY {due}, id",
        [today],
    )


def plans_review_due_soon(store: Store, today: str, default_years: int, days: int) -> list[int]:
    due = _review_due_sql(default_years)
    return _ids(
        store,
        "SELECT id FROM plans WHERE +deleted_at IS NULL AND status = 'in_force' "
        f"AND coalesce(revised_on, issued_on) IS NOT NULL AND {due} >= ? AND {due} <= date(?, ?) "
        f"ORDER BY {due}, id",
        [today, today, f"+{int(days)} days"],
    )


def plan_review_due_on(store: Store, plan_id: int, default_years: int) -> str | None:
    row = store.conn.execute(
        f"SELECT {_review_due_sql(default_years)} FROM plans WHERE id = ?", [plan_id]
    ).fetchone()
    return None if row is None else row[0]


def plans_not_drilled(
    store: Store, today: str, special_years: int, natural_years: int
) -> list[int]:
    """Plans in force that must be drilled and have no drill within their interval.

    Natural-disaster plans follow the (stricter) natural interval whatever their level;
    special and department plans the other one. A plan issued within its interval has
    not had the chance yet and is not flagged.
    """
    years = (
        "(CASE WHEN p.category = 'natural_disaster' THEN :natural "
        "WHEN p.level IN ('special', 'department') THEN :special END)"
    )
    since = f"date(:today, '-' || {years} || ' years')"
    # Both through their partial indexes (``figure_indexes``), whose WHERE is written
    # here word for word: the plans in force, each plan's live drills by date.
    sql = (
        'SELECT p.id FROM plans p INDEXED BY "idx_plans_in_force" '
        f"WHERE p.{IN_FORCE_PLAN.replace(' AND ', ' AND p.')} AND {years} IS NOT NULL "
        f"AND (p.issued_on IS NULL OR p.issued_on <= {since}) "
        'AND NOT EXISTS (SELECT 1 FROM drills d INDEXED BY "idx_drills_plan_held_on_live" '
        f"WHERE d.plan_id = p.id AND d.{LIVE_ROW} "
        f"AND d.held_on >= {since} AND d.held_on <= :today) ORDER BY p.issued_on, p.id"
    )
    params = {"today": today, "natural": int(natural_years), "special": int(special_years)}
    try:
        return [int(v) for v in first_column(store, sql, params)]
    except sqlite3.OperationalError as exc:
        if "no such index" not in str(exc):
            raise
    # A file opened read-only that predates those indexes.
    sql = re.sub(r'INDEXED BY "\w+" ', "", sql)
    return [int(v) for v in first_column(store, sql, params)]


def last_drill_of_plans(store: Store, plan_ids: Iterable[int]) -> dict[int, str]:
    ids = list(plan_ids)
    if not ids:
        return {}
    rows = store.conn.execute(
        "SELECT plan_id, max(held_on) FROM drills WHERE +deleted_at IS NULL "
        "AND plan_id IN (SELECT value FROM json_each(?)) GROUP BY plan_id",
        [_json(ids)],
    )
    return {int(r[0]): r[1] for r in rows}


# -- materials ------------------------------------------------------------------------
_LIVE_MATERIAL = (
    f"m.{LIVE_ROW} AND EXISTS (SELECT 1 FROM reserve_points r "
    "WHERE r.id = m.point_id AND +r.deleted_at IS NULL)"
)
_MATERIALS = "materials m INDEXED"  # the live stock's covering index (``figure_indexes``)
_STOCK_INDEX = "idx_materials_live_stock"


def materials_below_min(store: Store) -> list[int]:
    return _ids_via_index(
        store,
        f"SELECT m.id FROM {_MATERIALS} WHERE {_LIVE_MATERIAL} AND m.min_quantity IS NOT NULL "
        "AND coalesce(m.quantity, 0) < m.min_quantity ORDER BY m.name, m.id",
        _STOCK_INDEX,
        [],
    )


def materials_expiring(store: Store, today: str, days: int) -> list[int]:
    """In stock and expiring within the window (an empty line has nothing to expire)."""
    return _ids_via_index(
        store,
        f"SELECT m.id FROM {_MATERIALS} WHERE {_LIVE_MATERIAL} AND coalesce(m.quantity, 0) > 0 "
        "AND m.expires_on >= ? AND m.expires_on <= date(?, ?) ORDER BY m.expires_on, m.id",
        _STOCK_INDEX,
        [today, today, f"+{int(days)} days"],
    )


def materials_expired(store: Store, today: str) -> list[int]:
    return _ids_via_index(
        store,
        f"SELECT m.id FROM {_MATERIALS} WHERE {_LIVE_MATERIAL} AND coalesce(m.quantity, 0) > 0 "
        "AND m.expires_on < ? ORDER BY m.expires_on, m.id",
        _STOCK_INDEX,
        [today],
    )


# -- duty -----------------------------------------------------------------------------
def _limit_case(limits: Mapping[str, int]) -> tuple[str, list[Any]]:
    whens = " ".join("WHEN ? THEN ?" for _ in limits)
    params: list[Any] = []
    for level, minutes in limits.items():
        params += [level, f"+{int(minutes)} minutes"]
    return f"(CASE level {whens} END)", params


def _levels_and_due(limits: Mapping[str, int]) -> tuple[list[str], str, list[Any]]:
    """The levels asked about, and each entry's report-up deadline as SQL with its params."""
    case, case_params = _limit_case(limits)
    return list(limits), f"strftime('%Y-%m-%d %H:%M', received_at, {case})", case_params


def duty_reported_late(
    store: Store, now: str, limits: Mapping[str, int], since: str = ""
) -> list[int]:
    """Entries of the given levels reported up after their limit, or not at all by ``now``.

    ``limits`` maps level -> minutes. An unreported entry whose limit has not passed yet
    is not late; one received before ``since`` (the records' start) is not judged. The
    cost follows the answer, not the log's history: the reported entries are read through
    the report-delay index from a minute under each level's limit up (a later report
    than the limit's minute is at least that long after receipt), plus those whose times
    are not written as the app writes them, plus the unreported ones; each is then judged
    by the exact test, so the answer is the one a reading of every entry gives.
    """
    if not limits:
        return []
    levels, due, case_params = _levels_and_due(limits)
    late = (
        "+received_at <= ? AND +received_at >= ? "
        f"AND ((reported_up_at IS NULL AND {due} < ?) OR reported_up_at > {due})"
    )
    late_params = [now, since, *case_params, now, *case_params]
    reported = (
        'SELECT id, received_at FROM duty_log INDEXED BY "idx_duty_log_report_delay" '
        f"WHERE {DUTY_REPORTED} AND level = ? AND "
    )
    parts: list[str] = []
    params: list[Any] = []
    for level, minutes in limits.items():
        parts.append(f"{reported}{REPORT_DELAY} > ? AND {late}")
        params += [level, int(minutes) - 2, *late_params]  # 2: a minute, and rounding
        parts.append(f"{reported}{REPORT_DELAY} IS NULL AND {late}")
        params += [level, *late_params]
    parts.append(
        'SELECT id, received_at FROM duty_log INDEXED BY "idx_duty_log_unreported" '
        f"WHERE {DUTY_UNREPORTED} AND level IN ({', '.join('?' for _ in levels)}) AND {late}"
    )
    params += [*levels, *late_params]
    sql = f"SELECT id FROM ({' UNION ALL '.join(parts)}) ORDER BY received_at DESC, id DESC"
    try:
        return _ids(store, sql, params)
    except sqlite3.OperationalError as exc:
        if "no such index" not in str(exc):
            raise
    # A file opened read-only that predates those indexes: every entry of the levels.
    sql = (
        f"SELECT id FROM duty_log INDEXED WHERE level IN ({', '.join('?' for _ in levels)}) "
        f"AND deleted_at IS NULL AND {late} ORDER BY +received_at DESC, id DESC"
    )
    return _ids_via_index(store, sql, "idx_duty_log_level_reports", [*levels, *late_params])


def duty_awaiting_report(store: Store, now: str, limits: Mapping[str, int]) -> list[int]:
    """Entries not reported up yet whose limit has not passed: the ones to report now."""
    if not limits:
        return []
    levels, due, case_params = _levels_and_due(limits)
    sql = (
        f"SELECT id FROM duty_log WHERE level IN ({', '.join('?' for _ in levels)}) "
        "AND +deleted_at IS NULL AND reported_up_at IS NULL AND +received_at <= ? "
        f"AND {due} >= ? ORDER BY +received_at, id"
    )
    return _ids(store, sql, [*levels, now, *case_params, now])


def days_without_roster(store: Store, today: str, days: int, since: str = "") -> list[str]:
    """The dates of the last ``days`` days (today included) with no live roster entry,
    none before ``since`` (the day the office's records begin)."""
    sql = (
        "WITH RECURSIVE d(day, n) AS (SELECT date(?), 1 UNION ALL "
        "SELECT date(day, '-1 day'), n + 1 FROM d WHERE n < ?) "
        "SELECT day FROM d WHERE day >= ? AND NOT EXISTS (SELECT 1 FROM duty_roster r "
        "WHERE r.on_date = d.day AND +r.deleted_at IS NULL) ORDER BY day DESC"
    )
    if int(days) <= 0:
        return []
    return [r[0] for r in store.conn.execute(sql, [today, int(days), since])]


def database_began(store: Store) -> str | None:
    """The day the database was made, or (made before that was noted) its first audit entry."""
    days = [str(store.get_setting("created_on", "") or "")[:10]]
    try:
        row = store.conn.execute("SELECT at FROM audit_log ORDER BY id LIMIT 1").fetchone()
    except sqlite3.DatabaseError:  # a damaged log: the alerts still show, from created_on
        row = None
    days.append(str(row[0])[:10] if row and row[0] else "")
    found = [d for d in days if len(d) == 10]
    return min(found) if found else None


def roster_on(store: Store, day: str) -> list[dict[str, Any]]:
    cur = store.conn.execute(
        "SELECT id, on_date, shift, leader, officers, phone FROM duty_roster "
        "WHERE on_date = ? AND +deleted_at IS NULL "
        "ORDER BY CASE shift WHEN 'full' THEN 0 WHEN 'day' THEN 1 ELSE 2 END, id",
        [day],
    )
    cols = [c[0] for c in cur.description]
    return [dict(zip(cols, r, strict=True)) for r in cur]


# -- drills ---------------------------------------------------------------------------
def drill_actions_overdue(store: Store, today: str) -> list[int]:
    return _ids_via_index(
        store,
        "SELECT a.id FROM drill_actions a INDEXED JOIN drills d ON d.id = a.drill_id "
        "WHERE a.deleted_at IS NULL AND +d.deleted_at IS NULL AND a.done_on IS NULL "
        "AND a.due_on IS NOT NULL AND a.due_on < ? ORDER BY a.due_on, a.id",
        "idx_drill_actions_open_due_on",
        [today],
    )


def drills_with_overdue_actions(store: Store, today: str) -> list[int]:
    return _ids(
        store,
        "SELECT DISTINCT a.drill_id FROM drill_actions a JOIN drills d ON d.id = a.drill_id "
        "WHERE +a.deleted_at IS NULL AND +d.deleted_at IS NULL AND a.done_on IS NULL "
        "AND a.due_on IS NOT NULL AND a.due_on < ? ORDER BY a.drill_id",
        [today],
    )


def drill_actions_due_soon(store: Store, today: str, days: int) -> list[int]:
    return _ids(
        store,
        "SELECT a.id FROM drill_actions a JOIN drills d ON d.id = a.drill_id "
        "WHERE +a.deleted_at IS NULL AND +d.deleted_at IS NULL AND a.done_on IS NULL "
        "AND a.due_on >= ? AND a.due_on <= date(?, ?) ORDER BY a.due_on, a.id",
        [today, today, f"+{int(days)} days"],
    )


def _json(values: list[Any]) -> str:
    import json

    return json.dumps(values)


# -- the file itself ------------------------------------------------------------------
def integrity_check(store: Store) -> list[str]:
    """``PRAGMA integrity_check`` of the open database: empty when it is sound.

    The full check (indexes against their tables), not ``quick_check``, which passes
    "row N missing from index".
    """
    try:
        rows = [str(r[0]) for r in store.conn.execute("PRAGMA integrity_check").fetchall()]
    except sqlite3.DatabaseError as exc:
        return [str(exc)]
    return [] if rows == ["ok"] else rows
