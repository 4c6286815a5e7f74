"""Characters a Word or Excel file cannot hold: refused where they come in, left out (and
named) where an older database already holds them, so the summary and exports never fail.
"""

from __future__ import annotations

import sqlite3
import zipfile
from pathlib import Path

import pytest
from openpyxl import load_workbook

from emergency_desk.io import export_register, prepare_import, write_problems
from emergency_desk.report import export_summary
from emergency_desk.rules.settings import SETTING_KEYS
from emergency_desk.schema import ValidationError
from emergency_desk.store import Store, search_index
from tests.cli_runner import run_cli

BAD = ["\ufffe", "\uffff", "\x01", "\x07"]


@pytest.mark.parametrize("ch", BAD)
def test_a_field_refuses_what_word_and_excel_cannot_hold(store: Store, ch: str) -> None:
    with pytest.raises(ValidationError) as info:
        store.insert("plans", {"title": f"防汛{ch}预案", "level": "special"})
    [err] = info.value.errors
    assert err.field == "title" and err.code == "bad_text"
    code = f"U+{ord(ch):04X}"
    assert code in err.message("zh") and "Word" in err.message("zh")
    assert code in err.message("en")


def test_tab_and_line_breaks_are_kept(store: Store) -> None:
    rid = store.insert(
        "plans", {"title": "预案", "level": "special", "notes": "第一行\r\n\t第二行"}
    )
    assert store.get("plans", rid)["notes"] == "第一行\r\n\t第二行"


def test_import_names_the_row_and_column(store: Store, tmp_path: Path) -> None:
    path = tmp_path / "p.csv"
    path.write_text(
        "预案名称,预案类别\n防汛预案,专项预案\n抗旱\ufffe预案,专项预案\n", encoding="utf-8"
    )
    plan = prepare_import(store, "plans", path)
    [problem] = plan.problems
    assert problem.row == 3 and problem.column == "预案名称"
    assert "U+FFFE" in problem.line("zh")
    # the problem list itself can be saved, the character shown by its code
    write_problems(plan.problems, tmp_path / "problems.xlsx")
    cells = [c.value for c in load_workbook(tmp_path / "problems.xlsx").active[2]]
    assert cells[2] == "抗旱[U+FFFE]预案"


def test_summary_texts_and_settings_drop_pasted_control_characters(store: Store) -> None:
    store.set_report_text(2025, "zh", "opening", "今年\x01我镇\x07扎实推进\ufffe工作。\n第二段")
    assert store.report_text(2025, "zh", "opening") == "今年我镇扎实推进工作。\n第二段"
    store.set_setting(SETTING_KEYS["office_name"], "青石镇\x07应急办")
    assert store.get_setting(SETTING_KEYS["office_name"]) == "青石镇应急办"


def _old_database(path: Path) -> None:
    """A database an older version filled: the characters went in before validation."""
    store = Store.open(path)
    store.insert(
        "hazards",
        {"found_on": "2025-05-01", "name": "河堤冲刷", "category": "reservoir", "grade": "major"},
    )
    store.insert("plans", {"title": "镇防汛预案", "level": "special", "issued_on": "2025-03-01"})
    store.set_setting(SETTING_KEYS["office_name"], "青石镇")
    store.close()
    with sqlite3.connect(path) as conn:
        search_index.register(conn)  # the search triggers call it
        conn.execute(
            "UPDATE hazards SET name = ?, description = ?", ["河堤\ufffe冲刷", "坡\uffff脚"]
        )
        conn.execute("UPDATE plans SET title = ?", ["镇防汛\x07预案"])
        conn.execute(
            "INSERT INTO report_texts (year, lang, part, body, updated_at) VALUES (?,?,?,?,?)",
            [2025, "zh", "opening", "今年\x01我镇扎实推进工作。", "2025-12-01 10:00:00"],
        )
    conn.close()


def _document_text(path: Path) -> str:
    with zipfile.ZipFile(path) as zf:
        return zf.read("word/document.xml").decode("utf-8")


def test_the_summary_of_an_older_database_is_written_and_names_the_records(
    db_path: Path, tmp_path: Path
) -> None:
    _old_database(db_path)
    out = tmp_path / "s.docx"
    result = run_cli(
        "--db",
        str(db_path),
        "report",
        "--year",
        "2025",
        "--appendix",
        "all",
        "-o",
        str(out),
        lang="zh_CN.UTF-8",
    )
    assert result.returncode == 0, result.stderr
    text = _document_text(out)
    assert "河堤冲刷" in text and "今年我镇扎实推进工作。" in text
    lines = result.stderr.strip().splitlines()
    assert any(
        "“隐患排查”中的记录“河堤冲刷”" in ln and "“隐患名称”、“隐患描述”" in ln for ln in lines
    )
    assert any("“应急预案”中的记录“镇防汛预案”" in ln for ln in lines)
    assert any("年度总结自填文字“开头”" in ln for ln in lines)


def test_the_summary_api_reports_the_records(db_path: Path, tmp_path: Path) -> None:
    _old_database(db_path)
    store = Store.open(db_path)
    warnings: list = []
    export_summary(store, 2025, "en", tmp_path / "s.docx", warnings=warnings)
    store.close()
    assert {(w.table, w.fields) for w in warnings} == {
        ("hazards", ("name", "description")),
        ("plans", ("title",)),
    }
    assert any("The Hazards record “河堤冲刷” (no. 1)" in w.message("en") for w in warnings)


@pytest.mark.parametrize("suffix", [".xlsx", ".csv"])
def test_an_export_of_an_older_database_is_written_and_names_the_records(
    db_path: Path, tmp_path: Path, suffix: str
) -> None:
    _old_database(db_path)
    out = tmp_path / f"h{suffix}"
    result = run_cli("--db", str(db_path), "export", "hazards", str(out))
    assert result.returncode == 0, result.stderr
    assert "The Hazards record “河堤冲刷”" in result.stderr
    store = Store.open(db_path)
    warnings: list = []
    export_register(store, "hazards", out, lang="zh", warnings=warnings)
    assert [w.record_id for w in warnings] == [1]
    plan = prepare_import(store, "hazards", out)  # and the file imports back cleanly
    store.close()
    assert plan.problems == []
    assert plan.rows[0].values["name"] == "河堤冲刷"
