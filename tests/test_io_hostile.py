"""Hostile and odd spreadsheets: refused before they are parsed, never read from a hidden sheet.

The hostile files are built with zipfile directly and stay small on disk and in memory:
each check must refuse from the zip's directory or a part's first bytes, before openpyxl
would try to hold what the file claims to contain.
"""

from __future__ import annotations

import io
import struct
import zipfile
from pathlib import Path

import pytest
from openpyxl import Workbook

from emergency_desk.io import Cancelled, IoError, prepare_import, xlsx_guard
from emergency_desk.io.xlsx_guard import MAX_CELL_CHARS, MAX_SHARED_STRINGS_BYTES
from emergency_desk.store import Store
from tests.cli_runner import run_cli

SHEET = "xl/worksheets/sheet1.xml"
NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"'


def base_parts() -> dict[str, bytes]:
    """The parts of a normal one-sheet workbook with a header and one plan."""
    wb = Workbook()
    wb.active.append(["预案名称", "预案类别"])
    wb.active.append(["镇防汛抗旱应急预案", "专项预案"])
    buf = io.BytesIO()
    wb.save(buf)
    with zipfile.ZipFile(buf) as zf:
        return {name: zf.read(name) for name in zf.namelist()}


def build(path: Path, replace: dict[str, bytes | list[bytes]]) -> Path:
    """A workbook with some parts replaced; a list of chunks is streamed, never joined."""
    parts = base_parts()
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as zf:
        for name in {**parts, **replace}:
            content = replace.get(name, parts.get(name, b""))
            with zf.open(name, "w", force_zip64=True) as fh:
                for chunk in content if isinstance(content, list) else [content]:
                    fh.write(chunk)
    return path


def declare_size(path: Path, part: str, size: int) -> None:
    """Make the zip's central directory claim ``part`` unpacks to ``size`` bytes."""
    data = bytearray(path.read_bytes())
    at = data.find(b"PK\x01\x02")
    name = part.encode()
    while at != -1:
        name_len = struct.unpack_from("<H", data, at + 28)[0]
        if data[at + 46 : at + 46 + name_len] == name:
            struct.pack_into("<I", data, at + 24, size)
            path.write_bytes(bytes(data))
            return
        at = data.find(b"PK\x01\x02", at + 4)
    raise AssertionError(part)


def refused(store: Store, path: Path) -> IoError:
    with pytest.raises(IoError) as info:
        prepare_import(store, "plans", path)
    assert info.value.code == "not_normal"
    zh, en = info.value.message("zh"), info.value.message("en")
    assert zh.startswith(f"“{path}”不是正常的电子表格（")
    assert en.startswith(f"“{path}” is not a normal spreadsheet (")
    return info.value


def shared_strings(count: int, body: list[bytes]) -> list[bytes]:
    head = f'<?xml version="1.0"?><sst {NS} count="{count}" uniqueCount="{count}">'
    return [head.encode(), *body, b"</sst>"]


def test_one_huge_shared_string_is_refused_from_the_zip_directory(
    store: Store, tmp_path: Path
) -> None:
    path = build(tmp_path / "big.xlsx", {"xl/sharedStrings.xml": shared_strings(1, [b"x"])})
    declare_size(path, "xl/sharedStrings.xml", 2 * 2**30)  # 2 GiB, as in the report
    err = refused(store, path)
    assert "xl/sharedStrings.xml" in err.message("en") and "2.0 GiB" in err.message("en")


def test_shared_strings_just_over_the_limit_are_refused(store: Store, tmp_path: Path) -> None:
    chunk = b"a" * 2**20
    over = MAX_SHARED_STRINGS_BYTES // len(chunk) + 1
    body = [b"<si><t>", *([chunk] * over), b"</t></si>"]
    path = build(tmp_path / "long.xlsx", {"xl/sharedStrings.xml": shared_strings(1, body)})
    assert path.stat().st_size < 2**20
    assert "sharedStrings" in refused(store, path).message("en")


def test_twenty_million_tiny_shared_strings_are_refused(store: Store, tmp_path: Path) -> None:
    body = [b"<si><t>a</t></si>"] * 1000
    path = build(tmp_path / "many.xlsx", {"xl/sharedStrings.xml": shared_strings(20_000_000, body)})
    assert "20,000,000" in refused(store, path).message("en")


def test_a_sheet_of_whitespace_is_refused_by_its_ratio(store: Store, tmp_path: Path) -> None:
    sheet = [f"<worksheet {NS}><sheetData>".encode(), *([b" " * 2**20] * 20), b"</sheetData>"]
    path = build(tmp_path / "blank.xlsx", {SHEET: [*sheet, b"</worksheet>"]})
    assert "packed" in refused(store, path).message("en")


