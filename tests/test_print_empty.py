"""Printouts of nothing, from the command line: the page still says what it is and, in
a sentence, that there is nothing on it — never an error, never a bare empty table."""

from __future__ import annotations

from pathlib import Path

from docx import Document

from emergency_desk.store import Store
from tests.cli_runner import run_cli

OFFICE = "青石镇应急管理办公室"


def _empty_db(tmp_path: Path) -> Path:
    path = tmp_path / "office.db"
    store = Store.open(path)
    store.set_setting("office_name", OFFICE)
    store.close()
    return path


def _paragraphs(path: Path) -> list[str]:
    return [p.text for p in Document(str(path)).paragraphs if p.text.strip()]


def test_the_directory_of_an_office_with_no_contacts(tmp_path: Path) -> None:
    db, out = _empty_db(tmp_path), tmp_path / "通讯录.docx"
    r = run_cli("--db", str(db), "print", "contacts", "-o", str(out))
    assert r.returncode == 0, r.stderr
    paragraphs = _paragraphs(out)
    assert paragraphs[0] == f"{OFFICE}应急通讯录"
    assert paragraphs[1].endswith("在岗0人）")
    assert "通讯录中暂无在岗人员。" in paragraphs
    assert Document(str(out)).tables == []  # no empty village tables under the sentence


def test_the_ledger_of_a_register_with_no_rows(tmp_path: Path) -> None:
    db, out = _empty_db(tmp_path), tmp_path / "台账.docx"
    r = run_cli("--db", str(db), "print", "ledger", "--register", "hazards", "-o", str(out))
    assert r.returncode == 0, r.stderr
    doc = Document(str(out))
    assert _paragraphs(out)[0] == f"{OFFICE}隐患排查台账（全部）"
    assert any(p.startswith("共0条") for p in _paragraphs(out))
    (table,) = doc.tables
    header = [c.text for c in table.rows[0].cells]
    assert header[:3] == ["序号", "排查日期", "隐患名称"]
    assert len(table.rows) == 2
    assert {c.text for c in table.rows[1].cells} == {"本台账暂无记录。"}  # one merged cell


def test_an_empty_year_of_a_ledger_in_english(tmp_path: Path) -> None:
    db, out = _empty_db(tmp_path), tmp_path / "drills.docx"
    r = run_cli(
        "--db", str(db), "print", "ledger", "--register", "drills", "--year", "2025",
        "--lang", "en", "-o", str(out),
    )  # fmt: skip
    assert r.returncode == 0, r.stderr
    (table,) = Document(str(out)).tables
    assert [c.text for c in table.rows[0].cells][:2] == ["No.", "Date"]
    assert {c.text for c in table.rows[1].cells} == {"There are no records in this ledger."}
