"""An incident's papers: the report form for one report up (初报、续报、核报) and the two
statutory ledgers (因灾死亡失踪人员台账、因灾倒塌损坏住房户台账) as printed tables.

The report form is Chinese only (it goes up to the county in Chinese): who reports, when
and to whom, the incident's basic facts, the standard indicators as known at that report
in a table, the narrative (事件概况、处置措施) where there is one, and the lines where the
preparer, reviewer and signer sign. An indicator not reported is an empty cell, not 0.
The ledgers are ``ledger.build_ledger`` over the incident's rows, titled with the
incident, with their totals under the title; ID numbers are masked unless asked for.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Any

from docx.document import Document as DocxDocument
from docx.enum.text import WD_ALIGN_PARAGRAPH

from ..rules.settings import load_settings
from ..schema import TABLES, FieldType, decimal_text
from ..schema.incidents import REPORT_FIGURES
from ..store import ListQuery
from .document import (
    BODY_ZH,
    HEADING_ZH,
    TITLE_ZH,
    heading,
    keep_with_next,
    new_document,
    paragraph,
    usable_width_pt,
)
from .ledger import build_ledger
from .print_errors import PrintError
from .record_forms import BLANK, en_date, label_table, one_line, record_or_error, zh_date

if TYPE_CHECKING:
    from ..store import Store

MARGINS_MM = (25.0, 22.0, 25.0, 22.0)
FORM_PT = 12
BODY_PT = 14
NUMERALS = "一二三四五六七八九十"
LEDGERS = {"victims": "incident_victims", "houses": "incident_houses"}


def _choice(table: str, key: str, value: Any) -> str:
    return TABLES[table].field(key).choice_label(value, "zh") if value else ""


def _figure(key: str, value: Any) -> str:
    if value in (None, ""):
        return ""
    f = next(f for f in REPORT_FIGURES if f.key == key)
    if f.type is FieldType.DECIMAL:
        return decimal_text(f, value)
    if f.type is FieldType.MONEY:
        return f"{float(value):,.2f}".rstrip("0").rstrip(".")
    return f"{int(value):,}"


def report_for(
    store: Store, *, report_id: int | None = None, incident_id: int | None = None, kind: str = ""
) -> dict[str, Any]:
    """The report asked for: by its own id, or an incident's latest (of ``kind`` if given)."""
    if report_id is not None:
        return record_or_error(store, "incident_reports", report_id)
    assert incident_id is not None
    incident = record_or_error(store, "incidents", incident_id)
    rows = [
        r
        for r in store.rows(ListQuery("incident_reports", parent_id=incident_id, sort="sent_at"))
        if not kind or r.get("kind") == kind
    ]
    if not rows:
        raise PrintError(
            "no_report",
            title=one_line(incident.get("title")),
            kind_zh=_choice("incident_reports", "kind", kind) or "报送",
            kind_en=TABLES["incident_reports"].field("kind").choice_label(kind, "en").lower()
            or "report",
        )
    return rows[-1]


def _ordinal(store: Store, report: dict[str, Any]) -> str:
    """续报 gets its number (第2次续报), counted in the order they were sent."""
    if report.get("kind") != "follow_up":
        return ""
    q = ListQuery("incident_reports", parent_id=int(report["incident_id"]), sort="sent_at")
    ids = [r["id"] for r in store.rows(q) if r.get("kind") == "follow_up"]
    return f"第{ids.index(report['id']) + 1}次" if report["id"] in ids else ""


