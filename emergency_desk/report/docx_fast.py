"""The summary writer's runs and table rows built as elements, not through python-docx's
setters, which search an element's children on every call and cost more than the text
(bench/README.md: the county report's table of thirty townships). Each function makes
the element python-docx would make, byte for byte; ``tests/test_docx_fast.py`` holds them
to python-docx's own output.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from copy import deepcopy
from typing import Any

from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.table import Table, _Cell, _Row
from docx.text.paragraph import Paragraph
from docx.text.run import Run

from ..schema import xml_safe

_SPECIAL = ("\t", "\n", "\r")  # python-docx turns these into <w:tab/> and <w:br/>
CJK = re.compile(r"[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f]+")
_T = qn("w:t")


def script_pieces(text: str) -> list[str]:
    """Split text into runs of Chinese and of everything else, in order."""
    pieces, pos = [], 0
    for m in CJK.finditer(text):
        if m.start() > pos:
            pieces.append(text[pos : m.start()])
        pieces.append(m.group())
        pos = m.end()
    if pos < len(text) or not pieces:
        pieces.append(text[pos:])
    return pieces


def plain(text: str, lang: str) -> bool:
    """One run of one ``<w:t>`` with nothing to escape or preserve: a Chinese document's
    line, or an English one's without Chinese (which gets a run of its own face)."""
    return (
        text != ""
        and text == text.strip()
        and not any(c in text for c in _SPECIAL)
        and xml_safe(text) == text
        and (lang == "zh" or CJK.search(text) is None)
    )


def add_run(p: Paragraph, text: str, props: Any) -> Run:
    """``p.add_run(text)`` with a copy of ``props`` (a ``<w:rPr>``) as its properties."""
    if any(c in text for c in _SPECIAL):
        run = p.add_run(text)
        run._r.insert(0, deepcopy(props))
        return run
    r = OxmlElement("w:r")
    r.append(deepcopy(props))
    if text:
        t = OxmlElement("w:t")
        t.text = text
        if len(text.strip()) < len(text):
            t.set(qn("xml:space"), "preserve")
        r.append(t)
    p._p.append(r)
    return Run(r, p)


class RowMaker:
    """``table.add_row()`` for a table without merged cells: the first row is python-docx's,
    each later one a copy of it as it was made (every cell's width from its grid column)."""

    def __init__(self, table: Table) -> None:
        self.table = table
        self.blank: Any = None

    def add(self) -> tuple[_Row, list[_Cell]]:
        """A new bottom row and its cells."""
        if self.blank is None:
            row = self.table.add_row()  # type: ignore[no-untyped-call]
            self.blank = deepcopy(row._tr)
            tr = row._tr
        else:
            tr = deepcopy(self.blank)
            self.table._tbl.append(tr)
            row = _Row(tr, self.table)
        return row, [_Cell(tc, self.table) for tc in tr.tc_lst]


class CellCopies:
    """Table cells of ``plain`` text as copies of the first cell of their kind with the
    text put in: one copy a cell instead of python-docx building its properties, its
    paragraph and run (a cell's kind: its width, alignment, keep-with-next; its run's
    face and size are the table's)."""

    def __init__(self) -> None:
        self.made: dict[tuple[Any, ...], Any] = {}

    def put(self, kind: tuple[Any, ...], cell: _Cell, text: str, make: Callable[[], None]) -> None:
        """``cell`` holding ``text``; ``make()`` builds the first of each kind in place."""
        first = self.made.get(kind)
        if first is None:
            make()
            self.made[kind] = deepcopy(cell._tc)
            return
        tc = deepcopy(first)
        next(tc.iter(_T)).text = text
        cell._tc.getparent().replace(cell._tc, tc)


def grid_style(table: Table, style: Any) -> None:
    """``table.style = style`` for a named style such as Table Grid. python-docx's setter
    first asks whether the style is the document's default table style, and to answer
    it reads every style in the document (~4 ms a table); a named grid style never is, so
    its id goes straight into ``w:tblStyle``, as the setter would put it."""
    table._tbl.tblPr.style = style.style_id
