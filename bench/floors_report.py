"""The annual summary's floor: every figure group the summary states, one hand-written
query each, plus the little Python that turns rows into the same figures.

Nothing here imports the app or replays its SQL. ``tests/bench_floors/`` holds each
group to ``report.figures.collect``'s values on a small bench database, so the floor
answers the whole question the report answers (this year's figures, last year's for the
comparison, the details, the ledgers, the incidents and the duty log's events) and no
more: the bench's report is written without appendices, so no appendix rows are read.
"""

from __future__ import annotations

import datetime as dt
import itertools
import re
import sqlite3
from collections import Counter
from decimal import Decimal
from typing import Any

from floors import read_settings

KNOWN = "deleted_at IS NULL AND created_at < :entered"
DONE = "('rectified', 'closed')"
# rectified on or before the day, and not a change of status logged after the document
RECTIFIED = f"""(status IN {DONE} AND rectified_on <= :day AND NOT EXISTS (
    SELECT 1 FROM hazard_status_log l WHERE l.hazard_id = hazards.id AND l.at >= :entered
      AND l.to_status IN {DONE} AND l.from_status NOT IN {DONE}))"""

REPORTED = "'especially_major', 'major', 'larger', 'general'"
REPORT_SQL: dict[str, str] = {
    # plans: status as it stood on the day (status changes after it undone from the audit)
    "plans": """SELECT p.level, p.status, p.title, p.issued_on, p.revised_on, p.review_years,
          (SELECT a.before FROM audit_log a WHERE a.table_name = 'plans' AND a.record_id = p.id
             AND a.at > :day ORDER BY a.at LIMIT 1)
        FROM plans p WHERE p.deleted_at IS NULL AND p.created_at < :entered""",
    "drills": f"""SELECT form, scope, count(*), sum(participants), sum(vehicles),
          (SELECT count(*) FROM drill_actions a WHERE a.drill_id IN (SELECT id FROM drills d2
             WHERE d2.{KNOWN} AND d2.held_on BETWEEN :start AND :day))
        FROM drills WHERE {KNOWN} AND held_on BETWEEN :start AND :day GROUP BY form, scope""",
    # ratings, problems found, scenarios, the largest drills: the year's drills one a row
    "drill_details": f"""SELECT rating, title, scenario, problems_found, held_on, form,
          participants, vehicles
        FROM drills WHERE {KNOWN} AND held_on BETWEEN :start AND :day ORDER BY held_on, id""",
    "hazards": f"""SELECT grade, category, count(*), sum({RECTIFIED}),
          sum(CAST(round(coalesce(funds, 0) * 100) AS INTEGER)),
          sum(status NOT IN {DONE} AND deadline < :day)
        FROM hazards WHERE {KNOWN} AND found_on BETWEEN :start AND :day GROUP BY grade, category""",
    # found earlier, past the deadline and not rectified on the day: open now (the open
    # hazards' partial index), or completed only after the day (the completed ones' index)
    # or by a change logged after the document
    "hazards_earlier": f"""SELECT
          (SELECT count(*) FROM hazards INDEXED BY idx_hazards_open_found_on
            WHERE deleted_at IS NULL AND status NOT IN {DONE} AND found_on < :start
              AND deadline < :day AND created_at < :entered)
        + (SELECT count(*) FROM hazards INDEXED BY idx_hazards_done_rectified_on
            WHERE deleted_at IS NULL AND status IN {DONE} AND rectified_on > :day
              AND found_on < :start AND deadline < :day AND created_at < :entered)
        + (SELECT count(*) FROM hazards INDEXED BY idx_hazards_done_rectified_on
            WHERE deleted_at IS NULL AND status IN {DONE} AND rectified_on IS NULL
              AND found_on < :start AND deadline < :day AND created_at < :entered)
        + (SELECT count(*) FROM hazards WHERE id IN (SELECT hazard_id FROM hazard_status_log
              WHERE at >= :entered AND to_status IN {DONE} AND from_status NOT IN {DONE})
            AND deleted_at IS NULL AND status IN {DONE} AND rectified_on <= :day
            AND found_on < :start AND deadline < :day AND created_at < :entered)""",
    "activities": f"""SELECT kind, count(*), sum(participants), sum(leaflets), sum(manuals),
          sum(banners) FROM activities WHERE {KNOWN} AND held_on BETWEEN :start AND :day
        GROUP BY kind""",
    # where, and with whom
    "activity_places": f"""SELECT location, organizer FROM activities
        WHERE {KNOWN} AND held_on BETWEEN :start AND :day ORDER BY held_on, id""",
    # stock on the day: the item's quantity (the sum of its live movements, kept with each
    # movement) less those after the day or entered after the document, through the date
    # and entry-time indexes; an item entered after the day with no movement by then is
    # not there yet
    "materials": """SELECT m.category, m.name, m.unit, m.min_quantity, m.expires_on, p.name, p.kind,
          coalesce(m.quantity, 0) - coalesce(l.delta, 0),
          CASE WHEN substr(m.created_at, 1, 10) <= :day THEN 1 ELSE EXISTS (
            SELECT 1 FROM stock_movements s WHERE s.material_id = m.id
              AND s.deleted_at IS NULL AND s.moved_on <= :day AND s.created_at < :entered) END
        FROM materials m JOIN reserve_points p ON p.id = m.point_id
          AND p.deleted_at IS NULL AND p.created_at < :entered
        LEFT JOIN (SELECT material_id, sum(delta) AS delta FROM (
            SELECT material_id, delta FROM stock_movements
              WHERE deleted_at IS NULL AND moved_on > :day
            UNION ALL SELECT material_id, delta FROM stock_movements
              INDEXED BY idx_stock_movements_created_at
              WHERE created_at >= :entered AND deleted_at IS NULL AND moved_on <= :day)
          GROUP BY material_id) l ON l.material_id = m.id
        WHERE m.deleted_at IS NULL AND m.created_at < :entered""",
    "movements": """SELECT s.reason, count(*) FROM stock_movements s JOIN materials m
          ON m.id = s.material_id AND m.deleted_at IS NULL
        WHERE s.deleted_at IS NULL AND s.created_at < :entered
          AND s.moved_on BETWEEN :start AND :day GROUP BY s.reason""",
    # the year's entries by type and by level, each value's date range counted inside its
    # list index (stepping from one value to the next); then the entries with a level that
    # is reported up late or never (the summary states how many, and how many never), from
    # the level index that holds both times
    "duty": f"""WITH RECURSIVE
          t(v) AS (SELECT min(type) FROM duty_log WHERE deleted_at IS NULL
            UNION ALL SELECT (SELECT min(type) FROM duty_log WHERE deleted_at IS NULL
              AND type > t.v) FROM t WHERE t.v IS NOT NULL),
          l(v) AS (SELECT min(level) FROM duty_log WHERE deleted_at IS NULL
            UNION ALL SELECT (SELECT min(level) FROM duty_log WHERE deleted_at IS NULL
              AND level > l.v) FROM l WHERE l.v IS NOT NULL)
        SELECT 'type', v, (SELECT count(*) FROM duty_log WHERE deleted_at IS NULL AND type = t.v
            AND received_at >= :start AND received_at < :next), NULL FROM t WHERE v IS NOT NULL
        UNION ALL
        SELECT 'level', v, (SELECT count(*) FROM duty_log WHERE deleted_at IS NULL
            AND level = l.v AND received_at >= :start AND received_at < :next), NULL
          FROM l WHERE v IS NOT NULL
        UNION ALL
        SELECT 'late', received_at, level, reported_up_at IS NULL
          FROM duty_log INDEXED BY idx_duty_log_level_reports
          WHERE deleted_at IS NULL AND level IN ({REPORTED})
            AND received_at >= :start AND received_at < :next
            AND (reported_up_at IS NULL OR round((julianday(reported_up_at)
              - julianday(received_at)) * 1440, 2) > CASE level WHEN 'general' THEN :m_general
                WHEN 'larger' THEN :m_larger WHEN 'major' THEN :m_major
                ELSE :m_especially END)""",
    "roster": """SELECT count(DISTINCT on_date),
          (SELECT count(*) FROM duty_handovers WHERE deleted_at IS NULL
             AND at >= :start AND at < :next)
        FROM duty_roster WHERE deleted_at IS NULL AND on_date BETWEEN :start AND :day""",
    # the other ledgers as they stood on the day: one row, kinds and colours as JSON
    "ledgers": f"""WITH t AS (SELECT * FROM teams WHERE {KNOWN} AND status = 'active'
                 AND coalesce(established_on, '') <= :day),
          w AS (SELECT * FROM warnings WHERE {KNOWN}
                 AND substr(received_at, 1, 10) BETWEEN :start AND :day),
          c AS (SELECT c.answered, c.warning_id, w.color FROM w JOIN warning_callbacks c
                 ON c.warning_id = w.id AND c.deleted_at IS NULL AND c.created_at < :entered
                 AND substr(c.called_at, 1, 10) <= :day)
        SELECT (SELECT count(*) FROM t), (SELECT coalesce(sum(members), 0) FROM t),
          (SELECT count(*) FROM t WHERE last_trained_on BETWEEN :start AND :day),
          (SELECT json_group_object(kind, n) FROM (SELECT kind, count(*) AS n FROM t
             WHERE kind IS NOT NULL GROUP BY kind)),
          o.n, o.villages, o.trained, s.n, s.capacity, s.inspected, r.n, r.households,
          r.persons, r.cards,
          (SELECT json_group_object(color, n) FROM (SELECT color, count(*) AS n FROM w
             WHERE color IS NOT NULL GROUP BY color)),
          (SELECT count(*) FROM c), (SELECT count(*) FROM c WHERE answered = 'yes'),
          (SELECT count(DISTINCT warning_id) FROM c WHERE color IN ('orange', 'red')),
          (SELECT count(*) FROM w WHERE substr(relayed_at, 1, 10) <= :day AND relayed_at <> '')
        FROM (SELECT count(*) AS n, count(DISTINCT nullif(trim(village), '')) AS villages,
                count(CASE WHEN trained_on BETWEEN :start AND :day THEN 1 END) AS trained
              FROM contacts WHERE {KNOWN} AND role = 'info_officer' AND status = 'active') o,
             (SELECT count(*) AS n, coalesce(sum(capacity), 0) AS capacity,
                count(CASE WHEN last_inspected_on BETWEEN :start AND :day THEN 1 END) AS inspected
              FROM shelters WHERE {KNOWN} AND status <> 'closed') s,
             (SELECT count(*) AS n, coalesce(sum(households), 0) AS households,
                coalesce(sum(persons), 0) AS persons,
                count(CASE WHEN cards_issued_on BETWEEN :start AND :day THEN 1 END) AS cards
              FROM risk_points WHERE {KNOWN} AND status = 'monitoring') r""",
    # the year's incidents with their reports sent by the day, one row per report
    "incidents": """SELECT i.id, i.started_at, i.title, i.category, i.kind, i.level, i.villages,
          i.location, i.response_level, i.ended_at, r.kind, r.sent_at, r.affected, r.deaths,
          r.missing, r.injured, r.relocated, r.need_relief, r.crops_affected_ha,
          r.crops_failed_ha, r.houses_collapsed, r.houses_severe, r.houses_damaged,
          r.direct_loss
        FROM incidents i LEFT JOIN incident_reports r ON r.incident_id = i.id
          AND r.deleted_at IS NULL AND r.created_at < :entered
          AND substr(r.sent_at, 1, 10) <= :day
        WHERE i.deleted_at IS NULL AND i.created_at < :entered
          AND substr(i.started_at, 1, 10) BETWEEN :start AND :day
        ORDER BY i.started_at, i.id, r.sent_at, r.id""",
    "incidents_used": f"SELECT EXISTS (SELECT 1 FROM incidents WHERE {KNOWN})",
    # the duty log's three most significant entries: a response, then the level, then a
    # move; the candidates are the year's entries of those levels (their index) and the
    # entries whose text holds the words (the file's search indexes)
    "events": f"""WITH c(id) AS (
          SELECT id FROM duty_log INDEXED BY idx_duty_log_level_reports
            WHERE deleted_at IS NULL AND level IN ('larger', 'major', 'especially_major')
              AND received_at >= :start AND received_at < :next
          UNION SELECT rowid FROM duty_log_fts WHERE duty_log_fts MATCH :response
          UNION SELECT rowid FROM duty_log_grams WHERE duty_log_grams MATCH :move)
        SELECT * FROM (SELECT d.received_at, d.type, coalesce(d.level, 'none'),
          coalesce(d.location, ''), d.summary, coalesce(d.action_taken, '')
        FROM c CROSS JOIN duty_log d ON d.id = c.id
        WHERE d.{KNOWN} AND d.type <> 'instruction'
          AND d.received_at >= :start AND d.received_at < :next
          AND (d.level IN ('larger', 'major', 'especially_major')
               OR d.action_taken LIKE '%应急响应%' OR d.action_taken LIKE '%转移%')
        ORDER BY coalesce(d.action_taken, '') LIKE '%应急响应%' DESC,
          CASE d.level WHEN 'especially_major' THEN 3 WHEN 'major' THEN 2 WHEN 'larger' THEN 1
            ELSE 0 END DESC, coalesce(d.action_taken, '') LIKE '%转移%' DESC, d.received_at
        LIMIT 3) ORDER BY 1""",
    # call-backs that report people moved before the weather struck
    "moved": """SELECT c.warning_id, c.response FROM warnings w JOIN warning_callbacks c
          ON c.warning_id = w.id AND c.deleted_at IS NULL AND c.created_at < :entered
        WHERE w.deleted_at IS NULL AND w.created_at < :entered
          AND substr(w.received_at, 1, 10) BETWEEN :start AND :day
          AND substr(c.called_at, 1, 10) <= :day
          AND (c.response LIKE '%转移%' OR c.response LIKE '%撤离%')""",
    # last year at its end, as its own summary stated it: what the comparisons need
    "previous": f"""SELECT
          (SELECT count(*) FROM (SELECT
               coalesce((SELECT json_extract(a.before, '$.status') FROM audit_log a
                   WHERE a.table_name = 'plans' AND a.record_id = p.id AND a.action = 'update'
                     AND a.at >= :entered AND json_extract(a.before, '$.status') IS NOT NULL
                   ORDER BY a.id LIMIT 1), p.status) AS status,
               (SELECT json_array(json_extract(a.before, '$.issued_on')) FROM audit_log a
                   WHERE a.table_name = 'plans' AND a.record_id = p.id AND a.action = 'update'
                     AND a.at >= :entered AND json_type(a.before, '$.issued_on') IS NOT NULL
                   ORDER BY a.id LIMIT 1) AS was, p.issued_on AS now_issued
             FROM plans p WHERE p.deleted_at IS NULL AND p.created_at < :entered)
           WHERE status <> 'draft' AND CASE WHEN was IS NULL THEN now_issued
             ELSE json_extract(was, '$[0]') END BETWEEN :start AND :day),
          (SELECT count(*) FROM drills WHERE {KNOWN} AND held_on BETWEEN :start AND :day),
          (SELECT coalesce(sum(participants), 0) FROM drills WHERE {KNOWN}
             AND held_on BETWEEN :start AND :day),
          (SELECT count(*) FROM hazards WHERE {KNOWN} AND found_on BETWEEN :start AND :day),
          (SELECT count(*) FROM hazards WHERE {KNOWN} AND found_on BETWEEN :start AND :day
             AND {RECTIFIED}),
          (SELECT count(*) FROM activities WHERE {KNOWN} AND held_on BETWEEN :start AND :day),
          (SELECT coalesce(sum(participants), 0) FROM activities WHERE {KNOWN}
             AND held_on BETWEEN :start AND :day),
          (SELECT count(*) FROM incidents WHERE {KNOWN}
             AND substr(started_at, 1, 10) BETWEEN :start AND :day),
          (SELECT count(*) FROM teams WHERE {KNOWN} AND status = 'active'
             AND coalesce(established_on, '') <= :day),
          (SELECT count(*) FROM contacts WHERE {KNOWN} AND role = 'info_officer'
             AND status = 'active'),
          (SELECT count(*) FROM shelters WHERE {KNOWN} AND status <> 'closed'),
          (SELECT count(*) FROM risk_points WHERE {KNOWN} AND status = 'monitoring'),
          (SELECT count(*) FROM warnings WHERE {KNOWN} AND color IS NOT NULL
             AND substr(received_at, 1, 10) BETWEEN :start AND :day)""",
}
PREVIOUS = ("previous",)  # run with last year's parameters


