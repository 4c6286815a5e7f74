"""One day's duty log as a Word document, to print, sign and file (值班日志).

Offices keep a signed paper copy of each day's calls; this writes the roster, every
entry received that day, and the handovers, with signature lines at the foot.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING, Any

from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Mm, Pt

from ..schema import TABLES, xml_safe
from ..store import ListQuery
from ..store.alert_queries import roster_on
from .document import LATIN, new_document, repeat_header, save, set_run_fonts
from .docx_fast import grid_style

if TYPE_CHECKING:
    from docx.text.run import Run

    from ..store import Store

# This module, and python-docx (0.15 s to import) with it, is imported when a day log is
# printed (``duty_quick_entry.print_day_log``), not when the Duty tab is built.

EAST_ASIA = {"zh": "仿宋_GB2312", "en": "SimSun"}
HEADING_EAST_ASIA = "黑体"
WIDTHS_MM = (16, 14, 22, 20, 14, 52, 52, 16, 24, 16, 14)  # summary and action get the room
COLUMNS = (
    "received_at",
    "channel",
    "reporter",
    "type",
    "level",
    "summary",
    "action_taken",
    "reported_up_at",
    "reported_to",
    "handled_by",
    "status",
)


def _font(run: Run, size: float, *, east: str, latin: str = LATIN, bold: bool = False) -> None:
    run.font.size = Pt(size)
    run.font.bold = bold
    set_run_fonts(run, east, latin)


def _run(paragraph: Any, text: str) -> Run:
    """A run of ``text`` without what Word cannot hold (an older database may have it)."""
    return paragraph.add_run(xml_safe(text))


def _t(lang: str, zh: str, en: str) -> str:
    return zh if lang == "zh" else en


def _cell_text(key: str, value: Any, lang: str, day: str) -> str:
    if value in (None, ""):
        return ""
    f = TABLES["duty_log"].field(key)
    if f.choices:
        return f.choice_label(value, lang)
    if key in ("received_at", "reported_up_at"):
        text = str(value)
        return text[11:16] if text[:10] == day else text[:16]  # another day: say which
    return str(value)


def day_entries(store: Store, day: str) -> list[dict[str, Any]]:
    q = ListQuery("duty_log", date_from=day, date_to=day, sort="received_at")
    return list(store.rows(q))


def write_day_log(
    store: Store, day: str | dt.date, path: str | Path, lang: str = "zh", office: str = ""
) -> int:
    """Write the day's log to ``path`` (.docx); returns the number of entries."""
    day = day.isoformat() if isinstance(day, dt.date) else str(day)[:10]
    east = EAST_ASIA.get(lang, "SimSun")
    d = dt.date.fromisoformat(day)
    date_text = _t(lang, f"{d.year}年{d.month}月{d.day}日", d.strftime("%d %B %Y"))
    title_text = _t(lang, f"{office}值班日志", f"{office + ' — ' if office else ''}Duty log")
    doc = new_document(
        lang=lang,
        author=office,
        title=f"{title_text} {date_text}",
        landscape=True,
        margins_mm=(16, 16, 18, 18),
        body_pt=11,
    )

    title = doc.add_paragraph()
    title.alignment = WD_ALIGN_PARAGRAPH.CENTER
    _font(
        _run(title, title_text),
        18,
        east=HEADING_EAST_ASIA,
        bold=True,
    )
    sub = doc.add_paragraph()
    sub.alignment = WD_ALIGN_PARAGRAPH.CENTER
    _font(_run(sub, date_text), 12, east=east)

    roster = roster_on(store, day)
    shift = TABLES["duty_roster"].field("shift")
    para = doc.add_paragraph()
    if roster:
        lines = [
            _t(
                lang,
                f"{shift.choice_label(r['shift'], lang)}：带班领导 {r.get('leader') or '—'}，"
                f"值班人员 {r.get('officers') or ''}"
                + (f"，值班电话 {r['phone']}" if r.get("phone") else ""),
                f"{shift.choice_label(r['shift'], lang)}: leader {r.get('leader') or '—'}, "
                f"officers {r.get('officers') or ''}"
                + (f", phone {r['phone']}" if r.get("phone") else ""),
            )
            for r in roster
        ]
        _font(_run(para, "；".join(lines) if lang == "zh" else "; ".join(lines)), 11, east=east)
    else:
        _font(_run(para, _t(lang, "当日无值班安排。", "No roster for this day.")), 11, east=east)

    entries = day_entries(store, day)
    heading = doc.add_paragraph()
    _font(
        _run(
            heading,
            _t(lang, f"信息接报（{len(entries)} 条）", f"Entries received ({len(entries)})"),
        ),
        13,
        east=HEADING_EAST_ASIA,
        bold=True,
    )
    fields = TABLES["duty_log"]
    table = doc.add_table(rows=1, cols=len(COLUMNS))
    grid_style(table, doc.styles["Table Grid"])
    repeat_header(table.rows[0])
    for i, key in enumerate(COLUMNS):
        cell = table.rows[0].cells[i]
        cell.text = ""
        _font(
            _run(cell.paragraphs[0], fields.field(key).label(lang)),
            9,
            east=HEADING_EAST_ASIA,
            bold=True,
        )
    for row in entries:
        cells = table.add_row().cells
        for i, key in enumerate(COLUMNS):
            cells[i].text = ""
            _font(
                _run(cells[i].paragraphs[0], _cell_text(key, row.get(key), lang, day)),
                9,
                east=east,
            )
    if not entries:
        cells = table.add_row().cells
        merged = cells[0].merge(cells[-1])
        merged.text = ""
        _font(
            _run(
                merged.paragraphs[0], _t(lang, "当日无接报记录。", "Nothing was received this day.")
            ),
            9,
            east=east,
        )

    table.autofit = False
    for column, width in zip(table.columns, WIDTHS_MM, strict=False):
        column.width = Mm(width)  # the grid, which LibreOffice and WPS follow
    for row in table.rows:
        for cell, width in zip(row.cells, WIDTHS_MM, strict=False):
            cell.width = Mm(width)

    handovers = list(store.rows(ListQuery("duty_handovers", date_from=day, date_to=day, sort="at")))
    if handovers:
        heading = doc.add_paragraph()
        _font(_run(heading, _t(lang, "交接班", "Handovers")), 13, east=HEADING_EAST_ASIA, bold=True)
        for h in handovers:
            p = doc.add_paragraph()
            text = _t(
                lang,
                f"{str(h['at'])[11:16]} {h['from_officer']} 交 {h['to_officer']}：{h.get('notes') or '无'}",
                f"{str(h['at'])[11:16]} {h['from_officer']} to {h['to_officer']}: {h.get('notes') or '—'}",
            )
            _font(_run(p, text), 10.5, east=east)

    sign = doc.add_paragraph()
    sign.paragraph_format.space_before = Pt(18)
    _font(
        _run(
            sign,
            _t(
                lang,
                "值班人员（签字）：____________　　带班领导（签字）：____________",
                "Officer on duty (signature): ____________    Leader on duty (signature): ____________",
            ),
        ),
        11,
        east=east,
    )
    save(doc, path)  # FileWriteError: a sentence
    return len(entries)
