"""The summary's page as GB/T 9704 sets it, read back from the Word file's XML."""

from __future__ import annotations

import dataclasses
import math
import shutil
import subprocess
import zipfile
from pathlib import Path

import docx
import pytest
from cli_runner import run_cli
from docx.oxml.ns import qn
from report_fixture import TODAY, YEAR, fill

from emergency_desk.report import APPENDIX_KEYS, ReportError, build_summary, export_summary
from emergency_desk.report.document import new_document, save, text_width_pt
from emergency_desk.report.docx_writer import render
from emergency_desk.report.model import Para
from emergency_desk.report.official_page import break_name
from emergency_desk.report.summary import require_office
from emergency_desk.report.table_layout import CELL_PAD_PT, header_lines
from emergency_desk.store import Store

USABLE_PT = 11906 / 20 - (1587 + 1474) / 20  # A4 less GB/T 9704's 28 mm and 26 mm


@pytest.fixture
def filled(store: Store) -> Store:
    return fill(store)


def _export(store: Store, tmp_path: Path, lang: str = "zh", **kw) -> Path:
    return export_summary(store, YEAR, lang, tmp_path / f"s-{lang}.docx", today=TODAY, **kw)


def test_28_characters_a_line_and_22_lines_a_page(filled: Store, tmp_path: Path) -> None:
    d = docx.Document(str(_export(filled, tmp_path)))
    sec = d.sections[0]
    grid = sec._sectPr.find(qn("w:docGrid"))
    pitch_pt = int(grid.get(qn("w:linePitch"))) / 20
    type_area_h = (sec.page_height - sec.top_margin - sec.bottom_margin) / 12700
    assert math.floor(type_area_h / pitch_pt) == 22
    usable = (sec.page_width - sec.left_margin - sec.right_margin) / 12700
    assert abs(usable - USABLE_PT) < 0.1
    normal = d.styles["Normal"].element.rPr
    body_pt = int(normal.find(qn("w:sz")).get(qn("w:val"))) / 2
    spacing_pt = int(normal.find(qn("w:spacing")).get(qn("w:val"))) / 20
    assert body_pt == 16
    assert math.floor(usable / (body_pt + spacing_pt)) == 28  # 27 without the spacing
    # Body runs inherit the spacing (none sets its own).
    assert not any(r._element.rPr.find(qn("w:spacing")) is not None for r in d.paragraphs[3].runs)


def test_page_numbers_on_the_outer_side(filled: Store, tmp_path: Path) -> None:
    d = docx.Document(str(_export(filled, tmp_path, appendix=APPENDIX_KEYS)))
    assert d.settings.odd_and_even_pages_header_footer
    odd = d.sections[0].footer.paragraphs[0]
    even = d.sections[0].even_page_footer.paragraphs[0]
    for p, align in ((odd, 2), (even, 0)):  # right, left
        assert p.alignment == align
        assert p.text.startswith("— ") and p.text.endswith(" —")
        assert 'w:instrText xml:space="preserve"> PAGE ' in p._p.xml
        assert p.runs[0].font.size.pt == 14
    assert odd.paragraph_format.right_indent.pt == 14  # one character in
    assert even.paragraph_format.left_indent.pt == 14
    # The turned appendix pages carry the same folios.
    assert all(s.footer.is_linked_to_previous for s in d.sections[1:])


