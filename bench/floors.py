"""The floors: the least work that gives the app's answer, written here, not taken from it.

Nothing in this module imports the app. Each floor is raw SQL on a plain ``sqlite3``
connection that the caller has already opened and warmed (as the app's store is open
when the user sorts or opens the Overview); ``tests/bench_floors/`` holds every
floor to the app's answer on a small generated database, so a floor that does less work
than the app because it answers a different question fails there, not in the numbers.
"""

from __future__ import annotations

import calendar
import datetime as dt
import json
import re
import sqlite3
from typing import Any

# -- settings ---------------------------------------------------------------------------
DEFAULTS: dict[str, Any] = {
    "rules.review_years": 3,
    "rules.review_due_soon_days": 90,
    "rules.drill_years_special": 3,
    "rules.drill_years_natural": 1,
    "rules.material_expiring_days": 90,
    "rules.hazard_due_soon_days": 7,
    "rules.report_minutes_especially_major": 30,
    "rules.report_minutes_major": 30,
    "rules.report_minutes_larger": 60,
    "rules.report_minutes_general": 360,
    "rules.roster_lookback_days": 30,
    "rules.team_training_months": 12,
    "rules.officer_training_months": 12,
    "rules.shelter_inspection_months": 6,
    "rules.cards_renewal_months": 12,
    "rules.callback_minutes": 30,
    "rules.incident_initial_minutes": 60,
    "rules.incident_followup_hours": 24,
    "rules.incident_verified_days": 5,
    "villages": "",
}


def read_settings(conn: sqlite3.Connection) -> dict[str, Any]:
    s = dict(DEFAULTS)
    for key, value in conn.execute("SELECT key, value FROM settings"):
        try:
            s[key] = json.loads(value)
        except (TypeError, ValueError):
            s[key] = value
    return s


def moment(today: dt.date) -> str:
    """Now on the real today; the end of the day for any other day."""
    now = dt.datetime.now()
    return now.strftime("%Y-%m-%d %H:%M") if today == now.date() else f"{today} 23:59"


def months_back(day: dt.date, months: int) -> str:
    y, m = divmod(day.year * 12 + day.month - 1 - months, 12)
    return dt.date(y, m + 1, min(day.day, calendar.monthrange(y, m + 1)[1])).isoformat()


# -- overview: every rule, one plain query each ----------------------------------------
OPEN_HAZARD = "deleted_at IS NULL AND status NOT IN ('rectified', 'closed')"
LIVE_ITEM = (
    "FROM materials m JOIN reserve_points p ON p.id = m.point_id AND p.deleted_at IS NULL "
    "WHERE m.deleted_at IS NULL"
)
STALE = "(coalesce({c}, '') = '' OR {c} < :cut)"
# Left to itself SQLite (no ANALYZE statistics) reads every hazard past its deadline, every
# serious duty entry's row, every action: the least work goes through the file's partial
# and covering indexes, named here.
BY_OPEN = "INDEXED BY idx_hazards_open_deadline"
MONITORING = "FROM risk_points WHERE deleted_at IS NULL AND status = 'monitoring'"
# A plan's review date: base + N years, 29 February landing on 28 February.
REVIEW = """WITH b AS (SELECT id, coalesce(revised_on, issued_on) AS base,
                  '+' || coalesce(nullif(review_years, 0), :years) || ' years' AS n
             FROM plans WHERE deleted_at IS NULL AND status = 'in_force'
              AND coalesce(revised_on, issued_on) IS NOT NULL),
       d AS (SELECT id, CASE WHEN substr(base, 6, 5) = '02-29'
                              AND substr(date(base, n), 6, 5) = '03-01'
                             THEN date(base, n, '-1 day') ELSE date(base, n) END AS due FROM b)
  SELECT id FROM d WHERE {cond} ORDER BY due, id"""

