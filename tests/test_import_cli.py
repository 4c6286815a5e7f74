"""``emergency-desk import`` / ``export`` as a user runs them: exit codes, lines, the database."""

from __future__ import annotations

from pathlib import Path

from cli_runner import run_cli
from openpyxl import Workbook, load_workbook

from emergency_desk.store import ListQuery, Store


def sheet(path: Path, rows: list[list[object]]) -> Path:
    wb = Workbook()
    for r in rows:
        wb.active.append(r)
    wb.save(path)
    return path


GOOD = [
    ["排查日期", "隐患名称", "隐患类别", "隐患等级"],
    ["2021/3/5", "河堤渗漏", "防汛", "重大"],
    ["2021年4月1日", "加油站通道堵塞", "消防", "一般"],
]


def test_import_ok_prints_count_and_exits_0(tmp_path: Path) -> None:
    db = tmp_path / "o.db"
    result = run_cli("--db", str(db), "import", "hazards", str(sheet(tmp_path / "h.xlsx", GOOD)))
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "Imported 2 records into Hazards."
    s = Store.open(db)
    try:
        assert sorted(r["name"] for r in s.rows(ListQuery("hazards"))) == [
            "加油站通道堵塞",
            "河堤渗漏",
        ]
    finally:
        s.close()
    # The same file again: duplicates are named, and skipped on request.
    again = run_cli(
        "--db", str(db), "import", "hazards", str(tmp_path / "h.xlsx"), "--skip-duplicates"
    )
    assert again.returncode == 0
    assert "row 2: Duplicates an existing record" in again.stderr
    assert again.stdout.strip() == "Imported 0 records into Hazards."


def test_import_with_bad_rows_lists_them_and_writes_nothing(tmp_path: Path) -> None:
    db = tmp_path / "o.db"
    bad = [
        *GOOD,
        ["2021-02-30", "坏日期", "防汛", "一般"],
        ["2021-05-01", "坏类别", "火山", "一般"],
    ]
    path = sheet(tmp_path / "h.xlsx", bad)
    Store.open(db).close()  # an existing database: stderr holds the row errors alone
    result = run_cli("--db", str(db), "import", "hazards", str(path))
    assert result.returncode == 2
    lines = result.stderr.strip().splitlines()
    assert lines[0].startswith("row 4, column 排查日期: ") and "2021-02-30" in lines[0]
    assert lines[1].startswith("row 5, column 隐患类别: ")
    assert "nothing was imported" in lines[-1]
    assert "Traceback" not in result.stderr
    s = Store.open(db)
    try:
        assert s.total("hazards") == 0
    finally:
        s.close()
    zh = run_cli("--db", str(db), "import", "hazards", str(path), lang="zh_CN.UTF-8")
    assert zh.returncode == 2
    assert zh.stderr.splitlines()[0].startswith("第4行，“排查日期”：")


def test_import_of_a_file_that_is_not_a_spreadsheet(tmp_path: Path) -> None:
    path = tmp_path / "notes.csv"
    path.write_bytes(b"\x00\x01\x02binary")
    Store.open(tmp_path / "o.db").close()
    result = run_cli("--db", str(tmp_path / "o.db"), "import", "plans", str(path))
    assert result.returncode == 2
    assert (
        result.stderr.strip() == f"“{path}” is not a spreadsheet (expected an .xlsx or .csv file)."
    )


def test_export_by_extension_and_language(tmp_path: Path) -> None:
    db = tmp_path / "o.db"
    assert (
        run_cli(
            "--db", str(db), "import", "hazards", str(sheet(tmp_path / "h.xlsx", GOOD))
        ).returncode
        == 0
    )
    out = tmp_path / "out.xlsx"
    result = run_cli("--db", str(db), "export", "hazards", str(out), "--lang", "en")
    assert result.returncode == 0, result.stderr
    assert "Exported 2" in result.stdout
    ws = load_workbook(out).active
    assert [c.value for c in ws[1]][:2] == ["Found on", "Hazard"]
    csv_out = tmp_path / "out.csv"
    assert (
        run_cli("--db", str(db), "export", "hazards", str(csv_out), lang="zh_CN.UTF-8").returncode
        == 0
    )
    assert csv_out.read_text(encoding="utf-8-sig").startswith("排查日期,隐患名称")
    bad = run_cli("--db", str(db), "export", "hazards", str(tmp_path / "out.pdf"))
    assert bad.returncode == 2 and "Unsupported file type" in bad.stderr


def test_the_duty_roster_imports_and_exports_as_a_sheet_of_its_own(tmp_path: Path) -> None:
    db = tmp_path / "o.db"
    roster = sheet(
        tmp_path / "十二月值班表.xlsx",
        [
            ["值班日期", "班次", "带班领导", "值班人员", "值班电话"],
            ["2026/12/1", "24小时", "王镇长", "李明、张华", "0571-12345678"],
            ["2026-12-02", "全天", "赵书记", "", ""],
        ],
    )
    bad = run_cli("--db", str(db), "import", "duty_roster", str(roster))
    assert bad.returncode == 2
    assert "3" in bad.stderr and "班次" in bad.stderr and "值班人员" in bad.stderr
    wb = load_workbook(roster)
    wb.active["B3"], wb.active["D3"] = "白班", "陈刚"
    wb.save(roster)
    ok = run_cli("--db", str(db), "import", "duty_roster", str(roster))
    assert ok.returncode == 0, ok.stderr
    assert ok.stdout.strip() == "Imported 2 records into Duty roster."
    s = Store.open(db)
    try:
        assert [(r["on_date"], r["shift"]) for r in s.rows(ListQuery("duty_roster"))] == [
            ("2026-12-02", "day"),
            ("2026-12-01", "full"),
        ]
        assert s.total("duty_log") == 0
    finally:
        s.close()
    out = tmp_path / "roster_out.xlsx"
    exported = run_cli("--db", str(db), "export", "duty_roster", str(out), "--lang", "zh")
    assert exported.returncode == 0, exported.stderr
    assert [c.value for c in load_workbook(out).active[1]][:4] == [
        "值班日期",
        "班次",
        "带班领导",
        "值班人员",
    ]
