"""Writing a register (or the rows a tab currently shows) to .xlsx or .csv.

The file is meant to be handed to a meeting or a superior and to come back in through
the import: real date and number cells, choices and linked records by their names in the
reader's language, and text that can never turn into a formula. It is written to a
temporary file beside the target and moved into place at the end, so a cancel or a
failure never leaves a half-written spreadsheet behind.
"""

from __future__ import annotations

import csv
import datetime as dt
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.utils import get_column_letter

from ..safe_write import FileWriteError, write_file
from ..schema import XML_ILLEGAL, FieldType, Table, sheet_table, xml_safe
from ..schema.unstorable import UnstorableText
from ..schema.validation import PERSONAL_FORMATS
from ..store import ListQuery, Store
from ..store.audit_log import record_personal_access
from .cells import escape_csv_text
from .columns import Column, register_columns
from .errors import Cancelled, IoError, write_failed
from .xlsx_style import (
    HEADER_ALIGN,
    HEADER_FILL,
    HEADER_FONT,
    column_width,
    is_formula_like,
)

Progress = Callable[[int, int], None]
CancelFlag = Callable[[], bool]
SAMPLE_ROWS = 200  # rows looked at to size the columns
DATE_FORMAT = "yyyy-mm-dd"
DATETIME_FORMAT = "yyyy-mm-dd hh:mm"
EXPORT_LANGS = ("zh", "en", "keys")


class _Lookups:
    """The records a row's REF fields name (a drill's plan, a material's point), read once
    per table: a column shows one of their fields."""

    def __init__(self, store: Store, columns: list[Column]):
        self.store = store
        self.records: dict[str, dict[int, dict[str, Any]]] = {
            c.ref_table: {} for c in columns if c.ref_table
        }
        for ref_table in self.records:
            self.records[ref_table] = {r["id"]: r for r in store.rows(ListQuery(ref_table))}

    def record(self, ref_table: str, record_id: int | None) -> dict[str, Any]:
        if record_id is None:
            return {}
        known = self.records[ref_table]
        if record_id not in known:  # in the recycle bin: still named by what it was
            try:
                known[record_id] = self.store.get(ref_table, record_id)
            except LookupError:
                known[record_id] = {}
        return known[record_id]


def cell_value(col: Column, record: dict[str, Any], lookups: _Lookups, lang: str) -> Any:
    """One cell in Python terms: date/datetime/int/float for typed columns, else text."""
    if col.ref_table:
        value = lookups.record(col.ref_table, record.get(col.source)).get(col.attr)
    else:
        value = record.get(col.key)
    if value is None or value == "":
        return None
    f = col.field
    if f.type is FieldType.DATE:
        try:
            return dt.date.fromisoformat(str(value)[:10])
        except ValueError:
            return str(value)
    if f.type is FieldType.DATETIME:
        try:
            return dt.datetime.strptime(str(value)[:16], "%Y-%m-%d %H:%M")
        except ValueError:
            return str(value)
    if f.type is FieldType.CHOICE:
        return value if lang == "keys" else f.choice_label(value, lang)
    if f.type is FieldType.INT:
        return int(value)
    if f.type in (FieldType.MONEY, FieldType.DECIMAL):
        return float(value)
    return str(value)


def _row(
    table: Table,
    columns: list[Column],
    record: dict[str, Any],
    lookups: _Lookups,
    lang: str,
    warnings: list[UnstorableText] | None,
) -> list[Any]:
    """One record's cells, with text an Excel file cannot hold left out and reported."""
    cells = [cell_value(c, record, lookups, lang) for c in columns]
    bad = [i for i, v in enumerate(cells) if isinstance(v, str) and XML_ILLEGAL.search(v)]
    if not bad:
        return cells
    for i in bad:
        cells[i] = xml_safe(cells[i])
    if warnings is not None:
        title = xml_safe(str(record.get(table.title_field or "id") or record.get("id")))
        fields = tuple(columns[i].key for i in bad)
        warnings.append(UnstorableText(table.name, record.get("id"), title, fields))
    return cells


def _records(
    store: Store, query: ListQuery, progress: Progress | None, cancel: CancelFlag | None
) -> Iterator[dict[str, Any]]:
    total = store.count(query)
    for done, record in enumerate(store.rows(query), start=1):
        if cancel and cancel():
            raise Cancelled()
        yield record
        if progress:
            progress(done, total)
    if progress and total == 0:
        progress(0, 0)


