"""The command line on good and bad files: exit 0, or exit 2 and exactly one clear line."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

import pytest

from emergency_desk.cli.main import COMMANDS, main
from emergency_desk.store import Store
from emergency_desk.store.migrations import SCHEMA_VERSION


def _run(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    try:
        code = main(argv)
    except SystemExit as exc:
        code = int(exc.code or 0)
    out, err = capsys.readouterr()
    return code, out, err


def _good_db(path: Path) -> Path:
    s = Store.open(path)
    s.insert("plans", {"title": "森林防火应急预案", "level": "special"})
    s.close()
    return path


def _bad_files(tmp_path: Path) -> dict[str, Path]:
    files = {}
    files["random"] = tmp_path / "random.db"
    files["random"].write_bytes(os.urandom(4096))
    files["text"] = tmp_path / "text.db"
    files["text"].write_text("这不是数据库\n" * 100, encoding="utf-8")
    good = _good_db(tmp_path / "good.db")
    files["truncated"] = tmp_path / "truncated.db"
    files["truncated"].write_bytes(good.read_bytes()[:6000])
    files["newer"] = _good_db(tmp_path / "newer.db")
    conn = sqlite3.connect(files["newer"])
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    conn.commit()
    conn.close()
    files["foreign"] = tmp_path / "foreign.db"
    conn = sqlite3.connect(files["foreign"])
    conn.execute("CREATE TABLE songs (title)")
    conn.commit()
    conn.close()
    return files


def test_backup_and_restore_commands(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = _good_db(tmp_path / "office.db")
    target = tmp_path / "usb" / "copy.db"
    code, out, err = _run(["--db", str(db), "backup", str(target)], capsys)
    assert (code, err) == (0, "")
    assert "已备份到" in out and str(target) in out
    s = Store.open(db)
    s.insert("plans", {"title": "备份后新增", "level": "overall"})
    s.close()
    code, out, err = _run(["--db", str(db), "restore", str(target)], capsys)
    assert (code, err) == (0, "")
    assert "已从" in out and "恢复前的数据库已保存为" in out
    s = Store.open(db)
    assert [r["title"] for r in s.db.query("SELECT title FROM plans")] == ["森林防火应急预案"]
    s.close()


@pytest.mark.parametrize("kind", ["random", "text", "truncated", "newer", "foreign"])
def test_restore_from_a_bad_file(
    kind: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = _good_db(tmp_path / "office.db")
    before = db.read_bytes()
    bad = _bad_files(tmp_path)[kind]
    code, out, err = _run(["--db", str(db), "restore", str(bad)], capsys)
    assert code == 2 and out == ""
    assert len(err.strip().splitlines()) == 1 and "Traceback" not in err
    assert str(bad) in err
    assert db.read_bytes() == before


def test_messages_follow_the_locale(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    bad = _bad_files(tmp_path)["random"]
    monkeypatch.setenv("LC_ALL", "en_US.UTF-8")
    monkeypatch.setenv("LANGUAGE", "en_US")
    code, _, err = _run(["--db", str(bad), "backup", str(tmp_path / "b.db")], capsys)
    assert code == 2 and "is not an Emergency Desk database" in err


def _argv_for(command: str, tmp_path: Path) -> list[str] | None:
    """Arguments that would succeed on a good database, per command."""
    sheet = tmp_path / "in.csv"
    sheet.write_text("预案名称,预案类别\n测试预案,总体预案\n", encoding="utf-8")
    return {
        "backup": ["backup", str(tmp_path / "b.db")],
        "restore": None,  # the bad file is the argument there, tested above
        "demo": ["demo"],
        "import": ["import", "plans", str(sheet)],
        "export": ["export", "plans", str(tmp_path / "out.xlsx")],
        "report": ["report", "-o", str(tmp_path / "r.docx")],
        "check": ["check"],
        "package": ["package", "-o", str(tmp_path / "p.edpkg")],
        "county": ["county", "status"],
        "print": ["print", "ledger", "--register", "plans", "-o", str(tmp_path / "l.docx")],
    }.get(command, [command])


@pytest.mark.parametrize("kind", ["random", "text", "truncated", "newer", "foreign"])
def test_every_command_refuses_a_bad_database_in_one_line(
    kind: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bad = _bad_files(tmp_path)[kind]
    before = bad.read_bytes()
    for command in COMMANDS:
        argv = _argv_for(command, tmp_path)
        if argv is None:
            continue
        code, _out, err = _run(["--db", str(bad), *argv], capsys)
        assert code == 2, (command, kind, err)
        lines = err.strip().splitlines()
        assert len(lines) == 1 and "Traceback" not in err, (command, kind, err)
        assert str(bad) in lines[0], (command, kind, err)
        assert bad.read_bytes() == before, (command, kind)
