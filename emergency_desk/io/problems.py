"""One refused cell (or column) of an import, and the list of them saved as a spreadsheet.

Problems carry their reason in both languages, so the list can be shown, printed and
saved in whichever language the user reads, and handed to whoever keeps the old file.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from openpyxl import Workbook

from ..safe_write import FileWriteError, write_file
from ..schema import XML_ILLEGAL
from .errors import write_failed
from .xlsx_style import append_safe, autosize, style_header, text_cell_value

PROBLEM_HEADERS = {
    "zh": ("行号", "列", "值", "原因"),
    "en": ("Row", "Column", "Value", "Reason"),
}


@dataclass(frozen=True)
class Problem:
    """``row`` is the spreadsheet's own row number (header is row 1); None for a column."""

    row: int | None
    column: str
    value: str
    zh: str
    en: str
    field: str | None = None
    column_en: str | None = None  # a missing column is named by its label in each language

    def reason(self, lang: str = "zh") -> str:
        return self.zh if lang == "zh" else self.en

    def column_in(self, lang: str = "zh") -> str:
        return self.column_en if lang != "zh" and self.column_en else self.column

    def line(self, lang: str = "zh") -> str:
        """``row N, column C: reason`` — what the command line prints."""
        column = self.column_in(lang)
        if lang == "zh":
            where = f"第{self.row}行" if self.row is not None else ""
            if column:
                where = f"{where}，“{column}”" if where else f"“{column}”"
            return f"{where}：{self.zh}" if where else self.zh
        parts = [f"row {self.row}"] if self.row is not None else []
        if column:
            parts.append(f"column {column}")
        return f"{', '.join(parts)}: {self.en}" if parts else self.en


def shown_value(value: Any) -> str:
    """The value as the problem list shows it; characters no file can hold as ``[U+FFFE]``.

    The list is saved as .xlsx, and seeing the code tells the user what to remove.
    """
    if value is None:
        return ""
    if hasattr(value, "isoformat"):
        return value.isoformat(sep=" ") if hasattr(value, "hour") else value.isoformat()
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return XML_ILLEGAL.sub(lambda m: f"[U+{ord(m[0]):04X}]", str(value))


def write_problems(problems: Iterable[Problem], path: str | Path, lang: str = "zh") -> None:
    """Save the problem list as .xlsx (row, column, value, reason)."""
    wb = Workbook()
    ws = wb.active
    ws.title = "问题清单" if lang == "zh" else "Problems"
    ws.append(list(PROBLEM_HEADERS["zh" if lang == "zh" else "en"]))
    for p in problems:
        append_safe(ws, [p.row, p.column_in(lang), text_cell_value(p.value), p.reason(lang)])
    style_header(ws, 4)
    autosize(ws, [6, 16, 24, 60])
    try:
        write_file(Path(path), lambda tmp: wb.save(str(tmp)))
    except FileWriteError as exc:
        raise write_failed(exc) from exc