def params(year: int, as_of: dt.date, s: dict[str, Any]) -> dict[str, Any]:
    """The named parameters of ``year`` up to ``as_of`` (``s``: the settings without their
    ``rules.`` prefix); ``floors_county`` adds its own."""
    day = min(as_of, dt.date(year, 12, 31))
    return {
        "start": f"{year}-01-01",
        "day": day.isoformat(),
        "next": (day + dt.timedelta(days=1)).isoformat(),
        "entered": (as_of + dt.timedelta(days=1)).isoformat(),
        "m_general": s["report_minutes_general"],
        "m_larger": s["report_minutes_larger"],
        "m_major": s["report_minutes_major"],
        "m_especially": s["report_minutes_especially_major"],
        "response": '"应急响应"',  # the trigram index: the phrase itself
        "move": '"' + "".join(f"{ord(c):06x}" for c in "转移") + '"',  # the grams: the pair
    }


def report_figures(conn: sqlite3.Connection, year: int, as_of: dt.date) -> dict[str, Any]:
    """The summary's figures for ``year`` as of ``as_of``: every group's rows, and the
    groups whose figures are read from text or times (details, places, incidents, moves)
    worked out as the summary states them."""
    settings = read_settings(conn)
    s = {k.removeprefix("rules."): v for k, v in settings.items()}
    p = params(year, as_of, s)
    end = dt.date(year - 1, 12, 31)
    last = params(year - 1, min(as_of, end), s)
    out: dict[str, Any] = {}
    for key, sql in REPORT_SQL.items():
        names = set(re.findall(r":(\w+)", sql))
        use = last if key in PREVIOUS else p
        out[key] = conn.execute(sql, {k: v for k, v in use.items() if k in names}).fetchall()
    office = str(settings.get("office_name") or "").strip() or "本单位"
    out["drill_details"] = drill_details(out["drill_details"])
    out["activity_places"] = places(out["activity_places"], office)
    out["incidents"] = incidents(out["incidents"], p["day"], s)
    out["incidents"]["register_used"] = bool(out.pop("incidents_used")[0][0])
    out["moved"] = moved(out["moved"])
    return out


