"""Rows out of an .xlsx or .csv file, whatever program in whatever locale saved it.

The file's content decides how it is read, not its name: an .xlsx renamed .csv still
opens, and an old binary .xls gets a message saying how to convert it. CSV from Excel or
WPS on Chinese Windows is usually GBK rather than UTF-8, so that is the fallback; "Unicode
text" exports are UTF-16 with tabs.
"""

from __future__ import annotations

import csv
import io
import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from openpyxl import load_workbook
from openpyxl.utils.exceptions import InvalidFileException

from .errors import IoError

ZIP_MAGIC = b"PK\x03\x04"
OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # .xls, .et and other old Office files
Row = tuple[int, list[Any]]  # (spreadsheet row number, cell values)


def _sniff(path: Path) -> bytes:
    if not path.exists():
        raise IoError("not_found", path=str(path))
    try:
        with path.open("rb") as fh:
            return fh.read(4096)
    except OSError as exc:
        raise IoError("unreadable", path=str(path), reason=exc.strerror or str(exc)) from exc


def read_rows(path: str | Path) -> list[Row]:
    """Every non-blank row of the first sheet, numbered as the spreadsheet numbers them."""
    path = Path(path)
    head = _sniff(path)
    if not head:
        raise IoError("empty", path=str(path))
    if head.startswith(OLE_MAGIC):
        raise IoError("old_excel", path=str(path))
    rows = list(_xlsx_rows(path)) if head.startswith(ZIP_MAGIC) else list(_csv_rows(path, head))
    if not rows:
        raise IoError("empty", path=str(path))
    return rows


def _blank(values: list[Any]) -> bool:
    return all(v is None or (isinstance(v, str) and not v.strip()) for v in values)


def _xlsx_rows(path: Path) -> Iterator[Row]:
    # A file object, so openpyxl does not refuse an .xlsx by its name (renamed to .csv).
    fh = path.open("rb")
    try:
        wb = load_workbook(fh, read_only=True, data_only=True)
    except (zipfile.BadZipFile, InvalidFileException, KeyError, OSError, ValueError) as exc:
        fh.close()
        raise IoError("damaged_xlsx", path=str(path)) from exc
    try:
        ws = wb.worksheets[0] if wb.worksheets else None
        if ws is None:
            return
        for number, values in enumerate(ws.iter_rows(values_only=True), start=1):
            cells = list(values)
            if not _blank(cells):
                yield number, cells
    except (zipfile.BadZipFile, KeyError, ValueError, TypeError) as exc:
        raise IoError("damaged_xlsx", path=str(path)) from exc
    finally:
        wb.close()
        fh.close()


def decode_text(data: bytes) -> str:
    """UTF-8 (with or without BOM), UTF-16 with BOM, else GB18030 (a superset of GBK)."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return data.decode("gb18030")


def _csv_rows(path: Path, head: bytes) -> Iterator[Row]:
    if b"\x00" in head and not head.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise IoError("not_spreadsheet", path=str(path))
    try:
        data = path.read_bytes()
        text = decode_text(data)
    except OSError as exc:
        raise IoError("unreadable", path=str(path), reason=exc.strerror or str(exc)) from exc
    except UnicodeDecodeError as exc:
        raise IoError("not_spreadsheet", path=str(path)) from exc
    if any(ch in text[:4096] for ch in "\x00\x01\x02\x03\x04\x05\x06\x07\x08"):
        raise IoError("not_spreadsheet", path=str(path))
    try:
        reader = csv.reader(io.StringIO(text, newline=""), delimiter=_delimiter(text))
        # A record with quoted line breaks is still one row in a spreadsheet program.
        for number, values in enumerate(reader, start=1):
            if not _blank(values):
                yield number, list(values)
    except csv.Error as exc:
        raise IoError("not_spreadsheet", path=str(path)) from exc


def _delimiter(text: str) -> str:
    """Comma, unless the first line is plainly split by tabs or semicolons.

    Decided from the first line alone (the header), since csv.Sniffer misreads quoted
    text in data rows.
    """
    first = text.split("\n", 1)[0]
    counts = {d: first.count(d) for d in (",", "\t", ";")}
    best = max(counts, key=lambda d: counts[d])
    return best if counts[best] > 0 else ","
