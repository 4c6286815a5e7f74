"""``emergency-desk print``: each printout from the command line, and the refusals."""

from __future__ import annotations

from pathlib import Path

from docx import Document

from emergency_desk.store import Store
from tests.cli_runner import run_cli


def _db(tmp_path: Path) -> tuple[Path, int, int]:
    path = tmp_path / "office.db"
    store = Store.open(path)
    store.set_setting("office_name", "青石镇应急管理办公室")
    hazard = store.insert(
        "hazards",
        {"found_on": "2026-03-02", "name": "涵洞堵塞", "category": "flood", "grade": "general",
         "responsible_unit": "河口村村民委员会"},
    )  # fmt: skip
    store.insert(
        "hazards",
        {"found_on": "2026-04-02", "name": "围栏破损", "category": "other", "grade": "general"},
    )
    drill = store.insert("drills", {"held_on": "2026-06-01", "title": "防汛演练", "form": "live"})
    store.close()
    return path, hazard, drill


def _text(path: Path) -> str:
    doc = Document(str(path))
    return "\n".join(p.text for p in doc.paragraphs) + "\n".join(
        c.text for t in doc.tables for r in t.rows for c in r.cells
    )


def test_print_each_kind(tmp_path: Path) -> None:
    db, hazard, drill = _db(tmp_path)
    out = tmp_path / "notice.docx"
    r = run_cli("--db", str(db), "print", "notice", "--id", str(hazard), "-o", str(out))
    assert r.returncode == 0, r.stderr
    assert "〔20" in _text(out) and "河口村村民委员会：" in _text(out)
    store = Store.open(db)
    assert store.get("hazards", hazard)["notice_number"]
    store.close()

    out = tmp_path / "ledger.docx"
    r = run_cli(
        "--db", str(db), "print", "ledger", "--register", "hazards", "--year", "2026",
        "--search", "涵洞", "-o", str(out),
    )  # fmt: skip
    assert r.returncode == 0, r.stderr
    text = _text(out)
    assert "隐患排查台账（2026年）" in text and "涵洞堵塞" in text and "围栏破损" not in text

    out = tmp_path / "drill.docx"
    r = run_cli(
        "--db", str(db), "print", "drill_evaluation", "--id", str(drill), "--lang", "en",
        "-o", str(out),
    )  # fmt: skip
    assert r.returncode == 0, r.stderr
    assert "No evaluation rating was recorded" in _text(out)

    out = tmp_path / "day.docx"
    r = run_cli("--db", str(db), "print", "duty_day", "--date", "2026-06-01", "-o", str(out))
    assert r.returncode == 0, r.stderr and out.exists()


def test_refusals_are_one_sentence_and_rc_2(tmp_path: Path) -> None:
    db, hazard, _drill = _db(tmp_path)
    out = tmp_path / "x.docx"
    r = run_cli(
        "--db", str(db), "print", "notice", "--id", "999", "-o", str(out), lang="zh_CN.UTF-8"
    )
    assert r.returncode == 2 and r.stderr.strip() == "隐患排查中没有编号为 999 的记录。"
    r = run_cli("--db", str(db), "print", "recheck", "--id", str(hazard), "-o", str(out))
    assert r.returncode == 2 and "not rectified yet" in r.stderr and "Traceback" not in r.stderr
    r = run_cli("--db", str(db), "print", "ledger", "--register", "nope", "-o", str(out))
    assert r.returncode == 2 and "There is no register “nope”" in r.stderr
    r = run_cli(
        "--db", str(db), "print", "notice", "--id", str(hazard),
        "-o", str(tmp_path / "no" / "such" / "x.docx"),
    )  # fmt: skip
    assert r.returncode == 2 and "does not exist" in r.stderr and "Traceback" not in r.stderr
    assert not out.exists()
