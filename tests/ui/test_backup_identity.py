"""Only a backup of the very database that will not open is ever offered (issue 15.1)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog, QMessageBox

from emergency_desk.store import Store
from emergency_desk.store.backup import all_backups, auto_backup, backup_dir, latest_good_backup


def _record_boxes(monkeypatch: pytest.MonkeyPatch) -> list[QMessageBox]:
    shown: list[QMessageBox] = []

    def fake_exec(box: QMessageBox) -> int:
        shown.append(box)
        return 0

    monkeypatch.setattr(QMessageBox, "exec", fake_exec)
    return shown


def test_a_text_file_opened_is_not_offered_another_databases_backup(
    qtbot, window, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    window.store.insert("plans", {"title": "本库预案", "level": "overall"})
    assert auto_backup(window.store, dt.date(2025, 3, 5)) is not None
    notes = tmp_path / "notes.db"
    notes.write_text("这是一个记事本文件，不是数据库。\n" * 50, encoding="utf-8")
    before = notes.read_bytes()
    monkeypatch.setattr(
        QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(notes), ""))
    )
    offered = _record_boxes(monkeypatch)  # a box with a Restore button would land here
    said: list[str] = []
    monkeypatch.setattr(
        QMessageBox, "critical", staticmethod(lambda _p, _t, text, *a: said.append(text))
    )
    window.open_database()
    assert offered == []  # no "Restore backup" at all, let alone as the default button
    assert len(said) == 1
    assert "不是应急管理工作台的数据库文件" in said[0]
    assert "没有该数据库的备份" in said[0]
    assert "office-2025-03-05.db" not in said[0]
    assert notes.read_bytes() == before  # nothing copied over the chosen file
    assert window.store.path == tmp_path / "office.db"


def test_each_database_sees_only_its_own_backups(tmp_path: Path) -> None:
    a_path, b_path = tmp_path / "a.db", tmp_path / "b.db"
    a, b = Store.open(a_path), Store.open(b_path)
    try:
        a.insert("plans", {"title": "甲", "level": "overall"})
        made_a = auto_backup(a, dt.date(2025, 3, 5))
        made_b = auto_backup(b, dt.date(2025, 3, 6))
    finally:
        a.close()
        b.close()
    assert all_backups(a_path) == [made_a]
    assert all_backups(b_path) == [made_b]
    # A renamed backup is still its database's: the id, not the name, decides.
    assert made_b is not None
    renamed = made_b.rename(backup_dir(a_path) / "a-2025-03-07.db")
    assert latest_good_backup(a_path) == made_a
    assert latest_good_backup(b_path) == renamed
    # A damaged database is still matched to its own backup by the id noted beside them.
    a_path.write_bytes(b"x" * 5000)
    assert latest_good_backup(a_path) == made_a