# -- the Python a figure needs beyond its query ------------------------------------------
CLAUSES = re.compile(r"[；;。\n]+")
NUMBER = re.compile(r"^\s*(?:[（(]?\d+[)）.、．]|[一二三四五六七八九十]+[、.．])\s*")


def problems(text: str | None) -> int:
    """Problems one drill lists: its clauses, numbering and stray commas taken off."""
    return sum(1 for c in CLAUSES.split(text or "") if NUMBER.sub("", c).strip(" ，,、"))


def drill_details(rows: list[tuple]) -> dict[str, Any]:
    found = [problems(r[3]) for r in rows]
    by_size = sorted((r for r in rows if (r[6] or 0) > 0), key=lambda r: (-r[6], r[4]))
    return {
        "by_rating": Counter(r[0] for r in rows if r[0]),
        "problems": sum(found),
        "drills_with_problems": sum(1 for n in found if n),
        "scenarios": tuple(f"{r[1] or ''}\n{r[2] or ''}" for r in rows),
        "largest": [(r[1], r[4], r[5], r[6], r[7] or 0) for r in by_size[:3]],
    }


def _ranked(names: list[str]) -> list[tuple[str, int]]:
    n = Counter(names)
    order = list(dict.fromkeys(names))
    return sorted(n.items(), key=lambda kv: (-kv[1], order.index(kv[0])))