def test_a_sheet_declared_16384_columns_wide_is_refused(store: Store, tmp_path: Path) -> None:
    sheet = f'<worksheet {NS}><dimension ref="A1:XFD2000"/><sheetData/></worksheet>'
    path = build(tmp_path / "wide.xlsx", {SHEET: sheet.encode()})
    message = refused(store, path).message("en")
    assert "A1:XFD2000" in message and "16,384 columns" in message


def test_a_wide_row_without_dimension_is_refused_while_reading(
    store: Store, tmp_path: Path
) -> None:
    row = '<row r="1"><c r="A1" t="inlineStr"><is><t>预案名称</t></is></c><c r="XFD1"><v>1</v></c></row>'
    sheet = f"<worksheet {NS}><sheetData>{row}</sheetData></worksheet>"
    path = build(tmp_path / "wide.xlsx", {SHEET: sheet.encode()})
    assert "row 1 has more than 1,000 columns" in refused(store, path).message("en")


def test_a_row_far_below_the_table_is_refused_while_reading(store: Store, tmp_path: Path) -> None:
    row = '<row r="1048576"><c r="A1048576"><v>1</v></c></row>'
    sheet = f"<worksheet {NS}><sheetData>{row}</sheetData></worksheet>"
    path = build(tmp_path / "tall.xlsx", {SHEET: sheet.encode()})
    assert "more than 200,000 rows" in refused(store, path).message("en")


def test_a_cell_longer_than_excel_allows_is_refused(store: Store, tmp_path: Path) -> None:
    text = "长" * (MAX_CELL_CHARS + 1)
    cell = f'<c r="A2" t="inlineStr"><is><t>{text}</t></is></c>'
    header = '<row r="1"><c r="A1" t="inlineStr"><is><t>预案名称</t></is></c></row>'
    sheet = f'<worksheet {NS}><sheetData>{header}<row r="2">{cell}</row></sheetData></worksheet>'
    path = build(tmp_path / "cell.xlsx", {SHEET: sheet.encode()})
    assert "a cell in row 2 holds more than 32,767 characters" in refused(store, path).message("en")


LAUGHS = (
    '<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">'
    + "".join(f'<!ENTITY lol{i} "{("&lol" + str(i - 1) + ";") * 10}">' for i in range(1, 10))
    + "]>"
)


@pytest.mark.parametrize(
    "part, content",
    [
        (SHEET, LAUGHS.replace("&lol0;", "&lol;") + f"<worksheet {NS}>&lol9;</worksheet>"),
        (
            "xl/workbook.xml",
            '<?xml version="1.0"?><!DOCTYPE r [<!ENTITY x SYSTEM "file:///etc/passwd">]>'
            f"<workbook {NS}>&x;</workbook>",
        ),
    ],
    ids=["billion_laughs", "external_entity"],
)
def test_xml_with_a_dtd_is_refused(store: Store, tmp_path: Path, part: str, content: str) -> None:
    path = build(tmp_path / "dtd.xlsx", {part: content.encode()})
    assert "document type definition" in refused(store, path).message("en")


def test_the_cli_refuses_a_hostile_file_with_one_line_and_exit_2(tmp_path: Path) -> None:
    sheet = f'<worksheet {NS}><dimension ref="A1:XFD2000"/><sheetData/></worksheet>'
    path = build(tmp_path / "wide.xlsx", {SHEET: sheet.encode()})
    Store.open(tmp_path / "o.db").close()  # an office's database (a new one is announced)
    result = run_cli("--db", str(tmp_path / "o.db"), "import", "plans", str(path))
    assert result.returncode == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and "is not a normal spreadsheet (the sheet spans A1:XFD2000" in lines[0]
    zh = run_cli("--db", str(tmp_path / "o.db"), "import", "plans", str(path), lang="zh_CN.UTF-8")
    assert zh.returncode == 2 and "不是正常的电子表格（工作表的范围为 A1:XFD2000" in zh.stderr


def test_cancel_works_while_the_rows_are_read(store: Store, tmp_path: Path) -> None:
    wb = Workbook(write_only=True)
    ws = wb.create_sheet("预案")
    ws.append(["预案名称", "预案类别"])
    for i in range(2000):
        ws.append([f"预案{i}", "专项预案"])
    wb.save(tmp_path / "many.xlsx")
    calls: list[int] = []
    progressed: list[int] = []

    def cancel() -> bool:
        calls.append(1)
        return len(calls) > 2  # the user presses Cancel while the file is being read

    with pytest.raises(Cancelled):
        prepare_import(
            store,
            "plans",
            tmp_path / "many.xlsx",
            cancel=cancel,
            progress=lambda done, total: progressed.append(done),
        )
    assert progressed == []  # stopped before the rows were checked, i.e. while reading


