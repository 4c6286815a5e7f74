"""The look every workbook we write shares, and the guard against formula injection.

A cell whose text starts with ``= + - @`` (or a tab or carriage return) would be run as a
formula by Excel or WPS when the file is opened; such text is stored as a plain string
with the "quote prefix" flag, so it shows exactly as typed and never evaluates (OWASP
"CSV injection").
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from openpyxl.cell.cell import Cell
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
HEADER_FONT = Font(bold=True)
HEADER_FILL = PatternFill("solid", fgColor="DDE7F3")
REQUIRED_FILL = PatternFill("solid", fgColor="FCE4D6")
HEADER_ALIGN = Alignment(vertical="center", wrap_text=True)


def is_formula_like(value: Any) -> bool:
    return isinstance(value, str) and value.startswith(FORMULA_START)


def text_cell_value(value: Any) -> Any:
    """Values shown as text in our own lists (problem values) stay text."""
    return "" if value is None else str(value)


def make_text(cell: Cell) -> None:
    """Keep a formula-looking string a string (call after assigning the value)."""
    if isinstance(cell.value, str):
        cell.data_type = "s"
        if is_formula_like(cell.value):
            cell.quotePrefix = True


def append_safe(ws: Worksheet, values: Sequence[Any]) -> None:
    """``ws.append`` that never lets a string become a formula."""
    ws.append(list(values))
    for cell in ws[ws.max_row]:
        make_text(cell)


def style_header(ws: Worksheet, ncols: int, required: Sequence[bool] = ()) -> None:
    """Bold, shaded header row that stays in view when scrolling."""
    for i in range(1, ncols + 1):
        cell = ws.cell(row=1, column=i)
        cell.font = HEADER_FONT
        cell.fill = REQUIRED_FILL if i <= len(required) and required[i - 1] else HEADER_FILL
        cell.alignment = HEADER_ALIGN
    ws.freeze_panes = "A2"


def display_width(text: str) -> int:
    """Width in Excel character units: a Chinese character is about two."""
    return sum(2 if ord(ch) > 0x2E80 else 1 for ch in text)


def column_width(samples: Sequence[Any], minimum: int = 6, maximum: int = 50) -> float:
    longest = max((display_width(str(s)) for s in samples if s is not None), default=0)
    return float(min(max(longest + 2, minimum), maximum))


def autosize(ws: Worksheet, widths: Sequence[float]) -> None:
    for i, width in enumerate(widths, start=1):
        ws.column_dimensions[get_column_letter(i)].width = width
