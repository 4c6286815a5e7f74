"""The command line never shows a traceback: odd stored values, closed pipes, full disks,
a mistyped ``--db``, a link as ``--db``, and the console script's crash log."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import docx
import pytest

from emergency_desk.store import Store
from tests.cli_runner import ROOT, run_cli


def _office(path: Path) -> Path:
    s = Store.open(path)
    s.insert("plans", {"title": "森林防火应急预案", "level": "special"})
    s.insert("hazards", {"found_on": "2024-01-05", "name": "河堤渗漏", "category": "flood"})
    s.close()
    return path


def _set_raw(db: Path, key: str, raw: str) -> None:
    conn = sqlite3.connect(db)
    conn.execute("INSERT OR REPLACE INTO settings (key, value) VALUES (?, ?)", [key, raw])
    conn.commit()
    conn.close()


def test_a_setting_that_is_not_json_stops_no_command(db_path: Path, tmp_path: Path) -> None:
    _office(db_path)
    _set_raw(db_path, "office_name", "青石镇应急办")  # typed into the file without quotes
    _set_raw(db_path, "hazard_due_soon_days", "{broken")
    check = run_cli("--db", str(db_path), "check")
    assert check.returncode == 0, check.stderr
    assert "Traceback" not in check.stderr
    report = run_cli("--db", str(db_path), "report", "-o", str(tmp_path / "r.docx"))
    assert report.returncode == 0, report.stderr
    assert docx.Document(str(tmp_path / "r.docx")).core_properties.author == "青石镇应急办"


def test_an_office_name_over_255_characters_still_gets_its_report(
    db_path: Path, tmp_path: Path
) -> None:
    _office(db_path)
    s = Store.open(db_path)
    s.set_setting("office_name", "青" * 300)
    s.close()
    out = tmp_path / "r.docx"
    result = run_cli("--db", str(db_path), "report", "-o", str(out))
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""
    props = docx.Document(str(out)).core_properties
    assert props.author == "青" * 254 + "…"


def _run_to(stdout: int, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "LANG": "en_US.UTF-8", "LC_ALL": "", "PYTHONPATH": str(ROOT)}
    return subprocess.run(
        [sys.executable, "-m", "emergency_desk", *args],
        stdout=stdout,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
        timeout=120,
    )


def test_check_into_a_closed_pipe_is_quiet(db_path: Path) -> None:
    _office(db_path)
    read_end, write_end = os.pipe()
    os.close(read_end)  # ``check | head``: the reader has gone before the output is done
    try:
        result = _run_to(write_end, "--db", str(db_path), "check")
    finally:
        os.close(write_end)
    assert result.stderr == ""
    assert result.returncode == 0


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="needs /dev/full")
def test_output_onto_a_full_disk_is_one_sentence(db_path: Path, tmp_path: Path) -> None:
    _office(db_path)
    with open("/dev/full", "w") as full:
        for args in (("check",), ("backup", str(tmp_path / "b.db"))):
            result = _run_to(full.fileno(), "--db", str(db_path), *args)
            assert result.returncode == 2
            assert result.stderr.splitlines() == [
                "The disk is full; could not finish writing the output. "
                "Free some space and try again."
            ]


def test_the_console_script_installs_the_crash_log(db_path: Path, tmp_path: Path) -> None:
    _office(db_path)
    # The [project.scripts] entry point, with a command that fails unexpectedly.
    code = (
        "import sys\n"
        "import emergency_desk.cli.cmd_check as c\n"
        "def boom(args):\n"
        "    raise RuntimeError('unexpected')\n"
        "c.run = boom\n"
        "from emergency_desk.__main__ import main\n"
        f"sys.argv = ['emergency-desk', '--db', {str(db_path)!r}, 'check']\n"
        "sys.exit(main())\n"
    )
    env = {**os.environ, "XDG_DATA_HOME": str(tmp_path / "data"), "PYTHONPATH": str(ROOT)}
    env["EMERGENCY_DESK_NO_FAULTHANDLER"] = "1"
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env=env, timeout=120
    )
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    logs = list((tmp_path / "data").rglob("crash-*.log"))
    assert len(logs) == 1 and "RuntimeError: unexpected" in logs[0].read_text(encoding="utf-8")
    assert str(logs[0]) in result.stderr


def test_a_mistyped_db_folder_is_refused_and_nothing_is_made(tmp_path: Path) -> None:
    wrong = tmp_path / "offcie" / "data" / "office.db"
    result = run_cli("--db", str(wrong), "demo")
    assert result.returncode == 2
    assert result.stderr.splitlines() == [
        f"The folder “{wrong.parent}” does not exist; check the path given with --db."
    ]
    assert not (tmp_path / "offcie").exists()
    zh = run_cli("--db", str(wrong), "import", "plans", str(tmp_path / "x.csv"), lang="zh_CN.UTF-8")
    assert zh.returncode == 2
    assert zh.stderr.strip() == f"文件夹“{wrong.parent}”不存在，请检查 --db 后面的路径。"


def test_a_new_database_is_announced(tmp_path: Path) -> None:
    new = tmp_path / "new.db"
    first = run_cli("--db", str(new), "demo", "--year", "2025")
    assert first.returncode == 0, first.stderr
    assert f"Created a new database “{new}”." in first.stderr.splitlines()
    again = run_cli("--db", str(new), "demo", "--year", "2025", "--if-empty")
    assert again.returncode == 0
    assert "Created a new database" not in again.stderr


def test_restore_through_a_link_restores_the_file_it_points_to(tmp_path: Path) -> None:
    (tmp_path / "data").mkdir()
    real = _office(tmp_path / "data" / "office.db")
    s = Store.open(real)
    s.insert("plans", {"title": "备份之后新增", "level": "overall"})
    s.close()
    backup = tmp_path / "b.db"
    result = run_cli("--db", str(real), "backup", str(backup))
    assert result.returncode == 0, result.stderr
    s = Store.open(real)
    s.insert("plans", {"title": "恢复后应消失", "level": "overall"})
    s.close()
    desk = tmp_path / "desk"
    desk.mkdir()
    link = desk / "office.db"
    link.symlink_to(real)
    result = run_cli("--db", str(link), "restore", str(backup))
    assert result.returncode == 0, result.stderr
    assert link.is_symlink() and link.resolve() == real
    assert sorted(p.name for p in desk.iterdir()) == ["office.db"]
    assert list((real.parent / "backups").glob("office-before-restore-*.db"))
    titles = [r[0] for r in sqlite3.connect(real).execute("SELECT title FROM plans")]
    assert "恢复后应消失" not in titles and "备份之后新增" in titles


def test_restore_through_a_link_onto_a_damaged_file_keeps_the_link(tmp_path: Path) -> None:
    (tmp_path / "data").mkdir()
    real = _office(tmp_path / "data" / "office.db")
    backup = tmp_path / "b.db"
    assert run_cli("--db", str(real), "backup", str(backup)).returncode == 0
    data = bytearray(real.read_bytes())
    data[4096 * 2 : 4096 * 6] = os.urandom(4096 * 4)
    real.write_bytes(bytes(data))
    desk = tmp_path / "desk"
    desk.mkdir()
    link = desk / "office.db"
    link.symlink_to(Path("..") / "data" / "office.db")  # relative, as users make them
    result = run_cli("--db", str(link), "restore", str(backup))
    assert result.returncode == 0, result.stderr
    assert link.is_symlink() and link.resolve() == real.resolve()
    assert sorted(p.name for p in desk.iterdir()) == ["office.db"]
    saved = list((real.parent / "backups").glob("office-before-restore-*.damaged"))
    assert len(saved) == 1 and saved[0].read_bytes() == bytes(data)
    titles = [r[0] for r in sqlite3.connect(real).execute("SELECT title FROM plans")]
    assert titles == ["森林防火应急预案"]
