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
import zlib
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from openpyxl import load_workbook
from openpyxl.utils.exceptions import InvalidFileException

from .errors import Cancelled, IoError
from .formulas import UncomputedFormula, uncomputed_formulas
from .reading_xls import xls_rows, xls_sheet_names
from .xlsx_guard import (
    MAX_CELL_CHARS,
    MAX_CSV_BYTES,
    check_archive,
    check_dimension,
    check_row,
    not_normal,
    size_text,
)

ZIP_MAGIC = b"PK\x03\x04"
OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # .xls, .et and other old Office files
Row = tuple[int, list[Any]]  # (spreadsheet row number, cell values)
CancelFlag = Callable[[], bool]
CANCEL_EVERY = 200  # rows between two looks at the cancel flag while reading


def _sniff(path: Path) -> bytes:
    if not path.exists():
        raise IoError("not_found", path=str(path))
    try:
        with path.open("rb") as fh:
            return fh.read(4096)
    except OSError as exc:
        raise IoError("unreadable", path=str(path), reason=exc.strerror or str(exc)) from exc


def read_rows(
    path: str | Path, cancel: CancelFlag | None = None, sheet: str | None = None
) -> list[Row]:
    """Every non-blank row of the sheet the clerk sees, numbered as the spreadsheet does.

    That sheet is ``sheet`` if named, else the workbook's active one, or its first visible
    one: a hidden sheet (often an old copy or a lookup list) is never read unless named.
    ``cancel`` is looked at while the rows are read, so a large file can be abandoned
    before it is read in whole. An .xls (or a WPS .et calamine can read) reads as an .xlsx.
    """
    path = Path(path)
    head = _sniff(path)
    if not head:
        raise IoError("empty", path=str(path))
    if head.startswith(OLE_MAGIC):
        source = xls_rows(path, sheet)
    elif head.startswith(ZIP_MAGIC):
        source = _xlsx_rows(path, sheet)
    else:
        source = _csv_rows(path, head)
    rows: list[Row] = []
    for count, row in enumerate(source):
        if cancel is not None and count % CANCEL_EVERY == 0 and cancel():
            raise Cancelled()
        rows.append(row)
    if not rows:
        raise IoError("empty", path=str(path))
    return rows


def sheet_names(path: str | Path) -> list[str]:
    """The visible worksheets of a workbook, to ask which one to read; [] for a CSV."""
    path = Path(path)
    head = _sniff(path)
    if head.startswith(OLE_MAGIC):
        return xls_sheet_names(path)
    if not head.startswith(ZIP_MAGIC):
        return []
    try:
        with path.open("rb") as fh:
            with zipfile.ZipFile(fh) as zf:
                check_archive(path, zf)
            fh.seek(0)
            wb = load_workbook(fh, read_only=True)
            try:
                return [
                    ws.title
                    for ws in wb.worksheets
                    if hasattr(ws, "iter_rows") and ws.sheet_state == "visible"
                ]
            finally:
                wb.close()
    except (*_DAMAGED, OSError) as exc:
        raise IoError("damaged_xlsx", path=str(path)) from exc


def _blank(values: list[Any]) -> bool:
    return all(v is None or (isinstance(v, str) and not v.strip()) for v in values)


_DAMAGED = (zipfile.BadZipFile, zlib.error, InvalidFileException, KeyError, EOFError, ValueError)


def _xlsx_rows(path: Path, sheet: str | None = None) -> Iterator[Row]:
    # A file object, so openpyxl does not refuse an .xlsx by its name (renamed to .csv).
    fh = path.open("rb")
    try:
        with zipfile.ZipFile(fh) as zf:
            check_archive(path, zf)
        fh.seek(0)
        wb = load_workbook(fh, read_only=True, data_only=True)
    except (*_DAMAGED, OSError) as exc:
        fh.close()
        raise IoError("damaged_xlsx", path=str(path)) from exc
    except IoError:
        fh.close()
        raise
    try:
        ws = _visible_sheet(path, wb, sheet)
        if ws is None:
            return
        with zipfile.ZipFile(fh) as zf:
            check_dimension(path, zf, ws._worksheet_path)
            uncomputed: dict[int, list[tuple[int, str]]] = {}
            for (row, col), formula in uncomputed_formulas(zf, ws._worksheet_path).items():
                uncomputed.setdefault(row, []).append((col, formula))
        total = 0
        for number, values in enumerate(ws.iter_rows(values_only=True), start=1):
            cells = list(values)
            for col, formula in uncomputed.get(number, ()):
                if col < len(cells) and cells[col] is None:
                    cells[col] = UncomputedFormula(formula)
            total += len(cells)
            check_row(path, number, cells, total)
            if not _blank(cells):
                yield number, cells
    except (*_DAMAGED, TypeError) as exc:
        raise IoError("damaged_xlsx", path=str(path)) from exc
    finally:
        wb.close()
        fh.close()


