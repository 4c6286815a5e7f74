"""A register printed as a ledger (台账): what its list shows, as a landscape table.

Inspectors from the county ask to see the hazard ledger, the drill ledger, the duty log
on paper. The printout is the list as the clerk has it on screen — the same rows (its
year, filters and search applied) and the same columns in the same order — under a
title naming the office, the register and the period, with the header row repeated on
every page, page numbers, the print date and the lines where the preparer and the
reviewer sign. A4 landscape, or A3 when the columns would not fit.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any

from docx.document import Document as DocxDocument
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.text.paragraph import Paragraph

from ..rules.settings import load_settings
from ..schema import TABLES, Field, FieldType, decimal_text
from ..schema.validation import PERSONAL_FORMATS, mask_id_number
from ..store import ListQuery
from .document import (
    BODY_ZH,
    EAST_ASIA_FALLBACK,
    HEADING_ZH,
    TITLE_ZH,
    grid_table,
    keep_with_next,
    new_document,
    page_numbers,
    paragraph,
    text_width_pt,
    usable_width_pt,
)
from .figures import office_names

if TYPE_CHECKING:
    from ..store import Store

TABLE_PT = 9
MARGINS_MM = (20.0, 18.0, 15.0, 15.0)
CELL_PAD_PT = 14  # Word's default cell margins (10.8 pt), with some air
CELL_MIN_PAD_PT = 11  # the margins alone: a column at its least width
MAX_COLUMN_CHARS = 14  # long text wraps past this many characters
A4_USABLE_PT = (297 - 30) / 25.4 * 72
LATIN_RUN = re.compile(r"[\x21-\u2e7f]+")  # what Word does not break inside


def _t(lang: str, zh: str, en: str) -> str:
    return zh if lang == "zh" else en


def cell_text(
    store: Store,
    f: Field,
    value: Any,
    lang: str,
    titles: dict[Any, str],
    reveal_personal: bool = False,
) -> str:
    """A stored value as the list shows it (labels, the title of what a reference names;
    an ID number masked unless the user asked to see it)."""
    if value is None or value == "":
        return ""
    if f.format in PERSONAL_FORMATS and not reveal_personal:
        return mask_id_number(value)
    t = f.type
    if t is FieldType.CHOICE:
        return f.choice_label(str(value), lang)
    if t is FieldType.REF and f.ref_table:
        key = (f.ref_table, int(value))
        if key not in titles:
            titles[key] = store.title_of(f.ref_table, int(value))
        return titles[key]
    if t is FieldType.DATETIME:
        return str(value)[:16]
    if t is FieldType.MONEY:
        return f"{float(value):,.2f}"
    if t is FieldType.DECIMAL:
        return decimal_text(f, value)
    if t is FieldType.LONGTEXT:
        return " ".join(str(value).split())
    return str(value)


def period_text(q: ListQuery, lang: str, rows_dates: Sequence[str]) -> str:
    """The year the list is set to, the dates it spans, or — all years — the span of its rows."""
    if q.year:
        return _t(lang, f"{q.year}年", str(q.year))
    lo, hi = q.date_from, q.date_to
    if not (lo or hi) and rows_dates:
        lo, hi = min(rows_dates), max(rows_dates)
    if lo or hi:

        def fmt(day: str | None) -> str:
            if not day:
                return "…"
            d = dt.date.fromisoformat(day[:10])
            return _t(lang, f"{d.year}年{d.month}月{d.day}日", d.isoformat())

        if lo and hi and lo[:10] == hi[:10]:
            return fmt(lo)
        return _t(lang, f"{fmt(lo)}至{fmt(hi)}", f"{fmt(lo)} to {fmt(hi)}")
    return _t(lang, "全部", "all records")


def filters_text(q: ListQuery, lang: str) -> str:
    """The list's filters and search in words, so the reader knows what was left out."""
    t = TABLES[q.table]
    parts = []
    for key, value in q.filters.items():
        if value in (None, "", []):
            continue
        f = t.field(key)
        values = value if isinstance(value, (list, tuple, set)) else [value]
        shown = "、".join(cell_text_plain(f, v, lang) for v in values)
        parts.append(f"{f.label(lang)}：{shown}" if lang == "zh" else f"{f.label(lang)}: {shown}")
    if q.search.strip():
        parts.append(_t(lang, f"查找“{q.search.strip()}”", f"search “{q.search.strip()}”"))
    if not parts:
        return ""
    return _t(lang, "筛选条件：" + "；".join(parts), "Filtered by " + "; ".join(parts))


