"""The papers a hazard brings: 隐患整改通知书 (with its tear-off receipt) and, once the
hazard is put right, 隐患整改复查意见书.

Both are Chinese only: they are handed to a Chinese unit's manager. The notice is
numbered per year (〔2026〕第N号) the first time it is printed and keeps that number, so
the copy in the office's file, the one the unit holds and its signed receipt all agree.
Blank lines (＿＿) stand where the office writes by hand: a missing deadline, the
re-inspection date, signatures.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING, Any

from docx.document import Document as DocxDocument
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt

from ..rules.settings import load_settings
from ..safe_write import FileWriteError
from ..schema import TABLES
from ..store.errors import NotFoundError
from ..store.notices import assign_notice_number
from .document import (
    HEADING_ZH,
    TITLE_ZH,
    keep_with_next,
    new_document,
    paragraph,
    save,
)
from .print_errors import PrintError

if TYPE_CHECKING:
    from ..store import Store

BODY_PT = 14  # 4号仿宋, as such 执法文书 are printed: notice and receipt fit one sheet
LINE_PT = 22
TITLE_PT = 20
RECEIPT_PT = 12  # 小四: the receipt is the bottom of the same sheet
BLANK_DATE = "＿＿＿＿年＿＿月＿＿日"
BLANK = "＿＿＿＿＿＿＿＿"
CUT_LINE = "- - - - - - - - - - - - - - - - - -（沿此线剪开）- - - - - - - - - - - - - - - - - -"
OFFICE_FALLBACK = "＿＿＿＿＿＿（单位）"


def zh_date(value: Any) -> str:
    """2026-03-05 as 2026年3月5日; nothing stored, a line to write on."""
    if not value:
        return BLANK_DATE
    try:
        d = dt.date.fromisoformat(str(value)[:10])
    except ValueError:
        return str(value)
    return f"{d.year}年{d.month}月{d.day}日"


def hazard_or_error(store: Store, hazard_id: int) -> dict[str, Any]:
    try:
        row = store.get("hazards", hazard_id)
    except NotFoundError:
        row = None
    if row is None or row.get("deleted_at") is not None:
        t = TABLES["hazards"]
        raise PrintError("no_record", id=hazard_id, table_zh=t.zh, table_en=t.en)
    return row


def _office(store: Store) -> str:
    return (load_settings(store).office_name or "").strip()


def _head(doc: DocxDocument, office: str, title: str, number: str) -> None:
    for line in (office or OFFICE_FALLBACK, title):
        paragraph(doc, line, TITLE_PT, east=TITLE_ZH, align=WD_ALIGN_PARAGRAPH.CENTER, line_pt=30)
    if number:
        paragraph(
            doc, number, BODY_PT, align=WD_ALIGN_PARAGRAPH.RIGHT, line_pt=LINE_PT, after=LINE_PT / 2
        )


def _body(doc: DocxDocument, text: str, *, size: float = BODY_PT, keep: bool = False) -> None:
    line = LINE_PT if size == BODY_PT else size * 1.6
    paragraph(doc, text, size, indent=True, line_pt=line, keep_next=keep)


def _addressee(doc: DocxDocument, unit: str, size: float = BODY_PT) -> None:
    line = LINE_PT if size == BODY_PT else size * 1.6
    paragraph(doc, f"{unit or BLANK}：", size, line_pt=line)


def _sign_block(doc: DocxDocument, lines: list[str], office: str, date_text: str) -> None:
    """Signature lines, then the office (to be sealed) and date at the right, all kept
    together and with the paragraph before them."""
    if doc.paragraphs:
        keep_with_next(doc.paragraphs[-1])
    paragraphs = [paragraph(doc, text, BODY_PT, line_pt=LINE_PT) for text in lines]
    paragraphs[0].paragraph_format.space_before = Pt(LINE_PT / 2)
    paragraphs.append(paragraph(doc, "", BODY_PT, line_pt=LINE_PT / 2))
    for text in (f"{office or OFFICE_FALLBACK}（盖章）", date_text):
        p = paragraph(doc, text, BODY_PT, align=WD_ALIGN_PARAGRAPH.RIGHT, line_pt=LINE_PT)
        p.paragraph_format.right_indent = Pt(2 * BODY_PT)
        paragraphs.append(p)
    for p in paragraphs[:-1]:
        keep_with_next(p)


def _hazard_kind(h: dict[str, Any]) -> str:
    t = TABLES["hazards"]
    category = t.field("category").choice_label(h.get("category"), "zh")
    grade = t.field("grade").choice_label(h.get("grade"), "zh")
    return "，".join(x for x in (category, f"{grade}隐患" if grade else "") if x)


def build_notice(store: Store, hazard_id: int, *, today: dt.date | None = None) -> DocxDocument:
    """The notice (numbered now if it never was) with its receipt below the cut line."""
    today = today or dt.date.today()
    h = hazard_or_error(store, hazard_id)
    number = assign_notice_number(store, hazard_id, today.year)
    office = _office(store)
    unit = (h.get("responsible_unit") or "").strip()
    doc = new_document(lang="zh", author=office, title=f"隐患整改通知书 {number}")
    _head(doc, office, "隐患整改通知书", number)
    _addressee(doc, unit)
    _body(
        doc,
        f"{zh_date(h.get('found_on'))}，经检查，发现你单位存在下列安全隐患，现通知如下：",
    )
    items = [f"隐患名称：{h.get('name') or ''}（{_hazard_kind(h)}）"]
    if h.get("location"):
        items.append(f"隐患位置：{h['location']}")
    if (h.get("description") or "").strip():
        items.append(f"隐患情况：{' '.join(str(h['description']).split())}")
    measures = " ".join(str(h.get("measures") or "").split())
    items.append(f"整改要求：{measures or '立即采取有效措施，彻底消除上述隐患。'}")
    numerals = "一二三四五六七八九十"
    for i, text in enumerate(items):
        _body(doc, f"{numerals[i]}、{text}")
    _body(
        doc,
        f"请你单位于{zh_date(h.get('deadline'))}前整改完毕，并将整改情况书面报告本单位。"
        "整改期间，应当采取必要的安全防范措施，防止发生事故；逾期未整改或整改不到位的，"
        "将依法依规处理。",
    )
    _body(doc, f"本单位将于{BLANK_DATE}对整改情况进行复查。")
    _sign_block(
        doc,
        ["检查人员（签字）：" + BLANK, "被检查单位负责人（签收）：" + BLANK],
        office,
        zh_date(today.isoformat()),
    )
    _receipt(doc, office, unit, number, h)
    return doc


def _receipt(doc: DocxDocument, office: str, unit: str, number: str, h: dict[str, Any]) -> None:
    """Below the cut line, kept on one page: what the unit signs and hands back."""
    parts = [
        paragraph(doc, CUT_LINE, 9, align=WD_ALIGN_PARAGRAPH.CENTER, before=12, after=6),
        paragraph(doc, "回　执", 15, east=HEADING_ZH, align=WD_ALIGN_PARAGRAPH.CENTER, after=4),
        paragraph(doc, f"{office or OFFICE_FALLBACK}：", RECEIPT_PT, line_pt=20),
        paragraph(
            doc,
            f"你单位{number}《隐患整改通知书》已收悉。我单位将按通知要求，于"
            f"{zh_date(h.get('deadline'))}前完成“{h.get('name') or ''}”的整改，"
            "并书面报告整改情况。",
            RECEIPT_PT,
            indent=True,
            line_pt=20,
        ),
        paragraph(
            doc,
            f"签收人：{BLANK}　　联系电话：{h.get('phone') or BLANK}",
            RECEIPT_PT,
            line_pt=20,
            before=6,
        ),
        paragraph(
            doc, f"{unit or BLANK}（盖章）", RECEIPT_PT, align=WD_ALIGN_PARAGRAPH.RIGHT, line_pt=20
        ),
        paragraph(doc, BLANK_DATE, RECEIPT_PT, align=WD_ALIGN_PARAGRAPH.RIGHT, line_pt=20),
    ]
    for p in parts[:-1]:
        keep_with_next(p)


def recheck_date(store: Store, h: dict[str, Any]) -> str:
    """When the office found it put right: the day it was closed (or marked rectified)."""
    at = ""
    for entry in store.hazard_history(int(h["id"])):
        if entry.get("to_status") in ("rectified", "closed"):
            at = str(entry.get("at") or "")[:10]
    return at or str(h.get("rectified_on") or "")


def build_recheck(store: Store, hazard_id: int, *, today: dt.date | None = None) -> DocxDocument:
    """The re-inspection opinion; refused while the hazard is still open."""
    today = today or dt.date.today()
    h = hazard_or_error(store, hazard_id)
    if not store.is_rectified(h.get("status")):
        status = TABLES["hazards"].field("status")
        raise PrintError(
            "recheck_open",
            name=h.get("name") or "",
            status_zh=status.choice_label(h.get("status"), "zh"),
            status_en=status.choice_label(h.get("status"), "en"),
        )
    office = _office(store)
    unit = (h.get("responsible_unit") or "").strip()
    number = (h.get("notice_number") or "").strip()
    doc = new_document(lang="zh", author=office, title="隐患整改复查意见书")
    _head(doc, office, "隐患整改复查意见书", number)
    _addressee(doc, unit)
    basis = f"根据本单位{number}《隐患整改通知书》，" if number else ""
    when = zh_date(recheck_date(store, h))
    where = f"（{h['location']}）" if h.get("location") else ""
    _body(
        doc,
        f"{basis}本单位于{when}对你单位“{h.get('name') or ''}”{where}的整改情况进行了复查。"
        "复查意见如下：",
    )
    items = [f"复查日期：{when}"]
    measures = " ".join(str(h.get("measures") or "").split())
    if measures:
        items.append(f"整改措施：{measures}")
    if h.get("rectified_on"):
        items.append(f"整改完成日期：{zh_date(h['rectified_on'])}")
    result = "经复查，该隐患已按要求整改完毕，符合安全要求"
    result += "，予以销号。" if h.get("status") == "closed" else "。"
    items.append(f"复查结论：{result}")
    items.append(f"复查人员：{(h.get('verified_by') or '').strip() or BLANK}")
    numerals = "一二三四五六七八九十"
    for i, text in enumerate(items):
        _body(doc, f"{numerals[i]}、{text}")
    _sign_block(
        doc,
        ["复查人员（签字）：" + BLANK, "被复查单位负责人（签字）：" + BLANK],
        office,
        zh_date(today.isoformat()),
    )
    return doc


def write(doc: DocxDocument, path: str | Path) -> Path:
    """Save through ``safe_write``; a file that cannot be written is a ``PrintError``."""
    try:
        return save(doc, path)
    except FileWriteError as exc:
        raise PrintError(
            "cannot_write", reason={"zh": exc.message("zh"), "en": exc.message("en")}
        ) from exc


def print_notice(store: Store, hazard_id: int, path: str | Path) -> Path:
    return write(build_notice(store, hazard_id), path)


def print_recheck(store: Store, hazard_id: int, path: str | Path) -> Path:
    return write(build_recheck(store, hazard_id), path)
