"""Lay out a summary outline as a Word document with python-docx.

Every run gets its fonts explicitly, East-Asian face in ``w:eastAsia`` (Word ignores a
Chinese face given only as the Latin font), because offices open the file on machines
whose Normal template is anything but official-document style.

An appendix table too wide for a portrait page without wrapping inside its dates and
numbers (a hazard list with eight columns) gets a landscape section of its own, as a
clerk would turn the page by hand; the page numbers run on through it.
"""

from __future__ import annotations

from copy import deepcopy
from typing import Any

from docx import Document
from docx.document import Document as DocxDocument
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.table import WD_CELL_VERTICAL_ALIGNMENT, WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_LINE_SPACING
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Length, Mm, Pt
from docx.table import Table as DocxTable
from docx.table import _Cell
from docx.text.paragraph import Paragraph
from docx.text.run import Run

from ..schema import xml_safe
from .document import (
    cant_split,
    field,
    repeat_header,
    set_normal_style,
    set_properties,
    set_run_fonts,
)
from .document import text_width_pt as _width
from .docx_fast import CJK as _CJK
from .docx_fast import CellCopies, RowMaker, add_run, grid_style, plain
from .docx_fast import script_pieces as _script_pieces
from .fonts import FaceChoice
from .layout import EAST_ASIA_FALLBACK, GRID_CHARS, Layout, layout_for
from .model import Para, SummaryDoc, Table
from .official_page import break_name, no_grid_snap, set_default_size, set_doc_grid
from .table_layout import Wanted, column_widths, header_text, needs_landscape, wanted

# -- runs and paragraphs ---------------------------------------------------------------------


