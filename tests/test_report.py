"""The annual summary: figures from SQL for one year only, the text in both languages,
and the Word file's layout (GB/T 9704 for Chinese) as python-docx reads it back."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import docx
import pytest
from docx.enum.text import WD_LINE_SPACING
from docx.oxml.ns import qn
from docx.shared import Mm, Pt
from report_fixture import TODAY, YEAR, entered_during_2025, fill

from emergency_desk.report import APPENDIX_KEYS, ReportError, build_summary, export_summary
from emergency_desk.report.figures import collect
from emergency_desk.store import Store

ZERO = re.compile(r"(?<![\d.])0(?:[件次处条人个种场期天]|%)")


@pytest.fixture
def filled(store: Store) -> Store:
    return fill(store)


def _export(store: Store, tmp_path: Path, lang: str, **kw) -> docx.document.Document:
    path = export_summary(store, YEAR, lang, tmp_path / f"s-{lang}.docx", today=TODAY, **kw)
    return docx.Document(str(path))


def _text(d) -> str:
    return "\n".join(p.text for p in d.paragraphs)


def _east_asia(run) -> str | None:
    fonts = run._element.rPr.find(qn("w:rFonts"))
    return None if fonts is None else fonts.get(qn("w:eastAsia"))


def _para(d, startswith: str):
    for p in d.paragraphs:
        if p.text.startswith(startswith):
            return p
    raise AssertionError(f"no paragraph starts with {startswith!r}")


# -- figures -------------------------------------------------------------------------------


def test_figures_count_only_live_records_of_the_year(filled: Store) -> None:
    f = collect(filled, YEAR, TODAY)
    assert f.plans.in_force == {"special": 2, "overall": 1, "department": 1}
    assert (f.plans.issued, f.plans.revised) == (1, 1)
    assert [p.title for p in f.plans.due] == ["青山镇森林火灾应急预案"]
    d = f.drills
    assert (d.total, d.by_form, d.participants, d.vehicles) == (
        3,
        {"live": 2, "tabletop": 1},
        550,
        12,
    )
    assert [x.title for x in d.largest] == [
        "防汛抢险综合演练",
        "地震应急疏散演练",
        "森林火灾桌面推演",
    ]
    assert (d.actions, d.actions_done, d.actions_overdue) == (2, 1, 1)
    h = f.hazards
    assert (h.found, h.rectified, h.rectified_major) == (3, 2, 1)
    assert h.by_grade == {"major": 2, "general": 1}
    assert round(h.rate, 1) == 66.7
    assert [x.name for x in h.overdue] == ["后山滑坡隐患点"]
    assert h.overdue_earlier == 1
    assert h.funds == 58000
    a = f.activities
    assert (a.total, a.participants, a.leaflets, a.manuals, a.banners) == (3, 1360, 3000, 300, 10)
    m = f.materials
    assert (m.points, m.items, m.purchases) == (2, 4, 1)
    assert [s.name for s in m.short] == ["救生衣"]
    assert [s.name for s in m.expired] == ["方便面"]
    assert [s.name for s in m.expiring] == ["矿泉水"]
    assert (m.short_count, m.expired_count, m.expiring_count) == (1, 1, 1)
    assert m.key_stocks[0].name == "矿泉水" and m.key_stocks[1].quantity == 140
    u = f.duty
    assert (u.days_rostered, u.days_expected, u.entries, u.leveled, u.on_time) == (10, 365, 5, 4, 2)
    assert u.by_level == {"general": 2, "larger": 1, "major": 1}
    assert {x.level for x in u.late} == {"larger", "general"}
    assert [x.minutes for x in u.late if x.level == "larger"] == [90]


def test_many_short_items_are_counted_and_a_few_named(filled: Store, tmp_path: Path) -> None:
    point = filled.insert("reserve_points", {"name": "县物资储备库"})
    for i in range(14):
        filled.insert(
            "materials",
            {"point_id": point, "name": f"编织袋{i:02d}", "category": "flood", "unit": "条",
             "min_quantity": 100},
        )  # fmt: skip
    entered_during_2025(filled)
    m = collect(filled, YEAR, TODAY).materials
    assert m.short_count == 15 and len(m.short) == 10  # the summary names a few, counts all
    assert "等15种物资储备量不足" in _text(_export(filled, tmp_path, "zh"))


def test_report_up_limits_come_from_settings(filled: Store) -> None:
    filled.set_setting("rules.report_minutes_larger", 120)
    assert collect(filled, YEAR, TODAY).duty.on_time == 3


# -- Chinese text --------------------------------------------------------------------------


def test_chinese_spine_and_figures(filled: Store) -> None:
    doc = build_summary(filled, YEAR, "zh", today=TODAY)
    text = doc.plain_text()
    assert doc.title == "青山镇应急管理办公室2025年应急管理工作总结"
    assert [s.heading for s in doc.sections] == [
        "一、2025年工作开展情况",
        "二、存在的问题",
        "三、2026年工作计划",
    ]
    assert [s.heading for s in doc.sections[0].subsections] == [
        "（一）应急预案管理",
        "（二）应急演练",
        "（三）隐患排查治理",
        "（四）宣传教育培训",
        "（五）应急物资保障",
        "（六）值班值守与信息报送",
        "（七）突发事件应对处置",  # the duty log's 较大 and 重大 events (no incidents register)
    ]
    for phrase in (
        "现行有效应急预案共4件，其中总体预案1件、专项预案2件、部门预案1件",
        "全年共组织开展应急演练3次，其中实战演练2次、桌面推演1次，参演人员550人次，出动车辆12台次",
        "“防汛抢险综合演练”，参演320人、出动车辆12台",
        "全年共排查各类安全隐患3处，其中重大隐患2处、一般隐患1处，已整改2处，整改率66.7%",
        "落实隐患整改资金5.8万元",
        "发放宣传资料3000份、应急手册300本，悬挂横幅标语10条",
        "截至2025年底，共有应急物资储备点2个",
        "。共接报各类信息5条",
        "按时上报率50%",
    ):
        assert phrase in text, phrase
    for noise in ("已删除", "999"):
        assert noise not in text, noise
    assert not ZERO.search(text)
    assert doc.office == "青山镇应急管理办公室" and doc.date_text == "2026年1月10日"


def test_problems_follow_from_the_rules_and_plan_from_the_problems(filled: Store) -> None:
    doc = build_summary(filled, YEAR, "zh", today=TODAY)
    problems = [p.full for p in doc.sections[1].paras]
    assert problems[0].startswith("（一）隐患整改闭环还不够到位。")
    assert "“后山滑坡隐患点”" in problems[0] and "另有1处逾期未整改" in problems[0]
    joined = "\n".join(problems)
    for phrase in ("《青山镇森林火灾应急预案》", "救生衣", "方便面"):
        assert phrase in joined, phrase
    # late reports and roster gaps are the office's own non-compliance: offered, not put in
    for phrase in ("信息报送", "值班"):
        assert phrase not in joined, phrase
    plan = [p.full for p in doc.sections[2].paras]
    assert plan[0].startswith("（一）持续深化隐患排查治理。") and "2处隐患" in plan[0]
    assert len(plan) <= 6


def test_user_texts_are_used_and_numbered(filled: Store) -> None:
    filled.set_report_text(YEAR, "zh", "opening", "今年我们做了很多工作。\n第二段。")
    filled.set_report_text(YEAR, "zh", "problems", "1. 队伍专业化水平不高。人员少。")
    filled.set_report_text(YEAR, "zh", "plan", "（三）建设应急指挥平台。完成招标。\n\n加强培训")
    doc = build_summary(filled, YEAR, "zh", today=TODAY)
    assert [p.text for p in doc.opening] == ["今年我们做了很多工作。", "第二段。"]
    last = doc.sections[1].paras[-1]
    n = len(doc.sections[1].paras)
    assert (last.lead, last.text) == (
        f"（{'一二三四五六七'[n - 1]}）队伍专业化水平不高。",
        "人员少。",
    )
    assert [p.full for p in doc.sections[2].paras] == [
        "（一）建设应急指挥平台。完成招标。",
        "（二）加强培训",
    ]
    # the English texts are kept apart
    assert "今年" not in build_summary(filled, YEAR, "en", today=TODAY).plain_text()


def test_empty_year_says_so_without_zero_noise(filled: Store) -> None:
    doc = build_summary(filled, 2030, "zh", today=dt.date(2031, 1, 5))
    subs = doc.sections[0].subsections
    assert subs[1].paras[0].text == "本年度未组织开展应急演练。"
    assert subs[2].paras[0].text == "本年度未排查出新的安全隐患。"
    text = doc.plain_text()
    assert not ZERO.search(text)
    assert "整改率" not in text
    assert "不够均衡" not in text  # an office does not list its idle ledgers unasked
    en = build_summary(filled, 2030, "en", today=dt.date(2031, 1, 5)).plain_text()
    assert "No emergency drill was held this year." in en
    assert " 0 " not in en


def test_empty_database_gives_a_whole_document(store: Store, tmp_path: Path) -> None:
    path = export_summary(store, 2025, "zh", tmp_path / "e.docx", appendix=APPENDIX_KEYS)
    d = docx.Document(str(path))
    assert d.paragraphs[0].text.replace("\n", "") == "本单位2025年应急管理工作总结"
    assert not d.tables  # no empty appendix tables
    assert "附件" not in _text(d)


# -- English text --------------------------------------------------------------------------


def test_english_spine_and_figures(filled: Store) -> None:
    doc = build_summary(filled, YEAR, "en", today=TODAY)
    assert (
        doc.title
        == "Qingshan Town Emergency Management Office: Emergency Management Work Summary for 2025"
    )
    assert [s.heading for s in doc.sections] == [
        "1. Work carried out in 2025",
        "2. Existing problems",
        "3. Work plan for 2026",
    ]
    assert doc.sections[0].subsections[2].heading == "(3) Hazard identification and rectification"
    text = doc.plain_text()
    for phrase in (
        "We identified three hazards (two major and one general); two have been rectified, "
        "a rectification rate of 66.7%",
        "We held three emergency drills (two live and one tabletop), with 550 participants and 12 vehicles",
        "distributed 3,000 leaflets and 300 emergency manuals and put up 10 banners",
        "Of four graded incidents, two were reported upward within the time limit, an on-time rate of 50%",
    ):
        assert phrase in text, phrase
    assert doc.sections[1].paras[0].lead == "(1) Hazard rectification is not always closed out. "
    assert doc.date_text == "10 January 2026"


# -- the Word file ---------------------------------------------------------------------------


def test_chinese_layout_follows_gbt_9704(filled: Store, tmp_path: Path) -> None:
    d = _export(filled, tmp_path, "zh", appendix=APPENDIX_KEYS)
    sec = d.sections[0]
    assert abs(sec.page_width - Mm(210)) < Mm(0.5) and abs(sec.page_height - Mm(297)) < Mm(0.5)
    for got, want in (
        (sec.top_margin, 37),
        (sec.bottom_margin, 35),
        (sec.left_margin, 28),
        (sec.right_margin, 26),
    ):
        assert abs(got - Mm(want)) < Mm(0.1)
    title = d.paragraphs[0]
    assert title.alignment == 1  # centred
    assert {_east_asia(r) for r in title.runs} == {"方正小标宋简体"}
    assert all(r.font.size == Pt(22) for r in title.runs)
    h1 = _para(d, "一、2025年工作开展情况")
    assert _east_asia(h1.runs[0]) == "黑体" and h1.runs[0].font.size == Pt(16)
    h2 = _para(d, "（三）隐患排查治理")
    assert _east_asia(h2.runs[0]) == "楷体_GB2312"
    body = _para(d, "坚持问题导向")
    run = body.runs[0]
    assert _east_asia(run) == "仿宋_GB2312" and run.font.size == Pt(16)
    assert run._element.rPr.find(qn("w:rFonts")).get(qn("w:ascii")) == "Times New Roman"
    pf = body.paragraph_format
    assert pf.line_spacing_rule == WD_LINE_SPACING.EXACTLY
    assert Pt(28) <= pf.line_spacing <= Pt(29)
    assert pf.first_line_indent == Pt(32)
    problem = _para(d, "（一）隐患整改闭环还不够到位。")
    assert (
        _east_asia(problem.runs[0]) == "楷体_GB2312"
        and _east_asia(problem.runs[1]) == "仿宋_GB2312"
    )
    footer = sec.footer.paragraphs[0]
    assert footer.text.startswith("— ") and footer.text.endswith(" —")
    assert "PAGE" in footer._p.xml and _east_asia(footer.runs[0]) == "宋体"
    assert footer.runs[0].font.size == Pt(14)
    sig = _para(d, "2026年1月10日")
    assert sig.alignment == 2  # right
    assert "附件：1．2025年隐患排查治理情况一览表" in _text(d)


def test_appendix_tables_rows_and_repeated_header(filled: Store, tmp_path: Path) -> None:
    d = _export(filled, tmp_path, "zh", appendix=("hazards", "drills", "materials"))
    hazards, drills, materials = d.tables
    assert [c.text for c in hazards.rows[0].cells][:3] == ["序号", "隐患名称", "隐患类别"]
    assert [r.cells[1].text for r in hazards.rows[1:]] == [
        "水库溢洪道裂缝",
        "加油站管线腐蚀",
        "后山滑坡隐患点",
    ]
    assert hazards.rows[3].cells[-1].text == "整改中"
    assert [r.cells[2].text for r in drills.rows[1:]] == [
        "防汛抢险综合演练",
        "地震应急疏散演练",
        "森林火灾桌面推演",
    ]
    assert len(materials.rows) == 5  # header + 4 live items
    for table in d.tables:
        assert table.rows[0]._tr.trPr.find(qn("w:tblHeader")) is not None
        assert (
            table.rows[1]._tr.trPr is None or table.rows[1]._tr.trPr.find(qn("w:tblHeader")) is None
        )
        assert _east_asia(table.rows[0].cells[0].paragraphs[0].runs[0]) == "黑体"


def test_only_chosen_appendices(filled: Store, tmp_path: Path) -> None:
    d = _export(filled, tmp_path, "zh", appendix=("drills",))
    assert len(d.tables) == 1 and d.tables[0].rows[0].cells[2].text == "演练名称"
    # A single appendix is not numbered (GB/T 9704 7.3.4), nor is its page's label.
    lines = _text(d).split("\n")
    assert "附件：2025年应急演练情况一览表" in lines and "附件" in lines
    assert not any(ln.startswith(("附件1", "附件：1")) for ln in lines)
    assert not _export(filled, tmp_path, "zh").tables


def test_english_layout(filled: Store, tmp_path: Path) -> None:
    d = _export(filled, tmp_path, "en", appendix=("hazards",))
    sec = d.sections[0]
    assert abs(sec.page_width - Mm(210)) < Mm(0.5)
    title = d.paragraphs[0]
    assert title.runs[0].font.bold and title.runs[0].font.name == "Times New Roman"
    h1 = _para(d, "1. Work carried out in 2025")
    assert h1.runs[0].font.bold
    body = _para(d, "We identified three hazards")
    assert body.runs[0].font.name == "Times New Roman" and body.runs[0].font.size == Pt(12)
    assert "PAGE" in sec.footer.paragraphs[0]._p.xml
    assert d.tables[0].rows[0].cells[1].text == "Hazard"
    signature = [p for p in d.paragraphs if p.text == "Qingshan Town Emergency Management Office"]
    assert signature and signature[0].alignment == 2


def test_bad_options_and_paths(filled: Store, tmp_path: Path) -> None:
    with pytest.raises(ReportError) as e:
        export_summary(filled, YEAR, "zh", tmp_path / "no" / "x.docx")
    assert "文件夹不存在" in e.value.message("zh") and "does not exist" in e.value.message("en")
    with pytest.raises(ReportError):
        export_summary(filled, YEAR, "zh", tmp_path / "x.pdf")
    with pytest.raises(ReportError):
        build_summary(filled, YEAR, "fr")
    with pytest.raises(ReportError) as e:
        build_summary(filled, YEAR, "zh", appendix=("people",))
    assert "people" in e.value.message("en")


def test_cancel_leaves_no_file(filled: Store, tmp_path: Path) -> None:
    target = tmp_path / "c.docx"
    steps: list[int] = []
    with pytest.raises(ReportError) as e:
        export_summary(
            filled,
            YEAR,
            "zh",
            target,
            progress=lambda pct, _msg: steps.append(pct),
            cancelled=lambda: len(steps) >= 2,
        )
    assert e.value.code == "cancelled"
    assert not target.exists() and list(tmp_path.iterdir()) == []


def test_previous_year_with_sparse_records(filled: Store) -> None:
    """2024 has a drill, a hazard, a duty entry and an activity without participants."""
    doc = build_summary(filled, 2024, "zh", today=TODAY)
    text = doc.plain_text()
    assert "全年组织开展应急演练1次，即10月1日开展的“2024年演练”（实战演练）" in text
    assert "全年共排查各类安全隐患1处，为一般隐患，目前尚未完成整改。" in text
    assert not ZERO.search(text)
    assert "发放宣传资料5000份" in text and "参与群众" not in text


def _table_orientations(d) -> list[str]:
    """Each table's page orientation: a section's sectPr closes it, the body's the last."""
    from docx.enum.section import WD_ORIENT

    out, pending = [], 0
    for el in d.element.body.iterchildren():
        if el.tag == qn("w:tbl"):
            pending += 1
        sect = el.find(f"{qn('w:pPr')}/{qn('w:sectPr')}") if el.tag == qn("w:p") else None
        if el.tag == qn("w:sectPr"):
            sect = el
        if sect is not None:
            size = sect.find(qn("w:pgSz"))
            wide = size.get(qn("w:orient")) == "landscape" or int(size.get(qn("w:w"))) > int(
                size.get(qn("w:h"))
            )
            out += ["landscape" if wide else "portrait"] * pending
            pending = 0
    assert WD_ORIENT.LANDSCAPE  # the enum the writer sets
    return out