def build_incident_report(store: Store, report_id: int) -> DocxDocument:
    """The form of report ``report_id`` as it went up."""
    report = record_or_error(store, "incident_reports", report_id)
    incident = record_or_error(store, "incidents", int(report["incident_id"]))
    settings = load_settings(store)
    office = (settings.office_name or "").strip()
    kind = _choice("incident_reports", "kind", report.get("kind"))
    natural = incident.get("category") == "natural_disaster"
    form = "自然灾害灾情报告" if natural else "突发事件信息报告"
    title = f"{form}（{_ordinal(store, report)}{kind}）"
    doc = new_document(
        lang="zh", author=office, title=f"{one_line(incident.get('title'))}{title}",
        margins_mm=MARGINS_MM, body_pt=FORM_PT,
    )  # fmt: skip
    paragraph(doc, title, 20, east=TITLE_ZH, align=WD_ALIGN_PARAGRAPH.CENTER, after=10)
    channel = _choice("incident_reports", "channel", report.get("channel"))
    usable = usable_width_pt(doc.sections[0])
    widths = [usable * s for s in (0.17, 0.33, 0.17, 0.33)]
    label_table(
        doc,
        [
            ["报送单位", office or BLANK, "报送时间", zh_date(report.get("sent_at"))],
            ["报往单位", one_line(report.get("sent_to")), "报送方式", channel],
        ],
        widths, size=FORM_PT, east=BODY_ZH, label_east=HEADING_ZH,
    )  # fmt: skip
    sections = 0

    def section(text: str) -> None:
        nonlocal sections
        heading(doc, f"{NUMERALS[sections]}、{text}", 14, east=HEADING_ZH)
        sections += 1

    section("基本情况")
    response = _choice("incidents", "response_level", incident.get("response_level"))
    if incident.get("response_started_at") and incident.get("response_level") not in (None, "none"):
        response += f"（{zh_date(incident['response_started_at'])}启动）"
    ended = zh_date(incident.get("ended_at"), blank="") or (
        "处置中" if incident.get("status") == "ongoing" else ""
    )
    kinds = "，".join(
        x
        for x in (
            _choice("incidents", "category", incident.get("category")),
            _choice("incidents", "kind", incident.get("kind")),
        )
        if x
    )
    label_table(
        doc,
        [
            ["事件名称", one_line(incident.get("title"))],
            ["事件类别", kinds, "事件等级", _choice("incidents", "level", incident.get("level"))],
            ["发生时间", zh_date(incident.get("started_at")), "结束时间", ended],
            ["涉及村（社区）", one_line(incident.get("villages")), "地点", one_line(incident.get("location"))],
            ["应急响应", response],
        ],
        widths, size=FORM_PT, east=BODY_ZH, label_east=HEADING_ZH,
    )  # fmt: skip
    section("灾情统计（截至本次报送）")
    cells = [[f.label("zh"), _figure(f.key, report.get(f.key))] for f in REPORT_FIGURES]
    rows = [cells[i] + cells[i + 1] for i in range(0, len(cells), 2)]
    label_table(
        doc,
        rows,
        [usable * s for s in (0.3, 0.2, 0.3, 0.2)],
        size=FORM_PT,
        east=BODY_ZH,
        label_east=HEADING_ZH,
    )
    for key, name in (("summary", "事件概况"), ("measures", "处置措施")):
        text = str(incident.get(key) or "").strip()
        if not text:
            continue
        section(name)
        for line in (ln.strip() for ln in text.splitlines()):
            if line:
                paragraph(doc, line, BODY_PT, indent=True, line_pt=24)
    author = (settings.report_author or "").strip() or BLANK
    if doc.paragraphs:
        keep_with_next(doc.paragraphs[-1])
    paragraph(
        doc,
        f"填报人：{author}　　审核人：{BLANK}　　签发人：{BLANK}",
        FORM_PT,
        before=18,
        keep_next=True,
    )
    paragraph(doc, f"联系电话：{BLANK}", FORM_PT, before=6)
    return doc


def _ledger_lines(store: Store, which: str, incident: dict[str, Any], lang: str) -> str:
    """Under the title: the incident and the ledger's totals."""
    rows = list(store.rows(ListQuery(LEDGERS[which], parent_id=int(incident["id"]))))
    started = incident.get("started_at")
    name = one_line(incident.get("title"))
    if which == "victims":
        dead = sum(1 for r in rows if r.get("outcome") == "dead")
        missing = sum(1 for r in rows if r.get("outcome") == "missing")
        totals = (f"死亡{dead}人，失踪{missing}人", f"{dead} dead, {missing} missing")
    else:
        rooms = [sum(int(r.get(k) or 0) for r in rows) for k in
                 ("collapsed_rooms", "severe_rooms", "damaged_rooms")]  # fmt: skip
        totals = (
            f"共{len(rows)}户，倒塌{rooms[0]}间，严重损坏{rooms[1]}间，一般损坏{rooms[2]}间",
            f"{len(rows)} household{'s' if len(rows) != 1 else ''}; rooms collapsed "
            f"{rooms[0]}, severely damaged {rooms[1]}, slightly damaged {rooms[2]}",
        )
    if lang == "zh":
        return f"事件：{name}（{zh_date(started, blank='')}）　{totals[0]}"
    return f"Incident: {name} ({en_date(started)}) · {totals[1]}"


def build_incident_ledger(
    store: Store,
    incident_id: int,
    which: str,
    lang: str = "zh",
    *,
    reveal_personal: bool = False,
    today: dt.date | None = None,
) -> DocxDocument:
    """``which`` is "victims" or "houses": that ledger of the incident, as a table."""
    incident = record_or_error(store, "incidents", incident_id)
    table = TABLES[LEDGERS[which]]
    office = (load_settings(store).office_name or "").strip()
    title = f"{office}{table.zh}台账" if lang == "zh" else f"{table.en} — ledger"
    return build_ledger(
        store,
        ListQuery(table.name, parent_id=incident_id),
        None,
        lang,
        today=today,
        title=title,
        subtitle=_ledger_lines(store, which, incident, lang),
        reveal_personal=reveal_personal,
    )
