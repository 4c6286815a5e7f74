"""Printed tables keep their faces and widths in one place: the body text's character
style and the table's grid, not on each of a ledger's 30,000 cells.

A ledger opened in Word must show every cell in 仿宋_GB2312 (the Chinese face in
``w:eastAsia``: Word ignores a Chinese face given only as the Latin font) at 9 pt, in the
widths the ledger chose, with no row split over two pages — and the file must stay small
enough to write quickly (bench/README.md, ledger).
"""

from __future__ import annotations

import zipfile
from pathlib import Path

from docx import Document
from docx.enum.style import WD_STYLE_TYPE
from docx.oxml.ns import qn
from docx.shared import Pt

from emergency_desk.report.directory import build_directory
from emergency_desk.report.document import grid_table, new_document, save
from emergency_desk.report.ledger import build_ledger
from emergency_desk.store import ListQuery, Store

OFFICE = "青石镇应急管理办公室"


def _office(tmp_path: Path, hazards: int = 30) -> Store:
    store = Store.open(tmp_path / "office.db")
    store.set_setting("office_name", OFFICE)
    for i in range(hazards):
        store.insert(
            "hazards",
            {
                "found_on": f"2026-03-{i % 28 + 1:02d}",
                "name": f"河口村涵洞堵塞{i + 1}号",
                "location": "河口村三组涵洞",
                "category": "flood",
                "grade": "general",
                "responsible_unit": "河口村村民委员会",
                "responsible_person": "王强",
                "phone": "13800138000",
                "deadline": "2026-04-30",
                "funds": 1250.5,
            },
        )
    return store


def _fonts(rpr: object) -> dict[str, str]:
    fonts = rpr.find(qn("w:rFonts"))  # type: ignore[attr-defined]
    return {} if fonts is None else {k.split("}")[1]: v for k, v in fonts.attrib.items()}


def test_ledger_cells_are_in_the_table_text_style_not_on_each_run(tmp_path: Path) -> None:
    """Each body run names the style, which holds the faces and the size; python-docx
    reads the same texts and the same font back."""
    store = _office(tmp_path)
    for lang, east in (("zh", "仿宋_GB2312"), ("en", "宋体")):
        path = save(
            build_ledger(store, ListQuery("hazards"), None, lang), tmp_path / f"{lang}.docx"
        )
        doc = Document(str(path))
        table = doc.tables[0]
        body = table.rows[1:]
        assert len(body) == 30
        styles = set()
        for row in body:
            for cell in row.cells:
                for run in cell.paragraphs[0].runs:
                    rpr = run._element.rPr
                    assert [child.tag for child in rpr] == [qn("w:rStyle")], lang
                    styles.add(run.style.style_id)
        assert len(styles) == 1, styles
        style = doc.styles.get_by_id(styles.pop(), WD_STYLE_TYPE.CHARACTER)
        assert style.type == WD_STYLE_TYPE.CHARACTER
        assert style.font.size == Pt(9)
        assert _fonts(style.element.rPr) == {
            "ascii": "Times New Roman",
            "hAnsi": "Times New Roman",
            "cs": "Times New Roman",
            "eastAsia": east,
        }
        # the texts the clerk sees in the list, read back from the file
        first = [c.text for c in body[0].cells]
        assert first[0] == "1" and "13800138000" in first and "1,250.50" in first
        assert any(c.text.startswith("河口村涵洞堵塞") for c in body[0].cells)
        # the header keeps its own bold heading face
        head_run = table.rows[0].cells[1].paragraphs[0].runs[0]
        assert head_run.bold and _fonts(head_run._element.rPr)["eastAsia"] == (
            "黑体" if lang == "zh" else "宋体"
        )
    store.close()


def test_widths_are_in_the_grid_and_every_row_stays_whole(tmp_path: Path) -> None:
    """Widths once (the grid, the header's cells, fixed layout), the header repeats, and
    no body row may break over a page."""
    store = _office(tmp_path)
    doc = build_ledger(store, ListQuery("hazards"), None, "zh")
    tbl = doc.tables[0]._tbl
    grid = [int(c.get(qn("w:w"))) for c in tbl.tblGrid.findall(qn("w:gridCol"))]
    assert tbl.tblPr.find(qn("w:tblLayout")).get(qn("w:type")) == "fixed"
    head, *body = tbl.tr_lst
    assert [int(tc.tcPr.find(qn("w:tcW")).get(qn("w:w"))) for tc in head.tc_lst] == grid
    assert head.trPr.find(qn("w:tblHeader")) is not None
    assert abs(int(tbl.tblPr.find(qn("w:tblW")).get(qn("w:w"))) - sum(grid)) <= len(grid)
    for tr in body:
        assert tr.trPr.find(qn("w:cantSplit")) is not None
        assert all(tc.tcPr is None for tc in tr.tc_lst)
    store.close()