def cell_text_plain(f: Field, value: Any, lang: str) -> str:
    return f.choice_label(str(value), lang) if f.choices else str(value)


def _min_width(head: str, measured: Mapping[str, float]) -> float:
    """The narrowest a column can print: its header's longest word (a Chinese header may
    take two lines), its longest unbreakable run of Latin text (a date, a phone number),
    and four characters of anything longer, which wraps. ``measured`` holds each
    different cell text of the column with its width."""
    if any(ord(ch) > 0x2E7F for ch in head):
        head_w = min(text_width_pt(head, TABLE_PT), 4 * TABLE_PT)
    else:
        head_w = max((text_width_pt(w, TABLE_PT) for w in head.split()), default=0.0)
    longest_cell = max(measured.values(), default=0.0)
    token = 0.0
    # Widest cells first: a run of Latin text is never wider than its cell, so once the
    # cells are no wider than the longest run found, none of the rest can hold a longer.
    for text in sorted(measured, key=measured.__getitem__, reverse=True):
        if measured[text] <= token:
            break
        for run in LATIN_RUN.findall(text):
            token = max(token, text_width_pt(run, TABLE_PT))
    return max(head_w, token, min(longest_cell, 4 * TABLE_PT), 2 * TABLE_PT) + CELL_MIN_PAD_PT


def column_widths(
    headers: Sequence[str], rows: Sequence[Sequence[str]], cap_chars: int = MAX_COLUMN_CHARS
) -> tuple[list[float], list[float]]:
    """Each column's comfortable width (its longest cell, up to ``cap_chars``
    characters) and its minimum (``_min_width``). Each different text is measured once:
    a ledger's columns repeat their dates, kinds and units over thousands of rows."""
    wanted, least = [], []
    for i, head in enumerate(headers):
        measured = {text: text_width_pt(text, TABLE_PT) for text in {r[i] for r in rows}}
        low = _min_width(head, measured)
        longest = max(measured.values(), default=0.0)
        wanted.append(max(min(longest, cap_chars * TABLE_PT) + CELL_PAD_PT, low))
        least.append(low)
    return wanted, least


def paper_and_widths(
    headers: Sequence[str], rows: Sequence[Sequence[str]]
) -> tuple[str, list[float], list[float]]:
    """A4 unless the columns, each at the least it can print in, overflow A4 landscape;
    then A3. The widths are then spread over the whole width between the margins."""
    widths, least = column_widths(headers, rows)
    return ("A3" if sum(least) > A4_USABLE_PT else "A4"), widths, least


def _spread(
    widths: list[float], usable: float, least: Sequence[float] | None = None
) -> list[float]:
    """Fill ``usable``: a wide table gives up width from its widest columns first, never
    below a column's least width where the page allows it."""
    total = sum(widths)
    if total <= usable:
        return [w * usable / total for w in widths]
    floor = (
        list(least) if least is not None else [min(w, 6 * TABLE_PT + CELL_PAD_PT) for w in widths]
    )
    floor = [min(f, w) for f, w in zip(floor, widths, strict=True)]
    room = max(0.0, usable - sum(floor))
    extra = [w - f for w, f in zip(widths, floor, strict=True)]
    share = room / (sum(extra) or 1.0)
    out = [f + e * share for f, e in zip(floor, extra, strict=True)]
    return [w * usable / sum(out) for w in out]


