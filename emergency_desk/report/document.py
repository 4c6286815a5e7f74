"""The building blocks every printed document shares: page, fonts, tables, properties.

The annual summary, the duty day log, the rectification notices, the drill evaluation
report and the printed ledgers are all Word files that an office opens on a machine
whose Normal template is anything but official-document style, so every run gets its
faces explicitly (the Chinese one in ``w:eastAsia``: Word ignores a Chinese face given
only as the Latin font) — a table's body text through one character style that carries
them, not on each of its thousands of runs — every table header is marked to repeat on
each page, and the file's properties name the office, not python-docx. One copy of each,
here.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from docx import Document
from docx.document import Document as DocxDocument
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_LINE_SPACING
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import qn
from docx.section import Section
from docx.shared import Mm, Pt
from docx.table import Table as DocxTable
from docx.table import _Cell, _Row
from docx.text.paragraph import Paragraph
from docx.text.run import Run

from ..safe_write import write_file
from ..schema import xml_safe
from .docx_fast import grid_style
from .docx_package import clean_package

LANG_TAGS = {"zh": "zh-CN", "en": "en-GB"}
W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
QUOTE = {'"': "&quot;"}
LATIN = "Times New Roman"

# GB/T 9704-2012: 仿宋 body, 黑体 and 楷体 headings, 小标宋 title; margins giving the
# 156 x 225 mm type area on A4 (top 37, bottom 35, left 28, right 26 mm).
BODY_ZH = "仿宋_GB2312"
HEADING_ZH = "黑体"
SUBHEADING_ZH = "楷体_GB2312"
TITLE_ZH = "方正小标宋简体"
EAST_ASIA_FALLBACK = "宋体"
"""East-Asian face of an English document, for the Chinese names quoted in it."""
GBT9704_MARGINS_MM = (37.0, 35.0, 28.0, 26.0)  # top, bottom, left, right

PAPER_MM = {"A4": (210.0, 297.0), "A3": (297.0, 420.0)}


# -- runs -------------------------------------------------------------------------------------


def set_run_fonts(run: Run, east_asia: str, latin: str) -> None:
    """Latin and complex-script faces, and the East-Asian face where Word looks for it."""
    rpr = run._element.get_or_add_rPr()
    fonts = rpr.find(qn("w:rFonts"))
    if fonts is None:
        fonts = OxmlElement("w:rFonts")
        rpr.insert(0, fonts)
    for attr in ("w:ascii", "w:hAnsi", "w:cs"):
        fonts.set(qn(attr), latin)
    fonts.set(qn("w:eastAsia"), east_asia)


def add_run(
    paragraph: Paragraph,
    text: str,
    size: float,
    *,
    east: str,
    latin: str = LATIN,
    bold: bool = False,
    underline: bool = False,
) -> Run:
    """A run of ``text`` (without what Word cannot hold) in the faces and size given."""
    run = paragraph.add_run(xml_safe(text))
    set_run_fonts(run, east, latin)
    run.font.size = Pt(size)
    run.font.bold = bold
    if underline:
        run.font.underline = True
    return run


# -- page ---------------------------------------------------------------------------------------


def set_page(
    section: Section,
    *,
    paper: str = "A4",
    landscape: bool = False,
    margins_mm: tuple[float, float, float, float] = GBT9704_MARGINS_MM,
    footer_mm: float | None = None,
) -> None:
    """Paper size and orientation, margins as (top, bottom, left, right)."""
    short, long = (Mm(v) for v in PAPER_MM[paper])
    section.orientation = WD_ORIENT.LANDSCAPE if landscape else WD_ORIENT.PORTRAIT
    section.page_width, section.page_height = (long, short) if landscape else (short, long)
    top, bottom, left, right = margins_mm
    section.top_margin, section.bottom_margin = Mm(top), Mm(bottom)
    section.left_margin, section.right_margin = Mm(left), Mm(right)
    if footer_mm is not None:
        section.footer_distance = Mm(footer_mm)


def usable_width_pt(section: Section) -> float:
    """Width between the margins, in points."""
    width, left, right = section.page_width, section.left_margin, section.right_margin
    assert width is not None and left is not None and right is not None
    return float((width - left - right) / 12700)


# -- document properties ---------------------------------------------------------------------


def property_text(text: str) -> str:
    """Within Word's 255-character limit (python-docx raises): a long office name still prints."""
    text = xml_safe(text)
    return text if len(text) <= 255 else text[:254] + "…"