def export_register(
    store: Store,
    register: str,
    path: str | Path,
    *,
    lang: str = "zh",
    query: ListQuery | None = None,
    progress: Progress | None = None,
    cancel: CancelFlag | None = None,
    warnings: list[UnstorableText] | None = None,
    include_personal: bool = False,
) -> int:
    """Write the register (or the view ``query``) to ``path``; returns the row count.

    Personal data (ID numbers) is left out unless ``include_personal``; when it goes into
    the file, the audit log records who wrote it and where.

    Records whose text had characters a spreadsheet cannot hold are written without
    them and named in ``warnings``, rather than failing the whole export.
    """
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in (".xlsx", ".csv"):
        raise IoError("bad_extension", suffix=path.suffix or path.name)
    if lang not in EXPORT_LANGS:
        raise ValueError(lang)
    table = sheet_table(register)
    query = query or ListQuery(table.name)
    if query.table != table.name:
        raise ValueError(f"{query.table} is not the table of {register}")
    columns = [
        c
        for c in register_columns(register)
        if include_personal or c.field.format not in PERSONAL_FORMATS
    ]
    personal = any(c.field.format in PERSONAL_FORMATS for c in columns)
    lookups = _Lookups(store, columns)
    rows = (
        _row(table, columns, r, lookups, lang, warnings)
        for r in _records(store, query, progress, cancel)
    )
    headers = [c.header(lang) for c in columns]
    counted: list[int] = []

    def write(tmp: Path) -> None:
        if suffix == ".csv":
            counted.append(_write_csv(tmp, headers, rows))
        else:
            sheet = table.label(lang if lang != "keys" else "en")
            counted.append(_write_xlsx(tmp, sheet, headers, columns, rows))

    try:
        write_file(path, write)
    except FileWriteError as exc:
        raise write_failed(exc) from exc
    count = counted[0]
    if personal:
        record_personal_access(
            store, "export_personal", table.name, None, {"file": str(path), "records": count}
        )
    return count


def _csv_text(value: Any) -> Any:
    if value is None:
        return ""
    if isinstance(value, dt.datetime):
        return value.strftime("%Y-%m-%d %H:%M")
    if isinstance(value, dt.date):
        return value.isoformat()
    return escape_csv_text(value)


def _write_csv(path: Path, headers: list[str], rows: Iterator[list[Any]]) -> int:
    count = 0
    # utf-8-sig: the BOM makes Excel on Chinese Windows read the file as UTF-8.
    with path.open("w", encoding="utf-8-sig", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow([_csv_text(h) for h in headers])
        for row in rows:
            writer.writerow([_csv_text(v) for v in row])
            count += 1
    return count


def _write_xlsx(
    path: Path,
    sheet: str,
    headers: list[str],
    columns: list[Column],
    rows: Iterator[list[Any]],
) -> int:
    # Write-only mode streams rows, so a large register does not sit in memory; column
    # widths must then be known before the first row, hence the sample.
    sample: list[list[Any]] = []
    for row in rows:
        sample.append(row)
        if len(sample) >= SAMPLE_ROWS:
            break
    wb = Workbook(write_only=True)
    ws = wb.create_sheet(_sheet_title(sheet))
    ws.freeze_panes = "A2"
    for i, col in enumerate(columns):
        samples = [headers[i], *(_width_text(r[i]) for r in sample)]
        maximum = 60 if col.field.type is FieldType.LONGTEXT else 40
        ws.column_dimensions[get_column_letter(i + 1)].width = column_width(samples, 8, maximum)
    header_cells = []
    for h in headers:
        cell = WriteOnlyCell(ws, value=h)
        cell.font, cell.fill, cell.alignment = HEADER_FONT, HEADER_FILL, HEADER_ALIGN
        _make_text(cell)
        header_cells.append(cell)
    ws.append(header_cells)
    count = 0
    for source in (sample, rows):
        for row in source:
            ws.append([_xlsx_cell(ws, v) for v in row])
            count += 1
    wb.save(str(path))
    return count


def _sheet_title(name: str) -> str:
    for ch in "[]:*?/\\":
        name = name.replace(ch, " ")
    return name[:31] or "Sheet1"


def _width_text(value: Any) -> str:
    if isinstance(value, dt.datetime):
        return "2021-03-05 14:30"
    if isinstance(value, dt.date):
        return "2021-03-05"
    return "" if value is None else str(value)


def _make_text(cell: WriteOnlyCell) -> None:
    cell.data_type = "s"
    if is_formula_like(cell.value):
        cell.quotePrefix = True


def _xlsx_cell(ws: Any, value: Any) -> Any:
    if value is None:
        return None
    cell = WriteOnlyCell(ws, value=value)
    if isinstance(value, dt.datetime):
        cell.number_format = DATETIME_FORMAT
    elif isinstance(value, dt.date):
        cell.number_format = DATE_FORMAT
    elif isinstance(value, float):
        cell.number_format = "#,##0.00"
    elif isinstance(value, str):
        _make_text(cell)
    return cell
