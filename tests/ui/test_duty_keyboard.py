"""The duty officer's keyboard path and the record forms' keys: Tab, Enter and Esc.

A call is logged, stamped reported up and handed over without the mouse; a form is
walked top to bottom with Tab, saved with Enter, and Esc never drops what was typed
without asking.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QApplication, QInputDialog, QMessageBox, QWidget

from emergency_desk.rules.alert_rows import describe
from emergency_desk.rules.alerts import evaluate
from emergency_desk.rules.settings import load_settings
from emergency_desk.store import Store
from emergency_desk.ui.registers.duty_quick_entry import (
    DayLogDialog,
    HandoverDialog,
    QuickEntryDialog,
)
from emergency_desk.ui.registers.registry import dialog_class
from emergency_desk.ui.shell.lang import set_ui_lang
from emergency_desk.ui.shell.translations import install_translators

from .helpers import run_modal, type_text

HAZARD = {
    "found_on": "2025-03-05",
    "name": "河口村边坡滑移",
    "category": "geological",
    "grade": "general",
    "status": "open",
}


def active(qtbot: Any, dialog: QWidget) -> None:
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)


def focus() -> QWidget:
    return QApplication.focusWidget()


def tab_walk(qtbot: Any, steps: int, key: Qt.Key = Qt.Key.Key_Tab) -> list[QWidget]:
    seen = []
    for _ in range(steps):
        qtbot.keyClick(focus(), key)
        seen.append(focus())
    return seen


@pytest.fixture
def answers(monkeypatch: pytest.MonkeyPatch) -> list[Any]:
    """Questions asked; each is answered with the next button in the list (default Cancel)."""
    asked: list[Any] = []

    def question(_p, _t, text, buttons=None, default=None):  # type: ignore[no-untyped-def]
        asked.append(text)
        return asked.pop(0) if asked and not isinstance(asked[0], str) else default

    monkeypatch.setattr(QMessageBox, "question", staticmethod(question))
    return asked


# -- the day log's date ----------------------------------------------------------------
@pytest.mark.parametrize(
    ("lang", "keys", "shown"),
    [("zh", "20250305", "2025年3月5日"), ("en", "05032025", "5 Mar 2025")],
)
def test_day_log_date_reads_as_the_lists_and_takes_digits(qtbot, lang, keys, shown) -> None:  # type: ignore[no-untyped-def]
    set_ui_lang(lang)
    dialog = DayLogDialog()
    qtbot.addWidget(dialog)
    active(qtbot, dialog)
    today = dt.date.today()
    words = (
        f"{today.year}年{today.month}月{today.day}日"
        if lang == "zh"
        else f"{today.day} {today.strftime('%b')} {today.year}"
    )
    assert dialog.date_edit.lineEdit().text() == words  # not 2026-11-04
    assert focus() is dialog.date_edit
    qtbot.keyClicks(dialog.date_edit, keys)
    assert dialog.day() == "2025-03-05"  # the file name and the report take ISO
    dialog.date_edit.setDate(dialog.date_edit.date())
    assert dialog.date_edit.lineEdit().text() == shown
    qtbot.keyClick(focus(), Qt.Key.Key_Return)
    assert dialog.result() == DayLogDialog.DialogCode.Accepted


def test_day_log_cannot_pick_a_day_not_yet_come(qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = DayLogDialog()
    qtbot.addWidget(dialog)
    assert dialog.date_edit.maximumDate() == QDate.currentDate()


# -- the handover --------------------------------------------------------------------
def test_handover_time_is_typed_like_the_forms_and_stored_iso(qtbot, ui_store: Store) -> None:  # type: ignore[no-untyped-def]
    ui_store.operator = "张三"
    dialog = HandoverDialog(ui_store)
    qtbot.addWidget(dialog)
    active(qtbot, dialog)
    now = dt.datetime.now()
    shown = dialog.at_edit.edit.lineEdit().text()
    assert shown.startswith(f"{now.year}年{now.month}月{now.day}日 ")  # not 2026-11-04 13:26
    # Focus starts on the incoming officer; Shift+Tab twice reaches the time.
    assert focus() is dialog.to_edit
    tab_walk(qtbot, 2, Qt.Key.Key_Backtab)
    assert focus() is dialog.at_edit.input
    dialog.at_edit.edit.setCurrentSectionIndex(0)
    dialog.at_edit.edit.setSelectedSection(dialog.at_edit.edit.currentSection())
    qtbot.keyClicks(focus(), "202503050807")
    tab_walk(qtbot, 2)
    assert focus() is dialog.to_edit
    type_text(qtbot, focus(), "李四")
    qtbot.keyClick(focus(), Qt.Key.Key_Return)
    assert dialog.handover_id is not None and not dialog.isVisible()
    row = ui_store.get("duty_handovers", dialog.handover_id)
    assert (row["at"], row["from_officer"], row["to_officer"]) == (
        "2025-03-05 08:07",
        "张三",
        "李四",
    )


def test_handover_tabs_top_to_bottom_and_out_of_the_notes(qtbot, ui_store: Store) -> None:  # type: ignore[no-untyped-def]
    ui_store.insert(
        "duty_log", {"received_at": "2025-06-15 08:05", "type": "flood", "summary": "河水上涨"}
    )
    dialog = HandoverDialog(ui_store)
    qtbot.addWidget(dialog)
    active(qtbot, dialog)
    notes = dialog.notes_edit.toPlainText()
    seen = tab_walk(qtbot, 7)
    assert seen[:2] == [dialog.list, dialog.notes_edit]
    assert [w.text() for w in seen[2:4]] == ["保存交接班记录", "取消"]
    assert seen[4:] == [dialog.at_edit.input, dialog.from_edit, dialog.to_edit]
    assert dialog.notes_edit.toPlainText() == notes  # Tab left the notes, typed nothing


def test_handover_ctrl_enter_saves_from_the_notes(qtbot, ui_store: Store) -> None:  # type: ignore[no-untyped-def]
    ui_store.operator = "张三"
    dialog = HandoverDialog(ui_store)
    qtbot.addWidget(dialog)
    active(qtbot, dialog)
    type_text(qtbot, dialog.to_edit, "李四")
    dialog.notes_edit.setFocus()
    qtbot.keyClick(dialog.notes_edit, Qt.Key.Key_Return)  # a new line in the notes
    assert dialog.isVisible()
    qtbot.keyClick(dialog.notes_edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert dialog.handover_id is not None and not dialog.isVisible()


def test_esc_on_a_typed_handover_asks_first(qtbot, ui_store: Store, answers) -> None:  # type: ignore[no-untyped-def]
    dialog = HandoverDialog(ui_store)
    qtbot.addWidget(dialog)
    active(qtbot, dialog)
    type_text(qtbot, dialog.to_edit, "李四")
    qtbot.keyClick(focus(), Qt.Key.Key_Escape)
    assert answers == ["这里输入的内容尚未保存，确定放弃吗？"]
    assert dialog.isVisible() and dialog.to_edit.text() == "李四"  # Cancel: kept
    answers[:] = [QMessageBox.StandardButton.Discard]
    qtbot.keyClick(focus(), Qt.Key.Key_Escape)
    assert not dialog.isVisible() and ui_store.total("duty_handovers") == 0


def test_esc_on_an_untouched_dialog_just_closes(qtbot, store: Store, answers) -> None:  # type: ignore[no-untyped-def]
    for dialog in (QuickEntryDialog(store), HandoverDialog(store)):
        qtbot.addWidget(dialog)
        active(qtbot, dialog)
        qtbot.keyClick(focus(), Qt.Key.Key_Escape)
        assert not dialog.isVisible()
    assert answers == []


def test_esc_on_a_half_typed_call_asks_first(qtbot, store: Store, answers) -> None:  # type: ignore[no-untyped-def]
    dialog = QuickEntryDialog(store)
    qtbot.addWidget(dialog)
    active(qtbot, dialog)
    type_text(qtbot, dialog.inputs["summary"], "青石村山林冒烟")
    qtbot.keyClick(dialog.inputs["summary"], Qt.Key.Key_Escape)
    assert len(answers) == 1 and dialog.isVisible()
    assert dialog.inputs["summary"].text() == "青石村山林冒烟"


# -- the whole path from the main window -----------------------------------------------
def test_duty_path_f2_enter_f3_without_the_mouse(
    qtbot: Any, window: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    active(qtbot, window)  # shortcuts work in the active window
    duty = window.register_tabs["duty"]
    window.tabs.setCurrentWidget(duty)
    tab = duty.tab_for("duty_log")
    qtbot.waitUntil(tab.isVisible)
    tab.view.setFocus()

    def log_call(dialog: Any) -> None:
        type_text(qtbot, dialog.inputs["summary"], "河水上涨")
        qtbot.keyClick(dialog.inputs["summary"], Qt.Key.Key_Return)

    run_modal(lambda: qtbot.keyClick(tab.view, Qt.Key.Key_F2), log_call)
    assert window.store.total("duty_log") == 1
    assert tab.current_id() is not None
    assert window.focusWidget() is tab.view  # the new entry, selected in the list, has the keys
    entry = tab.current_id()
    monkeypatch.setattr(
        QInputDialog, "getText", staticmethod(lambda *a, **k: ("县应急管理局", True))
    )
    window.activateWindow()  # the offscreen platform does not hand activation back by itself
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(tab.view, Qt.Key.Key_F3)
    row = window.store.get("duty_log", entry)
    assert row["reported_up_at"] and row["reported_to"] == "县应急管理局"
    assert "F3" in tab.reportedUp_button.toolTip()


# -- a record form -------------------------------------------------------------------
def test_form_tabs_top_to_bottom_past_blank_dates(qtbot, ui_store: Store) -> None:  # type: ignore[no-untyped-def]
    dialog = dialog_class("hazards")(ui_store, "hazards")
    qtbot.addWidget(dialog)
    active(qtbot, dialog)
    # the notice number is given by the first print, not typed: its row stays hidden until then
    inputs = [e.input for k, e in dialog.editors.items() if k != "notice_number"]
    assert focus() is inputs[0]  # the first field, not the scroll area around the form
    seen = tab_walk(qtbot, len(inputs) + 1)
    # One Tab per field, an empty optional date (整改期限) included, then Save and Cancel.
    assert seen[: len(inputs) - 1] == inputs[1:]
    assert [w.text() for w in seen[len(inputs) - 1 :]] == ["保存", "取消"]
    assert dialog.editors["deadline"].value() is None  # passing through typed nothing
    back = tab_walk(qtbot, len(inputs) + 1, Qt.Key.Key_Backtab)
    assert back[1 : len(inputs) + 1] == inputs[::-1]


def test_drill_form_tabs_through_its_actions_before_the_buttons(qtbot, ui_store: Store) -> None:  # type: ignore[no-untyped-def]
    drill = ui_store.insert(
        "drills", {"held_on": "2025-03-05", "title": "防汛演练", "form": "live"}
    )
    dialog = dialog_class("drills")(ui_store, "drills", drill)
    qtbot.addWidget(dialog)
    active(qtbot, dialog)
    n = len(dialog.editors)
    seen = tab_walk(qtbot, n + 5)
    panel = seen[n - 1 : n + 3]
    assert all(dialog.isAncestorOf(w) and w not in dialog.buttons.buttons() for w in panel)
    assert [w.text() for w in seen[n + 3 : n + 5]] == ["保存", "取消"]


@pytest.mark.parametrize("key", ["found_on", "name", "category", "funds", "deadline"])
def test_enter_saves_the_form_from_any_one_line_field(qtbot, ui_store: Store, key) -> None:  # type: ignore[no-untyped-def]
    hazard = ui_store.insert("hazards", HAZARD)
    dialog = dialog_class("hazards")(ui_store, "hazards", hazard)
    qtbot.addWidget(dialog)
    active(qtbot, dialog)
    dialog.editors["location"].edit.setFocus()
    type_text(qtbot, focus(), "河口村")
    dialog.editors[key].input.setFocus()
    qtbot.keyClick(focus(), Qt.Key.Key_Return)
    assert not dialog.isVisible()
    assert ui_store.get("hazards", hazard)["location"] == "河口村"


def test_enter_in_a_long_text_starts_a_new_line(qtbot, ui_store: Store, answers) -> None:  # type: ignore[no-untyped-def]
    dialog = dialog_class("hazards")(ui_store, "hazards")
    qtbot.addWidget(dialog)
    active(qtbot, dialog)
    editor = dialog.editors["description"]
    editor.edit.setFocus()
    type_text(qtbot, editor.edit, "一")
    qtbot.keyClick(editor.edit, Qt.Key.Key_Return)
    type_text(qtbot, editor.edit, "二")
    assert dialog.isVisible() and editor.value() == "一\n二"


def test_esc_on_an_edited_form_asks_and_keeps_it_on_cancel(qtbot, ui_store: Store, answers) -> None:  # type: ignore[no-untyped-def]
    dialog = dialog_class("hazards")(ui_store, "hazards")
    qtbot.addWidget(dialog)
    active(qtbot, dialog)
    dialog.editors["name"].edit.setFocus()
    type_text(qtbot, focus(), "河堤冲刷")
    qtbot.keyClick(focus(), Qt.Key.Key_Escape)
    assert answers == ["本表单的修改尚未保存，确定放弃吗？"] and dialog.isVisible()
    answers[:] = [QMessageBox.StandardButton.Discard]
    qtbot.keyClick(focus(), Qt.Key.Key_Escape)
    assert not dialog.isVisible() and ui_store.total("hazards") == 0


# -- a day without a roster reads as a day ---------------------------------------------
@pytest.mark.parametrize("lang", ["zh", "en"])
def test_a_day_without_roster_is_written_in_words(store: Store, lang: str) -> None:
    store.set_setting("records_from", "2024-01-01")  # the office's records go back that far
    settings = load_settings(store)
    today = dt.date(2025, 3, 10)
    group = evaluate(store, today, settings, keys=("duty_days_without_roster",))[
        "duty_days_without_roster"
    ]
    rows = describe(store, group, today, settings, lang, limit=1)
    day = dt.date.fromisoformat(str(rows[0].key))
    words = f"{day.year}年{day.month}月{day.day}日" if lang == "zh" else day.strftime("%-d %b %Y")
    assert rows[0].text.startswith(words + " ")


@pytest.fixture(autouse=True)
def _zh(qapp: Any) -> Any:
    yield
    set_ui_lang("zh")
    install_translators(qapp, "zh")


def test_f2_and_f3_work_from_any_tab(
    qtbot: Any, window: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A call comes in while the clerk is on another tab (issue 15.8)."""
    active(qtbot, window)
    window.tabs.setCurrentIndex(0)  # the Overview
    duty = window.register_tabs["duty"]
    assert window.tabs.currentWidget() is not duty

    def log_call(dialog: Any) -> None:
        type_text(qtbot, dialog.inputs["summary"], "青石村报告山洪")
        qtbot.keyClick(dialog.inputs["summary"], Qt.Key.Key_Return)

    run_modal(lambda: qtbot.keyClick(window.tabs.currentWidget(), Qt.Key.Key_F2), log_call)
    assert window.store.total("duty_log") == 1
    assert window.tabs.currentWidget() is duty  # switched to the duty log
    tab = duty.tab_for("duty_log")
    entry = tab.current_id()
    assert entry is not None

    window.tabs.setCurrentWidget(window.register_tabs["hazards"])
    monkeypatch.setattr(
        QInputDialog, "getText", staticmethod(lambda *a, **k: ("县应急管理局", True))
    )
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window.tabs.currentWidget(), Qt.Key.Key_F3)
    assert window.tabs.currentWidget() is duty
    row = window.store.get("duty_log", entry)
    assert row["reported_up_at"] and row["reported_to"] == "县应急管理局"