def _visible_sheet(path: Path, wb: Any, name: str | None = None) -> Any:
    """The sheet named, else the active sheet if it is visible, else the first visible one;
    never a hidden one unless named."""
    sheets = [ws for ws in wb.worksheets if hasattr(ws, "iter_rows")]  # not chart sheets
    if name is not None:
        named = [ws for ws in sheets if ws.title == name]
        if not named:
            shown = [ws.title for ws in sheets if ws.sheet_state == "visible"]
            zh, en = "、".join(shown), ", ".join(shown)
            raise IoError("no_such_sheet", path=str(path), sheet=name, zh=zh, en=en)
        return named[0]
    if not sheets:
        return None
    visible = [ws for ws in sheets if getattr(ws, "sheet_state", "visible") == "visible"]
    if not visible:
        raise IoError("hidden_only", path=str(path))
    active = wb.active
    return active if active in visible else visible[0]


def decode_text(data: bytes) -> str:
    """UTF-8 (with or without BOM), UTF-16 with BOM, else GB18030 (a superset of GBK).

    ``UnicodeDecodeError`` for a file whose lines are in different encodings: some
    lines valid UTF-8 with Chinese in them, others not, is a file pieced together from
    two sources, and reading it all as GBK would turn the UTF-8 lines into nonsense.
    """
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        if _utf8_lines(data):
            raise exc
    return data.decode("gb18030")


def _utf8_lines(data: bytes) -> bool:
    """Whether some line beyond plain ASCII is valid UTF-8 (in a file that is not)."""
    for line in data.removeprefix(b"\xef\xbb\xbf").split(b"\n"):
        if line.isascii():
            continue
        try:
            line.decode("utf-8")
        except UnicodeDecodeError:
            continue
        return True
    return False


def _bad_line(data: bytes) -> int:
    """The first line that is not UTF-8: where the file's encoding changes."""
    for number, line in enumerate(data.removeprefix(b"\xef\xbb\xbf").split(b"\n"), start=1):
        try:
            line.decode("utf-8")
        except UnicodeDecodeError:
            return number
    return 1


def _csv_rows(path: Path, head: bytes) -> Iterator[Row]:
    size = path.stat().st_size  # read whole below: refuse what no register could be
    if size > MAX_CSV_BYTES:
        raise not_normal(path, "csv_too_big", size=size_text(size))
    if b"\x00" in head and not head.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise IoError("not_spreadsheet", path=str(path))
    try:
        data = path.read_bytes()
        text = decode_text(data)
    except OSError as exc:
        raise IoError("unreadable", path=str(path), reason=exc.strerror or str(exc)) from exc
    except UnicodeDecodeError as exc:
        raise not_normal(path, "mixed_encoding", line=_bad_line(data)) from exc
    if any(ch in text[:4096] for ch in "\x00\x01\x02\x03\x04\x05\x06\x07\x08"):
        raise IoError("not_spreadsheet", path=str(path))
    try:
        reader = csv.reader(io.StringIO(text, newline=""), delimiter=_delimiter(text))
        # A record with quoted line breaks is still one row in a spreadsheet program.
        total = 0
        for number, values in enumerate(reader, start=1):
            total += len(values)
            check_row(path, number, values, total)
            if not _blank(values):
                yield number, list(values)
    except csv.Error as exc:
        if "field limit" in str(exc):
            row = reader.line_num
            raise not_normal(path, "cell_too_long", row=row, max=f"{MAX_CELL_CHARS:,}") from exc
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