# Incidents begun by now, and their reports sent by now (minutes: the rules' precision).
MINUTE = "strftime('%Y-%m-%d %H:%M', {t}, '+' || {n})"
INCIDENTS = f"""WITH i AS (SELECT id, started_at, category, status,
          {MINUTE.format(t="substr(started_at, 1, 16)", n=":initial || ' minutes'")} AS lim,
          CASE WHEN status = 'closed' THEN nullif(substr(ended_at, 1, 16), '') ELSE :now END AS fin
        FROM incidents WHERE deleted_at IS NULL AND substr(started_at, 1, 16) <= :now),
     r AS (SELECT id, incident_id AS inc, kind, sent_at, substr(sent_at, 1, 16) AS at,
          deaths, missing, houses_collapsed, houses_severe, houses_damaged,
          row_number() OVER (PARTITION BY incident_id ORDER BY sent_at DESC, id DESC) AS back
        FROM incident_reports WHERE deleted_at IS NULL AND coalesce(sent_at, '') <> ''
          AND substr(sent_at, 1, 16) <= :now)
"""
GAP = MINUTE.format(t="at", n=":hours || ' hours'")
VICTIMS = "(SELECT count(*) FROM incident_victims v WHERE v.incident_id = i.id AND v.deleted_at IS NULL AND v.outcome = '{o}')"
ROOMS = "(SELECT coalesce(sum({c}), 0) FROM incident_houses h WHERE h.incident_id = i.id AND h.deleted_at IS NULL)"
LATEST = "(SELECT {c} FROM r WHERE r.inc = i.id AND r.back = 1)"

# The report-up rule: the entries reported up, by level and report delay in minutes
# (the file's ``idx_duty_log_report_delay``, its expression word for word), from a minute
# under each limit up, and those whose times give no delay; the unreported ones (its
# ``idx_duty_log_unreported``); each judged by the exact test.
_STAMP = "[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9] [0-9][0-9]:[0-9][0-9]"
_PLAIN = "({c} GLOB '" + _STAMP + "' OR {c} GLOB '" + _STAMP + ":[0-9][0-9]')"
DELAY = (
    f"(CASE WHEN {_PLAIN.format(c='received_at')} AND {_PLAIN.format(c='reported_up_at')} "
    "THEN (julianday(reported_up_at) - julianday(received_at)) * 1440 END)"
)
LATE_TEST = """+received_at <= :now
    AND coalesce(reported_up_at, :now) > strftime('%Y-%m-%d %H:%M', received_at,
        '+' || CASE level WHEN 'larger' THEN :m_larger WHEN 'major' THEN :m_major
                          ELSE :m_especially END || ' minutes')"""
_REPORTED = (
    "SELECT id, received_at FROM duty_log INDEXED BY idx_duty_log_report_delay "
    "WHERE deleted_at IS NULL AND reported_up_at IS NOT NULL AND level = '{lv}' AND "
)
LATE_PARTS = [
    part
    for lv, m in (
        ("especially_major", "m_especially"),
        ("major", "m_major"),
        ("larger", "m_larger"),
    )
    for part in (
        _REPORTED.format(lv=lv) + f"{DELAY} > :{m} - 2 AND {LATE_TEST}",
        _REPORTED.format(lv=lv) + f"{DELAY} IS NULL AND {LATE_TEST}",
    )
] + [
    "SELECT id, received_at FROM duty_log INDEXED BY idx_duty_log_unreported "
    "WHERE deleted_at IS NULL AND reported_up_at IS NULL AND level <> 'none' "
    f"AND level IN ('especially_major', 'major', 'larger') AND {LATE_TEST}"
]


