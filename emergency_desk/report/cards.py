"""The two cards of a risk point (防灾明白卡 and 避险明白卡), two to an A4 sheet, in Chinese.

The 防灾明白卡 is kept by the monitor and the responsible person: what the point is, whom
it threatens, who watches it, the warning signal, where people go. The 避险明白卡 is handed
to each threatened household: the same signal, route and shelter, with the household's
name and size written in by hand and its head's signature. A sheet holds one point's two
cards above and below a cut line; a village's points follow one sheet each. A field the
register does not hold prints as an empty cell for the office to fill in, never "None".
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Any

from docx.document import Document as DocxDocument
from docx.enum.text import WD_ALIGN_PARAGRAPH

from ..rules.settings import load_settings
from ..schema import TABLES
from ..store import ListQuery
from .document import BODY_ZH, HEADING_ZH, TITLE_ZH, keep_with_next, new_document, paragraph
from .print_errors import PrintError
from .record_forms import BLANK, label_table, one_line, record_or_error, zh_date

if TYPE_CHECKING:
    from ..store import Store

MARGINS_MM = (14.0, 12.0, 16.0, 16.0)
CARD_PT = 11.5
TITLE_PT = 18
WIDTHS_PT = (78.0, 172.0, 78.0, 172.0)  # label, value, label, value: 500 pt of the 504
CUT_LINE = (
    "- - - - - - - - - - - - - - - - - - -（沿此线剪开）- - - - - - - - - - - - - - - - - - -"
)
HOUSEHOLD_NOTE = (
    "听到预警信号或发现山体开裂、房屋变形、异常声响等险情时，立即按上述路线撤离到避险场所，"
    "并报告监测人；险情解除前不得返回。"
)
OFFICE_FALLBACK = "＿＿＿＿＿＿（单位）"


def _label(field: str, value: Any) -> str:
    return TABLES["risk_points"].field(field).choice_label(value, "zh") if value else ""


def _count(value: Any, unit: str) -> str:
    return f"{value}{unit}" if value not in (None, "") else ""


def _money(value: Any) -> str:
    if value in (None, ""):
        return ""
    return f"{float(value):,.2f}".rstrip("0").rstrip(".") + "万元"


def _shelter(store: Store, point: dict[str, Any]) -> dict[str, Any]:
    sid = point.get("shelter_id")
    if not sid:
        return {}
    try:
        row = store.get("shelters", int(sid))
    except Exception:  # a shelter deleted since: the cell stays empty to be written in
        return {}
    return {} if row is None or row.get("deleted_at") is not None else row


def _place(shelter: dict[str, Any]) -> str:
    name = one_line(shelter.get("name"))
    address = one_line(shelter.get("address"))
    return f"{name}（{address}）" if name and address and address not in name else name


def _where(point: dict[str, Any]) -> str:
    village = one_line(point.get("village"))
    location = one_line(point.get("location"))
    if location.startswith(village):
        return location
    return f"{village}{location}"


def _title(doc: DocxDocument, text: str, *, new_page: bool) -> None:
    p = paragraph(doc, text, TITLE_PT, east=TITLE_ZH, align=WD_ALIGN_PARAGRAPH.CENTER, after=4)
    p.paragraph_format.page_break_before = new_page
    keep_with_next(p)


def _sub(doc: DocxDocument, text: str) -> None:
    p = paragraph(doc, text, 10.5, east=BODY_ZH, align=WD_ALIGN_PARAGRAPH.RIGHT, after=3)
    keep_with_next(p)


def _table(doc: DocxDocument, rows: list[list[str]]) -> None:
    label_table(doc, rows, WIDTHS_PT, size=CARD_PT, east=BODY_ZH, label_east=HEADING_ZH)


def _prevention_card(
    doc: DocxDocument, p: dict[str, Any], shelter: dict[str, Any], office: str, new_page: bool
) -> None:
    _title(doc, "地质灾害防灾工作明白卡", new_page=new_page)
    _sub(doc, f"发卡日期：{zh_date(p.get('cards_issued_on'))}")
    lon, lat = p.get("longitude"), p.get("latitude")
    coords = f"东经{lon}°，北纬{lat}°" if lon not in (None, "") and lat not in (None, "") else ""
    _table(
        doc,
        [
            ["隐患点名称", one_line(p.get("name")), "灾害类型", _label("kind", p.get("kind"))],
            ["位置", _where(p), "规模", _label("scale", p.get("scale"))],
            ["坐标", coords],
            ["威胁户数", _count(p.get("households"), "户"), "威胁人数", _count(p.get("persons"), "人")],
            ["威胁财产", _money(p.get("property")), "包保责任人", one_line(p.get("responsible"))],
            ["监测人", one_line(p.get("monitor")), "联系电话", one_line(p.get("monitor_phone"))],
            ["预警信号", one_line(p.get("warning_signal")), "信号发布人", one_line(p.get("monitor"))],
            ["撤离路线", one_line(p.get("evacuation_route"))],
            ["避险场所", _place(shelter)],
            ["场所管理人", one_line(shelter.get("manager")), "管理人电话", one_line(shelter.get("phone"))],
            ["发卡单位", f"{office or OFFICE_FALLBACK}（盖章）", "持卡人", ""],
        ],
    )  # fmt: skip


def _household_card(
    doc: DocxDocument, p: dict[str, Any], shelter: dict[str, Any], office: str
) -> None:
    _title(doc, "地质灾害防灾避险明白卡", new_page=False)
    _sub(doc, f"发卡日期：{zh_date(p.get('cards_issued_on'))}")
    _table(
        doc,
        [
            ["户主姓名", "", "家庭人数", "　　　人"],
            ["家庭住址", f"{one_line(p.get('village'))}{BLANK}"],
            ["隐患点名称", one_line(p.get("name")), "灾害类型", _label("kind", p.get("kind"))],
            ["预警信号", one_line(p.get("warning_signal")), "信号发布人", one_line(p.get("monitor"))],
            ["发布人电话", one_line(p.get("monitor_phone")), "包保责任人", one_line(p.get("responsible"))],
            ["撤离路线", one_line(p.get("evacuation_route"))],
            ["避险场所", _place(shelter)],
            ["场所管理人", one_line(shelter.get("manager")), "管理人电话", one_line(shelter.get("phone"))],
            ["注意事项", HOUSEHOLD_NOTE],
            ["发卡单位", f"{office or OFFICE_FALLBACK}（盖章）", "户主签字", ""],
        ],
    )  # fmt: skip


def _cards(
    doc: DocxDocument, store: Store, point: dict[str, Any], office: str, new_page: bool
) -> None:
    shelter = _shelter(store, point)
    _prevention_card(doc, point, shelter, office, new_page)
    paragraph(doc, CUT_LINE, 9, east=BODY_ZH, align=WD_ALIGN_PARAGRAPH.CENTER, before=8, after=8)
    _household_card(doc, point, shelter, office)


def village_points(store: Store, village: str) -> list[dict[str, Any]]:
    """The village's monitored points (a treated or removed point hands out no cards)."""
    q = ListQuery("risk_points", filters={"village": village, "status": "monitoring"}, sort="name")
    return list(store.rows(q))


def build_cards(
    store: Store,
    *,
    point_id: int | None = None,
    village: str | None = None,
    today: dt.date | None = None,
) -> DocxDocument:
    """One point's two cards (``point_id``), or a sheet for each monitored point of
    ``village``; a village with none is a ``PrintError``."""
    del today  # the cards carry the date they were issued, not the day they are printed
    if point_id is not None:
        points = [record_or_error(store, "risk_points", point_id)]
        title = f"{one_line(points[0].get('name'))}防灾避险明白卡"
    else:
        name = (village or "").strip()
        points = village_points(store, name)
        if not points:
            raise PrintError("no_points", village=name)
        title = f"{name}防灾避险明白卡"
    office = (load_settings(store).office_name or "").strip()
    doc = new_document(lang="zh", author=office, title=title, margins_mm=MARGINS_MM, body_pt=10.5)
    for i, point in enumerate(points):
        _cards(doc, store, point, office, new_page=i > 0)
    return doc
