"""Refusing a hostile or absurd .xlsx before it is parsed, and while it is read.

An .xlsx is a zip of XML parts, and a 2 MB file can unpack to gigabytes (one enormous
shared string, a sheet padded with whitespace, millions of tiny strings, a row sixteen
thousand cells wide) or carry a DTD whose entities expand without end. openpyxl would
try to hold all of it, and an office PC with 4 GB would be killed. So the archive's own
directory (sizes, ratios, number of parts), each XML part's prologue and the sheet's
``<dimension>`` are checked first, from the zip's headers and a few kilobytes of each
part; then the rows are read against limits that an office register never comes near.

The sizes in the zip's directory can be trusted as upper bounds: Python's zipfile never
returns more bytes for a part than its directory entry declares.
"""

from __future__ import annotations

import re
import zipfile
import zlib
from typing import Any

from .errors import IoError

MAX_PARTS = 2_000
MAX_SHEET_BYTES = 256 * 2**20  # one sheet's XML, unpacked
MAX_SHARED_STRINGS_BYTES = 64 * 2**20
MAX_OTHER_PART_BYTES = 64 * 2**20  # workbook, styles, relationships …
MAX_TOTAL_BYTES = 1 * 2**30  # every XML part together
MAX_RATIO = 200  # unpacked / packed, for parts big enough for it to matter
RATIO_FLOOR_BYTES = 16 * 2**20
MAX_SHARED_STRINGS = 2_000_000
MAX_ROWS = 200_000
MAX_COLUMNS = 1_000
MAX_CELLS = 4_000_000  # rows × columns read in all: 200,000 rows of 20 columns
MAX_CELL_CHARS = 32_767  # what Excel itself lets a cell hold
MAX_CSV_BYTES = 128 * 2**20
PROLOGUE_BYTES = 64 * 1024
XML_SUFFIXES = (".xml", ".rels", ".vml")

REASONS: dict[str, tuple[str, str]] = {
    "too_many_parts": ("压缩包内有 {n} 个部件", "the archive holds {n} parts"),
    "part_too_big": (
        "“{part}”解压后有 {size}，远超正常表格",
        "“{part}” unpacks to {size}, far beyond any real spreadsheet",
    ),
    "total_too_big": ("解压后共有 {size}", "it unpacks to {size} in all"),
    "ratio": (
        "“{part}”的压缩比为 {ratio}:1，是刻意构造的压缩炸弹",
        "“{part}” is packed {ratio}:1, a deliberately built zip bomb",
    ),
    "dtd": (
        "“{part}”含有文档类型定义（DTD），正常表格从不含此内容",
        "“{part}” carries a document type definition (DTD), which real spreadsheets never do",
    ),
    "no_root": ("“{part}”的开头不是正常的 XML", "“{part}” does not start as normal XML"),
    "shared_strings": (
        "共享字符串多达 {n} 个",
        "it declares {n} shared strings",
    ),
    "dimension": (
        "工作表的范围为 {ref}（{rows} 行 × {cols} 列）",
        "the sheet spans {ref} ({rows} rows × {cols} columns)",
    ),
    "too_many_rows": ("超过 {max} 行", "it has more than {max} rows"),
    "too_many_cells": ("单元格超过 {max} 个", "it has more than {max} cells"),
    "csv_too_big": (
        "文件有 {size}，远超正常的 CSV 表格",
        "the file is {size}, far beyond any real CSV spreadsheet",
    ),
    "too_many_columns": (
        "第 {row} 行超过 {max} 列",
        "row {row} has more than {max} columns",
    ),
    "cell_too_long": (
        "第 {row} 行有一个单元格超过 {max} 个字符",
        "a cell in row {row} holds more than {max} characters",
    ),
    "mixed_encoding": (
        "文件混用了不同的文字编码（第 {line} 行不是 UTF-8，其他行却是）；"
        "请在 Excel 或 WPS 中打开并另存为“CSV UTF-8”",
        "the file mixes text encodings (line {line} is not UTF-8 while other lines are); "
        "open it in Excel or WPS and save it as “CSV UTF-8”",
    ),
}


def not_normal(path: Any, reason: str, **params: Any) -> IoError:
    """The bilingual "not a normal spreadsheet (…)" refusal for ``path``."""
    zh, en = REASONS[reason]
    return IoError(
        "not_normal",
        path=str(path),
        reason_zh=zh.format(**params),
        reason_en=en.format(**params),
    )


def size_text(n: int) -> str:
    """``2.0 GiB``: a size as the reason states it."""
    for unit, scale in (("GiB", 2**30), ("MiB", 2**20), ("KiB", 2**10)):
        if n >= scale:
            return f"{n / scale:.1f} {unit}"
    return f"{n} B"


def _limit(name: str) -> int:
    if name.startswith("xl/worksheets/"):
        return MAX_SHEET_BYTES
    if name == "xl/sharedStrings.xml":
        return MAX_SHARED_STRINGS_BYTES
    return MAX_OTHER_PART_BYTES


