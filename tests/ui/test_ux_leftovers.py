"""The UX review's leftovers: locale dates in forms, names instead of ids, keyboard-first duty entry."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QComboBox, QLineEdit

from emergency_desk.schema import TABLES
from emergency_desk.store import Store
from emergency_desk.ui.overview.overview_tab import OverviewTab
from emergency_desk.ui.registers.duty_quick_entry import QUICK_FIELDS, QuickEntryDialog
from emergency_desk.ui.registers.hazard_workflow import HazardWorkflowDialog
from emergency_desk.ui.registers.stock_dialog import StockDialog
from emergency_desk.ui.safety.audit_text import change_lines
from emergency_desk.ui.safety.history_dialog import HistoryDialog
from emergency_desk.ui.safety.recycle_bin import RecycleBinDialog
from emergency_desk.ui.shell.lang import set_ui_lang
from emergency_desk.ui.shell.translations import install_translators
from emergency_desk.ui.widgets.field_editors import DateEditor, DateTimeEditor, FieldEditor
from emergency_desk.ui.widgets.record_form import RecordDialog
from emergency_desk.ui.widgets.record_titles import record_title

from .helpers import cell_texts, type_text


@pytest.mark.parametrize(
    ("lang", "zh_name", "en_name", "shown"),
    [
        ("en", "青石镇应急管理办公室", "Qingshi Emergency Office", "Qingshi Emergency Office"),
        ("en", "青石镇应急管理办公室", "", "青石镇应急管理办公室"),
        ("zh", "青石镇应急管理办公室", "Qingshi Emergency Office", "青石镇应急管理办公室"),
        ("zh", "", "Qingshi Emergency Office", "Qingshi Emergency Office"),
    ],
)
def test_overview_heading_names_the_office_in_the_ui_language(
    qtbot, store: Store, lang: str, zh_name: str, en_name: str, shown: str
) -> None:
    store.set_setting("office_name", zh_name)
    store.set_setting("office_name_en", en_name)
    set_ui_lang(lang)
    overview = OverviewTab(store)
    qtbot.addWidget(overview)
    qtbot.waitUntil(lambda: not overview.computing, timeout=10000)
    assert overview.title_label.text().startswith(shown + " — ")


def shown_text(editor: FieldEditor) -> str:
    return editor.input.findChild(QLineEdit).text()


def typed(qtbot, editor: FieldEditor, keys: str) -> None:  # type: ignore[no-untyped-def]
    """Keys go where the keyboard sends them: the line edit hands its focus to the date edit."""
    line = editor.input.findChild(QLineEdit)
    assert line.focusProxy() is editor.input
    editor.input.setFocus()
    qtbot.keyClicks(editor.input, keys)


@pytest.mark.parametrize(
    ("lang", "shown", "keys"),
    [
        ("zh", "2026年11月4日", ["20261104", "2026114", "2026/11/4", "2026-11-4"]),
        ("en", "4 Nov 2026", ["4112026", "04112026", "4/11/2026", "4 11 2026", "4nov2026"]),
    ],
)
def test_form_dates_read_as_in_lists_and_take_digits(qtbot, lang, shown, keys) -> None:  # type: ignore[no-untyped-def]
    set_ui_lang(lang)
    deadline = TABLES["hazards"].field("deadline")  # optional: starts blank, can be cleared
    for k in keys:
        editor = DateEditor(deadline)
        qtbot.addWidget(editor)
        editor.show()
        assert editor.value() is None and shown_text(editor).strip() == ""
        typed(qtbot, editor, k)
        assert editor.value() == "2026-11-04", k
        editor.set_value(editor.value())
        assert shown_text(editor) == shown
        editor.clear_button.click()
        assert editor.value() is None and shown_text(editor).strip() == ""


def test_retyping_a_filled_date_replaces_it(qtbot) -> None:  # type: ignore[no-untyped-def]
    set_ui_lang("en")
    editor = DateEditor(TABLES["hazards"].field("found_on"))
    qtbot.addWidget(editor)
    editor.set_value("2025-03-05")
    assert shown_text(editor) == "5 Mar 2025"
    editor.edit.setCurrentSectionIndex(0)
    editor.edit.setSelectedSection(editor.edit.currentSection())
    typed(qtbot, editor, "31022026")  # 31 then February: the day is pulled back to the 28th
    assert editor.value() == "2026-02-28"


@pytest.mark.parametrize(
    ("lang", "keys", "shown"),
    [("zh", "202611041430", "2026年11月4日 14:30"), ("en", "41120261430", "4 Nov 2026 14:30")],
)
def test_form_datetimes_read_as_in_lists(qtbot, lang, keys, shown) -> None:  # type: ignore[no-untyped-def]
    set_ui_lang(lang)
    editor = DateTimeEditor(TABLES["duty_log"].field("reported_up_at"))
    qtbot.addWidget(editor)
    editor.set_value("2025-03-05 09:00")
    assert editor.value() == "2025-03-05 09:00"
    editor.clear()
    typed(qtbot, editor, keys)
    assert editor.value() == "2026-11-04 14:30"
    editor.set_value(editor.value())
    assert shown_text(editor) == shown


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


def test_history_and_audit_name_the_referenced_record(qtbot, store: Store) -> None:  # type: ignore[no-untyped-def]
    flood = store.insert(
        "plans", {"title": "青石镇防汛应急预案", "level": "special", "status": "in_force"}
    )
    fire = store.insert(
        "plans", {"title": "青石镇森林防火应急预案", "level": "special", "status": "in_force"}
    )
    drill = store.insert(
        "drills",
        {"held_on": "2026-06-01", "title": "防汛演练", "form": "live", "plan_id": flood},
    )
    store.update("drills", drill, {"plan_id": fire})
    dialog = HistoryDialog(store, "drills", drill)
    qtbot.addWidget(dialog)
    text = dialog.text.toPlainText()
    assert "所依预案：青石镇防汛应急预案 → 青石镇森林防火应急预案" in text
    assert "所依预案：青石镇防汛应急预案" in text.split("新建")[-1]  # the creation lists it too
    assert "#" not in text
    created, edited = store.history("drills", drill)
    assert "Plan: 青石镇防汛应急预案" in "\n".join(change_lines(created, "en", store.title_of))
    # Without a way to look names up (or once the plan is purged) the id still says which.
    assert f"所依预案：#{flood} → #{fire}" in change_lines(edited, "zh")


def test_stock_panel_signs_changes_and_labels_its_boxes(qtbot, store: Store) -> None:  # type: ignore[no-untyped-def]
    point = store.insert("reserve_points", {"name": "镇应急物资储备库"})
    item = store.insert(
        "materials",
        {"point_id": point, "name": "救生衣", "category": "flood", "unit": "件"},
    )
    store.add_movement(item, "2026-05-01", 38, "purchase", None)
    store.add_movement(item, "2026-06-01", -12, "issue", None)
    dialog = StockDialog(store, item)
    qtbot.addWidget(dialog)
    panel = dialog.panel
    changes = sorted(cell_texts(panel.model, "delta"))
    assert changes == ["+38", "\u221212"]
    assert panel.date_label.text() == "日期" and panel.date_label.buddy() is panel.date_edit.input
    assert panel.reason_label.text() == "事由" and panel.reason_label.buddy() is panel.reason_combo
    assert dialog.windowTitle() == "出入库 — 救生衣"


def test_hazard_status_title_names_the_hazard(qtbot, store: Store) -> None:  # type: ignore[no-untyped-def]
    hazard = store.insert(
        "hazards",
        {"found_on": "2026-11-04", "name": "河堤冲刷隐患", "category": "flood", "grade": "general"},
    )
    dialog = HazardWorkflowDialog(store, hazard)
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "隐患状态 — 河堤冲刷隐患"


@pytest.mark.parametrize(
    ("lang", "name"), [("zh", "2025年3月5日 白班"), ("en", "5 Mar 2025 day shift")]
)
def test_a_roster_entry_is_named_by_its_day_and_shift(qtbot, store: Store, lang, name) -> None:  # type: ignore[no-untyped-def]
    set_ui_lang(lang)
    install_translators(QApplication.instance(), lang)
    roster = store.insert(
        "duty_roster", {"on_date": "2025-03-05", "shift": "day", "officers": "张三、李四"}
    )
    assert store.title_of("duty_roster", roster) == "张三、李四"  # the store's API is unchanged
    form = RecordDialog(store, "duty_roster", roster)
    qtbot.addWidget(form)
    assert form.windowTitle().endswith(" — " + name)
    history = HistoryDialog(store, "duty_roster", roster)
    qtbot.addWidget(history)
    assert name in history.windowTitle()
    store.delete("duty_roster", roster)
    bin_dialog = RecycleBinDialog(store)
    qtbot.addWidget(bin_dialog)
    assert bin_dialog.list.item(0, 1).text() == name
    # Other registers keep their title column.
    plan = store.insert(
        "plans", {"title": "青石镇防汛应急预案", "level": "special", "status": "draft"}
    )
    assert record_title(store, "plans", plan) == "青石镇防汛应急预案"
    assert record_title(store, "duty_roster", 999) == ""
