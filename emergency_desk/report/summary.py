"""Build the annual summary from the store and write it as a Word file.

One entry point for the command line and the app: ``build_summary`` gives the outline
(the app previews it), ``export_summary`` writes it, reporting progress and honouring a
cancel request between steps, and saving through a temporary file so a failed or
cancelled export never leaves half a document where the user's file was.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Mapping
from pathlib import Path
from typing import TYPE_CHECKING

from ..bilingual import BilingualError
from ..rules.settings import load_settings as collect_settings
from ..safe_write import FileWriteError, write_file
from ..schema import TABLES
from ..schema.unstorable import REPORT_TEXTS, UnstorableText
from ..store import Store
from ..store.summary_queries import drill_rows, hazard_rows, material_rows
from .figures import SummaryFigures, collect
from .fonts import choose_faces
from .incident_section import incident_subsection
from .model import Para, Section, Subsection, SummaryDoc, Table
from .numbers import full_date_en, full_date_zh
from .parts import APPENDIX_KEYS, PART_LABELS
from .suggestions import Suggestion, chosen_problems, load_choices, picked, suggestions
from .user_texts import PARTS, as_item, lines, load_text, text_module
from .year_on_year import with_comparison

if TYPE_CHECKING:
    from docx.document import Document as DocxDocument

LANGS = ("zh", "en")

Progress = Callable[[int, str], None]

MESSAGES: dict[str, tuple[str, str]] = {
    "write_failed": ("{detail}", "{detail}"),
    "not_docx": (
        "保存文件名应以 .docx 结尾：“{path}”。",
        "The file name must end in .docx: “{path}”.",
    ),
    "bad_year": (
        "年份 {year} 无效，应在 2000 到 2100 之间。",
        "Year {year} is not valid (2000–2100).",
    ),
    "future_year": (
        "不能为{year}年写总结：文件日期为{date}，该年度尚未开始。",
        "Cannot write a summary for {year}: the document is dated {date}, before that year began.",
    ),
    "bad_lang": ("语言应为 zh 或 en：{lang}", "Language must be zh or en: {lang}"),
    "bad_appendix": (
        "未知的附件表：{name}（可选 hazards、drills、materials）。",
        "Unknown appendix: {name} (choose from hazards, drills, materials).",
    ),
    "cancelled": ("已取消导出。", "Export cancelled."),
    "no_office": (
        "尚未设置单位名称，总结无法署名。请先设置：emergency-desk settings office_name 青石镇应急管理办公室",
        "The office name is not set, so the summary cannot be signed. Set it first: "
        'emergency-desk settings office_name "Qingshi Town Emergency Management Office"',
    ),
}

STEP_TEXT = {
    "figures": ("正在统计数据…", "Counting the figures…"),
    "text": ("正在生成文字…", "Writing the text…"),
    "layout": ("正在排版…", "Laying out the document…"),
    "save": ("正在保存…", "Saving…"),
    "done": ("已完成", "Done"),
}


class ReportError(BilingualError):
    """A summary that cannot be written; ``message(lang)`` says why and what to do."""

    MESSAGES = MESSAGES


class ReportCancelled(ReportError):
    def __init__(self) -> None:
        super().__init__("cancelled")


def check_options(
    year: int, lang: str, appendix: Iterable[str], today: dt.date | None = None
) -> tuple[str, ...]:
    if not 2000 <= int(year) <= 2100:
        raise ReportError("bad_year", year=year)
    today = today or dt.date.today()
    if int(year) > today.year:  # figures as of a day before the year: there are none
        raise ReportError("future_year", year=year, date=today.isoformat())
    if lang not in LANGS:
        raise ReportError("bad_lang", lang=lang)
    chosen = tuple(appendix)
    for name in chosen:
        if name not in APPENDIX_KEYS:
            raise ReportError("bad_appendix", name=name)
    return tuple(k for k in APPENDIX_KEYS if k in chosen)


def numbered(paras: list[Para], lang: str, start: int = 1) -> list[Para]:
    t = text_module(lang)
    out = []
    for i, p in enumerate(paras, start=start):
        marker = t.item_marker(i)
        out.append(Para(p.text, marker + p.lead) if p.lead else Para(marker + p.text))
    return out


def work_subsections(f: SummaryFigures, lang: str) -> list[Subsection]:
    """Part one, register by register in the same order in both languages."""
    t = text_module(lang)
    parts = (
        ("plans", t.plans),
        ("drills", t.drills),
        ("hazards", t.hazards),
        ("activities", t.activities),
        ("materials", t.materials),
        ("ledgers", t.ledgers),
        ("duty", t.duty),
    )
    # An office that keeps none of these ledgers gets no heading for them.
    kept = [p for p in parts if p[0] != "ledgers" or f.ledgers.has_data]
    # With incidents, reporting up has its own subsection at the end: duty is duty alone.
    titled = {"duty": "duty_alone"} if f.incidents.count else {}
    subs = [
        Subsection(
            t.subsection_heading(i, titled.get(key, key)), with_comparison(key, write(f), f, lang)
        )
        for i, (key, write) in enumerate(kept, start=1)
    ]
    emergencies = incident_subsection(f, lang, len(subs) + 1)
    return subs + ([emergencies] if emergencies else [])


def problem_paras(lang: str, picked: list[Suggestion], extra: str) -> list[Para]:
    """The problems the office chose, in their order, then its own lines."""
    t = text_module(lang)
    glue = "" if lang == "zh" else " "
    found = [as_item(glue.join(lines(s.text)), lang) for s in picked]
    own = [as_item(ln, lang) for ln in lines(extra)]
    if not found and not own:
        return [Para(t.NO_PROBLEMS)]
    return numbered(found + own, lang)


def _appendix(f: SummaryFigures, store: Store, key: str, lang: str) -> Table | None:
    t = text_module(lang)

    def lab(table: str, field: str) -> str:
        return TABLES[table].field(field).label(lang)

    def choice(table: str, field: str, value: str | None) -> str:
        return TABLES[table].field(field).choice_label(value, lang) if value else ""

    title = t.APPENDIX_TITLES[key].format(year=f.year)
    if key == "hazards":
        rows = hazard_rows(store, f.year, f.as_of, f.today)
        headers = (
            [t.SERIAL]
            + [
                lab("hazards", k)
                for k in ("name", "category", "grade", "responsible_unit", "deadline")
            ]
            + [lab("hazards", "status")]
        )
        body = [
            [
                str(i),
                r["name"],
                choice("hazards", "category", r["category"]),
                choice("hazards", "grade", r["grade"]),
                r["responsible_unit"] or "",
                r["deadline"] or "",
                choice("hazards", "status", r["status"]),
            ]
            for i, r in enumerate(rows, start=1)
        ]
        numeric: frozenset[int] = frozenset()
    elif key == "drills":
        rows = drill_rows(store, f.year, f.as_of, f.today)
        headers = [t.SERIAL] + [
            lab("drills", k)
            for k in (
                "held_on",
                "title",
                "form",
                "organizer",
                "location",
                "participants",
                "vehicles",
            )
        ]
        body = [
            [
                str(i),
                r["held_on"] or "",
                r["title"],
                choice("drills", "form", r["form"]),
                r["organizer"] or "",
                r["location"] or "",
                "" if r["participants"] is None else str(r["participants"]),
                "" if r["vehicles"] is None else str(r["vehicles"]),
            ]
            for i, r in enumerate(rows, start=1)
        ]
        numeric = frozenset({6, 7})
    else:
        return _materials_appendix(f, store, lang, title)
    if not body:
        return None
    return Table(key, title, headers, body, numeric)


MATERIAL_MARKS = {
    "expired": ("已过期", "Expired"),
    "short": ("低于最低储备", "Below minimum"),
    "as_of": ("（截至{date}）", "(as of {date})"),
}


def _materials_appendix(f: SummaryFigures, store: Store, lang: str, title: str) -> Table | None:
    """The reserve list as of the summary's date: its minimum beside the stock, and each
    item that had expired or was below its minimum on that day marked so."""
    i = 0 if lang == "zh" else 1
    rows = material_rows(store, f.year, f.as_of, f.today)
    keys = ("point_id", "name", "category", "spec", "quantity", "min_quantity", "unit")
    headers = [text_module(lang).SERIAL] + [TABLES["materials"].field(k).label(lang) for k in keys]
    headers += [TABLES["materials"].field("expires_on").label(lang), ""]
    headers[-1] = "备注" if lang == "zh" else "Note"
    day = f.as_of.isoformat()
    category = TABLES["materials"].field("category")
    body = []
    for n, r in enumerate(rows, start=1):
        marks = []
        if r["expires_on"] and r["expires_on"] < day:
            marks.append(MATERIAL_MARKS["expired"][i])
        if r["min_quantity"] is not None and (r["quantity"] or 0) < r["min_quantity"]:
            marks.append(MATERIAL_MARKS["short"][i])
        body.append(
            [
                str(n),
                r["point"],
                r["name"],
                category.choice_label(r["category"], lang) if r["category"] else "",
                r["spec"] or "",
                str(r["quantity"]),
                "" if r["min_quantity"] is None else str(r["min_quantity"]),
                r["unit"] or "",
                r["expires_on"] or "",
                "；".join(marks) if lang == "zh" else "; ".join(marks),
            ]
        )
    if not body:
        return None
    date = full_date_zh(f.as_of) if lang == "zh" else full_date_en(f.as_of)
    note = MATERIAL_MARKS["as_of"][i].format(date=date)
    return Table("materials", title, headers, body, frozenset({5, 6}), note=note)


def build_summary(
    store: Store,
    year: int,
    lang: str = "zh",
    *,
    appendix: Iterable[str] = (),
    today: dt.date | None = None,
    figures: SummaryFigures | None = None,
    texts: Mapping[str, str] | None = None,
) -> SummaryDoc:
    """The outline of the summary; ``texts`` overrides the saved user parts (unsaved edits)."""
    chosen = check_options(year, lang, appendix, figures.today if figures else today)
    f = figures or collect(store, year, today)
    t = text_module(lang)
    items = suggestions(f, lang, load_choices(store, year, lang))
    problems = chosen_problems(items)
    own = {
        part: (
            texts[part]
            if texts and part in texts
            else load_text(store, year, lang, part, f, problems)
        )
        for part in PARTS
    }
    h1, h2, h3 = t.section_headings(f)
    sections = [
        Section(h1, subsections=work_subsections(f, lang)),
        Section(h2, paras=problem_paras(lang, picked(items), own["problems"])),
        Section(h3, paras=numbered([as_item(ln, lang) for ln in lines(own["plan"])], lang)),
    ]
    tables = [tb for key in chosen if (tb := _appendix(f, store, key, lang)) is not None]
    return SummaryDoc(
        lang=lang,
        year=year,
        title=t.title(f),
        opening=[Para(ln) for ln in lines(own["opening"])],
        sections=sections,
        attachments_label=t.ATTACHMENTS_LABEL,
        appendices=tables,
        office=t.office_signature(f),
        date_text=t.date_text(f),
    )


def require_office(store: Store, lang: str) -> None:
    """``ReportError`` when the office has no name: the summary would be signed "本单位".

    The command line calls this before writing; the app asks for the name instead.
    """
    settings = collect_settings(store)
    named = (settings.office_name or "").strip() or (
        lang == "en" and (settings.office_name_en or "").strip()
    )
    if not named:
        raise ReportError("no_office")


def step_text(step: str, lang: str) -> str:
    zh, en = STEP_TEXT[step]
    return zh if lang == "zh" else en


def export_summary(
    store: Store,
    year: int,
    lang: str,
    path: str | Path,
    *,
    appendix: Iterable[str] = (),
    today: dt.date | None = None,
    texts: Mapping[str, str] | None = None,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
    ui_lang: str | None = None,
    warnings: list[UnstorableText] | None = None,
    installed_fonts: Iterable[str] | None = None,
) -> Path:
    """Write the summary to ``path`` (.docx) and return it; ``ReportError`` if it cannot.

    Text that a Word file cannot hold (kept by an older version) is left out rather than
    failing the summary; each record that held some is added to ``warnings``.
    ``installed_fonts`` are the font families of this PC when the caller knows them; the
    document then names the faces that will really print (``fonts.choose_faces``).
    """
    from .docx_writer import render

    path = Path(path)
    msg_lang = ui_lang or lang
    if path.suffix.lower() != ".docx":
        raise ReportError("not_docx", path=str(path))

    def step(percent: int, name: str) -> None:
        if cancelled is not None and cancelled():
            raise ReportCancelled()
        if progress is not None:
            progress(percent, step_text(name, msg_lang))

    step(5, "figures")
    chosen = check_options(year, lang, appendix, today)
    f = collect(store, year, today)
    step(35, "text")
    doc = build_summary(store, year, lang, appendix=chosen, figures=f, texts=texts)
    step(60, "layout")
    faces = None if installed_fonts is None else choose_faces(installed_fonts)
    document = render(doc, author=f.settings.report_author or doc.office, faces=faces)
    step(85, "save")
    _save(document, path)
    if warnings is not None:
        warnings.extend(_unstorable(store, year, lang, msg_lang))
    if progress is not None:
        progress(100, step_text("done", msg_lang))
    return path


def _unstorable(store: Store, year: int, lang: str, msg_lang: str) -> list[UnstorableText]:
    found = store.unstorable_text(year, lang)
    i = 0 if msg_lang == "zh" else 1
    return [
        UnstorableText(u.table, u.record_id, PART_LABELS[u.title][i], u.fields)
        if u.table == REPORT_TEXTS and u.title in PART_LABELS
        else u
        for u in found
    ]


def _save(document: DocxDocument, path: Path) -> None:
    try:
        write_file(path, lambda tmp: document.save(str(tmp)))
    except FileWriteError as exc:
        raise ReportError(
            "write_failed", detail={"zh": exc.message("zh"), "en": exc.message("en")}
        ) from exc
