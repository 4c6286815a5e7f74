"""``emergency-desk report`` as a user runs it: a real process, a real file."""

from __future__ import annotations

import os
from pathlib import Path

import docx
from cli_runner import run_cli
from report_fixture import fill

from emergency_desk.store import Store


def _db(tmp_path: Path) -> Path:
    path = tmp_path / "office.db"
    store = Store.open(path)
    fill(store)
    store.close()
    return path


def test_cli_writes_the_summary(tmp_path: Path) -> None:
    db = _db(tmp_path)
    out = tmp_path / "总结.docx"
    result = run_cli(
        "--db", str(db), "report", "--year", "2025", "--appendix", "hazards,drills",
        "--date", "2026-01-10", "-o", str(out),
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == str(out.resolve())
    d = docx.Document(str(out))
    text = "\n".join(p.text for p in d.paragraphs)
    assert "全年共排查各类安全隐患3处" in text and "整改率66.7%" in text
    assert "2026年1月10日" in text
    assert len(d.tables) == 2


def test_cli_english_and_all_appendices(tmp_path: Path) -> None:
    db = _db(tmp_path)
    out = tmp_path / "summary.docx"
    result = run_cli("--db", str(db), "report", "--year", "2025", "--lang", "en",
                  "--appendix", "all", "-o", str(out))  # fmt: skip
    assert result.returncode == 0, result.stderr
    d = docx.Document(str(out))
    assert d.paragraphs[0].text.endswith("Emergency Management Work Summary for 2025")
    assert len(d.tables) == 3


def test_cli_unwritable_path_is_one_clear_line(tmp_path: Path) -> None:
    db = _db(tmp_path)
    result = run_cli("--db", str(db), "report", "--year", "2025",
                  "-o", str(tmp_path / "missing" / "x.docx"))  # fmt: skip
    assert result.returncode == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and "folder does not exist" in lines[0]
    assert "Traceback" not in result.stderr


def test_cli_read_only_target_exits_2(tmp_path: Path) -> None:
    if os.geteuid() == 0:  # root writes anywhere; use a path that is a folder instead
        target = tmp_path / "folder.docx"
        target.mkdir()
    else:
        locked = tmp_path / "locked"
        locked.mkdir()
        locked.chmod(0o500)
        target = locked / "x.docx"
    result = run_cli("--db", str(_db(tmp_path)), "report", "--year", "2025", "-o", str(target))
    assert result.returncode == 2
    assert len(result.stderr.strip().splitlines()) == 1 and "Cannot save" in result.stderr


def test_cli_missing_database_and_bad_appendix(tmp_path: Path) -> None:
    result = run_cli("--db", str(tmp_path / "none.db"), "report", "--year", "2025",
                  "-o", str(tmp_path / "x.docx"))  # fmt: skip
    assert result.returncode == 2 and "Traceback" not in result.stderr
    assert not (tmp_path / "none.db").exists()
    result = run_cli("--db", str(_db(tmp_path)), "report", "--year", "2025",
                  "--appendix", "people", "-o", str(tmp_path / "x.docx"))  # fmt: skip
    assert result.returncode == 2 and "people" in result.stderr