def check_archive(path: Any, zf: zipfile.ZipFile) -> None:
    """Refuse the workbook from its zip directory and part prologues, before any parsing."""
    infos = zf.infolist()
    if len(infos) > MAX_PARTS:
        raise not_normal(path, "too_many_parts", n=len(infos))
    total = 0
    for info in infos:
        if not info.filename.lower().endswith(XML_SUFFIXES):
            continue  # pictures and the like are never read on import
        if info.file_size > _limit(info.filename):
            raise not_normal(
                path, "part_too_big", part=info.filename, size=size_text(info.file_size)
            )
        total += info.file_size
        if total > MAX_TOTAL_BYTES:
            raise not_normal(path, "total_too_big", size=size_text(total))
        ratio = info.file_size / max(info.compress_size, 1)
        if info.file_size > RATIO_FLOOR_BYTES and ratio > MAX_RATIO:
            raise not_normal(path, "ratio", part=info.filename, ratio=int(ratio))
    for info in infos:
        if info.filename.lower().endswith(XML_SUFFIXES) and info.file_size:
            head = _prologue(path, zf, info)
            if info.filename == "xl/sharedStrings.xml":
                _check_shared_strings(path, head)


def _read_head(zf: zipfile.ZipFile, info: zipfile.ZipInfo) -> bytes:
    with zf.open(info) as fh:
        return fh.read(PROLOGUE_BYTES)


_ROOT = re.compile(rb"<\s*[A-Za-z_]")  # the first element: past the prologue


def _prologue(path: Any, zf: zipfile.ZipFile, info: zipfile.ZipInfo) -> bytes:
    """The part's first bytes, refused if a DTD comes before its root element.

    A DTD is only allowed before the root, so looking there is enough to rule out
    entity expansion ("billion laughs") and external entities.
    """
    try:
        head = _read_head(zf, info)
    except (zipfile.BadZipFile, zlib.error, OSError, EOFError, NotImplementedError) as exc:
        raise IoError("damaged_xlsx", path=str(path)) from exc
    data = head
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        data = head[: len(head) // 2 * 2].decode("utf-16", errors="replace").encode("utf-8")
    root = _ROOT.search(data)
    before = data[: root.start()] if root else data
    if b"<!DOCTYPE" in before.upper() or b"<!ENTITY" in before.upper():
        raise not_normal(path, "dtd", part=info.filename)
    if root is None and len(head) >= PROLOGUE_BYTES:
        raise not_normal(path, "no_root", part=info.filename)
    return data


_COUNT = re.compile(rb"<(?:\w+:)?sst\b[^>]*?\buniqueCount\s*=\s*[\"'](\d+)")
_COUNT_ALL = re.compile(rb"<(?:\w+:)?sst\b[^>]*?\bcount\s*=\s*[\"'](\d+)")


def _check_shared_strings(path: Any, head: bytes) -> None:
    for pattern in (_COUNT, _COUNT_ALL):
        m = pattern.search(head)
        if m and int(m[1]) > MAX_SHARED_STRINGS:
            raise not_normal(path, "shared_strings", n=f"{int(m[1]):,}")


_DIMENSION = re.compile(rb"<(?:\w+:)?dimension\b[^>]*?\bref\s*=\s*[\"']([A-Z]+\d+(?::[A-Z]+\d+)?)")
_CELL = re.compile(r"([A-Z]+)(\d+)")


def _column_number(letters: str) -> int:
    n = 0
    for ch in letters:
        n = n * 26 + ord(ch) - 64
    return n


def check_dimension(path: Any, zf: zipfile.ZipFile, part: str) -> None:
    """Refuse a sheet whose declared extent is beyond what a register can be."""
    try:
        info = zf.getinfo(part)
    except KeyError:
        return  # openpyxl will say the file is damaged
    m = _DIMENSION.search(_prologue(path, zf, info))
    if not m:
        return  # no dimension: the limits while reading still hold
    corners = [_CELL.fullmatch(c) for c in m[1].decode("ascii").split(":")]
    if not all(corners):
        return
    cols = max(_column_number(c[1]) for c in corners if c)
    rows = max(int(c[2]) for c in corners if c)
    if rows > MAX_ROWS or cols > MAX_COLUMNS or rows * cols > MAX_CELLS:
        ref = m[1].decode("ascii")
        raise not_normal(path, "dimension", ref=ref, rows=f"{rows:,}", cols=f"{cols:,}")


def check_row(path: Any, number: int, cells: list[Any], total: int = 0) -> None:
    """Limits on one row as it is read: its position, its width, each cell's length,
    and ``total``, the cells read so far including this row's."""
    if total > MAX_CELLS:
        raise not_normal(path, "too_many_cells", max=f"{MAX_CELLS:,}")
    if number > MAX_ROWS:
        raise not_normal(path, "too_many_rows", max=f"{MAX_ROWS:,}")
    if len(cells) > MAX_COLUMNS:
        raise not_normal(path, "too_many_columns", row=number, max=f"{MAX_COLUMNS:,}")
    for value in cells:
        if isinstance(value, str) and len(value) > MAX_CELL_CHARS:
            raise not_normal(path, "cell_too_long", row=number, max=f"{MAX_CELL_CHARS:,}")