def build_ledger(
    store: Store,
    q: ListQuery,
    columns: Sequence[str] | None = None,
    lang: str = "zh",
    *,
    today: dt.date | None = None,
    title: str | None = None,
    subtitle: str = "",
    reveal_personal: bool = False,
) -> DocxDocument:
    """The ledger of the rows ``q`` gives, in the ``columns`` given (the list's visible
    ones, in its order; by default what the list shows). ``title`` replaces the
    office-register-period title (an incident's ledgers name the incident); ``subtitle``
    is a line under it; ID numbers print in full only with ``reveal_personal``."""
    today = today or dt.date.today()
    t = TABLES[q.table]
    keys = list(columns or t.list_columns)
    fields = [t.list_field(k) for k in keys]
    titles: dict[Any, str] = {}
    rows: list[list[str]] = []
    dates: list[str] = []
    for n, record in enumerate(store.rows(q), start=1):
        rows.append(
            [
                str(n),
                *(
                    cell_text(store, f, record.get(f.key), lang, titles, reveal_personal)
                    for f in fields
                ),
            ]
        )
        if t.date_field and record.get(t.date_field):
            dates.append(str(record[t.date_field]))
    headers = [_t(lang, "序号", "No."), *(f.label(lang) for f in fields)]
    paper, widths, least = paper_and_widths(headers, rows)

    office_zh, office_en = office_names(load_settings(store))
    office = office_zh if lang == "zh" else office_en
    period = period_text(q, lang, dates)
    title = title or _t(
        lang,
        f"{office}{t.label(lang)}台账（{period}）",
        f"{office + ' — ' if office else ''}{t.label(lang)} ledger ({period})",
    )
    east = BODY_ZH if lang == "zh" else EAST_ASIA_FALLBACK
    doc = new_document(
        lang=lang,
        author=office or office_zh,
        title=title,
        paper=paper,
        landscape=True,
        margins_mm=MARGINS_MM,
        body_pt=10.5,
    )
    section = doc.sections[0]
    usable = usable_width_pt(section)
    widths = _spread(widths, usable, least)
    # The footer first: python-docx looks for an earlier section's footer through every
    # element before this section's end, which after a 2,000-row table takes 60 ms.
    page_numbers(
        section,
        ("第 ", " 页  共 ", " 页") if lang == "zh" else ("Page ", " of ", ""),
        9,
        east=east,
    )

    paragraph(
        doc,
        title,
        18 if lang == "zh" else 15,
        east=TITLE_ZH if lang == "zh" else EAST_ASIA_FALLBACK,
        align=WD_ALIGN_PARAGRAPH.CENTER,
        bold=lang == "en",
        after=4,
        keep_next=True,
    )
    if subtitle:
        paragraph(
            doc, subtitle, 12, east=east, align=WD_ALIGN_PARAGRAPH.CENTER, after=4, keep_next=True
        )
    printed = _t(
        lang, f"{today.year}年{today.month}月{today.day}日", today.strftime("%d %B %Y").lstrip("0")
    )
    info = _t(
        lang, f"共{len(rows)}条　打印日期：{printed}", f"{len(rows)} records · printed {printed}"
    )
    shown = filters_text(q, lang)
    line = f"{shown}　{info}" if shown and lang == "zh" else f"{shown} · {info}" if shown else info
    paragraph(doc, line, 10.5, east=east, align=WD_ALIGN_PARAGRAPH.RIGHT, after=4, keep_next=True)

    # An empty ledger still says so in words, in the table the reader looks at.
    nothing = (
        _t(lang, "没有符合筛选条件的记录。", "No records match the filter.")
        if shown
        else _t(lang, "本台账暂无记录。", "There are no records in this ledger.")
    )
    body_rows = rows or [[nothing, *([""] * len(fields))]]
    table = grid_table(
        doc,
        headers,
        body_rows,
        widths,
        size=TABLE_PT,
        east=east,
        head_east=HEADING_ZH if lang == "zh" else EAST_ASIA_FALLBACK,
    )
    if not rows:  # one merged cell saying so, not a row of empty cells
        cells = table.rows[1].cells
        merged = cells[0].merge(cells[-1])
        for extra in merged.paragraphs[1:]:
            extra._p.getparent().remove(extra._p)
        merged.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER

    sign = paragraph(
        doc,
        _t(
            lang,
            f"制表人：＿＿＿＿＿＿　　　　审核人：＿＿＿＿＿＿　　　　制表日期：{printed}",
            f"Prepared by: ____________      Reviewed by: ____________      Date: {printed}",
        ),
        10.5,
        east=east,
        before=10,
    )
    del sign
    # The last row goes over the page with the signature line (its cells read from its
    # own element: ``table.rows[-1].cells`` walks every cell of the table).
    for tc in table._tbl.tr_lst[-1].tc_lst:
        keep_with_next(Paragraph(tc.p_lst[0], table))
    return doc