OVERVIEW_SQL: dict[str, str] = {
    "hazards_overdue": f"SELECT id FROM hazards {BY_OPEN} WHERE {OPEN_HAZARD} "
    "AND deadline < :today ORDER BY deadline, id",
    "hazards_due_soon": f"SELECT id FROM hazards {BY_OPEN} WHERE {OPEN_HAZARD} "
    "AND deadline BETWEEN :today AND date(:today, '+' || :hazard_days || ' days') "
    "ORDER BY deadline, id",
    "major_hazards_open": "SELECT id FROM hazards INDEXED BY idx_hazards_open_major "
    f"WHERE {OPEN_HAZARD} AND grade = 'major' "
    "ORDER BY coalesce(deadline, '9999'), found_on, id",
    "hazards_closed_unverified": "SELECT id FROM hazards INDEXED BY idx_hazards_closed_unverified "
    "WHERE deleted_at IS NULL AND status = 'closed' AND trim(coalesce(verified_by, '')) = '' "
    "ORDER BY found_on, id",
    "plans_review_overdue": REVIEW.format(cond="due < :today"),
    "plans_review_due_soon": REVIEW.format(
        cond="due BETWEEN :today AND date(:today, '+' || :review_days || ' days')"
    ),
    "plans_not_drilled": """WITH p AS (
          SELECT id, issued_on, date(:today, '-' || CASE WHEN category = 'natural_disaster'
                 THEN :natural WHEN level IN ('special', 'department') THEN :special END
                 || ' years') AS since
          FROM plans INDEXED BY idx_plans_in_force
          WHERE deleted_at IS NULL AND status = 'in_force')
        SELECT id FROM p WHERE since IS NOT NULL AND (issued_on IS NULL OR issued_on <= since)
          AND NOT EXISTS (SELECT 1 FROM drills d INDEXED BY idx_drills_plan_held_on_live
                          WHERE d.plan_id = p.id AND d.deleted_at IS NULL
                          AND d.held_on BETWEEN p.since AND :today)
        ORDER BY issued_on, id""",
    "materials_below_min": f"SELECT m.id {LIVE_ITEM} AND coalesce(m.quantity, 0) < m.min_quantity "
    "ORDER BY m.name, m.id",
    "materials_expiring": f"SELECT m.id {LIVE_ITEM} AND m.quantity > 0 "
    "AND m.expires_on BETWEEN :today AND date(:today, '+' || :expiring_days || ' days') "
    "ORDER BY m.expires_on, m.id",
    "materials_expired": f"SELECT m.id {LIVE_ITEM} AND m.quantity > 0 AND m.expires_on < :today "
    "ORDER BY m.expires_on, m.id",
    "duty_reported_late": f"""SELECT id FROM ({" UNION ALL ".join(LATE_PARTS)})
        ORDER BY received_at DESC, id DESC""",
    "duty_days_without_roster": "SELECT DISTINCT on_date FROM duty_roster "
    "WHERE deleted_at IS NULL AND on_date BETWEEN date(:today, '-' || (:lookback - 1) || ' days') "
    "AND :today",
    "drill_actions_overdue": """SELECT a.id FROM drill_actions a
        INDEXED BY idx_drill_actions_open_due_on JOIN drills d ON d.id = a.drill_id AND d.deleted_at IS NULL
        WHERE a.deleted_at IS NULL AND a.done_on IS NULL AND a.due_on < :today
        ORDER BY a.due_on, a.id""",
    "teams_untrained": "SELECT id FROM teams WHERE deleted_at IS NULL AND status = 'active' "
    f"AND {STALE.format(c='last_trained_on').replace(':cut', ':team_cut')} "
    "ORDER BY coalesce(last_trained_on, ''), id",
    "info_officers_untrained": "SELECT id FROM contacts WHERE deleted_at IS NULL "
    "AND role = 'info_officer' AND status = 'active' "
    f"AND {STALE.format(c='trained_on').replace(':cut', ':officer_cut')} "
    "ORDER BY coalesce(trained_on, ''), village, id",
    "villages_without_info_officer": "SELECT DISTINCT trim(village) FROM contacts "
    "WHERE deleted_at IS NULL AND role = 'info_officer' AND status = 'active'",
    "shelters_uninspected": "SELECT id FROM shelters WHERE deleted_at IS NULL "
    f"AND status <> 'closed' AND {STALE.format(c='last_inspected_on').replace(':cut', ':shelter_cut')} "
    "ORDER BY coalesce(last_inspected_on, ''), id",
    "risk_points_unmonitored": f"SELECT id {MONITORING} AND (coalesce(trim(monitor), '') = '' "
    "OR coalesce(trim(monitor_phone), '') = '') ORDER BY village, id",
    "risk_points_without_shelter": f"SELECT id {MONITORING} AND NOT EXISTS (SELECT 1 FROM "
    "shelters s WHERE s.id = shelter_id AND s.deleted_at IS NULL AND s.status <> 'closed') "
    "ORDER BY village, id",
    "risk_points_cards_due": f"SELECT id {MONITORING} "
    f"AND {STALE.format(c='cards_issued_on').replace(':cut', ':cards_cut')} "
    "ORDER BY coalesce(cards_issued_on, ''), village, id",
    # orange and red: past the limit with no call-back, or one unanswered or too late
    "warnings_not_called_back": f"""WITH w AS (SELECT id, received_at,
          {MINUTE.format(t="received_at", n=":callback || ' minutes'")} AS due
        FROM warnings WHERE deleted_at IS NULL AND color IN ('orange', 'red')
          AND received_at <= :now)
        SELECT id FROM w WHERE due < :now AND (
          NOT EXISTS (SELECT 1 FROM warning_callbacks c WHERE c.warning_id = w.id
                      AND c.deleted_at IS NULL)
          OR EXISTS (SELECT 1 FROM warning_callbacks c WHERE c.warning_id = w.id
                     AND c.deleted_at IS NULL AND (c.answered <> 'yes' OR c.called_at > w.due)))
        ORDER BY received_at DESC, id DESC""",
    # initial report missing or late, or a gap between running reports over the interval
    # (a gap that began after a closed incident ended does not count)
    "incident_reports_late": f"""{INCIDENTS},
     run AS (SELECT inc, at, lead(at) OVER (PARTITION BY inc ORDER BY sent_at, id) AS nxt
        FROM r WHERE kind <> 'verified')
        SELECT id FROM i WHERE lim IS NOT NULL AND (
          (NOT EXISTS (SELECT 1 FROM r WHERE r.inc = i.id) AND lim < :now)
          OR (SELECT min(at) FROM run WHERE run.inc = i.id) > lim
          OR EXISTS (SELECT 1 FROM run WHERE run.inc = i.id AND nxt > {GAP}
                     AND (i.fin IS NULL OR {GAP} < i.fin)))
        ORDER BY started_at, id""",
    "incidents_without_followup": f"""{INCIDENTS}
        SELECT id FROM i WHERE status = 'ongoing'
          AND (SELECT {GAP} FROM r WHERE r.inc = i.id AND r.back = 1) < :now
        ORDER BY started_at, id""",
    # no verified report and the limit passed, or the first one after the limit
    "incidents_unverified": f"""{INCIDENTS}
        SELECT id FROM i WHERE category = 'natural_disaster' AND status = 'closed'
          AND fin IS NOT NULL AND coalesce((SELECT min(at) FROM r WHERE r.inc = i.id
              AND r.kind = 'verified'), :now)
            > {MINUTE.format(t="fin", n=":verified || ' days'")}
        ORDER BY started_at, id""",
    # the latest report's figures against the victims and houses ledgers
    "incident_ledgers_mismatch": f"""{INCIDENTS}
        SELECT id FROM i WHERE EXISTS (SELECT 1 FROM r WHERE r.inc = i.id) AND (
          coalesce({LATEST.format(c="deaths")}, 0) <> {VICTIMS.format(o="dead")}
          OR coalesce({LATEST.format(c="missing")}, 0) <> {VICTIMS.format(o="missing")}
          OR coalesce({LATEST.format(c="houses_collapsed")}, 0) <> {ROOMS.format(c="collapsed_rooms")}
          OR coalesce({LATEST.format(c="houses_severe")}, 0) <> {ROOMS.format(c="severe_rooms")}
          OR coalesce({LATEST.format(c="houses_damaged")}, 0) <> {ROOMS.format(c="damaged_rooms")})
        ORDER BY started_at, id""",
}