class Writer:
    """Runs and paragraphs get their properties as copies of ones built once per kind:
    python-docx's setters search the element's children on every call, which cost more
    than the text itself (bench/README.md, report)."""

    def __init__(self, lang: str, faces: FaceChoice | None = None):
        self.lang = lang
        self.L: Layout = layout_for(lang, faces)
        self.doc: DocxDocument = Document()
        self._run_props: dict[tuple[Any, ...], Any] = {}
        self._para_props: dict[tuple[Any, ...], Any] = {}
        self._cell_props: dict[tuple[Any, ...], tuple[Any, Any]] = {}
        self._grid_style: Any = None  # looked up once: python-docx searches every style

    # fonts: Chinese text gets its face in eastAsia; the English document quotes Chinese
    # names now and then, which then fall back to a plain Song face.
    def _east(self, face: str) -> str:
        return face if self.lang == "zh" else EAST_ASIA_FALLBACK

    def run(
        self,
        p: Paragraph,
        text: str,
        face: str,
        size: float,
        *,
        bold: bool = False,
        italic: bool = False,
        latin: str | None = None,
    ) -> Run:
        latin = latin or (face if self.lang == "en" else self.L.latin)
        text = xml_safe(text)  # an older database may hold what Word cannot
        # In the English document only Chinese characters get the CJK face: quotes and
        # dashes next to a Chinese name would otherwise be drawn full-width.
        pieces = [text] if self.lang == "zh" else _script_pieces(text)
        r = None
        for piece in pieces:
            cjk = self.lang == "zh" or bool(_CJK.match(piece))
            key = (self._east(face) if cjk else latin, latin, size, bold, italic)
            props = self._run_props.get(key)
            if props is None:
                scratch = Run(OxmlElement("w:r"), p)
                set_run_fonts(scratch, key[0], latin)
                scratch.font.size = Pt(size)
                scratch.font.bold = bold
                scratch.font.italic = italic
                props = self._run_props[key] = scratch._r.rPr
            r = add_run(p, piece, props)
        assert r is not None
        return r

    def para(
        self,
        *,
        indent: bool = True,
        align: WD_ALIGN_PARAGRAPH | None = WD_ALIGN_PARAGRAPH.JUSTIFY,
        line_pt: float | None = None,
        before: float = 0,
        after: float | None = None,
        keep_next: bool = False,
        outline: int | None = None,
    ) -> Paragraph:
        p = self.doc.add_paragraph()
        key = (indent, align, line_pt, before, after, keep_next, outline)
        props = self._para_props.get(key)
        if props is None:
            scratch = Paragraph(OxmlElement("w:p"), p._parent)
            self._format_para(scratch, *key)
            props = self._para_props[key] = scratch._p.pPr
        p._p.insert(0, deepcopy(props))
        return p

    def _format_para(
        self,
        p: Paragraph,
        indent: bool,
        align: WD_ALIGN_PARAGRAPH | None,
        line_pt: float | None,
        before: float,
        after: float | None,
        keep_next: bool,
        outline: int | None,
    ) -> None:
        L = self.L
        pf = p.paragraph_format
        exact = line_pt or L.line_pt
        if exact:
            pf.line_spacing_rule = WD_LINE_SPACING.EXACTLY
            pf.line_spacing = Pt(exact)
        else:
            pf.line_spacing = L.line_multiple
        pf.space_before = Pt(before)
        pf.space_after = Pt(L.para_after_pt if after is None else after)
        if align is not None:
            p.alignment = align
        if indent and L.indent_chars:
            pf.first_line_indent = Pt(L.indent_pt)
            p._p.get_or_add_pPr().get_or_add_ind().set(
                qn("w:firstLineChars"), str(L.indent_chars * 100)
            )
        if keep_next:
            pf.keep_with_next = True
        if outline is not None:
            lvl = OxmlElement("w:outlineLvl")
            lvl.set(qn("w:val"), str(outline))
            p._p.get_or_add_pPr().append(lvl)

    # -- document parts -------------------------------------------------------------------

    def setup(self, author: str, title: str) -> None:
        L = self.L
        sec = self.doc.sections[0]
        sec.orientation = WD_ORIENT.PORTRAIT
        sec.page_width, sec.page_height = Mm(L.page_w_mm), Mm(L.page_h_mm)
        sec.top_margin, sec.bottom_margin = Mm(L.top_mm), Mm(L.bottom_mm)
        sec.left_margin, sec.right_margin = Mm(L.left_mm), Mm(L.right_mm)
        sec.footer_distance = Mm(L.footer_mm)
        sec.header_distance = Mm(15)
        latin = L.body_face if self.lang == "en" else L.latin
        set_normal_style(self.doc, self.lang, L.body_pt, latin=latin, east=self._east(L.body_face))
        set_default_size(self.doc, L.body_pt)
        if self.lang == "zh" and L.line_pt:
            set_doc_grid(self.doc, sec, chars=GRID_CHARS, line_pt=L.line_pt, size=L.body_pt)
        set_properties(self.doc, author=author, title=title, lang=self.lang)

    def title(self, text: str, office: str) -> None:
        """A title too long for one line breaks after the office name (and an office name
        too long for a line between its parts: 县 | 镇 | 人民政府 | 办公室), never mid-word."""
        L = self.L
        p = self.para(
            indent=False,
            align=WD_ALIGN_PARAGRAPH.CENTER,
            line_pt=L.title_line_pt,
            after=L.line_pt or 12,
        )
        usable_pt = (L.page_w_mm - L.left_mm - L.right_mm) / 25.4 * 72
        lines = [text]
        if (
            self.lang == "zh"
            and office
            and text.startswith(office)
            and _width(text, L.title_pt) > usable_pt
        ):
            lines = [*break_name(office, L.title_pt, usable_pt), text[len(office) :]]
        for i, line in enumerate(lines):
            r = self.run(p, line, L.title_face, L.title_pt, bold=L.title_bold)
            if i < len(lines) - 1:
                r.add_break()

    def body(self, item: Para) -> None:
        L = self.L
        p = self.para()
        if item.lead:
            self.run(
                p,
                item.lead,
                L.lead_face,
                L.body_pt,
                bold=L.lead_bold,
                italic=L.lead_italic,
            )
        if item.text:
            self.run(p, item.text, L.body_face, L.body_pt)

    def h1(self, text: str) -> None:
        L = self.L
        before = 0 if self.lang == "zh" else 10
        p = self.para(keep_next=True, outline=0, before=before, align=None)
        self.run(p, text, L.h1_face, L.h1_pt, bold=L.h1_bold)

    def h2(self, text: str) -> None:
        L = self.L
        p = self.para(keep_next=True, outline=1, align=None, after=L.para_after_pt / 2)
        self.run(p, text, L.h2_face, L.h2_pt, bold=L.h2_bold, italic=L.h2_italic)

    def blank(self, keep_next: bool = False) -> None:
        self.para(indent=False, keep_next=keep_next)

    def keep_end_with_signature(self) -> None:
        """The body's last paragraph stays on the page of what follows it (the appendix
        note and the signature), so the signature never stands alone on a page."""
        last = self.doc.paragraphs[-1] if self.doc.paragraphs else None
        if last is not None:
            last.paragraph_format.keep_with_next = True
            last.paragraph_format.widow_control = True

    def attachments_note(self, label: str, titles: list[str]) -> None:
        """GB/T 9704 7.3.4: "附件：1．名称" two characters in, numbered with a full-width
        stop only when there are several (so "1．2025年…" never reads as 1.2025), the
        names aligned with each other when they wrap or follow on the next line."""
        L = self.L
        self.blank(keep_next=True)
        zh = self.lang == "zh"
        if not zh:
            label = "Appendix:" if len(titles) == 1 else label
            label += " "
        label_w = _width(label, L.body_pt)
        for i, title in enumerate(titles, start=1):
            number = "" if len(titles) == 1 else (f"{i}．" if zh else f"{i}. ")
            lead = (label if i == 1 else "") + number
            hang = label_w + _width(number, L.body_pt)
            p = self.para(indent=False, align=WD_ALIGN_PARAGRAPH.LEFT, keep_next=True)
            pf = p.paragraph_format
            # Hanging indent: a wrapped name lines up with its own first character.
            pf.left_indent = Pt(L.indent_pt + hang)
            pf.first_line_indent = Pt(-hang + (0 if i == 1 else label_w))
            self.run(p, lead + title, L.body_face, L.body_pt)

    def signature(self, office: str, date_text: str) -> None:
        """Office and date at the right (GB/T 9704 7.3.5): the date four characters in from
        the right, the office centred over it; a long office name moves left rather than
        pushing the date onto two lines. Both stay on the page of the text above them."""
        L = self.L
        size = L.body_pt
        self.blank(keep_next=True)
        usable = self._usable_pt()
        if self.lang == "zh":
            self.blank(keep_next=True)
            date_w, office_w = _width(date_text, size), _width(office, size)
            date_right = 4 * size
            office_right = date_right + (date_w - office_w) / 2
            if office_right < 0 or office_w + office_right > usable:
                office_right = 0
                date_right = max(0.0, (office_w - date_w) / 2) if office_w < usable else 0
            date_right = max(0.0, min(date_right, usable - date_w - size))
        else:
            date_right = office_right = 0
        for i, (text, right) in enumerate(((office, office_right), (date_text, date_right))):
            p = self.para(indent=False, align=WD_ALIGN_PARAGRAPH.RIGHT, after=0, keep_next=i == 0)
            p.paragraph_format.right_indent = Pt(right)
            self.run(p, text, L.body_face, L.body_pt)

    def _usable_pt(self) -> float:
        """Width between the margins of the current (last) section, in points."""
        sec = self.doc.sections[-1]
        width, left, right = sec.page_width, sec.left_margin, sec.right_margin
        # None only for a section without <w:pgSz>/<w:pgMar>; every section here sets both.
        assert width is not None and left is not None and right is not None
        return (width - left - right) / 12700

    def _turn_page(self, landscape: bool) -> None:
        """Start a new section, on a new page, in the orientation given."""
        L = self.L
        sec = self.doc.add_section(WD_SECTION.NEW_PAGE)
        short, long = Mm(L.page_w_mm), Mm(L.page_h_mm)
        if landscape:
            sec.orientation = WD_ORIENT.LANDSCAPE
            sec.page_width, sec.page_height = long, short
        else:
            sec.orientation = WD_ORIENT.PORTRAIT
            sec.page_width, sec.page_height = short, long

    def appendix(self, number: int | None, table: Table) -> None:
        """An appendix on a page of its own: "附件1" (or "附件" when it is the only one) at
        the top left in 黑体, the title centred, the table."""
        L = self.L
        portrait = (L.page_w_mm - L.left_mm - L.right_mm) / 25.4 * 72
        measured = wanted(table, L.table_pt)  # once: for the page's turn and the widths
        landscape = needs_landscape(table, L.table_pt, portrait, measured)
        is_landscape = self.doc.sections[-1].orientation == WD_ORIENT.LANDSCAPE
        if landscape != is_landscape:
            self._turn_page(landscape)
            p = self.para(indent=False, align=WD_ALIGN_PARAGRAPH.LEFT, keep_next=True)
        else:
            p = self.para(indent=False, align=WD_ALIGN_PARAGRAPH.LEFT, keep_next=True)
            p.paragraph_format.page_break_before = True
        word = "附件" if self.lang == "zh" else "Appendix"
        label = (
            word
            if number is None
            else (f"{word}{number}" if self.lang == "zh" else f"{word} {number}")
        )
        self.run(p, label, L.appendix_label_face, L.body_pt, bold=self.lang == "en")
        title_pt = L.title_pt if self.lang == "zh" else 14
        t = self.para(
            indent=False,
            align=WD_ALIGN_PARAGRAPH.CENTER,
            line_pt=L.title_line_pt,
            before=6,
            after=6 if table.note else 12,
            keep_next=True,
        )
        self.run(t, table.title, L.title_face, title_pt, bold=L.title_bold)
        if table.note:
            n = self.para(indent=False, align=WD_ALIGN_PARAGRAPH.CENTER, after=8, keep_next=True)
            self.run(n, table.note, L.body_face, L.table_pt + 1.5)
        self.table(table, measured)

    def table(self, tb: Table, measured: Wanted | None = None) -> DocxTable:
        L = self.L
        cols = len(tb.headers)
        table = self.doc.add_table(rows=1, cols=cols)
        if self._grid_style is None:
            self._grid_style = self.doc.styles["Table Grid"]
        grid_style(table, self._grid_style)
        table.alignment = WD_TABLE_ALIGNMENT.CENTER
        table.autofit = False
        tbl_pr = table._tbl.tblPr
        usable = self._usable_pt()
        points = column_widths(tb, L.table_pt, usable, measured)
        widths = [Pt(w) for w in points]
        for i, col in enumerate(table.columns):
            col.width = widths[i]
        tbl_w = tbl_pr.find(qn("w:tblW"))
        if tbl_w is not None:
            tbl_w.set(qn("w:type"), "dxa")
            tbl_w.set(qn("w:w"), str(int(sum(points) * 20)))
        head = table.rows[0]
        repeat_header(head)
        center, right, left = (WD_ALIGN_PARAGRAPH.CENTER, WD_ALIGN_PARAGRAPH.RIGHT,
                               WD_ALIGN_PARAGRAPH.LEFT)  # fmt: skip
        for i, (cell, text) in enumerate(zip(head.cells, tb.headers, strict=False)):
            shown = header_text(text, points[i], L.table_pt)
            self._cell(cell, shown, widths[i], header=True, align=center)
        aligns = [center if i == 0 else right if i in tb.numeric else left for i in range(cols)]
        # The last rows go over together (and a short table stays whole), so no page
        # carries only a row or two of a table.
        together = len(tb.rows) if len(tb.rows) <= KEEP_WHOLE_ROWS else KEEP_LAST_ROWS
        first_kept = len(tb.rows) - together
        rows, copies = RowMaker(table), CellCopies()
        for r, values in enumerate(tb.rows):
            row, cells = rows.add()
            cant_split(row)
            keep = first_kept <= r < len(tb.rows) - 1
            for i, (cell, text) in enumerate(zip(cells, values, strict=False)):

                def make(cell: _Cell = cell, text: str = text, i: int = i, k: bool = keep) -> None:
                    self._cell(cell, text, widths[i], header=False, align=aligns[i], keep=k)

                if plain(text, self.lang):
                    copies.put((widths[i], aligns[i], keep), cell, text, make)
                else:
                    make()
        return table

    def _cell(
        self,
        cell: _Cell,
        text: str,
        width: Length,
        *,
        header: bool,
        align: WD_ALIGN_PARAGRAPH,
        keep: bool = False,
    ) -> None:
        """The cell's and its paragraph's properties are copies of the first such cell's,
        as runs' are (a township table's 448 cells took 0.3 s through the setters)."""
        L = self.L
        key = (width, header, align, keep)
        tc = cell._tc
        made = self._cell_props.get(key)
        if made is None:
            cell.width = width
            cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
            p = cell.paragraphs[0]
            pf = p.paragraph_format
            pf.line_spacing = 1.0
            pf.space_before = pf.space_after = Pt(1)
            pf.first_line_indent = Pt(0)
            p.alignment = align
            no_grid_snap(p)  # single-spaced rows, not one grid line (28.95 pt) per line
            pf.keep_with_next = keep or None
            self._cell_props[key] = (deepcopy(tc.tcPr), deepcopy(p._p.pPr))
        else:
            tc.remove(tc.tcPr)
            tc.insert(0, deepcopy(made[0]))
            p = Paragraph(tc.p_lst[0], cell)
            p._p.insert(0, deepcopy(made[1]))
        face = L.table_head_face if header else L.table_face
        for i, line in enumerate(text.split("\n")):
            r = self.run(p, line, face, L.table_pt, bold=header and self.lang == "en")
            if i < text.count("\n"):
                r.add_break()

    def footer(self) -> None:
        """Chinese: "— 1 —" in 4号宋体 on the outer side, odd pages right and even pages
        left, one character in from the edge of the type area (GB/T 9704 7.5). English:
        the number centred."""
        L = self.L
        sec = self.doc.sections[0]
        outer = self.lang == "zh"
        if outer:
            self.doc.settings.odd_and_even_pages_header_footer = True
        places = [(sec.footer, WD_ALIGN_PARAGRAPH.RIGHT if outer else WD_ALIGN_PARAGRAPH.CENTER)]
        if outer:
            places.append((sec.even_page_footer, WD_ALIGN_PARAGRAPH.LEFT))
        for footer, align in places:
            p = footer.paragraphs[0]
            p.alignment = align
            if align == WD_ALIGN_PARAGRAPH.RIGHT:
                p.paragraph_format.right_indent = Pt(L.folio_pt)
            elif align == WD_ALIGN_PARAGRAPH.LEFT:
                p.paragraph_format.left_indent = Pt(L.folio_pt)
            self._folio(p)

    def _folio(self, p: Paragraph) -> None:
        L = self.L

        def add(text: str = "") -> Run:
            r = p.add_run(text)
            set_run_fonts(r, self._east(L.folio_face), L.folio_face)
            r.font.size = Pt(L.folio_pt)
            return r

        if L.folio_dashes:
            add("— ")
        field(add, "PAGE")
        if L.folio_dashes:
            add(" —")


KEEP_LAST_ROWS = 4  # the last rows of a long table that go to a new page together
KEEP_WHOLE_ROWS = 8  # a table this short is never split at all


def render(doc: SummaryDoc, author: str = "", faces: FaceChoice | None = None) -> DocxDocument:
    """The outline as a Word document; ``faces`` are the Chinese faces chosen for this
    PC (``None``: the official ones, with Windows fallbacks named in the font table)."""
    w = Writer(doc.lang, faces)
    w.setup(author or doc.office, doc.title)
    w.title(doc.title, doc.office)
    for p in doc.opening:
        w.body(p)
    for section in doc.sections:
        w.h1(section.heading)
        for sub in section.subsections:
            w.h2(sub.heading)
            for p in sub.paras:
                w.body(p)
        for p in section.paras:
            w.body(p)
    w.keep_end_with_signature()
    if doc.appendices:
        w.attachments_note(doc.attachments_label, [t.title for t in doc.appendices])
    w.signature(doc.office, doc.date_text)
    single = len(doc.appendices) == 1
    for i, table in enumerate(doc.appendices, start=1):
        w.appendix(None if single else i, table)
    w.footer()
    return w.doc
