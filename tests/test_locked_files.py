"""Files held by Word, WPS or an antivirus, simulated on Linux.

On Windows ``os.replace`` raises ``PermissionError`` (WinError 5/32/33) while another
program has the target open, or while an antivirus scans the fresh temporary file. Here
``os.replace`` is made to raise it a few times (a scan: the save must succeed) or for
good (Word holding the file: a sentence, the target untouched, no temporary file left).
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest

from emergency_desk import safe_write
from emergency_desk.cli.main import main
from emergency_desk.io import IoError, write_problems, write_template
from emergency_desk.io.exporter import export_register
from emergency_desk.io.problems import Problem
from emergency_desk.report.day_log import write_day_log
from emergency_desk.report.summary import ReportError, export_summary
from emergency_desk.safe_write import FileWriteError
from emergency_desk.store import Store, StoreError
from emergency_desk.store.backup import backup_to

REAL_REPLACE = os.replace


def _held(monkeypatch: pytest.MonkeyPatch, times: int | None) -> list[int]:
    """``os.replace`` refused ``times`` times (``None``: always); returns the tries made."""
    tries: list[int] = []

    def replace(src: str | Path, dst: str | Path) -> None:
        tries.append(1)
        if times is None or len(tries) <= times:
            raise PermissionError(13, "Access is denied", str(dst))
        REAL_REPLACE(src, dst)

    monkeypatch.setattr(safe_write.os, "replace", replace)
    monkeypatch.setattr(safe_write, "_sleep", lambda _s: None)
    return tries


def _problems_file(store: Store, path: Path) -> None:
    write_problems([Problem(2, "name", "x", "bad", "bad")], path)


WRITERS: dict[str, tuple[str, Callable[[Store, Path], object]]] = {
    "summary": (".docx", lambda s, p: export_summary(s, 2025, "zh", p)),
    "day_log": (".docx", lambda s, p: write_day_log(s, "2025-07-01", p)),
    "export": (".xlsx", lambda s, p: export_register(s, "plans", p)),
    "export_csv": (".csv", lambda s, p: export_register(s, "plans", p)),
    "template": (".xlsx", lambda s, p: write_template("plans", p)),
    "problems": (".xlsx", _problems_file),
    "backup": (".db", lambda s, p: backup_to(s, p)),
}


@pytest.fixture
def disk_store(tmp_path: Path) -> Store:
    s = Store.open(tmp_path / "office.db")
    yield s
    s.close()


@pytest.mark.parametrize("writer", sorted(WRITERS))
def test_a_short_scan_is_waited_out(
    writer: str, disk_store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    suffix, write = WRITERS[writer]
    out = tmp_path / "out"
    out.mkdir()
    target = out / f"file{suffix}"
    target.write_bytes(b"old")
    tries = _held(monkeypatch, 3)
    write(disk_store, target)
    assert len(tries) == 4
    assert target.read_bytes() != b"old" and target.stat().st_size > 100
    assert sorted(p.name for p in out.iterdir()) == [target.name]


def _sentence(exc: BaseException, lang: str) -> str:
    assert isinstance(exc, (FileWriteError, IoError, ReportError, StoreError))
    return exc.message(lang)


@pytest.mark.parametrize("writer", sorted(WRITERS))
def test_a_file_held_open_gets_a_sentence_and_stays_as_it_was(
    writer: str, disk_store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    suffix, write = WRITERS[writer]
    out = tmp_path / "out"
    out.mkdir()
    target = out / f"file{suffix}"
    target.write_bytes(b"old")
    tries = _held(monkeypatch, None)
    with pytest.raises(Exception) as caught:
        write(disk_store, target)
    assert len(tries) == len(safe_write.RETRY_DELAYS) + 1
    zh, en = _sentence(caught.value, "zh"), _sentence(caught.value, "en")
    assert "请关闭该文件后重试" in zh and "没有写入权限" not in zh
    assert "close it and try again" in en
    if suffix == ".docx":
        assert "Word 或 WPS" in zh and "Word or WPS" in en
    assert target.read_bytes() == b"old"
    assert sorted(p.name for p in out.iterdir()) == [target.name]


def test_cli_report_onto_a_file_open_in_word_exits_2(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "office.db"
    store = Store.open(db)
    store.set_setting("office_name", "青山镇应急管理办公室")  # a summary is signed by the office
    store.close()
    target = tmp_path / "年度总结.docx"
    target.write_bytes(b"old")
    _held(monkeypatch, None)
    with pytest.raises(SystemExit) as done:
        main(["--db", str(db), "report", "--year", "2025", "-o", str(target)])
    assert done.value.code == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "正在被 Word 或 WPS 打开" in err[0], err
    assert target.read_bytes() == b"old"
    assert sorted(p.name for p in tmp_path.iterdir() if p.suffix == ".docx") == [target.name]


def test_export_into_a_missing_folder_is_a_sentence(disk_store: Store, tmp_path: Path) -> None:
    with pytest.raises(IoError) as caught:
        export_register(disk_store, "plans", tmp_path / "gone" / "plans.xlsx")
    assert "文件夹不存在" in caught.value.message("zh")
    assert "folder does not exist" in caught.value.message("en")


def test_a_replaced_export_keeps_its_mode(
    disk_store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "plans.xlsx"
    target.write_bytes(b"old")
    target.chmod(0o604)
    _held(monkeypatch, 2)
    export_register(disk_store, "plans", target)
    assert target.stat().st_mode & 0o777 == 0o604


def test_the_backup_written_after_a_scan_is_a_sound_database(
    disk_store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    disk_store.insert("plans", {"title": "防汛应急预案", "level": "special"})
    _held(monkeypatch, 2)
    target = backup_to(disk_store, tmp_path / "stick" / "copy.db")
    conn = sqlite3.connect(target)
    assert conn.execute("SELECT title FROM plans").fetchall() == [("防汛应急预案",)]
    conn.close()
