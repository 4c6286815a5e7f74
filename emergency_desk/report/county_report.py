"""The county's summary: its own figures and its townships' together, and a table of the
townships (``emergency-desk county report``, and the Summary tab of a county database).

It is the township summary's outline (``SummaryDoc``) and writer (``docx_writer``), so the
layout rules are the same: part one is the township summary's own part one run over every
row of the county database (the county's own and every township's: the sum), part two a
paragraph a township (``store.county_figures``, one ``GROUP BY`` each), part three the
townships behind, and the per-township table as the appendix (landscape when it must be).
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import ClassVar

from ..rules.settings import load_settings
from ..store import Store
from ..store.county import townships
from ..store.county_figures import TownshipFigures, figures_by_township, short_name, total
from . import county_text as ct
from .figures import collect
from .model import Para, Section, SummaryDoc, Table
from .summary import ReportError, _save, check_options, numbered, work_subsections
from .user_texts import text_module


class CountyReportError(ReportError):
    """No county summary here: the database is a township's."""

    MESSAGES: ClassVar[dict[str, tuple[str, str]]] = {
        "not_county": (
            "本数据库是乡镇数据库，没有乡镇数据可以汇总。全县汇总请在区县数据库中生成（emergency-desk settings level county）；"
            "本乡镇的年度总结请用 emergency-desk report。",
            "This is a township database: it holds no townships to sum up. Write the county summary "
            "in the county's database (emergency-desk settings level county); this township's own "
            "summary is emergency-desk report.",
        ),
    }


def build_county_report(
    store: Store, year: int, lang: str = "zh", *, today: dt.date | None = None
) -> SummaryDoc:
    """The outline; ``CountyReportError`` in a township's database."""
    if load_settings(store).level != "county":
        raise CountyReportError("not_county")
    check_options(year, lang, (), today)
    f = collect(store, year, today)
    t = text_module(lang)
    settings = f.settings
    by_code = figures_by_township(
        store,
        year,
        f.as_of,
        review_years=settings.review_years,
        limits=settings.report_limits,
        doc_date=f.today,
    )
    towns = townships(store, with_counts=False)
    rows: list[tuple[str, TownshipFigures, str | None]] = [
        (short_name(tw.name), by_code.get(tw.code, TownshipFigures(tw.code)), tw.packaged_at[:10])
        for tw in towns
    ]
    own = by_code.get(None)
    if own is not None and any(getattr(own, n) for n in ("hazards_found", "drills", "incidents")):
        rows.append((ct.own_name(lang), own, None))
    whole = total(r[1] for r in rows)
    h1, h2, h3 = ct.section_headings(year, lang)
    lines = [Para(ct.township_line(name, fig, made, lang)) for name, fig, made in rows]
    lines.append(Para(ct.township_line(ct.total_name(lang), whole, None, lang)))
    behind = [Para(p) for p in ct.behind_paras([(n, fg) for n, fg, _m in rows], lang)]
    table = Table(
        key="townships",
        title=ct.table_title(lang),
        headers=list(ct.TABLE_HEADERS[lang]),
        rows=[ct.table_row(n, fg) for n, fg, _m in rows]
        + [ct.table_row(ct.total_name(lang), whole)],
        numeric=frozenset(range(1, 14)),
    )
    return SummaryDoc(
        lang=lang,
        year=year,
        title=ct.title(f.office(lang), year, lang),
        opening=[Para(ct.opening(len(towns), f.as_of, f.partial, lang))],
        sections=[
            Section(h1, subsections=work_subsections(f, lang)),
            Section(h2, paras=numbered(lines, lang)),
            Section(h3, paras=behind),
        ],
        attachments_label=t.ATTACHMENTS_LABEL,
        appendices=[table],
        office=t.office_signature(f),
        date_text=t.date_text(f),
    )


def export_county_report(
    store: Store, year: int, lang: str, path: str | Path, *, today: dt.date | None = None
) -> Path:
    """Write the county summary to ``path`` (.docx); ``ReportError`` if it cannot."""
    from .docx_writer import render

    path = Path(path)
    if path.suffix.lower() != ".docx":
        raise ReportError("not_docx", path=str(path))
    doc = build_county_report(store, year, lang, today=today)
    settings = load_settings(store)
    _save(render(doc, author=settings.report_author or doc.office), path)
    return path