def places(rows: list[tuple], office: str) -> dict[str, list[tuple[str, int]]]:
    """Places and partner bodies, most frequent first (the office itself is no partner)."""

    def ours(name: str) -> bool:
        return name == office or name.endswith(office) or (len(name) > 2 and office.endswith(name))

    names = [n.strip() for r in rows for n in re.split(r"[、，,；;/]", r[1] or "")]
    return {
        "places": _ranked([r[0].strip() for r in rows if (r[0] or "").strip()]),
        "organizers": _ranked([n for n in names if n and not ours(n)]),
    }


FIGURES = ("affected", "deaths", "missing", "injured", "relocated", "need_relief",
           "crops_affected_ha", "crops_failed_ha", "houses_collapsed", "houses_severe",
           "houses_damaged", "direct_loss")  # fmt: skip
DECIMALS = {"crops_affected_ha", "crops_failed_ha", "direct_loss"}


def _at(text: Any) -> dt.datetime | None:
    try:
        return dt.datetime.strptime(str(text)[:16], "%Y-%m-%d %H:%M")
    except ValueError:
        return None


def _num(name: str, v: Any) -> Any:
    if name in DECIMALS:
        return Decimal(str(v)) if v not in (None, "") else Decimal(0)
    return int(v) if v not in (None, "") else 0


