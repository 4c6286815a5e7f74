"""Floors of the county's own screens: the 乡镇汇总 tab and the county report.

As in ``floors.py``, nothing here imports the app: the per-township figures are written
here as plain SQL over the county database (every register table carries a ``township``
column, NULL for the county's own rows), on a warm ``sqlite3`` connection.
``tests/bench_floors/`` holds them to the tab's and the report's figures.

A township's figures for a year up to a day (``:start`` 1 January, ``:day`` the day,
``:next`` the day after, ``:entered`` the day after the document's date — records
entered later did not exist yet):

* hazards found in the year, those rectified by the day (rectified or closed with a
  rectification date by then, not put there only after the document's date), open ones
  found up to the day that are past their deadline, and open major ones;
* drills held in the year and their participants; plans in force whose review date
  (revised or issued + the plan's cycle, or the default cycle) has passed;
* materials whose stock on the day is below their minimum, and those still in stock whose
  expiry date has passed;
* duty entries of a level with a reporting limit received in the year, and those reported
  up within it (minutes, to the hundredth);
* incidents begun in the year, and the sum of each one's latest report's direct loss.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from typing import Any

import floors
import floors_report
from floors_more import pinyin

FIGURES = (
    "hazards_found", "hazards_rectified", "hazards_overdue", "major_open", "drills",
    "participants", "plans_past_review", "stock_short", "stock_expired", "reports_due",
    "reports_on_time", "incidents", "losses",
)  # fmt: skip
"""A township's figures in this order; ``losses`` in cents (of 10k yuan)."""

DONE = """(h.status IN ('rectified', 'closed') AND h.rectified_on IS NOT NULL
    AND h.rectified_on <= :day AND NOT EXISTS (SELECT 1 FROM hazard_status_log l
      WHERE l.hazard_id = h.id AND l.at >= :entered AND l.to_status IN ('rectified', 'closed')
      AND l.from_status IS NOT NULL AND l.from_status NOT IN ('rectified', 'closed')))"""

COUNTY_SQL: dict[str, tuple[str, tuple[str, ...]]] = {
    # the year's hazards (their date index), then the open ones found up to the day: two
    # queries read fewer rows' status history than one pass over every hazard
    "hazards": (
        f"""SELECT h.township, count(*), sum({DONE}) FROM hazards h
        WHERE h.deleted_at IS NULL AND h.created_at < :entered
          AND h.found_on BETWEEN :start AND :day GROUP BY h.township""",
        ("hazards_found", "hazards_rectified"),
    ),
    "hazards_open": (
        f"""SELECT h.township, sum(h.deadline IS NOT NULL AND h.deadline < :day),
          sum(h.grade = 'major') FROM hazards h
        WHERE h.deleted_at IS NULL AND h.created_at < :entered AND h.found_on <= :day
          AND NOT {DONE} GROUP BY h.township""",
        ("hazards_overdue", "major_open"),
    ),
    "drills": (
        """SELECT township, count(*), sum(participants) FROM drills
        WHERE deleted_at IS NULL AND created_at < :entered AND held_on BETWEEN :start AND :day
        GROUP BY township""",
        ("drills", "participants"),
    ),
    "plans": (
        """SELECT township, count(*) FROM plans
        WHERE deleted_at IS NULL AND created_at < :entered AND status = 'in_force'
          AND date(coalesce(revised_on, issued_on), '+' || (CASE WHEN review_years >= 1
                THEN review_years ELSE :review END) || ' years') < :day
        GROUP BY township""",
        ("plans_past_review",),
    ),
    # each item's stock on the day from its own movements (their index by item): fewer
    # rows read than summing every movement up to the day and joining
    "materials": (
        """SELECT township, sum(min_quantity IS NOT NULL AND q < min_quantity),
          sum(q > 0 AND expires_on IS NOT NULL AND expires_on < :day)
        FROM (SELECT m.township, m.min_quantity, m.expires_on,
            coalesce((SELECT sum(s.delta) FROM stock_movements s WHERE s.material_id = m.id
              AND s.deleted_at IS NULL AND s.moved_on <= :day), 0) AS q
          FROM materials m WHERE m.deleted_at IS NULL AND m.created_at < :entered)
        GROUP BY township""",
        ("stock_short", "stock_expired"),
    ),
    "duty": (
        """SELECT township, count(*), sum(reported_up_at IS NOT NULL
            AND round((julianday(reported_up_at) - julianday(received_at)) * 1440, 2)
              <= CASE level WHEN 'general' THEN :m_general WHEN 'larger' THEN :m_larger
                 WHEN 'major' THEN :m_major ELSE :m_especially END)
        FROM duty_log WHERE deleted_at IS NULL AND received_at >= :start
          AND received_at < :next AND level IN ('general', 'larger', 'major', 'especially_major')
        GROUP BY township""",
        ("reports_due", "reports_on_time"),
    ),
    "incidents": (
        """SELECT i.township, count(*), sum(CAST(round(coalesce((SELECT r.direct_loss
            FROM incident_reports r WHERE r.incident_id = i.id AND r.deleted_at IS NULL
              AND r.sent_at < :next ORDER BY r.sent_at DESC, r.id DESC LIMIT 1), 0) * 100)
            AS INTEGER))
        FROM incidents i WHERE i.deleted_at IS NULL AND i.created_at < :entered
          AND i.started_at >= :start AND i.started_at < :next GROUP BY i.township""",
        ("incidents", "losses"),
    ),
}