def test_a_wide_appendix_gets_a_landscape_page_and_the_next_turns_back(
    filled: Store, tmp_path: Path
) -> None:
    import dataclasses

    from emergency_desk.report.docx_writer import needs_landscape, render
    from emergency_desk.report.model import Table

    portrait = (210 - 28 - 26) / 25.4 * 72
    narrow = Table("drills", "演练", ["序号", "演练名称"], [["1", "防汛抢险综合演练"]])
    # Ten columns of dates and phone numbers: upright, they would break mid-number.
    wide = Table(
        "hazards",
        "隐患",
        [f"第{i}项" for i in range(10)],
        [["2025-03-05", "13812345678"] * 5],
    )
    assert not needs_landscape(narrow, 10.5, portrait)
    assert needs_landscape(wide, 10.5, portrait)
    # What the office's own data gives stays upright: names wrap inside their cells.
    doc = build_summary(filled, YEAR, "zh", appendix=APPENDIX_KEYS, today=TODAY)
    # (the reserve list, with its minimum and remarks columns, has ten and is turned)
    upright_tables = [t for t in doc.appendices if t.key != "materials"]
    assert upright_tables and not any(needs_landscape(t, 10.5, portrait) for t in upright_tables)

    d = render(dataclasses.replace(doc, appendices=[doc.appendices[0], wide, narrow]))
    path = tmp_path / "turned.docx"
    d.save(str(path))
    d = docx.Document(str(path))
    assert _table_orientations(d) == ["portrait", "landscape", "portrait"]
    body, turned, upright = d.sections
    assert body.page_width < body.page_height
    assert abs(turned.page_width - Mm(297)) < Mm(0.5)
    assert abs(turned.page_height - Mm(210)) < Mm(0.5)
    assert abs(turned.left_margin - Mm(28)) < Mm(0.1)  # the same margins, page turned
    tbl_w = int(d.tables[1]._tbl.tblPr.find(qn("w:tblW")).get(qn("w:w"))) / 20  # points
    assert tbl_w > portrait + 100  # the table uses the landscape width
    assert upright.page_width < upright.page_height
    assert turned.footer.is_linked_to_previous and upright.footer.is_linked_to_previous
    assert "附件2" in [p.text for p in d.paragraphs]