def set_properties(doc: DocxDocument, *, author: str, title: str, lang: str) -> None:
    """Author = the office, the title, the language, made now; nothing of python-docx's."""
    props = doc.core_properties
    # Written with a "Z": the moment in UTC, so Word shows the local time right.
    now = dt.datetime.now(dt.timezone.utc).replace(microsecond=0, tzinfo=None)
    props.title = property_text(title)
    props.author = property_text(author)
    props.last_modified_by = property_text(author)
    props.language = LANG_TAGS.get(lang, "zh-CN")
    props.created = now
    props.modified = now
    props.revision = 1
    for name in ("subject", "keywords", "comments", "category", "content_status", "identifier"):
        setattr(props, name, "")
    props.version = ""
    # python-docx's template says "generated by python-docx" (the comments above) and
    # carries its own author and dates; all are replaced here, and its other parts
    # (app.xml, font table, languages, thumbnail) in ``clean_package``.
    clean_package(doc, lang=lang, company=property_text(author))


def new_document(
    *,
    lang: str,
    author: str,
    title: str,
    paper: str = "A4",
    landscape: bool = False,
    margins_mm: tuple[float, float, float, float] = GBT9704_MARGINS_MM,
    body_pt: float = 16,
) -> DocxDocument:
    """An empty document with its page, Normal style fonts and properties set."""
    doc = Document()
    set_page(doc.sections[0], paper=paper, landscape=landscape, margins_mm=margins_mm)
    set_normal_style(doc, lang, body_pt)
    set_properties(doc, author=author, title=title, lang=lang)
    return doc


def set_normal_style(
    doc: DocxDocument, lang: str, size: float, *, latin: str = LATIN, east: str | None = None
) -> None:
    """The Normal style's faces and language, for text typed into the file afterwards."""
    normal = doc.styles["Normal"]
    normal.font.size = Pt(size)
    rpr = normal.element.get_or_add_rPr()
    fonts = rpr.find(qn("w:rFonts"))
    if fonts is None:
        fonts = OxmlElement("w:rFonts")
        rpr.insert(0, fonts)
    for attr in ("w:ascii", "w:hAnsi", "w:cs"):
        fonts.set(qn(attr), latin)
    fonts.set(qn("w:eastAsia"), east or (BODY_ZH if lang == "zh" else EAST_ASIA_FALLBACK))
    tag = rpr.find(qn("w:lang"))
    if tag is None:
        tag = OxmlElement("w:lang")
        rpr.append(tag)
    tag.set(qn("w:val"), LANG_TAGS.get(lang, "zh-CN"))
    tag.set(qn("w:eastAsia"), "zh-CN")


def save(doc: DocxDocument, path: str | Path) -> Path:
    """Through ``safe_write``: a held or missing target is a ``FileWriteError`` sentence."""
    target = Path(path)
    write_file(target, lambda tmp: doc.save(str(tmp)))
    return target


# -- paragraphs ------------------------------------------------------------------------------


def paragraph(
    doc: DocxDocument,
    text: str = "",
    size: float = 16,
    *,
    east: str = BODY_ZH,
    indent: bool = False,
    align: WD_ALIGN_PARAGRAPH | None = None,
    line_pt: float | None = None,
    before: float = 0,
    after: float = 0,
    bold: bool = False,
    keep_next: bool = False,
) -> Paragraph:
    """A paragraph of one run; ``indent`` is the two-character first-line indent."""
    p = doc.add_paragraph()
    pf = p.paragraph_format
    if align is not None:
        p.alignment = align
    if indent:
        pf.first_line_indent = Pt(2 * size)
    if line_pt:
        pf.line_spacing_rule = WD_LINE_SPACING.EXACTLY
        pf.line_spacing = Pt(line_pt)
    pf.space_before, pf.space_after = Pt(before), Pt(after)
    if keep_next:
        keep_with_next(p)
    if text:
        add_run(p, text, size, east=east, bold=bold)
    return p


def keep_with_next(paragraph: Paragraph) -> Paragraph:
    """The paragraph stays on the page of the one after it (a heading, a signature block)."""
    paragraph.paragraph_format.keep_with_next = True
    return paragraph


def set_outline(paragraph: Paragraph, level: int) -> None:
    """A heading level for the navigation pane without Word's Heading styles."""
    ppr = paragraph._p.get_or_add_pPr()
    el = OxmlElement("w:outlineLvl")
    el.set(qn("w:val"), str(level))
    ppr.append(el)


