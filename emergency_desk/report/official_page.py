"""GB/T 9704's page: the document grid and a long office name set in lines.

GB/T 9704-2012 7.1 asks for 28 characters a line and 22 lines a page in 3号仿宋; Word
only keeps to that with a document grid (``w:docGrid``) whose character pitch makes
exactly 28 fit between the margins; without one a line holds 27.
"""

from __future__ import annotations

import math
import re

from docx.document import Document as DocxDocument
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.section import Section
from docx.text.paragraph import Paragraph

from .document import text_width_pt as _width

_NAME_BREAKS = (
    "人民政府",
    "办事处",
    "委员会",
    "办公室",
    "管理局",
    "街道",
    "省",
    "市",
    "县",
    "区",
    "镇",
    "乡",
    "局",
)


def break_name(name: str, size: float, usable: float) -> list[str]:
    """An office name in lines that fit ``usable``, broken only after one of its parts
    (某某县 | 某某镇人民政府 | 应急管理办公室); a part longer than a line stays whole."""
    if _width(name, size) <= usable:
        return [name]
    cuts = sorted(
        {m.end() for part in _NAME_BREAKS for m in re.finditer(re.escape(part), name)} - {len(name)}
    )
    lines, start = [], 0
    while _width(name[start:], size) > usable:
        fitting = [c for c in cuts if c > start and _width(name[start:c], size) <= usable]
        if not fitting:
            break
        lines.append(name[start : fitting[-1]])
        start = fitting[-1]
    lines.append(name[start:])
    return lines


def set_default_size(doc: DocxDocument, size: float) -> None:
    """The document default font size: the base of the character grid's pitch."""
    rpr = doc.styles.element.find(
        qn("w:docDefaults") + "/" + qn("w:rPrDefault") + "/" + qn("w:rPr")
    )
    if rpr is None:
        return
    for tag in ("w:sz", "w:szCs"):
        el = rpr.find(qn(tag))
        if el is None:
            el = OxmlElement(tag)
            rpr.append(el)
        el.set(qn("w:val"), str(round(size * 2)))


def set_doc_grid(
    doc: DocxDocument, section: Section, *, chars: int, line_pt: float, size: float
) -> None:
    """GB/T 9704's grid: lines ``line_pt`` apart (22 a page) and ``chars`` characters of
    ``size`` points a line.

    The lines are a ``w:docGrid`` of type "lines". The characters are not Word's
    character grid (type "linesAndChars" with a negative ``charSpace``): Word and WPS
    squeeze the characters onto it, but LibreOffice gives each 3号 character two cells
    of the squeezed grid and prints 14 a line. The Normal style's character spacing is
    condensed instead, just enough that ``chars`` fit between the margins; every
    program honours that, and the body text inherits it.
    """
    width, left, right = section.page_width, section.left_margin, section.right_margin
    assert width is not None and left is not None and right is not None
    usable_pt = (width - left - right) / 12700
    sect_pr = section._sectPr
    grid = sect_pr.find(qn("w:docGrid"))
    if grid is None:
        grid = OxmlElement("w:docGrid")
        sect_pr.append(grid)
    grid.set(qn("w:type"), "lines")
    grid.set(qn("w:linePitch"), str(round(line_pt * 20)))
    if qn("w:charSpace") in grid.attrib:
        del grid.attrib[qn("w:charSpace")]
    condense = math.floor((usable_pt / chars - size) * 20)  # twentieths of a point
    rpr = doc.styles["Normal"].element.get_or_add_rPr()
    spacing = rpr.find(qn("w:spacing"))
    if spacing is None:
        spacing = OxmlElement("w:spacing")
        sz = rpr.find(qn("w:sz"))
        if sz is not None:
            sz.addprevious(spacing)
        else:
            rpr.append(spacing)
    spacing.set(qn("w:val"), str(min(0, condense)))


def chars_per_line(usable_pt: float, size: float, spacing_twentieths: int) -> int:
    """How many characters of ``size`` a line holds with the character spacing given."""
    return math.floor(usable_pt / (size + spacing_twentieths / 20) + 1e-6)


_AFTER_SNAP = (
    "w:spacing", "w:ind", "w:contextualSpacing", "w:mirrorIndents", "w:suppressOverlap",
    "w:jc", "w:textDirection", "w:textAlignment", "w:textboxTightWrap", "w:outlineLvl",
    "w:divId", "w:cnfStyle", "w:rPr", "w:sectPr", "w:pPrChange",
)  # fmt: skip


def no_grid_snap(paragraph: Paragraph) -> None:
    """The paragraph keeps its own line height instead of the document's line grid."""
    ppr = paragraph._p.get_or_add_pPr()
    el = ppr.find(qn("w:snapToGrid"))
    if el is None:
        el = OxmlElement("w:snapToGrid")
        ppr.insert_element_before(el, *_AFTER_SNAP)
    el.set(qn("w:val"), "0")