def overview(conn: sqlite3.Connection, today: dt.date, now: str | None = None) -> dict[str, list]:
    """Every Overview rule's rows (ids, dates or villages), most urgent first."""
    return _overview(conn, today, now, count=False)  # type: ignore[return-value]


def overview_counts(
    conn: sqlite3.Connection, today: dt.date, now: str | None = None
) -> dict[str, int]:
    """Every Overview rule's count: what the Overview draws first (``counts_shown``).
    Each rule's SQL as ``SELECT count(*) FROM (…)``; days and villages are lists made in
    Python from a short query, so those two count their list."""
    return _overview(conn, today, now, count=True)  # type: ignore[return-value]


def _unordered(sql: str) -> str:
    """``sql`` less its closing ORDER BY (a count needs no order)."""
    found = list(re.finditer(r"\sORDER BY\s", sql))
    if not found:
        return sql
    tail = sql[found[-1].start() :]
    return sql if tail.count("(") != tail.count(")") else sql[: found[-1].start()]


def _overview(
    conn: sqlite3.Connection, today: dt.date, now: str | None, count: bool
) -> dict[str, Any]:
    s = read_settings(conn)
    r = {k.removeprefix("rules."): v for k, v in s.items()}
    p = {
        "today": today.isoformat(),
        "now": now or moment(today),
        "years": r["review_years"],
        "hazard_days": r["hazard_due_soon_days"],
        "review_days": r["review_due_soon_days"],
        "natural": r["drill_years_natural"],
        "special": r["drill_years_special"],
        "expiring_days": r["material_expiring_days"],
        "m_larger": r["report_minutes_larger"],
        "m_major": r["report_minutes_major"],
        "m_especially": r["report_minutes_especially_major"],
        "lookback": r["roster_lookback_days"],
        "team_cut": months_back(today, r["team_training_months"]),
        "officer_cut": months_back(today, r["officer_training_months"]),
        "shelter_cut": months_back(today, r["shelter_inspection_months"]),
        "cards_cut": months_back(today, r["cards_renewal_months"]),
        "callback": r["callback_minutes"],
        "initial": r["incident_initial_minutes"],
        "hours": r["incident_followup_hours"],
        "verified": r["incident_verified_days"],
    }
    out: dict[str, Any] = {}
    for key, sql in OVERVIEW_SQL.items():
        names = set(re.findall(r":(\w+)", sql))
        args = {k: v for k, v in p.items() if k in names}
        if count and key not in ("duty_days_without_roster", "villages_without_info_officer"):
            out[key] = conn.execute(f"SELECT count(*) FROM ({_unordered(sql)})", args).fetchone()[0]
            continue
        rows = [row[0] for row in conn.execute(sql, args)]
        if key == "duty_days_without_roster":
            days = [(today - dt.timedelta(days=i)).isoformat() for i in range(p["lookback"])]
            rostered = set(rows)
            rows = [d for d in days if d not in rostered]
        elif key == "villages_without_info_officer":
            villages = re.split(r"[\r\n、，,;；]+", str(s.get("villages") or ""))
            wanted = list(dict.fromkeys(v.strip() for v in villages if v.strip()))
            rows = [v for v in wanted if v not in set(rows)]
        out[key] = len(rows) if count else rows
    return out