def test_several_appendices_in_the_standard_form(filled: Store, tmp_path: Path) -> None:
    d = docx.Document(str(_export(filled, tmp_path, appendix=APPENDIX_KEYS)))
    lines = [p.text for p in d.paragraphs]
    first = lines.index("附件：1．2025年隐患排查治理情况一览表")
    assert lines[first + 1 : first + 3] == [
        "2．2025年应急演练情况一览表",
        "3．应急物资储备情况一览表",
    ]
    assert not any("1.2025" in ln for ln in lines)
    # The names line up: "2．" starts where "1．" did, under the label's end.
    p1, p2 = d.paragraphs[first], d.paragraphs[first + 1]
    label = text_width_pt("附件：", 16)
    start1 = p1.paragraph_format.left_indent.pt + p1.paragraph_format.first_line_indent.pt
    start2 = p2.paragraph_format.left_indent.pt + p2.paragraph_format.first_line_indent.pt
    assert start1 == pytest.approx(32) and start2 == pytest.approx(32 + label)
    for n in (1, 2, 3):
        p = next(p for p in d.paragraphs if p.text == f"附件{n}")
        assert p.runs[0]._element.rPr.find(qn("w:rFonts")).get(qn("w:eastAsia")) == "黑体"
        assert p.alignment == 0 and p.paragraph_format.first_line_indent in (None, 0)


def test_english_single_appendix_is_not_numbered(filled: Store, tmp_path: Path) -> None:
    d = docx.Document(str(_export(filled, tmp_path, "en", appendix=("drills",))))
    lines = [p.text for p in d.paragraphs]
    assert any(ln.startswith("Appendix: ") for ln in lines)
    assert "Appendix" in lines and "Appendix 1" not in lines


def test_header_cells_never_break_inside_a_word(filled: Store, tmp_path: Path) -> None:
    assert header_lines("整改状态") == ["整改", "状态"]
    assert header_lines("序号") == ["序号"]
    assert header_lines("Responsible unit") == ["Responsible", "unit"]
    for lang in ("zh", "en"):
        d = docx.Document(str(_export(filled, tmp_path, lang, appendix=APPENDIX_KEYS)))
        for table in d.tables:
            widths = [
                int(tc.tcPr.find(qn("w:tcW")).get(qn("w:w"))) / 20
                for tc in table.rows[0]._tr.tc_lst
            ]
            margins_mm = 54 if lang == "zh" else 50
            assert sum(widths) <= (297 - margins_mm) / 25.4 * 72 + 1
            for cell, w in zip(table.rows[0].cells, widths, strict=True):
                # every line of the header fits its column: Word never wraps it itself
                size = 10.5 if lang == "zh" else 9.5
                for line in cell.text.split("\n"):
                    assert text_width_pt(line, size) + CELL_PAD_PT <= w + 0.5, (line, w)
            serial = table.rows[0].cells[0].text
            assert "\n" not in serial
            # The last rows go to a page together: no page carries only one or two.
            rows = table.rows[1:]
            kept = [r.cells[0].paragraphs[0].paragraph_format.keep_with_next for r in rows]
            assert kept[-1] is not True and all(kept[-4:-1])


def test_column_widths_follow_the_content(filled: Store) -> None:
    doc = build_summary(filled, YEAR, "en", appendix=("drills",), today=TODAY)
    from emergency_desk.report.table_layout import column_widths

    table = doc.appendices[0]
    # Eight columns with English headers are turned to a landscape page (~700 pt).
    from emergency_desk.report.table_layout import needs_landscape

    assert needs_landscape(table, 9.5, 453)
    widths = column_widths(table, 9.5, 700)
    title_col = table.headers.index(next(h for h in table.headers if "itle" in h or "ame" in h))
    # The drill's name gets the most room; a column of small numbers little.
    assert widths[title_col] == max(widths)
    assert widths[0] < 60 and sum(widths) == pytest.approx(700)


def test_materials_appendix_has_its_date_minimum_and_marks(filled: Store, tmp_path: Path) -> None:
    doc = build_summary(filled, YEAR, "zh", appendix=("materials",), today=TODAY)
    table = doc.appendices[0]
    assert table.note == "（截至2025年12月31日）"
    assert "最低储备" in table.headers and table.headers[-1] == "备注"
    d = docx.Document(str(_export(filled, tmp_path, appendix=("materials",))))
    assert "（截至2025年12月31日）" in [p.text for p in d.paragraphs]
    marks = {row.cells[-1].text for row in d.tables[0].rows[1:]}
    assert marks <= {"", "已过期", "低于最低储备", "已过期；低于最低储备"}
    rows = [[c.text for c in r.cells] for r in d.tables[0].rows[1:]]
    q, m = table.headers.index("数量"), table.headers.index("最低储备")
    for r in rows:
        short = r[m] and int(r[q]) < int(r[m])
        assert ("低于最低储备" in r[-1]) == bool(short)