def test_a_body_cell_costs_little_markup(tmp_path: Path) -> None:
    """The XML of a body cell, beyond its text, is the cell, paragraph and run and the
    style's name: under 100 bytes (it was about 280 with faces, size and width on each)."""
    store = _office(tmp_path, hazards=200)
    path = save(build_ledger(store, ListQuery("hazards"), None, "zh"), tmp_path / "l.docx")
    with zipfile.ZipFile(path) as z:
        xml = z.read("word/document.xml").decode()
    table = Document(str(path)).tables[0]
    body = table.rows[1:]
    texts = sum(len(c.text.encode()) for row in body for c in row.cells)
    cells = sum(len(row.cells) for row in body)
    start = xml.index("</w:tr>") + len("</w:tr>")  # after the header row
    end = xml.index("</w:tbl>")
    markup = len(xml[start:end].encode()) - texts
    assert markup / cells < 100, f"{markup / cells:.0f} bytes of markup a cell"
    store.close()


def test_tables_share_a_style_per_face_and_size(tmp_path: Path) -> None:
    """Two tables in the same face and size share one style; another face gets its own,
    and text Word would otherwise trim (leading spaces, line breaks) reads back whole."""
    doc = new_document(lang="zh", author=OFFICE, title="测试")
    a = grid_table(doc, ["甲"], [["一"]], [100], size=9, east="仿宋_GB2312", head_east="黑体")
    b = grid_table(doc, ["乙"], [["二"]], [100], size=9, east="仿宋_GB2312", head_east="黑体")
    c = grid_table(
        doc, ["丙"], [["  前后有空格 "]], [100], size=9, east="楷体_GB2312", head_east="黑体"
    )
    d = grid_table(
        doc, ["丁"], [["两行\n第二行"]], [100], size=10.5, east="楷体_GB2312", head_east="黑体"
    )

    def style_of(table: object) -> str:
        run = table.rows[1].cells[0].paragraphs[0].runs[0]  # type: ignore[attr-defined]
        return str(run.style.style_id)

    assert style_of(a) == style_of(b)
    assert len({style_of(a), style_of(c), style_of(d)}) == 3
    path = save(doc, tmp_path / "t.docx")
    again = Document(str(path))
    east = {
        t.rows[1]
        .cells[0]
        .paragraphs[0]
        .runs[0]
        .style.element.rPr.find(qn("w:rFonts"))
        .get(qn("w:eastAsia"))
        for t in again.tables
    }
    assert east == {"仿宋_GB2312", "楷体_GB2312"}
    assert again.tables[2].rows[1].cells[0].text == "  前后有空格 "
    assert again.tables[3].rows[1].cells[0].text == "两行\n第二行"
    assert again.tables[3].rows[1].cells[0].paragraphs[0].runs[0].font.size is None
    assert again.tables[3].rows[1].cells[0].paragraphs[0].runs[0].style.font.size == Pt(10.5)


def test_the_directory_uses_the_same_style(tmp_path: Path) -> None:
    """The directory (应急通讯录) shares the table code: its cells name a style too."""
    store = _office(tmp_path, hazards=0)
    store.insert(
        "contacts",
        {
            "name": "王强",
            "role": "info_officer",
            "status": "active",
            "unit": "河口村村民委员会",
            "phone": "13800138000",
        },
    )
    doc = build_directory(store)
    runs = [
        r
        for t in doc.tables
        for row in t.rows[1:]
        for cell in row.cells
        for r in cell.paragraphs[0].runs
    ]
    assert runs and all(r._element.rPr.find(qn("w:rFonts")) is None for r in runs)
    assert {r.style.font.size for r in runs} and all(r.style.element.rPr is not None for r in runs)
    store.close()
