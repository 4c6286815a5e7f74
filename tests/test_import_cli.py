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
