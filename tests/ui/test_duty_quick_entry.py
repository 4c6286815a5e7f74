"""The duty officer's quick entry, handover and day log: keyboard first, times as people read them."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import docx
import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QApplication, QComboBox, QDialog, QFileDialog, QMessageBox

from emergency_desk.store import Store
from emergency_desk.ui.registers.duty_quick_entry import (
    QUICK_FIELDS,
    DayLogDialog,
    HandoverDialog,
    QuickEntryDialog,
    print_day_log,
)

from .helpers import type_text


def active(qtbot, dialog) -> None:  # type: ignore[no-untyped-def]
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)


def test_quick_entry_starts_at_the_event_type_and_tabs_in_visual_order(qtbot, store) -> None:  # type: ignore[no-untyped-def]
    dialog = QuickEntryDialog(store)
    qtbot.addWidget(dialog)
    active(qtbot, dialog)
    assert QApplication.focusWidget() is dialog.inputs["type"]
    # The rows on screen, top to bottom, are the order Tab walks.
    form = dialog.layout().itemAt(0).layout()
    rows = [form.itemAt(r, form.ItemRole.FieldRole).widget() for r in range(form.rowCount())]
    assert rows[0].isAncestorOf(dialog.received.input)
    assert rows[1:] == [dialog.inputs[k] for k in QUICK_FIELDS[1:]]
    seen = [QApplication.focusWidget()]
    for _ in range(len(dialog.tab_chain)):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        seen.append(QApplication.focusWidget())
    chain = [dialog.field_widget(k) for k in QUICK_FIELDS]
    assert seen[: len(chain) - 1] == chain[1:]
    assert [b.text() for b in seen[len(chain) - 1 : len(chain) + 1]] == ["保存", "取消"]
    assert seen[-2] is dialog.received.input  # round again: the time comes first
    assert seen[-1] is dialog.inputs["type"]  # and one Tab passes it, not one per section


def test_quick_entry_keyboard_only_enter_saves(qtbot, store) -> None:  # type: ignore[no-untyped-def]
    dialog = QuickEntryDialog(store)
    qtbot.addWidget(dialog)
    active(qtbot, dialog)
    typed_type = dialog.inputs["type"]
    assert isinstance(typed_type, QComboBox)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Home)  # 火灾, the first type
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Down)  # level: 一般
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is dialog.inputs["summary"]
    type_text(qtbot, QApplication.focusWidget(), "青石村山林冒烟")
    # Back to the time (Shift+Tab x3) and type it over: 2025-03-05 08:07.
    for _ in range(3):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Backtab)
    assert QApplication.focusWidget() is dialog.received.input
    dialog.received.input.setCurrentSectionIndex(0)
    dialog.received.input.setSelectedSection(dialog.received.input.currentSection())
    qtbot.keyClicks(QApplication.focusWidget(), "202603050807")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    assert dialog.record_id is not None and not dialog.isVisible()
    row = store.get("duty_log", dialog.record_id)
    assert (row["received_at"], row["type"], row["level"], row["summary"]) == (
        "2026-03-05 08:07",
        "fire",
        "general",
        "青石村山林冒烟",
    )


def test_quick_entry_refuses_a_time_later_than_now_in_the_form(qtbot, store) -> None:  # type: ignore[no-untyped-def]
    dialog = QuickEntryDialog(store)
    qtbot.addWidget(dialog)
    active(qtbot, dialog)
    later = (dt.datetime.now() + dt.timedelta(days=1)).replace(hour=9, minute=30)
    dialog.received.set_value(later.strftime("%Y-%m-%d %H:%M"))
    type_text(qtbot, dialog.inputs["summary"], "来电咨询")
    qtbot.keyClick(dialog.inputs["summary"], Qt.Key.Key_Return)
    assert dialog.record_id is None and dialog.isVisible() and store.total("duty_log") == 0
    day = f"{later.year}年{later.month}月{later.day}日 09:30"
    assert dialog.time_error.isVisible()
    assert dialog.time_error.text() == f"接报时间{day}晚于当前时间，请核对日期和钟点。"
    assert QApplication.focusWidget() is dialog.received.input
    dialog.received.set_value(dt.datetime.now().strftime("%Y-%m-%d %H:%M"))
    assert not dialog.time_error.isVisible()
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    assert dialog.record_id is not None


def test_handover_lists_times_as_people_read_them(qtbot: Any, ui_store: Store) -> None:
    ui_store.insert(
        "duty_log", {"received_at": "2025-06-15 08:05", "type": "flood", "summary": "河水上涨"}
    )
    dialog = HandoverDialog(ui_store)
    qtbot.addWidget(dialog)
    assert dialog.list.item(0).text().startswith("2025年6月15日 08:05")
    assert "2025年6月15日 08:05 河水上涨" in dialog.notes_edit.toPlainText()


def test_print_day_log_says_the_day_in_words(
    qtbot: Any, window: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window.store.insert(
        "duty_log", {"received_at": "2025-03-05 09:00", "type": "fire", "summary": "山林冒烟"}
    )
    tab = window.register_tabs["duty"].tab_for("duty_log")

    def pick(self: DayLogDialog) -> int:
        assert self.minimumWidth() >= 380
        self.date_edit.setDate(QDate(2025, 3, 5))
        return QDialog.DialogCode.Accepted

    said: list[str] = []
    monkeypatch.setattr(DayLogDialog, "exec", pick)
    target = tmp_path / "day.docx"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), ""))
    )
    monkeypatch.setattr(
        QMessageBox, "information", staticmethod(lambda _p, _t, text, *a: said.append(text))
    )
    assert print_day_log(tab) == target
    text = "\n".join(p.text for p in docx.Document(str(target)).paragraphs)
    text += "\n".join(
        c.text for t in docx.Document(str(target)).tables for r in t.rows for c in r.cells
    )
    assert "山林冒烟" in text and "2025年3月5日" in text, text
    assert said and "2025年3月5日" in said[0] and "1 条" in said[0]