def test_signature_is_kept_with_the_text_and_never_wraps(filled: Store, tmp_path: Path) -> None:
    d = docx.Document(str(_export(filled, tmp_path)))
    paras = d.paragraphs
    i = next(k for k, p in enumerate(paras) if p.text == "2026年1月10日")
    office, date = paras[i - 1], paras[i]
    assert office.text == "青山镇应急管理办公室"
    last_body = max(k for k in range(i) if paras[k].text and k < i - 1)
    assert all(paras[k].paragraph_format.keep_with_next for k in range(last_body, i))
    assert date.alignment == office.alignment == 2
    # A long office name: the date stays on one line, both inside the type area.
    long_office = "某某省某某市某某县某某镇人民政府应急管理办公室（应急管理站）"
    doc = build_summary(filled, YEAR, "zh", today=TODAY)
    d = render(dataclasses.replace(doc, office=long_office))
    office_p = next(p for p in d.paragraphs if p.text == long_office)
    date_p = next(p for p in d.paragraphs if p.text == "2026年1月10日")
    right = (date_p.paragraph_format.right_indent or 0) / 12700
    assert right + text_width_pt("2026年1月10日", 16) <= USABLE_PT
    assert (office_p.paragraph_format.right_indent or 0) >= 0


def test_a_long_office_name_in_the_title_breaks_between_its_parts() -> None:
    name = "某某自治区某某自治州某某自治县某某镇人民政府应急管理办公室"
    lines = break_name(name, 22, USABLE_PT)
    assert "".join(lines) == name and len(lines) == 2
    assert all(text_width_pt(ln, 22) <= USABLE_PT for ln in lines)
    assert lines[0].endswith(("县", "镇", "人民政府", "州", "区"))


def _zip_text(path: Path) -> str:
    with zipfile.ZipFile(path) as z:
        return "\n".join(
            z.read(n).decode("utf-8", "replace") for n in z.namelist() if n.endswith(".xml")
        ) + "\n".join(z.namelist())


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_document_properties_carry_nothing_of_python_docx(
    filled: Store, tmp_path: Path, lang: str
) -> None:
    path = _export(filled, tmp_path, lang, appendix=APPENDIX_KEYS)
    day_log = save(
        new_document(lang=lang, author="青山镇应急管理办公室", title="值班日志"),
        tmp_path / "log.docx",
    )
    for p in (path, day_log):
        text = _zip_text(p)
        for banned in ("python-docx", "2013", "Macintosh", "ja-JP", "thumbnail"):
            assert banned not in text, (p.name, banned)
        with zipfile.ZipFile(p) as z:
            assert "ＭＳ" not in z.read("word/fontTable.xml").decode()
            core = z.read("docProps/core.xml").decode()
            app = z.read("docProps/app.xml").decode()
            styles = z.read("word/styles.xml").decode()
        tag = "zh-CN" if lang == "zh" else "en-GB"
        assert f"<dc:language>{tag}</dc:language>" in core
        office = "青山镇应急管理办公室" if lang == "zh" or p == day_log else "Qingshan Town"
        assert f"<dc:creator>{office}" in core
        assert 'w:eastAsia="zh-CN"' in styles and f'w:val="{tag}"' in styles
        assert "应急管理工作台" in app or "Emergency Desk" in app
    d = docx.Document(str(path))
    assert d.core_properties.title == build_summary(filled, YEAR, lang, today=TODAY).title
    assert d.core_properties.created.year >= 2026


def test_font_table_names_windows_fallbacks(filled: Store, tmp_path: Path) -> None:
    with zipfile.ZipFile(_export(filled, tmp_path)) as z:
        fonts = z.read("word/fontTable.xml").decode()
    assert '<w:font w:name="仿宋_GB2312"><w:altName w:val="仿宋"/>' in fonts
    assert '<w:font w:name="楷体_GB2312"><w:altName w:val="楷体"/>' in fonts
    assert '<w:font w:name="方正小标宋简体"><w:altName w:val="宋体"/>' in fonts


