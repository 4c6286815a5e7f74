"""The summary writer's element-built runs and rows are python-docx's own, byte for byte:
the documents stay what they were before the writer was made faster."""

from __future__ import annotations

from copy import deepcopy

import docx
import pytest
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt
from lxml import etree

from emergency_desk.report.docx_fast import RowMaker, add_run, grid_style


def _xml(element: object) -> bytes:
    return etree.tostring(element)  # type: ignore[call-overload, no-any-return]


def _props() -> object:
    rpr = OxmlElement("w:rPr")
    fonts = OxmlElement("w:rFonts")
    fonts.set(qn("w:eastAsia"), "仿宋_GB2312")
    rpr.append(fonts)
    return rpr


@pytest.mark.parametrize(
    "text",
    ["城关镇：排查隐患12处", "", " leading space", "trailing ", "a\ttab", "two\nlines", "cr\rhere"],
)
def test_a_run_is_python_docxs_run(text: str) -> None:
    props = _props()
    theirs = docx.Document().add_paragraph()
    run = theirs.add_run(text)
    run._r.insert(0, deepcopy(props))
    ours = docx.Document().add_paragraph()
    made = add_run(ours, text, props)
    assert _xml(ours._p) == _xml(theirs._p)
    assert made.text == run.text == text.replace("\r", "\n")


def test_rows_are_python_docxs_rows() -> None:
    def table() -> object:
        t = docx.Document().add_table(rows=1, cols=3)
        for i, col in enumerate(t.columns):
            col.width = Pt(40 + 10 * i)
        return t

    theirs, ours = table(), table()
    for _ in range(4):
        theirs.add_row()  # type: ignore[attr-defined]
    maker = RowMaker(ours)  # type: ignore[arg-type]
    for n in range(4):
        row, cells = maker.add()
        assert len(cells) == 3 and cells[0]._tc is row._tr.tc_lst[0]
        cells[n % 3].text = "写"  # a cell written does not change the next row
        theirs.rows[n + 1].cells[n % 3].text = "写"  # type: ignore[attr-defined]
    assert _xml(ours._tbl) == _xml(theirs._tbl)  # type: ignore[attr-defined]


def test_copied_cells_are_built_cells() -> None:
    """A table's plain cells copied from the first of their kind are the cells the writer
    builds, and text that is not plain is left to the builder."""
    from emergency_desk.report.docx_fast import CellCopies, plain

    texts = ["城关镇", "青石镇", "1,234", "93.5%"]
    assert all(plain(t, "zh") for t in texts)
    assert not any(plain(t, "zh") for t in ("", " 12", "two\nlines", "a\tb", "bad\x01"))
    assert plain("1,234", "en") and not plain("城关镇", "en")  # its own run's face

    def build(cell: object, text: str) -> None:
        cell.width = Pt(60)  # type: ignore[attr-defined]
        p = cell.paragraphs[0]  # type: ignore[attr-defined]
        p.paragraph_format.keep_with_next = True
        add_run(p, text, _props())

    def table() -> object:
        t = docx.Document().add_table(rows=len(texts), cols=2)
        return t

    theirs, ours = table(), table()
    copies = CellCopies()
    for r, text in enumerate(texts):
        for c in range(2):
            build(theirs.cell(r, c), text)  # type: ignore[attr-defined]
            cell = ours.cell(r, c)  # type: ignore[attr-defined]
            copies.put((c,), cell, text, lambda cell=cell, text=text: build(cell, text))
    assert _xml(ours._tbl) == _xml(theirs._tbl)  # type: ignore[attr-defined]
    assert [c.text for c in ours.columns[1].cells] == texts  # type: ignore[attr-defined]


def test_a_grid_tables_style_is_python_docxs() -> None:
    """The style id goes where python-docx's setter puts it, whatever the table held."""
    theirs, ours = docx.Document(), docx.Document()
    a, b = theirs.add_table(rows=2, cols=3), ours.add_table(rows=2, cols=3)
    for doc, table in ((theirs, a), (ours, b)):
        table.style = doc.styles["Light Grid"]  # a style held already is replaced
    a.style = theirs.styles["Table Grid"]
    grid_style(b, ours.styles["Table Grid"])
    assert _xml(b._tbl) == _xml(a._tbl)
    assert b.style is not None and b.style.name == "Table Grid"
    assert b' w:val="TableGrid"' in _xml(b._tbl.tblPr)