def params(
    conn: sqlite3.Connection, year: int, as_of: dt.date, doc_date: dt.date
) -> dict[str, Any]:
    """The summary floor's parameters (``floors_report``), entered by ``doc_date``, with
    the default review cycle."""
    s = floors.read_settings(conn)
    p = floors_report.params(year, as_of, {k.removeprefix("rules."): v for k, v in s.items()})
    p["entered"] = (doc_date + dt.timedelta(days=1)).isoformat()
    p["review"] = int(s["rules.review_years"])
    return p


def by_township(
    conn: sqlite3.Connection, year: int, as_of: dt.date, doc_date: dt.date | None = None
) -> dict[str | None, list[int]]:
    """Every township's figures (``FIGURES`` order; the county's own rows under None)."""
    p = params(conn, year, as_of, doc_date or as_of)
    out: dict[str | None, list[int]] = {}
    for sql, names in COUNTY_SQL.values():
        for code, *values in conn.execute(sql, p):
            row = out.setdefault(code, [0] * len(FIGURES))
            for name, value in zip(names, values, strict=True):
                row[FIGURES.index(name)] = int(value or 0)
    return out


OFFICE_SUFFIXES = ("应急管理办公室", "应急管理办", "应急办公室", "应急办", "人民政府")


def short(office: str) -> str:
    for suffix in OFFICE_SUFFIXES:
        if office.endswith(suffix) and len(office) > len(suffix):
            return office[: -len(suffix)]
    return office


def township_rows(conn: sqlite3.Connection) -> list[tuple[str, str, str]]:
    """Every township taken in: (code, table name, package date)."""
    return [
        (code, short(name), made[:10])
        for code, name, made in conn.execute("SELECT code, name, packaged_at FROM townships")
    ]


def league(conn: sqlite3.Connection, today: dt.date) -> list[tuple[Any, ...]]:
    """The 汇总 tab's rows as it first shows them (by name, pinyin order): code, name,
    package date, days since, then the figures of ``today``'s year up to it."""
    figures = by_township(conn, today.year, today)
    rows = []
    for code, name, made in township_rows(conn):
        stale = (today - dt.date.fromisoformat(made)).days
        rows.append((code, name, made, stale, *figures.get(code, [0] * len(FIGURES))))
    rows.sort(key=lambda r: (pinyin(r[1]), r[0]))
    return rows


def write_document(paras: list[str], tables: list[list[list[str]]]) -> Any:
    """python-docx writing ``paras`` then ``tables`` (plain): each table as XML text parsed
    once, as ``floors_more.ledger_docx`` does (``table.cell`` re-reads the whole table for
    every cell, 448 cells: 4 s, which would not be the least work)."""
    from xml.sax.saxutils import escape

    import docx
    from docx.oxml import parse_xml

    w = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    d = docx.Document()
    for text in paras:
        d.add_paragraph(text)
    body = d.element.body
    for rows in tables:
        parts = [f'<w:tbl xmlns:w="{w}"><w:tblPr><w:tblStyle w:val="TableGrid"/></w:tblPr>']
        parts += ["<w:tblGrid>", *("<w:gridCol/>" for _ in rows[0]), "</w:tblGrid>"]
        for texts in rows:
            parts.append("<w:tr>")
            parts += [
                f'<w:tc><w:p><w:r><w:t xml:space="preserve">{escape(t)}</w:t></w:r></w:p></w:tc>'
                for t in texts
            ]
            parts.append("</w:tr>")
        parts.append("</w:tbl>")
        body.insert(len(body) - 1, parse_xml("".join(parts)))  # before the section properties
    return d