def test_faces_chosen_by_what_the_pc_has(filled: Store, tmp_path: Path) -> None:
    from emergency_desk.report.fonts import choose_faces

    stock = ["宋体", "SimSun", "黑体", "SimHei", "仿宋", "FangSong", "楷体", "KaiTi", "Arial"]
    choice = choose_faces(stock)
    assert choice.faces["仿宋_GB2312"] == "仿宋" and choice.faces["楷体_GB2312"] == "楷体"
    assert choice.faces["方正小标宋简体"] == "宋体" and choice.faces["黑体"] == "黑体"
    assert set(choice.missing) == {"仿宋_GB2312", "楷体_GB2312", "方正小标宋简体"}
    official = choose_faces([*stock, "FangSong_GB2312", "KaiTi_GB2312", "方正小标宋简体"])
    assert official.faces["仿宋_GB2312"] == "仿宋_GB2312" and not official.missing
    d = docx.Document(str(_export(filled, tmp_path, installed_fonts=stock)))
    body = next(p for p in d.paragraphs if p.text.startswith("2025年，"))
    assert body.runs[0]._element.rPr.find(qn("w:rFonts")).get(qn("w:eastAsia")) == "仿宋"
    title = d.paragraphs[0].runs[0]
    assert title._element.rPr.find(qn("w:rFonts")).get(qn("w:eastAsia")) == "宋体"
    assert title.font.bold


def test_a_summary_without_an_office_name_is_refused(tmp_path: Path) -> None:
    store = Store.open(tmp_path / "new.db")
    store.set_setting("office_name", "")
    with pytest.raises(ReportError) as err:
        require_office(store, "zh")
    assert "emergency-desk settings office_name" in err.value.message("zh")
    store.set_setting("office_name_en", "Baisha Town Emergency Office")
    require_office(store, "en")  # an English summary signs with the English name
    store.close()
    db = tmp_path / "new.db"
    result = run_cli("--db", str(db), "report", "--year", "2025", "-o", str(tmp_path / "y.docx"))
    assert result.returncode == 2
    assert "emergency-desk settings office_name" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1 and "Traceback" not in result.stderr
    assert not (tmp_path / "y.docx").exists()


@pytest.mark.skipif(not shutil.which("soffice") or not shutil.which("pdftotext"),
                    reason="LibreOffice or pdftotext is not installed here")  # fmt: skip
def test_rendered_signature_page_also_has_body_text(filled: Store, tmp_path: Path) -> None:
    # Enough text that the end falls near a page break.
    doc = build_summary(filled, YEAR, "zh", today=TODAY)
    filler = [Para("本年度各项工作有序推进，" * 9)] * 9
    for extra in range(0, 6):
        d = render(
            dataclasses.replace(doc, opening=doc.opening + filler[:extra] + [Para("结束语。" * 30)])
        )
        path = tmp_path / f"sig{extra}.docx"
        d.save(str(path))
        subprocess.run(
            ["soffice", "--headless", f"-env:UserInstallation=file://{tmp_path}/lo",
             "--convert-to", "pdf", "--outdir", str(tmp_path), str(path)],
            check=True, capture_output=True, timeout=120,
        )  # fmt: skip
        text = subprocess.run(
            ["pdftotext", str(path.with_suffix(".pdf")), "-"],
            check=True,
            capture_output=True,
            text=True,
        ).stdout
        pages = [p for p in text.split("\f") if p.strip()]
        last = [
            ln.replace(" ", "") for ln in pages[-1].splitlines() if ln.strip() and "—" not in ln
        ]
        assert last[-1] == "2026年1月10日"
        body = [ln for ln in last if ln not in ("青山镇应急管理办公室", "2026年1月10日")]
        assert body, f"signature alone on its page ({extra})"