def heading(
    doc: DocxDocument, text: str, size: float, *, east: str, bold: bool = False, level: int = 0
) -> Paragraph:
    """A heading kept with what follows it; an empty heading is refused, never printed."""
    if not text.strip():
        raise ValueError("a heading needs text")
    p = doc.add_paragraph()
    keep_with_next(p)
    set_outline(p, level)
    p.paragraph_format.space_before = Pt(size * 0.6)
    p.paragraph_format.space_after = Pt(size * 0.3)
    add_run(p, text, size, east=east, bold=bold)
    return p


def field(add: Callable[..., Run], instruction: str) -> None:
    """A Word field (PAGE, NUMPAGES) built from runs made by ``add``."""

    def char(kind: str) -> None:
        el = OxmlElement("w:fldChar")
        el.set(qn("w:fldCharType"), kind)
        add()._element.append(el)

    char("begin")
    instr = OxmlElement("w:instrText")
    instr.set(qn("xml:space"), "preserve")
    instr.text = f" {instruction} "
    add()._element.append(instr)
    char("separate")
    add("1")
    char("end")


def page_numbers(
    section: Section, template: tuple[str, str, str], size: float, *, east: str
) -> None:
    """Centred footer "{before}PAGE{middle}NUMPAGES{after}", e.g. ("第", "页 共", "页")."""
    p = section.footer.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER

    def add(text: str = "") -> Run:
        return add_run(p, text, size, east=east)

    before, middle, after = template
    add(before)
    field(add, "PAGE")
    if middle or after:
        add(middle)
        field(add, "NUMPAGES")
        add(after)


# -- tables ----------------------------------------------------------------------------------


def repeat_header(row: _Row) -> None:
    """The row is printed again at the top of every page the table runs onto."""
    tr_pr = row._tr.get_or_add_trPr()
    el = OxmlElement("w:tblHeader")
    el.set(qn("w:val"), "true")
    tr_pr.append(el)
    cant_split(row)


def cant_split(row: _Row) -> None:
    """A row is never broken across two pages."""
    tr_pr = row._tr.get_or_add_trPr()
    el = OxmlElement("w:cantSplit")
    el.set(qn("w:val"), "true")
    tr_pr.insert(0, el)


def set_cell(
    cell: _Cell,
    text: str,
    size: float,
    *,
    east: str,
    bold: bool = False,
    align: WD_ALIGN_PARAGRAPH | None = None,
) -> None:
    """The cell's one paragraph holds ``text`` in the faces given."""
    p = cell.paragraphs[0]
    if align is not None:
        p.alignment = align
    add_run(p, text, size, east=east, bold=bold)


def table_text_style(doc: DocxDocument, size: float, east: str) -> str:
    """The id of the character style a table's body text is in: the faces (the Chinese
    one in ``w:eastAsia``) and the size once in styles.xml, not on each of a ledger's
    30,000 runs — a third of the XML to parse, write and compress (bench/README.md,
    ledger). A character style, not a paragraph style: the cells' paragraph marks stay
    in the Normal style as before, so Word sizes the rows exactly as it did."""
    half_points = round(size * 2)
    styles = doc.styles.element
    base = f"TableText{half_points}"
    taken = 0
    for el in styles.findall(qn("w:style")):
        style_id = el.get(qn("w:styleId")) or ""
        if not style_id.startswith(base):
            continue
        fonts = el.find(f"{qn('w:rPr')}/{qn('w:rFonts')}")
        if fonts is not None and fonts.get(qn("w:eastAsia")) == east:
            return style_id
        taken += 1
    style_id = base if not taken else f"{base}-{taken + 1}"
    zh = (doc.core_properties.language or "").startswith("zh")
    name = f"表格文字 {size:g}磅" if zh else f"Table Text {size:g} pt"
    if taken:
        name += f" ({east})"
    styles.append(
        parse_xml(
            f'<w:style xmlns:w="{W_NS}" w:type="character" w:customStyle="1"'
            f' w:styleId="{escape(style_id, QUOTE)}"><w:name w:val="{escape(name, QUOTE)}"/>'
            '<w:basedOn w:val="DefaultParagraphFont"/><w:uiPriority w:val="1"/><w:qFormat/>'
            f'<w:rPr><w:rFonts w:ascii="{LATIN}" w:hAnsi="{LATIN}" w:cs="{LATIN}"'
            f' w:eastAsia="{escape(east, QUOTE)}"/>'
            f'<w:sz w:val="{half_points}"/><w:szCs w:val="{half_points}"/></w:rPr></w:style>'
        )
    )
    return style_id