# -- the Duty list: search, sort, last page ----------------------------------------------
LIST_ORDER = "ORDER BY received_at DESC, id DESC"


def grams_match(term: str) -> str:
    """The grams index's phrase for a one- or two-character word (its tokens are hex code
    points of the ASCII-lower-cased text, one per character and per pair)."""
    return '"' + "".join(f"{ord(c.lower() if c.isascii() else c):06x}" for c in term) + '"'


def search_page(conn: sqlite3.Connection, term: str) -> list[tuple]:
    """The newest 200 entries containing ``term``, with no more work than the page needs.

    Entries are written about in date order, so the newest matches are the 200 of the
    highest row ids, read from the grams index's end: walk the date index keeping those
    and stop at the first entry of a lower id (beyond it a match might be missing). If
    200 come first the page is exact; else (a word with fewer matches, or entries out of
    order) every match's id goes into the walk, as a plain query does."""
    match = grams_match(term)
    edge = conn.execute(
        "SELECT rowid FROM duty_log_grams WHERE duty_log_grams MATCH ? "
        "ORDER BY rowid DESC LIMIT 1 OFFSET 199",
        [match],
    ).fetchone()
    if edge is not None:
        rows = []
        for row in conn.execute(
            "SELECT * FROM duty_log WHERE deleted_at IS NULL AND (+id < ?1 OR +id IN "
            "(SELECT rowid FROM duty_log_grams WHERE duty_log_grams MATCH ?2 AND rowid >= ?1)) "
            f"{LIST_ORDER} LIMIT 201",
            [edge[0], match],
        ):
            if row[0] < edge[0]:
                break
            rows.append(row)
        if len(rows) == 200:
            return rows
    return conn.execute(
        "SELECT * FROM duty_log WHERE deleted_at IS NULL AND id IN "
        "(SELECT rowid FROM duty_log_grams WHERE duty_log_grams MATCH ?) "
        f"{LIST_ORDER} LIMIT 200",
        [match],
    ).fetchall()


def sorted_page(conn: sqlite3.Connection, column: str) -> list[tuple]:
    return conn.execute(
        f'SELECT * FROM duty_log WHERE deleted_at IS NULL ORDER BY "{column}", received_at, id '
        "LIMIT 200"
    ).fetchall()


def live_count(conn: sqlite3.Connection) -> int:
    return int(conn.execute("SELECT count(*) FROM duty_log WHERE deleted_at IS NULL").fetchone()[0])


def last_page(conn: sqlite3.Connection, total: int) -> list[tuple]:
    """The view's last page (``total`` rows, 200 a page), read from the other end."""
    n = total % 200 or 200
    rows = conn.execute(
        "SELECT * FROM duty_log WHERE deleted_at IS NULL ORDER BY received_at, id LIMIT ?", [n]
    ).fetchall()
    rows.reverse()
    return rows


def first_page(conn: sqlite3.Connection) -> list[tuple]:
    return conn.execute(
        f"SELECT * FROM duty_log WHERE deleted_at IS NULL {LIST_ORDER} LIMIT 200"
    ).fetchall()


# The annual summary's floor is in floors_report.py.
