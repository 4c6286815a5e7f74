"""Page and type settings of the two documents.

The Chinese one follows GB/T 9704-2012 (党政机关公文格式): A4, a 156 x 225 mm type area,
22 lines of 28 characters in 3号仿宋, 2号小标宋 title, 黑体 and 楷体 headings and a
"— N —" folio 7 mm below the type area. The English one is a plain A4 report.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from . import fonts
from .fonts import FaceChoice


@dataclass(frozen=True)
class Layout:
    page_w_mm: float
    page_h_mm: float
    top_mm: float
    bottom_mm: float
    left_mm: float
    right_mm: float
    footer_mm: float  # page bottom to the bottom of the folio
    latin: str  # face for Latin letters and digits
    title_face: str
    title_pt: float
    title_line_pt: float
    title_bold: bool
    body_face: str
    body_pt: float
    line_pt: float | None  # exact line height; None = multiple
    line_multiple: float
    para_after_pt: float
    indent_chars: int  # first-line indent in characters of the body size
    h1_face: str
    h1_pt: float
    h1_bold: bool
    h2_face: str
    h2_pt: float
    h2_bold: bool
    h2_italic: bool
    lead_face: str  # run-in heading of a problem or a plan item
    lead_bold: bool
    lead_italic: bool
    folio_face: str
    folio_pt: float
    folio_dashes: bool
    table_face: str
    table_head_face: str
    table_pt: float
    appendix_label_face: str

    @property
    def indent_pt(self) -> float:
        return self.indent_chars * self.body_pt


ZH = Layout(
    page_w_mm=210,
    page_h_mm=297,
    top_mm=37,
    bottom_mm=35,
    left_mm=28,
    right_mm=26,
    footer_mm=23,
    latin="Times New Roman",
    title_face=fonts.TITLE,
    title_pt=22,
    title_line_pt=36,
    title_bold=False,
    body_face=fonts.BODY,
    body_pt=16,
    line_pt=28.95,
    line_multiple=1.0,
    para_after_pt=0,
    indent_chars=2,
    h1_face="黑体",
    h1_pt=16,
    h1_bold=False,
    h2_face=fonts.KAI,
    h2_pt=16,
    h2_bold=False,
    h2_italic=False,
    lead_face=fonts.KAI,
    lead_bold=False,
    lead_italic=False,
    folio_face="宋体",
    folio_pt=14,
    folio_dashes=True,
    table_face=fonts.BODY,
    table_head_face="黑体",
    table_pt=10.5,
    appendix_label_face="黑体",
)

EN = Layout(
    page_w_mm=210,
    page_h_mm=297,
    top_mm=25,
    bottom_mm=25,
    left_mm=25,
    right_mm=25,
    footer_mm=12,
    latin="Times New Roman",
    title_face="Times New Roman",
    title_pt=16,
    title_line_pt=20,
    title_bold=True,
    body_face="Times New Roman",
    body_pt=12,
    line_pt=None,
    line_multiple=1.15,
    para_after_pt=6,
    indent_chars=0,
    h1_face="Times New Roman",
    h1_pt=13,
    h1_bold=True,
    h2_face="Times New Roman",
    h2_pt=12,
    h2_bold=True,
    h2_italic=False,
    lead_face="Times New Roman",
    lead_bold=False,
    lead_italic=True,
    folio_face="Times New Roman",
    folio_pt=10,
    folio_dashes=False,
    table_face="Times New Roman",
    table_head_face="Times New Roman",
    table_pt=9.5,
    appendix_label_face="Times New Roman",
)

EAST_ASIA_FALLBACK = "宋体"
"""East-Asian face of the English document, for Chinese names quoted in it."""


GRID_CHARS = 28  # GB/T 9704 7.1: 28 characters a line ...
GRID_LINES = 22  # ... and 22 lines a page


def layout_for(lang: str, faces: FaceChoice | None = None) -> Layout:
    """The language's layout, its Chinese faces those ``faces`` chose for this PC."""
    if lang != "zh":
        return EN
    if faces is None:
        return ZH
    title = faces.face(fonts.TITLE)
    return replace(
        ZH,
        title_face=title,
        # 宋体 standing in for 小标宋 is set bold, as offices without 小标宋 do.
        title_bold=title == fonts.SONG,
        body_face=faces.face(fonts.BODY),
        h1_face=faces.face(fonts.HEI),
        h2_face=faces.face(fonts.KAI),
        lead_face=faces.face(fonts.KAI),
        table_face=faces.face(fonts.BODY),
        table_head_face=faces.face(fonts.HEI),
        appendix_label_face=faces.face(fonts.HEI),
    )
