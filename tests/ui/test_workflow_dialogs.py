"""Hazard status, stock in/out, the duty officer's tools and Settings, driven as a user would."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFormLayout, QInputDialog, QMessageBox

from emergency_desk.report import build_summary
from emergency_desk.rules.settings import load_settings
from emergency_desk.store import ListQuery, Store
from emergency_desk.ui.overview.overview_tab import install_overview
from emergency_desk.ui.registers.duty_quick_entry import HandoverDialog, QuickEntryDialog
from emergency_desk.ui.registers.hazard_workflow import HazardWorkflowDialog
from emergency_desk.ui.registers.stock_dialog import StockDialog
from emergency_desk.ui.settings.settings_dialog import SettingsDialog
from emergency_desk.ui.shell.features import FEATURES
from emergency_desk.ui.shell.main_window import MainWindow

from .helpers import run_modal, type_text


@pytest.fixture
def window(qtbot, ui_store: Store):  # type: ignore[no-untyped-def]
    """The window with every feature but the Overview: each test installs it over the
    records it has just added, as the start does over a database."""
    w = MainWindow(ui_store, features=[f for f in FEATURES if f is not install_overview])
    qtbot.addWidget(w)
    w.resize(1200, 800)
    return w


def hazard(store: Store) -> int:
    return store.insert(
        "hazards",
        {
            "found_on": "2024-03-01",
            "name": "河堤冲刷",
            "category": "flood",
            "deadline": "2024-05-01",
        },
    )


def test_hazard_workflow_refuses_rectified_without_a_date(qtbot, ui_store: Store) -> None:
    hid = hazard(ui_store)
    dialog = HazardWorkflowDialog(ui_store, hid)
    qtbot.addWidget(dialog)
    assert set(dialog.move_buttons) == {"rectifying", "rectified"}
    dialog.move_buttons["rectified"].click()
    assert not dialog.error_label.isHidden()
    assert "完成日期" in dialog.error_label.text()
    assert dialog.date_edit.input.property("invalid") is True
    assert ui_store.get("hazards", hid)["status"] == "open"
    assert dialog.history.rowCount() == 1

    dialog.date_edit.set_value("2024-04-20")
    dialog.move_buttons["rectified"].click()
    assert ui_store.get("hazards", hid)["status"] == "rectified"
    assert dialog.error_label.isHidden()
    assert set(dialog.move_buttons) == {"closed", "rectifying", "open"}

    dialog.move_buttons["closed"].click()  # no verifier yet
    assert "验收人" in dialog.error_label.text()
    assert ui_store.get("hazards", hid)["status"] == "rectified"
    type_text(qtbot, dialog.verifier_edit, "王科长")
    dialog.move_buttons["closed"].click()
    assert ui_store.get("hazards", hid)["status"] == "closed"

    dialog.move_buttons["open"].click()  # reopening without a reason
    assert "原因" in dialog.error_label.text()
    assert ui_store.get("hazards", hid)["status"] == "closed"
    type_text(qtbot, dialog.reason_edit, "复查发现再次冲刷")
    dialog.move_buttons["open"].click()
    assert ui_store.get("hazards", hid)["status"] == "open"
    assert dialog.history.rowCount() == 4
    assert dialog.history.item(3, 2).text() == "复查发现再次冲刷"


def test_status_button_on_the_hazard_register(qtbot, window) -> None:
    hid = hazard(window.store)
    install_overview(window)
    tab = window.register_tabs["hazards"]
    assert not tab.status_button.isEnabled()
    tab.select_record(hid)
    assert tab.status_button.isEnabled()
    seen: list[int] = []
    run_modal(tab.status_button.click, lambda d: seen.append(d.hazard_id))
    assert seen == [hid]


def material(store: Store, quantity: int) -> int:
    point = store.insert("reserve_points", {"name": "镇储备库"})
    return store.insert(
        "materials",
        {
            "point_id": point,
            "name": "瓶装水",
            "category": "water",
            "unit": "箱",
            "quantity": quantity,
        },
    )


def test_issue_larger_than_stock_is_refused_and_nothing_changes(qtbot, ui_store: Store) -> None:
    mid = material(ui_store, 5)
    moves_before = ui_store.count(ListQuery("stock_movements", parent_id=mid))
    dialog = StockDialog(ui_store, mid)
    qtbot.addWidget(dialog)
    panel = dialog.panel
    panel.reason_combo.setCurrentIndex(panel.reason_combo.findData("issue"))
    panel.amount_spin.setValue(8)
    panel.record_button.click()
    assert panel.error_label.text() == "库存不足：现有 5 箱，无法出库 8。本次未作登记。"
    assert ui_store.stock_of(mid) == 5
    assert ui_store.get("materials", mid)["quantity"] == 5
    assert ui_store.count(ListQuery("stock_movements", parent_id=mid)) == moves_before

    panel.amount_spin.setValue(3)
    panel.record_button.click()
    assert ui_store.stock_of(mid) == 2 and panel.error_label.isHidden()


def test_stocktake_records_the_adjustment(qtbot, ui_store: Store, monkeypatch) -> None:
    mid = material(ui_store, 10)
    dialog = StockDialog(ui_store, mid)
    qtbot.addWidget(dialog)
    monkeypatch.setattr(QInputDialog, "getInt", staticmethod(lambda *a, **k: (7, True)))
    dialog.panel.stocktake_button.click()
    assert ui_store.stock_of(mid) == 7
    last = ui_store.page(
        ListQuery("stock_movements", parent_id=mid, sort="id", descending=True), 0, 1
    )[0]
    assert (last["delta"], last["reason"]) == (-3, "stocktake")


def test_quick_entry_keyboard_only(qtbot, ui_store: Store) -> None:
    ui_store.set_setting("operator", "张三")
    dialog = QuickEntryDialog(ui_store)
    qtbot.addWidget(dialog)
    dialog.show()
    received = dialog.received.value()
    assert abs(dt.datetime.strptime(received, "%Y-%m-%d %H:%M") - dt.datetime.now()) < dt.timedelta(
        minutes=2
    )
    assert dialog.inputs["handled_by"].text() == "张三"
    type_text(qtbot, dialog.inputs["summary"], "青石村山林冒烟")
    qtbot.keyClick(dialog.inputs["summary"], Qt.Key.Key_Return)
    assert dialog.record_id is not None
    row = ui_store.get("duty_log", dialog.record_id)
    assert (row["summary"], row["received_at"], row["handled_by"]) == (
        "青石村山林冒烟",
        received,
        "张三",
    )


def test_quick_entry_without_summary_stays_open(qtbot, ui_store: Store) -> None:
    dialog = QuickEntryDialog(ui_store)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClick(dialog.inputs["type"], Qt.Key.Key_Return)
    assert dialog.record_id is None and dialog.isVisible()
    assert "事件摘要" in dialog.error_label.text()
    assert ui_store.total("duty_log") == 0


def test_reported_up_stamps_now(qtbot, window, monkeypatch) -> None:
    store: Store = window.store
    eid = store.insert(
        "duty_log",
        {"received_at": "2024-06-15 10:00", "type": "fire", "level": "larger", "summary": "火情"},
    )
    install_overview(window)
    tab = window.register_tab_for_table("duty_log")
    tab.select_record(eid)
    monkeypatch.setattr(
        QInputDialog, "getText", staticmethod(lambda *a, **k: ("县应急管理局", True))
    )
    tab.reportedUp_button.click()
    row = store.get("duty_log", eid)
    assert row["reported_to"] == "县应急管理局"
    assert row["reported_up_at"][:10] == dt.date.today().isoformat()
    asked: list[str] = []

    def no(*args, **kwargs):  # type: ignore[no-untyped-def]
        asked.append(args[2])
        return QMessageBox.StandardButton.No

    monkeypatch.setattr(QMessageBox, "question", staticmethod(no))
    tab.reportedUp_button.click()  # already stamped: asks, and No keeps the first stamp
    assert asked and store.get("duty_log", eid)["reported_up_at"] == row["reported_up_at"]


def test_handover_lists_open_entries_and_closes_ticked(qtbot, ui_store: Store) -> None:
    a = ui_store.insert(
        "duty_log", {"received_at": "2024-06-15 08:00", "type": "flood", "summary": "河水上涨"}
    )
    b = ui_store.insert(
        "duty_log", {"received_at": "2024-06-15 09:00", "type": "fire", "summary": "山林冒烟"}
    )
    dialog = HandoverDialog(ui_store)
    qtbot.addWidget(dialog)
    assert dialog.list.count() == 2
    assert "河水上涨" in dialog.notes_edit.toPlainText()
    type_text(qtbot, dialog.from_edit, "张三")
    type_text(qtbot, dialog.to_edit, "李四")
    for i in range(dialog.list.count()):
        item = dialog.list.item(i)
        if item.data(Qt.ItemDataRole.UserRole) == b:
            item.setCheckState(Qt.CheckState.Checked)
    dialog.accept()
    assert dialog.handover_id is not None
    assert ui_store.get("duty_handovers", dialog.handover_id)["to_officer"] == "李四"
    assert ui_store.get("duty_log", b)["status"] == "closed"
    assert ui_store.get("duty_log", a)["status"] == "open"


def test_settings_dialog_saves_in_the_database(qtbot, window) -> None:
    overview = install_overview(window)
    window.show()
    dialog = SettingsDialog(window.store, window)
    qtbot.addWidget(dialog)
    assert dialog.inputs["review_years"].value() == 3
    dialog.inputs["office_name"].setText("青石镇应急管理办公室")
    dialog.inputs["report_minutes_larger"].setValue(90)
    dialog.inputs["operator"].setText("李四")
    dialog.accept()
    s = load_settings(window.store)
    assert (s.office_name, s.report_minutes_larger, s.operator) == (
        "青石镇应急管理办公室",
        90,
        "李四",
    )
    assert window.store.operator == "李四"
    qtbot.waitUntil(lambda: "青石镇应急管理办公室" in overview.title_label.text(), timeout=3000)
    assert window.settings_action in window.tools_menu.actions()


def test_settings_offer_the_english_office_name_for_the_english_summary(qtbot, window) -> None:
    dialog = SettingsDialog(window.store, window)
    qtbot.addWidget(dialog)
    name, name_en = dialog.inputs["office_name"], dialog.inputs["office_name_en"]
    form = name.parentWidget().layout()
    assert isinstance(form, QFormLayout)
    row, _ = form.getWidgetPosition(name)
    assert form.getWidgetPosition(name_en)[0] == row + 1  # right under the office name
    assert form.labelForField(name_en).text() == "单位英文名称"
    name.setText("青石镇应急管理办公室")
    qtbot.keyClicks(name_en, "Qingshi Town Emergency Management Office")
    dialog.accept()
    assert load_settings(window.store).office_name_en == "Qingshi Town Emergency Management Office"
    again = SettingsDialog(window.store, window)
    qtbot.addWidget(again)
    assert again.inputs["office_name_en"].text() == "Qingshi Town Emergency Management Office"
    title = build_summary(window.store, 2025, "en").title
    assert (
        title
        == "Qingshi Town Emergency Management Office: Emergency Management Work Summary for 2025"
    )
    assert build_summary(window.store, 2025, "zh").title.startswith("青石镇应急管理办公室")


def test_settings_that_cannot_be_saved_say_why_and_keep_the_dialog(
    qtbot, window, monkeypatch
) -> None:
    """A full disk while saving Settings: the reason in place, the typed values kept."""
    from emergency_desk.store import StoreError

    dialog = SettingsDialog(window.store, window)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.inputs["office_name"].setText("青石镇应急管理办公室")

    def full(*_a: object) -> None:
        raise StoreError("disk_full")

    monkeypatch.setattr(window.store, "set_setting", full)
    dialog.accept()
    assert dialog.isVisible()
    assert "磁盘已满" in dialog.error_label.text() and dialog.error_label.isVisibleTo(dialog)
    assert dialog.inputs["office_name"].text() == "青石镇应急管理办公室"
    assert load_settings(window.store).office_name != "青石镇应急管理办公室"