# -- which sheet ------------------------------------------------------------------------


def test_a_hidden_first_sheet_is_not_imported(store: Store, tmp_path: Path) -> None:
    wb = Workbook()
    old = wb.active
    old.title = "旧数据"
    old.append(["预案名称", "预案类别"])
    old.append(["不该导入的旧预案", "专项预案"])
    old.sheet_state = "hidden"
    seen = wb.create_sheet("预案")
    seen.append(["预案名称", "预案类别"])
    seen.append(["镇防汛抗旱应急预案", "专项预案"])
    wb.active = 1
    wb.save(tmp_path / "h.xlsx")
    plan = prepare_import(store, "plans", tmp_path / "h.xlsx")
    assert [r.values["title"] for r in plan.rows] == ["镇防汛抗旱应急预案"]


def test_the_active_visible_sheet_is_imported(store: Store, tmp_path: Path) -> None:
    wb = Workbook()
    wb.active.append(["预案名称"])
    wb.active.append(["第一张表的预案"])
    second = wb.create_sheet("第二张")
    second.append(["预案名称"])
    second.append(["当前显示的预案"])
    wb.active = 1
    wb.save(tmp_path / "a.xlsx")
    plan = prepare_import(store, "plans", tmp_path / "a.xlsx")
    assert [r.values["title"] for r in plan.rows] == ["当前显示的预案"]


def test_a_workbook_whose_sheets_are_all_hidden_says_so(store: Store, tmp_path: Path) -> None:
    parts = base_parts()
    workbook = parts["xl/workbook.xml"].replace(b'state="visible"', b'state="hidden"')
    assert workbook != parts["xl/workbook.xml"]
    path = build(tmp_path / "hidden.xlsx", {"xl/workbook.xml": workbook})
    with pytest.raises(IoError) as info:
        prepare_import(store, "plans", path)
    assert info.value.code == "hidden_only"
    assert "隐藏" in info.value.message("zh") and "hidden" in info.value.message("en")


# -- CSV --------------------------------------------------------------------------------


def test_a_csv_cell_over_128k_says_what_is_wrong(store: Store, tmp_path: Path) -> None:
    path = tmp_path / "long.csv"
    path.write_text("预案名称\n" + "长" * 140_000 + "\n", encoding="utf-8")
    assert "holds more than 32,767 characters" in refused(store, path).message("en")


def test_a_csv_of_mixed_encodings_says_what_is_wrong(store: Store, tmp_path: Path) -> None:
    path = tmp_path / "mixed.csv"
    path.write_bytes("预案名称\n镇防汛预案\n".encode() + "村级预案\n".encode("gbk"))
    err = refused(store, path)
    assert "line 3 is not UTF-8" in err.message("en") and "第 3 行不是 UTF-8" in err.message("zh")


def test_a_sheet_declared_with_too_many_cells_is_refused(store: Store, tmp_path: Path) -> None:
    sheet = f'<worksheet {NS}><dimension ref="A1:ALL10000"/><sheetData/></worksheet>'
    path = build(tmp_path / "cells.xlsx", {SHEET: sheet.encode()})
    assert "10,000 rows × 1,000 columns" in refused(store, path).message("en")


@pytest.mark.parametrize("suffix", [".xlsx", ".csv"])
def test_too_many_cells_in_all_are_refused_while_reading(
    store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, suffix: str
) -> None:
    monkeypatch.setattr(xlsx_guard, "MAX_CELLS", 100)
    rows = [["预案名称", "预案类别"]] + [[f"预案{i}", "专项预案"] for i in range(60)]
    path = tmp_path / f"many{suffix}"
    if suffix == ".csv":
        path.write_text("\n".join(",".join(r) for r in rows), encoding="utf-8")
    else:  # no <dimension>: the limit while reading must hold on its own
        cells = "".join(
            f'<row r="{n}">'
            + "".join(
                f'<c r="{c}{n}" t="inlineStr"><is><t>{v}</t></is></c>'
                for c, v in zip("AB", r, strict=True)
            )
            + "</row>"
            for n, r in enumerate(rows, start=1)
        )
        build(path, {SHEET: f"<worksheet {NS}><sheetData>{cells}</sheetData></worksheet>".encode()})
    assert "more than 100 cells" in refused(store, path).message("en")


def test_a_huge_csv_is_refused_before_it_is_read(store: Store, tmp_path: Path) -> None:
    path = tmp_path / "huge.csv"
    with path.open("wb") as fh:
        fh.write("预案名称\n".encode())
        fh.truncate(200 * 2**20)  # sparse: nothing is written or read
    assert "the file is 200.0 MiB" in refused(store, path).message("en")
