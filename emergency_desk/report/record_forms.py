"""Blocks for printed forms about one record (the cards, the incident report form): a
label-and-value table, the record or a sentence saying it is not there, Chinese dates.

Built on ``document``'s runs and cells; kept apart so that module stays the page, fonts and
ruled lists every document shares.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from docx.document import Document as DocxDocument
from docx.enum.table import WD_CELL_VERTICAL_ALIGNMENT, WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt
from docx.table import Table as DocxTable

from ..schema import TABLES
from ..store.errors import NotFoundError
from .document import cant_split, set_cell
from .docx_fast import grid_style
from .print_errors import PrintError

if TYPE_CHECKING:
    from ..store import Store

BLANK = "＿＿＿＿＿＿"
BLANK_DATE = "＿＿＿＿年＿＿月＿＿日"


def record_or_error(store: Store, table: str, record_id: int) -> dict[str, Any]:
    """The live record, or a ``PrintError`` naming the register and the number asked for."""
    try:
        row = store.get(table, record_id)
    except NotFoundError:
        row = None
    if row is None or row.get("deleted_at") is not None:
        t = TABLES[table]
        raise PrintError("no_record", id=record_id, table_zh=t.zh, table_en=t.en)
    return row


def zh_date(value: Any, *, blank: str = BLANK_DATE) -> str:
    """2026-03-05 as 2026年3月5日 (with the time if one is stored); nothing, ``blank``."""
    if not value:
        return blank
    text = str(value)
    try:
        d = dt.date.fromisoformat(text[:10])
    except ValueError:
        return text
    out = f"{d.year}年{d.month}月{d.day}日"
    if len(text) >= 16 and text[11:16] != "00:00":
        out += f"{int(text[11:13])}时{text[14:16]}分"
    return out


def en_date(value: Any, *, blank: str = "") -> str:
    """2026-03-05 as 5 March 2026 (and 14:30 if a time is stored)."""
    if not value:
        return blank
    text = str(value)
    try:
        d = dt.date.fromisoformat(text[:10])
    except ValueError:
        return text
    out = f"{d.day} {d.strftime('%B')} {d.year}"
    if len(text) >= 16 and text[11:16] != "00:00":
        out += f", {text[11:16]}"
    return out


def one_line(value: Any) -> str:
    """Stored text with its line breaks and runs of spaces made single spaces."""
    return " ".join(str(value or "").split())


def _cell_margins(table: DocxTable, pt: float) -> None:
    """Top and bottom cell margins, so a form's rows are not cramped."""
    tbl_pr = table._tbl.tblPr
    margins = OxmlElement("w:tblCellMar")
    for side in ("top", "bottom"):
        el = OxmlElement(f"w:{side}")
        el.set(qn("w:w"), str(int(pt * 20)))
        el.set(qn("w:type"), "dxa")
        margins.append(el)
    tbl_pr.append(margins)


def label_table(
    doc: DocxDocument,
    rows: Sequence[Sequence[str]],
    widths_pt: Sequence[float],
    *,
    size: float,
    east: str,
    label_east: str,
    pad_pt: float = 3,
) -> DocxTable:
    """A ruled form: even columns hold labels (bold, centred), odd ones their values.

    A row shorter than the widths has its last value run to the table's right edge (a
    long evacuation route takes the whole row); no row is split across pages.
    """
    cols = len(widths_pt)
    table = doc.add_table(rows=len(rows), cols=cols)
    grid_style(table, doc.styles["Table Grid"])
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    table.autofit = False
    _cell_margins(table, pad_pt)
    for col, w in zip(table.columns, widths_pt, strict=True):
        col.width = Pt(w)
    for row, values in zip(table.rows, rows, strict=True):
        cant_split(row)
        cells = row.cells
        for cell, w in zip(cells, widths_pt, strict=True):
            cell.width = Pt(w)
            cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
        if len(values) < cols:  # the last value spans what is left of the row
            last = cells[len(values) - 1].merge(cells[-1])
            for extra in last.paragraphs[1:]:
                extra._p.getparent().remove(extra._p)
        for i, text in enumerate(values):
            label = i % 2 == 0
            set_cell(
                row.cells[i],
                text,
                size,
                east=label_east if label else east,
                bold=label,
                align=WD_ALIGN_PARAGRAPH.CENTER if label else None,
            )
    return table
