"""The other ledgers in the GUI: village fields offer the settings' villages, the Settings
dialog keeps the area code, level and villages, a warning's form holds its call-backs."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from emergency_desk.rules.settings import load_settings
from emergency_desk.store import ListQuery, Store
from emergency_desk.ui.registers.children_dialog import ChildrenDialog
from emergency_desk.ui.registers.registry import dialog_class
from emergency_desk.ui.settings.settings_dialog import SettingsDialog
from emergency_desk.ui.widgets.record_form import RecordDialog

from .helpers import click_ok, fill, run_modal, type_into


def test_village_field_offers_the_villages_and_takes_other_text(qtbot, ui_store: Store) -> None:
    ui_store.set_setting("villages", "东坪村\n柳溪村\n石门村")
    dialog = RecordDialog(ui_store, "risk_points")
    qtbot.addWidget(dialog)
    editor: Any = dialog.editors["village"]
    assert [editor.combo.itemText(i) for i in range(editor.combo.count())] == [
        "东坪村",
        "柳溪村",
        "石门村",
    ]
    assert editor.value() is None  # nothing picked until the user picks
    editor.combo.setCurrentIndex(1)
    fill(qtbot, dialog, {"name": "后山滑坡", "kind": "滑坡"})
    click_ok(dialog)
    assert ui_store.get("risk_points", dialog.record_id)["village"] == "柳溪村"

    other = RecordDialog(ui_store, "contacts")
    qtbot.addWidget(other)
    fill(qtbot, other, {"name": "李强", "role": "网格员", "village": "柳溪村五组网格"})
    fill(qtbot, other, {"phone": "13907361234"})
    click_ok(other)
    assert ui_store.get("contacts", other.record_id)["village"] == "柳溪村五组网格"


def test_a_bad_phone_is_refused_at_the_field(qtbot, ui_store: Store) -> None:
    dialog = RecordDialog(ui_store, "teams")
    qtbot.addWidget(dialog)
    fill(qtbot, dialog, {"name": "应急小分队", "kind": "民兵应急分队", "leader": "王强"})
    fill(qtbot, dialog, {"phone": "1390736123"})
    click_ok(dialog)
    assert dialog.record_id is None and ui_store.count(ListQuery("teams")) == 0
    assert (
        dialog.error_labels["phone"].text().startswith("“联系电话”不是有效的电话号码：1390736123")
    )


def test_settings_dialog_keeps_area_code_level_and_villages(qtbot, window: Any) -> None:
    dialog = SettingsDialog(window.store, window)
    qtbot.addWidget(dialog)
    type_into(qtbot, dialog.inputs["area_code"], "4310211")
    click_ok_settings(dialog)
    assert dialog.result() != SettingsDialog.DialogCode.Accepted
    assert dialog.error_label.text() == "“行政区划代码”应为 12 位数字（如 431021104000）：4310211"
    type_into(qtbot, dialog.inputs["area_code"], "431021104000")
    level = dialog.inputs["level"]
    assert [level.itemText(i) for i in range(level.count())] == ["乡镇（街道）", "区县"]
    level.setCurrentIndex(1)
    dialog.inputs["villages"].setPlainText("东坪村\n柳溪村\n")
    click_ok_settings(dialog)
    settings = load_settings(window.store)
    assert (settings.area_code, settings.level, settings.village_list) == (
        "431021104000",
        "county",
        ["东坪村", "柳溪村"],
    )


def click_ok_settings(dialog: SettingsDialog) -> None:
    box = dialog.findChild(QDialogButtonBox)
    assert box is not None
    box.button(QDialogButtonBox.StandardButton.Save).click()


def test_warning_form_holds_its_call_backs(qtbot, ui_store: Store) -> None:
    contact = ui_store.insert(
        "contacts",
        {"name": "赵敏", "role": "monitor", "village": "东坪村", "phone": "13807310001"},
    )
    assert issubclass(dialog_class("warnings"), ChildrenDialog)
    assert dialog_class("drills").__name__ == "DrillDialog"
    assert dialog_class("duty_log") is RecordDialog
    dialog = ChildrenDialog(ui_store, "warnings")
    qtbot.addWidget(dialog)
    fill(qtbot, dialog, {"kind": "暴雨", "color": "橙色", "received_at": "2024-07-01 06:10"})
    panel = dialog.panels["warning_callbacks"]

    def add(sub: Any) -> None:
        assert "warning_id" not in sub.editors
        fill(
            qtbot,
            sub,
            {"contact_id": "赵敏", "called_at": "2024-07-01 06:25", "answered": "已应答"},
        )
        fill(qtbot, sub, {"response": "已通知到户"})
        click_ok(sub)

    run_modal(panel.add_button.click, add)  # saves the new warning first
    assert dialog.record_id is not None
    calls = list(ui_store.rows(ListQuery("warning_callbacks", parent_id=dialog.record_id)))
    assert [(c["contact_id"], c["answered"], c["response"]) for c in calls] == [
        (contact, "yes", "已通知到户")
    ]
    assert panel.model.rowCount() == 1
    assert panel.model.index(0, 0).data(Qt.ItemDataRole.DisplayRole) == "赵敏"


def test_overview_names_a_village_without_officer_and_starts_its_entry(
    qtbot, ui_store: Store
) -> None:
    from emergency_desk.ui.overview.overview_tab import install_overview
    from emergency_desk.ui.shell.features import FEATURES
    from emergency_desk.ui.shell.main_window import MainWindow

    ui_store.set_setting("villages", "东坪村\n柳溪村")
    ui_store.insert(
        "contacts",
        {"name": "王娟", "role": "info_officer", "village": "东坪村", "phone": "13807310001",
         "trained_on": "2020-01-01"},
    )  # fmt: skip
    ui_store.insert(
        "contacts", {"name": "张伟", "role": "grid", "village": "柳溪村", "phone": "13807310002"}
    )
    window = MainWindow(ui_store, features=[f for f in FEATURES if f is not install_overview])
    qtbot.addWidget(window)
    overview = install_overview(window)
    window.show()
    qtbot.waitUntil(lambda: not overview.computing, timeout=10000)
    rows = overview.row_items("villages_without_info_officer")
    assert [r.text(0) for r in rows] == ["柳溪村：无在岗灾害信息员"]
    untrained = overview.row_items("info_officers_untrained")
    assert [r.text(0) for r in untrained] == ["王娟（东坪村）：最近培训 2020年1月1日"]

    def name_one(dialog: Any) -> None:
        assert (dialog.table.name, dialog.record_id) == ("contacts", None)
        assert dialog.editors["village"].value() == "柳溪村"
        assert dialog.editors["role"].value() == "info_officer"
        fill(qtbot, dialog, {"name": "李芳"})
        fill(qtbot, dialog, {"phone": "13907361234"})
        click_ok(dialog)

    run_modal(lambda: overview._item_clicked(rows[0]), name_one)
    assert [c["name"] for c in ui_store.rows(ListQuery("contacts"))] == ["王娟", "张伟", "李芳"]
    qtbot.waitUntil(lambda: not overview.row_items("villages_without_info_officer"), timeout=5000)

    # The contacts list colours the officers never or long ago trained, and filters to them.
    tab = window.register_tabs["contacts"]
    window.tabs.setCurrentWidget(tab)
    qtbot.waitUntil(lambda: tab.model.rowCount() == 3, timeout=3000)
    flags = {tab.model.index(r, 0).data(): tab.model.flag(r) for r in range(3)}
    assert flags == {"王娟": "overdue", "李芳": "overdue", "张伟": None}
    tab.attention_button.click()
    qtbot.waitUntil(lambda: tab.model.rowCount() == 2, timeout=3000)
