"""Office ledgers in Excel 97–2003 (.xls) and WPS (.et): read as an .xlsx is, with the same
header detection, dates and messages; several sheets picked by name; a formula that was never
computed named as such rather than as an empty required cell."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from cli_runner import run_cli
from openpyxl import Workbook

from emergency_desk.io import IoError, apply_import, prepare_import
from emergency_desk.io.reading import read_rows, sheet_names
from emergency_desk.store import Store

xlwt = pytest.importorskip("xlwt", reason="xlwt builds the .xls fixtures")

HEADER = ["排查日期", "隐患名称", "隐患等级", "隐患类别", "整改状态", "整改期限"]


def _xls(path: Path, sheets: dict[str, list[list[object]]]) -> Path:
    wb = xlwt.Workbook(encoding="utf-8")
    date = xlwt.easyxf(num_format_str="YYYY-MM-DD")
    for name, rows in sheets.items():
        ws = wb.add_sheet(name)
        for r, row in enumerate(rows):
            for c, value in enumerate(row):
                if isinstance(value, dt.date):
                    ws.write(r, c, value, date)
                elif value is not None:
                    ws.write(r, c, value)
    wb.save(str(path))
    return path


LEDGER = [
    ["某镇2025年隐患排查台账"],  # a title row above the header, as offices write them
    HEADER,
    [dt.date(2025, 3, 2), "河堤冲刷", "一般", "防汛", "待整改", dt.date(2025, 6, 30)],
    [dt.date(2025, 5, 10), "加油站消防器材过期", "重大", "消防", "整改中", None],
]


def test_xls_imports_like_xlsx(store: Store, tmp_path: Path) -> None:
    path = _xls(tmp_path / "2025年台账.xls", {"隐患": LEDGER})
    plan = prepare_import(store, "hazards", path)
    assert plan.ok, [p.line("zh") for p in plan.problems]
    assert apply_import(store, plan) == 2
    rows = store.db.execute(
        "SELECT found_on, name, grade, category, status, deadline FROM hazards ORDER BY id"
    ).fetchall()
    assert rows == [
        ("2025-03-02", "河堤冲刷", "general", "flood", "open", "2025-06-30"),
        ("2025-05-10", "加油站消防器材过期", "major", "fire", "rectifying", None),
    ]


def test_xls_errors_read_as_for_xlsx(store: Store, tmp_path: Path) -> None:
    bad = [HEADER, [dt.date(2025, 3, 2), "河堤冲刷", "特别大", "防汛", "待整改", None]]
    xls = prepare_import(store, "hazards", _xls(tmp_path / "bad.xls", {"Sheet1": bad}))
    wb = Workbook()
    for row in bad:
        wb.active.append(row)
    wb.save(tmp_path / "bad.xlsx")
    xlsx = prepare_import(store, "hazards", tmp_path / "bad.xlsx")
    assert [p.line("zh") for p in xls.problems] == [p.line("zh") for p in xlsx.problems]
    assert xls.problems and "特别大" in xls.problems[0].zh


def test_several_sheets_by_name(store: Store, tmp_path: Path) -> None:
    path = _xls(tmp_path / "台账.xls", {"说明": [["填表说明"]], "2025年": LEDGER})
    assert sheet_names(path) == ["说明", "2025年"]
    plan = prepare_import(store, "hazards", path, sheet="2025年")
    assert plan.ok and len(plan.rows) == 2
    with pytest.raises(IoError) as err:
        read_rows(path, sheet="2024年")
    assert err.value.message("zh") == (f"“{path}”中没有名为“2024年”的工作表。可选：说明、2025年。")


def test_cli_takes_sheet(tmp_path: Path) -> None:
    path = _xls(tmp_path / "台账.xls", {"说明": [["填表说明"]], "2025年": LEDGER})
    db = str(tmp_path / "office.db")
    done = run_cli("--db", db, "import", "hazards", str(path), "--sheet", "2025年")
    assert done.returncode == 0, done.stderr
    assert "Imported 2 records" in done.stdout + done.stderr
    wrong = run_cli("--db", db, "import", "hazards", str(path), "--sheet", "无此表")
    assert wrong.returncode == 2
    assert (
        wrong.stderr.strip()
        .splitlines()[-1]
        .endswith("has no sheet named “无此表”. Its sheets: 说明, 2025年.")
    )


def test_wps_et_read_when_possible_else_told_to_save_as_xlsx(store: Store, tmp_path) -> None:
    # WPS saves .et in the same compound-file format: calamine reads what it can.
    readable = _xls(tmp_path / "台账.et", {"Sheet1": LEDGER})
    assert prepare_import(store, "hazards", readable).ok
    unreadable = tmp_path / "坏.et"
    unreadable.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(600))
    with pytest.raises(IoError) as err:
        prepare_import(store, "hazards", unreadable)
    assert "请在 WPS 中“另存为” .xlsx" in err.value.message("zh")


def test_formula_never_computed(store: Store, tmp_path: Path) -> None:
    wb = Workbook()  # openpyxl writes formulas without a value, as many generators do
    ws = wb.active
    ws.append(HEADER)
    ws.append(["2025-03-02", '=CONCAT("河堤","冲刷")', "一般", "防汛", "待整改", None])
    wb.save(tmp_path / "formula.xlsx")
    plan = prepare_import(store, "hazards", tmp_path / "formula.xlsx")
    assert [(p.row, p.column, p.zh) for p in plan.problems] == [
        (
            2,
            "隐患名称",
            '该单元格是公式（=CONCAT("河堤","冲刷")），但其结果从未计算过。'
            "请在 Excel 或 WPS 中打开并保存该文件后再导入。",
        )
    ]