def incidents(rows: list[tuple], day: str, s: dict[str, Any]) -> dict[str, Any]:
    """Each incident with its latest report's figures, reports sent by kind, and the
    reports late or still missing past their limit on the day."""
    now = dt.datetime.fromisoformat(f"{day} 23:59")
    first = dt.timedelta(minutes=s["incident_initial_minutes"])
    gap = dt.timedelta(hours=s["incident_followup_hours"])
    verify = dt.timedelta(days=s["incident_verified_days"])
    by_id: dict[int, list[tuple]] = {}
    for r in rows:
        by_id.setdefault(r[0], []).append(r)
    sent: Counter[str] = Counter()
    late: Counter[str] = Counter()
    lines = []
    for group in by_id.values():
        inc = group[0]
        reports = [r for r in group if r[10] is not None]
        sent.update(r[10] for r in reports)
        start, ended = _at(inc[1]), _at(inc[9])
        end = ended if ended and ended <= now else None
        if start is not None:
            runs = [t for r in reports if r[10] != "verified" and (t := _at(r[11]))]
            if not runs:
                late["initial"] += start + first < now
            else:
                late["initial"] += runs[0] > start + first
                late["follow_up"] += sum(
                    1 for a, b in itertools.pairwise(runs) if b > a + gap and a + gap < (end or now)
                )
                late["follow_up"] += end is None and runs[-1] + gap < now
            if inc[3] == "natural_disaster" and end is not None:
                ver = [t for r in reports if r[10] == "verified" and (t := _at(r[11]))]
                late["verified"] += (not ver and end + verify < now) or bool(
                    ver and min(ver) > end + verify
                )
        latest = reports[-1] if reports else None
        figures = {k: _num(k, latest[12 + i] if latest else None) for i, k in enumerate(FIGURES)}
        lines.append((inc[1], inc[2], inc[3], inc[8] or "none", figures))
    natural = [x for x in lines if x[2] == "natural_disaster"]
    other = [x for x in lines if x[2] != "natural_disaster"]

    def total(group: list[tuple]) -> dict[str, Any]:
        return {k: sum((x[4][k] for x in group), _num(k, None)) for k in FIGURES}

    return {
        "lines": lines,
        "reports": {k: n for k, n in sent.items() if n},
        "not_in_time": {k: n for k, n in late.items() if n},
        "natural": total(natural),
        "other": total(other),
    }


MOVED = re.compile(r"(?:转移|撤离)[^，。；,;]*?(\d+)\s*(?:人|名)")


def moved(rows: list[tuple]) -> tuple[int, int]:
    """Warnings whose call-backs report people moved, and the people they name."""
    people = sum(int(m.group(1)) for _, text in rows if (m := MOVED.search(str(text))))
    return len({w for w, _ in rows}), people
