"""Pasted text loses the characters a Word or Excel file cannot hold, as it arrives."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget
from report_fixture import YEAR, fill

from emergency_desk.store import Store
from emergency_desk.ui.summary.summary_tab import SummaryTab
from emergency_desk.ui.widgets.record_form import RecordDialog

COPIED = "河堤\x07渗漏\ufffe险情\x01"  # as a table copied from another program can carry


def _paste(qtbot, widget: QWidget, text: str) -> None:  # type: ignore[no-untyped-def]
    QApplication.clipboard().setText(text)
    widget.setFocus()
    qtbot.keyClick(widget, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)


def test_pasted_text_in_a_record_form_is_saved_without_them(qtbot, ui_store: Store) -> None:  # type: ignore[no-untyped-def]
    dialog = RecordDialog(ui_store, "hazards")
    qtbot.addWidget(dialog)
    dialog.show()
    _paste(qtbot, dialog.editors["name"].input, COPIED)
    _paste(qtbot, dialog.editors["description"].input, "坡脚\uffff冲刷\x0b严重")
    assert dialog.editors["name"].input.text() == "河堤渗漏险情"
    assert dialog.editors["description"].input.toPlainText() == "坡脚冲刷严重"
    dialog.editors["category"].set_value("reservoir")
    assert dialog.save(), [lab.text() for lab in dialog.error_labels.values()]
    row = ui_store.get("hazards", dialog.record_id)
    assert (row["name"], row["description"]) == ("河堤渗漏险情", "坡脚冲刷严重")


def test_the_cursor_stays_where_the_paste_ended(qtbot, ui_store: Store, yes_to_questions) -> None:  # type: ignore[no-untyped-def]
    dialog = RecordDialog(ui_store, "hazards")
    qtbot.addWidget(dialog)
    dialog.show()
    edit = dialog.editors["name"].input
    edit.setText("镇区积水点")
    edit.setCursorPosition(2)
    _paste(qtbot, edit, "\x07低洼")
    edit.insert("路段")  # Chinese arrives through the input method as committed text
    assert edit.text() == "镇区低洼路段积水点"


@pytest.fixture
def tab(qtbot, file_store: Store) -> Iterator[SummaryTab]:  # type: ignore[no-untyped-def]
    fill(file_store)
    widget = SummaryTab(file_store)
    qtbot.addWidget(widget)
    widget.year.setValue(YEAR)
    widget.show()
    qtbot.waitUntil(lambda: not widget.preview_pending, timeout=10000)
    yield widget
    widget.close()


def test_pasted_summary_text_is_kept_without_them(qtbot, tab: SummaryTab) -> None:  # type: ignore[no-untyped-def]
    editor = tab.editors["opening"]
    editor.selectAll()
    _paste(qtbot, editor, "今年\x01我镇\x07扎实推进\ufffe工作。")
    assert editor.toPlainText() == "今年我镇扎实推进工作。"
    tab.save_texts()
    assert tab.store.report_text(YEAR, "zh", "opening") == "今年我镇扎实推进工作。"
