"""Rows out of an Excel 97–2003 ``.xls`` (and, where it can, a WPS ``.et``), via calamine.

Many township ledgers are still ``.xls``. python-calamine (Rust, no other dependency) reads
them, and also ``.xlsb`` and ``.ods``; xlrd reads only ``.xls`` and is in maintenance. The
rows come out as the ``.xlsx`` reader gives them — dates as dates, whole numbers as ints,
blank cells as None — so header detection, dates and messages are the same.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from python_calamine import CalamineWorkbook, SheetVisibleEnum

from .errors import IoError
from .xlsx_guard import MAX_CSV_BYTES, check_row, not_normal, size_text

Row = tuple[int, list[Any]]


def _unreadable(path: Path) -> IoError:
    """WPS's own format gets its own advice: save as .xlsx from WPS."""
    code = "wps_et" if path.suffix.lower() == ".et" else "old_excel"
    return IoError(code, path=str(path))


def _open(path: Path) -> Any:
    size = path.stat().st_size  # calamine reads the whole workbook: refuse the absurd first
    if size > MAX_CSV_BYTES:
        raise not_normal(path, "csv_too_big", size=size_text(size))
    try:
        return CalamineWorkbook.from_path(str(path))
    except Exception as exc:  # calamine's errors (CalamineError, …) for what it cannot read
        raise _unreadable(path) from exc


def xls_sheet_names(path: Path) -> list[str]:
    """The visible worksheets, in the workbook's order."""
    wb = _open(path)
    try:
        return [
            m.name
            for m in wb.sheets_metadata
            if m.visible == SheetVisibleEnum.Visible and str(m.typ).endswith("WorkSheet")
        ]
    finally:
        wb.close()


def _cell(value: Any) -> Any:
    if isinstance(value, str):
        return value if value.strip() else None
    if isinstance(value, float) and value.is_integer() and abs(value) < 2**53:
        return int(value)  # 13800138000.0 is a phone number, 3.0 a count
    if isinstance(value, dt.date) and not isinstance(value, dt.datetime):
        return dt.datetime(value.year, value.month, value.day)  # as openpyxl gives a date
    return value


def xls_rows(path: Path, sheet: str | None = None) -> Iterator[Row]:
    """The rows of ``sheet`` (by name), else of the first visible sheet."""
    names = xls_sheet_names(path)
    if sheet is not None and sheet not in names:
        raise IoError(
            "no_such_sheet", path=str(path), sheet=sheet, zh="、".join(names), en=", ".join(names)
        )
    if not names:
        raise IoError("hidden_only", path=str(path))
    wb = _open(path)
    try:
        try:
            data = wb.get_sheet_by_name(sheet or names[0]).to_python(skip_empty_area=False)
        except Exception as exc:
            raise _unreadable(path) from exc
    finally:
        wb.close()
    total = 0
    for number, values in enumerate(data, start=1):
        cells = [_cell(v) for v in values]
        total += len(cells)
        check_row(path, number, cells, total)
        if any(c is not None for c in cells):
            yield number, cells
