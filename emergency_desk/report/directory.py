"""应急通讯录: the office's contacts by village and role, for the wall and the duty desk.

Only people in post are listed. Villages come in the order of the settings' village list
(the office's own order), others after them by name, and the people of the township or
its departments (no village) last; within a village, roles in the register's order
(information officer, grid member, village lead, responsible person, monitor, liaison,
expert), then names. One ruled table per village whose header repeats if it runs over a
page; the title says as of which day it was printed.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from typing import TYPE_CHECKING, Any

from docx.document import Document as DocxDocument
from docx.enum.text import WD_ALIGN_PARAGRAPH

from ..rules.settings import load_settings
from ..schema import TABLES
from ..store import ListQuery
from .document import (
    BODY_ZH,
    HEADING_ZH,
    TITLE_ZH,
    grid_table,
    heading,
    new_document,
    page_numbers,
    paragraph,
    usable_width_pt,
)
from .record_forms import one_line

if TYPE_CHECKING:
    from ..store import Store

MARGINS_MM = (20.0, 18.0, 18.0, 18.0)
TABLE_PT = 10.5
HEADERS = ("序号", "姓名", "角色", "单位及职务", "手机", "备用电话")
SHARES = (0.07, 0.13, 0.2, 0.28, 0.16, 0.16)
NO_VILLAGE = "乡镇及部门"


def _unit(row: dict[str, Any]) -> str:
    unit, position = one_line(row.get("unit")), one_line(row.get("position"))
    return unit + position if unit and position and position not in unit else unit or position


def grouped(store: Store) -> list[tuple[str, list[dict[str, Any]]]]:
    """The active contacts as (village, people) in the order described above."""
    roles = TABLES["contacts"].field("role").choice_keys
    by_village: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for row in store.rows(ListQuery("contacts", filters={"status": "active"})):
        by_village[one_line(row.get("village"))].append(row)
    listed = load_settings(store).village_list

    def order(village: str) -> tuple[int, int, str]:
        if not village:
            return (2, 0, "")
        if village in listed:
            return (0, listed.index(village), village)
        return (1, 0, village)

    out = []
    for village in sorted(by_village, key=order):
        people = sorted(
            by_village[village],
            key=lambda r: (
                roles.index(r["role"]) if r.get("role") in roles else len(roles),
                str(r.get("name") or ""),
            ),
        )
        out.append((village or NO_VILLAGE, people))
    return out


def build_directory(store: Store, *, today: dt.date | None = None) -> DocxDocument:
    """The directory as of ``today`` (the date printed under the title)."""
    today = today or dt.date.today()
    role = TABLES["contacts"].field("role")
    office = (load_settings(store).office_name or "").strip()
    title = f"{office}应急通讯录"
    doc = new_document(lang="zh", author=office, title=title, margins_mm=MARGINS_MM, body_pt=10.5)
    paragraph(doc, title, 20, east=TITLE_ZH, align=WD_ALIGN_PARAGRAPH.CENTER, keep_next=True)
    groups = grouped(store)
    people = sum(len(p) for _v, p in groups)
    paragraph(
        doc,
        f"（截至{today.year}年{today.month}月{today.day}日，在岗{people}人）",
        12,
        east=BODY_ZH,
        align=WD_ALIGN_PARAGRAPH.CENTER,
        after=6,
        keep_next=True,
    )
    if not groups:
        paragraph(doc, "通讯录中暂无在岗人员。", 14, east=BODY_ZH, align=WD_ALIGN_PARAGRAPH.CENTER)
    usable = usable_width_pt(doc.sections[0])
    widths = [usable * s for s in SHARES]
    for village, rows in groups:
        heading(doc, f"{village}（{len(rows)}人）", 14, east=HEADING_ZH, level=0)
        body = [
            [
                str(n),
                one_line(r.get("name")),
                role.choice_label(r.get("role"), "zh"),
                _unit(r),
                one_line(r.get("phone")),
                one_line(r.get("backup_phone")),
            ]
            for n, r in enumerate(rows, start=1)
        ]
        grid_table(doc, HEADERS, body, widths, size=TABLE_PT, east=BODY_ZH, head_east=HEADING_ZH)
    page_numbers(doc.sections[0], ("第 ", " 页  共 ", " 页"), 9, east=BODY_ZH)
    return doc
