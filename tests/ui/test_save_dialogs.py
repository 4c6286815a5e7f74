"""Save dialogs start in Documents, then in the folder last used — never the data folder.

Simulated on Linux: the database lives in the per-user data folder (on Windows the
hidden ``%LOCALAPPDATA%\\EmergencyDesk``), HOME points at a temporary profile with a
Documents folder (what ``QStandardPaths`` reads, as Windows' 文档 would be).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox
from report_fixture import YEAR, fill

from emergency_desk.store import Store
from emergency_desk.ui.widgets import save_dialogs
from emergency_desk.ui.widgets.save_dialogs import ask_save_path, remember_folder, start_folder

from .helpers import ops_done


@pytest.fixture
def profile(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> dict[str, Path]:
    home = tmp_path / "张三"
    documents = home / "Documents"
    documents.mkdir(parents=True)
    data = home / "AppData" / "Local" / "EmergencyDesk"
    data.mkdir(parents=True)
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.delenv("XDG_CONFIG_HOME", raising=False)
    monkeypatch.setattr(save_dialogs, "user_data_dir", lambda: data)
    return {"home": home, "documents": documents, "data": data}


def _asking(monkeypatch: pytest.MonkeyPatch, answer: Path | None) -> list[str]:
    starts: list[str] = []

    def ask(_parent: Any, _title: str, start: str, _filter: str) -> tuple[str, str]:
        starts.append(start)
        return (str(answer) if answer else "", "")

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(ask))
    return starts


def test_first_in_documents_then_the_folder_last_used(
    qtbot, profile: dict[str, Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    assert start_folder("export") == profile["documents"]
    stick = profile["home"].parent / "U盘" / "上报"
    stick.mkdir(parents=True)
    starts = _asking(monkeypatch, stick / "隐患台账")
    path = ask_save_path(None, "export", "导出", "隐患:台账.xlsx", [("Excel (*.xlsx)", ".xlsx")])
    assert path == stick / "隐患台账.xlsx"  # the suffix is added to a name typed without it
    assert starts == [str(profile["documents"] / "隐患_台账.xlsx")]  # a name Windows takes
    assert start_folder("export") == stick
    assert start_folder("report") == stick  # a kind not saved yet: the folder last used
    remember_folder("report", profile["documents"])
    assert start_folder("export") == stick  # each kind keeps its own
    stick.rmdir()  # the stick is pulled out
    assert start_folder("export") == profile["documents"]


def test_the_data_folder_is_never_where_a_dialog_starts(
    qtbot, profile: dict[str, Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    backups = profile["data"] / "backups"
    backups.mkdir()
    remember_folder("backup", backups)
    assert start_folder("backup") == profile["documents"]
    _asking(monkeypatch, backups / "copy.db")
    ask_save_path(None, "backup", "备份", "x.db", [("db (*.db)", ".db")])
    assert start_folder("backup") == profile["documents"]


def test_chosen_filter_gives_the_suffix(qtbot, profile, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    def ask(*_a: Any) -> tuple[str, str]:
        return str(profile["documents"] / "台账"), "CSV (*.csv)"

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(ask))
    filters = [("Excel (*.xlsx)", ".xlsx"), ("CSV (*.csv)", ".csv")]
    assert (
        ask_save_path(None, "export", "t", "a.xlsx", filters) == profile["documents"] / "台账.csv"
    )


def test_the_summary_export_starts_in_documents_not_beside_the_database(
    qtbot, profile: dict[str, Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    from emergency_desk.ui.summary.summary_tab import SummaryTab

    store = Store.open(profile["data"] / "emergency_desk.db")  # the default database
    fill(store)
    tab = SummaryTab(store)
    qtbot.addWidget(tab)
    tab.year.setValue(YEAR)
    tab.show()
    qtbot.waitUntil(lambda: not tab.preview_pending, timeout=10000)
    monkeypatch.setattr(
        QMessageBox, "question", staticmethod(lambda *a, **k: QMessageBox.StandardButton.No)
    )
    target = profile["home"] / "桌面" / "总结.docx"
    target.parent.mkdir()
    starts = _asking(monkeypatch, target)
    qtbot.mouseClick(tab.export_button, Qt.MouseButton.LeftButton)
    ops_done(qtbot)
    assert target.exists()
    assert Path(starts[0]).parent == profile["documents"]
    qtbot.mouseClick(tab.export_button, Qt.MouseButton.LeftButton)
    ops_done(qtbot)
    assert Path(starts[1]).parent == target.parent  # then where the user saved last
    store.close()