def grid_table(
    doc: DocxDocument,
    headers: Sequence[str],
    rows: Sequence[Sequence[str]],
    widths_pt: Sequence[float],
    *,
    size: float,
    east: str,
    head_east: str,
) -> DocxTable:
    """A ruled table whose header row repeats on every page and whose rows never split.

    Rows are built as XML directly, not through ``add_row``/``cell.text`` (which re-reads
    the table each time): a ledger of 2,000 rows is written in well under a second. The
    column widths are in the grid and the header row's cells (the table's layout is
    fixed, so Word and LibreOffice take the body rows' widths from them); the body text
    is in a character style (``table_text_style``).
    """
    table = doc.add_table(rows=1, cols=len(headers))
    grid_style(table, doc.styles["Table Grid"])
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    table.autofit = False
    for col, w in zip(table.columns, widths_pt, strict=True):
        col.width = Pt(w)
    tbl_w = table._tbl.tblPr.find(qn("w:tblW"))
    if tbl_w is not None:
        tbl_w.set(qn("w:type"), "dxa")
        tbl_w.set(qn("w:w"), str(int(sum(widths_pt) * 20)))
    head = table.rows[0]
    repeat_header(head)
    for cell, text, w in zip(head.cells, headers, widths_pt, strict=True):
        cell.width = Pt(w)
        set_cell(cell, text, size, east=head_east, bold=True, align=WD_ALIGN_PARAGRAPH.CENTER)
    table._tbl.extend(_rows_xml(rows, table_text_style(doc, size, east)))
    return table


def _cell_runs(text: str, r_pr: str) -> str:
    """A cell's text as runs: a line break between lines, spaces kept where XML would
    drop them."""
    out = []
    for i, line in enumerate(text.split("\n")):
        keep = line != line.strip() or "  " in line
        t = '<w:t xml:space="preserve">' if keep else "<w:t>"
        out.append(f"<w:r>{r_pr}{'<w:br/>' if i else ''}{t}{escape(line)}</w:t></w:r>")
    return "".join(out)


def _rows_xml(rows: Sequence[Sequence[str]], style_id: str) -> list[Any]:
    """The body rows as ``w:tr`` elements, written as text and parsed once: building them
    element by element costs about 3 ms a row, this a few hundredths of that. Each run
    names the table's text style; no cell repeats its width (the grid holds it)."""
    r_pr = f'<w:rPr><w:rStyle w:val="{escape(style_id, QUOTE)}"/></w:rPr>'
    out = [f'<w:tbl xmlns:w="{W_NS}">']
    for values in rows:
        out.append("<w:tr><w:trPr><w:cantSplit/></w:trPr>")
        for text in values:
            text = xml_safe(text)
            if "\n" in text or text != text.strip() or "  " in text:
                out.append(f"<w:tc><w:p>{_cell_runs(text, r_pr)}</w:p></w:tc>")
            else:  # most cells: one run, without a loop per cell
                out.append(f"<w:tc><w:p><w:r>{r_pr}<w:t>{escape(text)}</w:t></w:r></w:p></w:tc>")
        out.append("</w:tr>")
    out.append("</w:tbl>")
    return list(parse_xml("".join(out)))


_WIDE = re.compile("[\u2e80-\U0010ffff]")
_CAPITAL = re.compile("[A-Z]")
_BROAD = re.compile("[MWmw@%&]")


def text_width_pt(text: str, size: float) -> float:
    """Rough printed width: a CJK character is one em, anything else half, a capital a
    quarter more and M, W, m, w (and @ % &) three tenths more again — Times New Roman's
    "Medium" is 3.4 em, not 3, and a column sized to half an em a letter printed it
    "Mediu/m" (tests/test_text_width.py holds it to the Times metrics).

    Counted by regular expressions, not character by character in Python: a 2,000-row
    ledger measures each different cell text once to size its columns (bench/README.md)."""
    if text.isascii() and not _CAPITAL.search(text) and not _BROAD.search(text):
        return len(text) * (size / 2)
    halves = (
        len(text)
        + len(_WIDE.findall(text))
        + 0.5 * len(_CAPITAL.findall(text))
        + 0.6 * len(_BROAD.findall(text))
    )
    return halves * (size / 2)
