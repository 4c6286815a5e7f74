"""应急演练评估报告: the report an office files after a drill, after AQ/T 9009.

AQ/T 9009 (生产安全事故应急演练评估规范) asks the report for the drill's basic facts,
its scenario, the evaluation's conclusion, the problems found, what is to be done about
them (who, by when, done or not) and the evaluators. Whatever the register does not hold
is said so in words ("未作评估结论"), never left as an empty heading or a blank cell.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Any

from docx.document import Document as DocxDocument
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt

from ..schema import TABLES
from ..store import ListQuery
from ..store.errors import NotFoundError
from .document import (
    BODY_ZH,
    EAST_ASIA_FALLBACK,
    HEADING_ZH,
    TITLE_ZH,
    grid_table,
    heading,
    keep_with_next,
    new_document,
    page_numbers,
    paragraph,
    usable_width_pt,
)
from .figures import office_names
from .print_errors import PrintError

if TYPE_CHECKING:
    from ..store import Store

BODY_PT = {"zh": 14.0, "en": 11.0}
TABLE_PT = {"zh": 10.5, "en": 10.0}
MARGINS_MM = {"zh": (37.0, 35.0, 28.0, 26.0), "en": (25.0, 25.0, 25.0, 25.0)}


def _t(lang: str, zh: str, en: str) -> str:
    return zh if lang == "zh" else en


def _date(value: Any, lang: str) -> str:
    if not value:
        return ""
    d = dt.date.fromisoformat(str(value)[:10])
    return _t(lang, f"{d.year}年{d.month}月{d.day}日", f"{d.day} {d:%B %Y}")


def drill_or_error(store: Store, drill_id: int) -> dict[str, Any]:
    try:
        row = store.get("drills", drill_id)
    except NotFoundError:
        row = None
    if row is None or row.get("deleted_at") is not None:
        t = TABLES["drills"]
        raise PrintError("no_record", id=drill_id, table_zh=t.zh, table_en=t.en)
    return row


def basic_facts(store: Store, d: dict[str, Any], lang: str) -> list[tuple[str, str]]:
    """(label, value) of the drill; what is not recorded says so."""
    t = TABLES["drills"]
    missing = _t(lang, "未填写", "not recorded")

    def label(key: str) -> str:
        return t.field(key).label(lang)

    def choice(key: str) -> str:
        return t.field(key).choice_label(d.get(key), lang) if d.get(key) else ""

    plan = store.title_of("plans", int(d["plan_id"])) if d.get("plan_id") else ""
    form = "，".join(x for x in (choice("form"), choice("scope")) if x)
    if lang == "en":
        form = ", ".join(x for x in (choice("form"), choice("scope")) if x)
    people = d.get("participants")
    vehicles = d.get("vehicles")
    return [
        (label("title"), str(d.get("title") or "")),
        (label("held_on"), _date(d.get("held_on"), lang)),
        (label("location"), str(d.get("location") or "") or missing),
        (label("organizer"), str(d.get("organizer") or "") or missing),
        (_t(lang, "形式和规模", "Form and scope"), form or missing),
        (
            label("participants"),
            _t(lang, f"{people}人", f"{people}") if people is not None else missing,
        ),
        (
            label("vehicles"),
            _t(lang, f"{vehicles}辆", f"{vehicles}") if vehicles is not None else missing,
        ),
        (_t(lang, "检验的预案", "Plan tested"), plan or _t(lang, "未关联预案", "none linked")),
    ]


def conclusion(d: dict[str, Any], lang: str) -> str:
    rating = d.get("rating")
    if not rating:
        return _t(
            lang,
            "本次演练未作评估结论。",
            "No evaluation rating was recorded for this drill.",
        )
    label = TABLES["drills"].field("rating").choice_label(rating, lang)
    return _t(
        lang,
        f"经评估，本次演练总体评定为“{label}”。",
        f"The evaluation rated the drill overall as “{label}”.",
    )


def problem_lines(d: dict[str, Any]) -> list[str]:
    text = str(d.get("problems_found") or "")
    return [" ".join(line.split()) for line in text.splitlines() if line.strip()]


def build_drill_report(
    store: Store, drill_id: int, lang: str = "zh", *, today: dt.date | None = None
) -> DocxDocument:
    today = today or dt.date.today()
    d = drill_or_error(store, drill_id)
    office_zh, office_en = office_names_of(store)
    office = office_zh if lang == "zh" else office_en
    title = _t(lang, "应急演练评估报告", "Emergency drill evaluation report")
    east = BODY_ZH if lang == "zh" else EAST_ASIA_FALLBACK
    head_east = HEADING_ZH if lang == "zh" else EAST_ASIA_FALLBACK
    size, tsize = BODY_PT[lang], TABLE_PT[lang]
    line = 24 if lang == "zh" else None
    doc = new_document(
        lang=lang, author=office or office_zh, title=f"{title} {d.get('title') or ''}".strip(),
        margins_mm=MARGINS_MM[lang], body_pt=size,
    )  # fmt: skip
    usable = usable_width_pt(doc.sections[0])
    paragraph(
        doc,
        title,
        22 if lang == "zh" else 16,
        east=TITLE_ZH if lang == "zh" else east,
        align=WD_ALIGN_PARAGRAPH.CENTER,
        bold=lang == "en",
        after=6,
    )
    paragraph(
        doc, str(d.get("title") or ""), size, east=east, align=WD_ALIGN_PARAGRAPH.CENTER, after=12
    )

    def h(number: int, zh: str, en: str) -> None:
        numerals = "一二三四五六七八九"
        text = _t(lang, f"{numerals[number - 1]}、{zh}", f"{number}. {en}")
        heading(doc, text, size, east=head_east, bold=lang == "en")

    def body(text: str) -> None:
        paragraph(
            doc, text, size, east=east, indent=lang == "zh", line_pt=line, after=0 if line else 4
        )

    h(1, "演练基本情况", "Basic facts")
    facts = basic_facts(store, d, lang)
    label_w = 7 * tsize + 14 if lang == "zh" else 9 * tsize + 14
    grid_table(
        doc,
        [_t(lang, "项目", "Item"), _t(lang, "内容", "Details")],
        facts,
        [label_w, usable - label_w],
        size=tsize,
        east=east,
        head_east=head_east,
    )

    h(2, "演练情景", "Scenario")
    scenario = " ".join(str(d.get("scenario") or "").split())
    body(scenario or _t(lang, "未记录演练情景。", "No scenario was recorded."))

    h(3, "评估结论", "Evaluation conclusion")
    body(conclusion(d, lang))

    h(4, "发现的问题", "Problems found")
    problems = problem_lines(d)
    if problems:
        for i, text in enumerate(problems, start=1):
            body(f"{i}. {text}" if not text[:1].isdigit() else text)
    else:
        body(_t(lang, "未记录发现的问题。", "No problems were recorded."))

    h(5, "整改措施", "Corrective actions")
    actions = list(store.rows(ListQuery("drill_actions", parent_id=drill_id, sort="due_on")))
    if actions:
        not_done = _t(lang, "未完成", "open")
        rows = [
            [
                str(i),
                str(a.get("action") or ""),
                str(a.get("owner") or ""),
                _date(a.get("due_on"), lang),
                _date(a.get("done_on"), lang) or not_done,
            ]
            for i, a in enumerate(actions, start=1)
        ]
        t = TABLES["drill_actions"]
        headers = [
            _t(lang, "序号", "No."),
            *(t.field(k).label(lang) for k in ("action", "owner", "due_on", "done_on")),
        ]
        fixed = [2.5 * tsize + 14, 5 * tsize + 14, 8 * tsize + 14, 8 * tsize + 14]
        widths = [fixed[0], usable - sum(fixed), *fixed[1:]]
        grid_table(doc, headers, rows, widths, size=tsize, east=east, head_east=head_east)
    else:
        body(_t(lang, "本次演练无整改事项。", "No corrective actions were recorded."))

    h(6, "评估人员", "Evaluators")
    evaluators = " ".join(str(d.get("evaluators") or "").split())
    body(evaluators or _t(lang, "未填写评估人员。", "The evaluators were not recorded."))
    sign = [
        paragraph(
            doc,
            _t(lang, "评估人员（签字）：", "Evaluators (signatures):"),
            size,
            east=east,
            after=size * 2,
        ),
        paragraph(
            doc,
            _t(
                lang,
                f"评估组长（签字）：＿＿＿＿＿＿　　日期：{_date(today.isoformat(), lang)}",
                f"Lead evaluator (signature): ____________    Date: {_date(today.isoformat(), lang)}",
            ),
            size,
            east=east,
        ),
    ]
    keep_with_next(doc.paragraphs[-3])
    keep_with_next(sign[0])
    sign[0].paragraph_format.space_before = Pt(12)
    page_numbers(
        doc.sections[0],
        ("第 ", " 页  共 ", " 页") if lang == "zh" else ("Page ", " of ", ""),
        10,
        east=east,
    )
    return doc


def office_names_of(store: Store) -> tuple[str, str]:
    from ..rules.settings import load_settings

    return office_names(load_settings(store))
