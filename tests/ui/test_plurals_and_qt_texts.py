"""English counts agree with their number, and Qt's own dialogs speak Chinese (issue 15.9).

English plurals come from ``emergency_desk_en.qm`` (the ``%n`` messages only); Qt's file
dialog labels that its ``qtbase_zh_CN.qm`` lacks come from the app's Chinese catalogue.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from openpyxl import Workbook
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDialog,
    QFileDialog,
    QLabel,
    QMessageBox,
    QPushButton,
)

from emergency_desk.store import Store
from emergency_desk.ui.import_export.import_export import ImportPreviewDialog
from emergency_desk.ui.shell.lang import set_ui_lang
from emergency_desk.ui.shell.translations import install_translators

from .helpers import ops_done

HEADER = ["排查日期", "隐患名称", "隐患类别", "隐患等级", "整改期限"]
ROWS = [
    ["2024-03-05", "河堤渗漏", "防汛", "重大", "2024-06-30"],
    ["2024-04-01", "加油站通道堵塞", "消防", "一般", ""],
]
LATIN_WORD = re.compile(r"[A-Za-z]{2,}")


@pytest.fixture
def english(qapp: QApplication) -> Iterator[None]:
    """The whole interface in English, as a start with the English language sets it up."""
    set_ui_lang("en")
    install_translators(qapp, "en")
    yield
    install_translators(qapp, "zh")
    set_ui_lang("zh")


def _sheet(path: Path, rows: list[list[str]]) -> Path:
    wb = Workbook()
    for r in [HEADER, *rows]:
        wb.active.append(r)
    wb.save(path)
    return path


def _import(qtbot: Any, window: Any, path: Path, monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Import ``path`` into the hazards tab; the preview's summary and the final message."""
    seen: list[str] = []

    def confirm(self: ImportPreviewDialog) -> int:
        seen.append(self.summary.text())
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(ImportPreviewDialog, "exec", confirm)
    monkeypatch.setattr(
        QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(path), ""))
    )
    monkeypatch.setattr(
        QMessageBox, "information", staticmethod(lambda _p, _t, text, *a: seen.append(text))
    )
    tab = window.register_tabs["hazards"]
    window.tabs.setCurrentWidget(tab)
    qtbot.mouseClick(tab.findChild(QPushButton, "importButton"), Qt.MouseButton.LeftButton)
    ops_done(qtbot)
    return seen


def test_one_imported_record_reads_in_the_singular(
    english: None,
    qtbot: Any,
    window: Any,
    ui_store: Store,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    preview, done = _import(qtbot, window, _sheet(tmp_path / "one.xlsx", ROWS[:1]), monkeypatch)
    assert ui_store.total("hazards") == 1
    assert "“one.xlsx” has 1 correct row." in preview
    assert "1 record will be added to" in preview
    assert done.startswith("1 record was imported into ")
    assert "(s)" not in preview + done

    preview, done = _import(qtbot, window, _sheet(tmp_path / "two.xlsx", ROWS[1:]), monkeypatch)
    assert done.startswith("1 record was imported into ")
    assert ui_store.total("hazards") == 2


def test_several_imported_records_read_in_the_plural(
    english: None,
    qtbot: Any,
    window: Any,
    ui_store: Store,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    preview, done = _import(qtbot, window, _sheet(tmp_path / "both.xlsx", ROWS), monkeypatch)
    assert "has 2 correct rows." in preview and "2 records will be added to" in preview
    assert done.startswith("2 records were imported into ")


def test_chinese_counts_are_unchanged(
    qtbot: Any, window: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    preview, done = _import(qtbot, window, _sheet(tmp_path / "一条.xlsx", ROWS[:1]), monkeypatch)
    assert "“一条.xlsx”中有 1 行数据无误。" in preview
    assert done.startswith("已向") and done.endswith("导入 1 条记录。")


# -- Qt's own dialogs in a Chinese interface ----------------------------------------------
def test_chinese_file_dialog_has_no_english_labels(qtbot: Any) -> None:
    """The non-native file dialog (Linux, offscreen): "Look in", "Files of type" in Chinese."""
    dialog = QFileDialog(None, "打开", "", "Excel 工作簿 (*.xlsx)")
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    qtbot.addWidget(dialog)
    dialog.show()
    labels = {label.objectName(): label.text() for label in dialog.findChildren(QLabel)}
    assert labels["lookInLabel"] == "查找范围(&L)："
    assert labels["fileTypeLabel"] == "文件类型(&T)："
    assert labels["fileNameLabel"] == "文件名称(&N)："
    buttons = [b.text() for b in dialog.findChildren(QPushButton) if b.isVisible()]
    assert "取消" in buttons and "打开(&O)" in buttons
    english = [t for t in [*labels.values(), *buttons] if LATIN_WORD.search(t.replace("&", ""))]
    assert english == []
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    assert "保存(&S)" in [b.text() for b in dialog.findChildren(QPushButton)]
    assert dialog.findChild(QComboBox, "fileTypeCombo").currentText() == "Excel 工作簿 (*.xlsx)"


def test_chinese_message_box_standard_buttons(qtbot: Any) -> None:
    box = QMessageBox()
    qtbot.addWidget(box)
    std = QMessageBox.StandardButton
    box.setStandardButtons(std.Yes | std.No | std.Cancel | std.Save | std.Discard | std.Ok)
    texts = {box.button(b).text() for b in (std.Yes, std.No, std.Cancel, std.Save, std.Ok)}
    assert texts == {"是(&Y)", "否(&N)", "取消", "保存", "确定"}
    assert box.button(std.Discard).text() == "丢弃"
