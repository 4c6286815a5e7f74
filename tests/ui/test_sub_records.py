"""Records edited with their owner: a drill's actions, an item's stock movements."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QMessageBox

from emergency_desk.store import ListQuery, Store
from emergency_desk.ui.registers.drill_dialog import DrillDialog
from emergency_desk.ui.registers.material_dialog import MaterialDialog
from emergency_desk.ui.registers.stock_dialog import StockDialog

from .helpers import cell_texts, click_ok, fill, run_modal


def test_drill_actions_are_added_edited_and_deleted_in_the_drill(
    qtbot, ui_store: Store, yes_to_questions
) -> None:
    drill = ui_store.insert("drills", {"held_on": "2024-05-12", "title": "演练", "form": "live"})
    dialog = DrillDialog(ui_store, "drills", drill)
    qtbot.addWidget(dialog)
    panel = dialog.actions
    assert "drill_id" not in {e for e in panel._dialog(None).editors}

    def add(sub: Any) -> None:
        fill(qtbot, sub, {"action": "补充救生器材", "owner": "王强", "due_on": "2024-06-30"})
        click_ok(sub)

    run_modal(panel.add_button.click, add)
    actions = list(ui_store.rows(ListQuery("drill_actions", parent_id=drill)))
    assert [a["action"] for a in actions] == ["补充救生器材"]
    assert panel.model.rowCount() == 1

    panel.view.selectRow(0)

    def edit(sub: Any) -> None:
        fill(qtbot, sub, {"done_on": "2024-06-20"})
        click_ok(sub)

    run_modal(panel.edit_button.click, edit)
    assert ui_store.get("drill_actions", actions[0]["id"])["done_on"] == "2024-06-20"

    panel.view.selectRow(0)
    panel.delete_button.click()
    assert ui_store.count(ListQuery("drill_actions", parent_id=drill)) == 0
    assert panel.model.rowCount() == 0


def test_first_action_of_a_new_drill_asks_to_save_the_drill_first(
    qtbot, ui_store: Store, yes_to_questions: list[str]
) -> None:
    dialog = DrillDialog(ui_store, "drills")
    qtbot.addWidget(dialog)
    fill(qtbot, dialog, {"title": "地质灾害避险演练", "form": "桌面推演"})

    def add(sub: Any) -> None:
        fill(qtbot, sub, {"action": "更新避险路线图"})
        click_ok(sub)

    run_modal(dialog.actions.add_button.click, add)
    assert len(yes_to_questions) == 1 and "添加整改事项需先保存此应急演练" in yes_to_questions[0]
    assert dialog.record_id is not None
    assert ui_store.get("drills", dialog.record_id)["title"] == "地质灾害避险演练"
    assert ui_store.count(ListQuery("drill_actions", parent_id=dialog.record_id)) == 1
    click_ok(dialog)  # Save keeps it
    assert ui_store.count(ListQuery("drills")) == 1


def test_cancel_after_adding_an_action_leaves_no_drill(
    qtbot, ui_store: Store, yes_to_questions: list[str]
) -> None:
    dialog = DrillDialog(ui_store, "drills")
    qtbot.addWidget(dialog)
    fill(qtbot, dialog, {"title": "半途取消的演练", "form": "桌面推演"})

    def add(sub: Any) -> None:
        fill(qtbot, sub, {"action": "更新避险路线图"})
        click_ok(sub)

    run_modal(dialog.actions.add_button.click, add)
    assert ui_store.count(ListQuery("drills")) == 1
    dialog.buttons.button(dialog.buttons.StandardButton.Cancel).click()
    rows = ui_store.db.execute("SELECT count(*) FROM drills").fetchone()[0]
    actions = ui_store.db.execute("SELECT count(*) FROM drill_actions").fetchone()[0]
    assert (rows, actions) == (0, 0)  # not even in the recycle bin


def test_declining_to_save_a_new_drill_adds_nothing(
    qtbot, ui_store: Store, monkeypatch: Any
) -> None:
    asked: list[str] = []

    def no(_p, _t, text, *a):  # type: ignore[no-untyped-def]
        asked.append(text)
        return QMessageBox.StandardButton.No

    monkeypatch.setattr(QMessageBox, "question", staticmethod(no))
    dialog = DrillDialog(ui_store, "drills")
    qtbot.addWidget(dialog)
    fill(qtbot, dialog, {"title": "先不保存", "form": "桌面推演"})
    dialog.actions.add_button.click()  # No: no action dialog opens, nothing saved
    assert asked and dialog.record_id is None
    assert ui_store.count(ListQuery("drills")) == 0


def test_new_drill_with_bad_form_adds_no_action(
    qtbot, ui_store: Store, yes_to_questions: list[str]
) -> None:
    dialog = DrillDialog(ui_store, "drills")
    qtbot.addWidget(dialog)
    fill(qtbot, dialog, {"title": ""})
    dialog.actions.add_button.click()  # the drill cannot be saved: no action dialog opens
    assert dialog.record_id is None
    assert dialog.error_labels["title"].text() == "“演练名称”为必填项，请填写。"
    assert ui_store.count(ListQuery("drills")) == 0


def _item(store: Store, quantity: int = 10) -> int:
    point = store.insert("reserve_points", {"name": "镇储备库"})
    return store.insert(
        "materials",
        {
            "point_id": point,
            "name": "矿泉水",
            "category": "water",
            "unit": "箱",
            "quantity": quantity,
        },
    )


def test_stock_movement_changes_quantity(qtbot, ui_store: Store) -> None:
    item = _item(ui_store)
    dialog = MaterialDialog(ui_store, "materials", item)
    qtbot.addWidget(dialog)
    stock = dialog.stock
    assert stock is not None
    assert "quantity" not in dialog.editors  # never typed once the item exists
    assert "10" in dialog.computed_label.text()
    stock.reason_combo.setCurrentIndex(stock.reason_combo.findData("issue"))
    stock.amount_spin.setValue(4)
    assert stock.signed_delta() == -4
    stock.record_button.click()
    assert ui_store.stock_of(item) == 6
    assert ui_store.get("materials", item)["quantity"] == 6
    assert stock.model.rowCount() == 2
    assert "6" in stock.quantity_label.text() and "6" in dialog.computed_label.text()


def test_stock_below_zero_is_refused_and_nothing_changes(qtbot, ui_store: Store) -> None:
    item = _item(ui_store, 5)
    movements = ui_store.count(ListQuery("stock_movements"))
    dialog = MaterialDialog(ui_store, "materials", item)
    qtbot.addWidget(dialog)
    stock = dialog.stock
    assert stock is not None
    stock.reason_combo.setCurrentIndex(stock.reason_combo.findData("scrap"))
    stock.amount_spin.setValue(6)
    stock.record_button.click()
    assert stock.error_label.isVisibleTo(dialog)
    assert "库存不足" in stock.error_label.text()
    assert stock.amount_spin.property("invalid") is True
    assert ui_store.stock_of(item) == 5
    assert ui_store.count(ListQuery("stock_movements")) == movements
    assert stock.model.rowCount() == 1


def test_stocktake_records_the_difference(qtbot, ui_store: Store, monkeypatch) -> None:
    from PySide6.QtWidgets import QInputDialog

    item = _item(ui_store, 10)
    monkeypatch.setattr(QInputDialog, "getInt", staticmethod(lambda *a, **k: (7, True)))
    dialog = MaterialDialog(ui_store, "materials", item)
    qtbot.addWidget(dialog)
    dialog.stock.stocktake_button.click()  # type: ignore[union-attr]
    assert ui_store.stock_of(item) == 7
    assert ui_store.get("materials", item)["checked_on"] is not None


def test_materials_tab_points_narrow_the_items(qtbot, window, yes_to_questions) -> None:
    store = window.store
    a = store.insert("reserve_points", {"name": "甲储备点"})
    b = store.insert("reserve_points", {"name": "乙储备点"})
    for point, name in ((a, "帐篷"), (a, "棉被"), (b, "发电机")):
        store.insert(
            "materials", {"point_id": point, "name": name, "category": "other", "unit": "个"}
        )
    tab = window.register_tabs["materials"]
    assert tab.items.model.rowCount() == 3
    tab.points.select_record(b)
    assert tab.items.model.rowCount() == 1
    assert "乙储备点" in tab.items_title.text()
    assert tab.items.new_defaults() == {"point_id": b}
    tab.all_points_button.click()
    assert tab.items.model.rowCount() == 3 and tab.points.current_id() is None
    tab.points.select_record(b)

    # A point that still holds items is not deleted.
    refused: list[str] = []
    import pytest
    from PySide6.QtWidgets import QMessageBox

    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(
            QMessageBox, "information", staticmethod(lambda _p, _t, text: refused.append(text))
        )
        tab.points.delete_button.click()
    assert refused and "乙储备点" in refused[0]
    assert store.get("reserve_points", b)["deleted_at"] is None

    # Opening an item from elsewhere selects its point and opens its dialog.
    item = store.ids(ListQuery("materials", parent_id=a))[0]
    seen: list[Any] = []
    run_modal(lambda: window.open_record("materials", item), lambda d: seen.append(d.record_id))
    assert seen == [item]
    assert tab.points.current_id() == a


def test_deleting_an_action_on_a_read_only_database_says_why_and_keeps_it(
    qtbot, db_path, yes_to_questions, monkeypatch
) -> None:
    writer = Store.open(db_path)
    drill = writer.insert("drills", {"held_on": "2024-05-12", "title": "演练", "form": "live"})
    writer.insert("drill_actions", {"drill_id": drill, "action": "补充救生器材"})
    writer.close()
    reader = Store.open(db_path, read_only=True)
    warned: list[str] = []
    monkeypatch.setattr(
        QMessageBox, "warning", staticmethod(lambda _p, _t, text, *a: warned.append(text))
    )
    dialog = DrillDialog(reader, "drills", drill)
    qtbot.addWidget(dialog)
    dialog.actions.view.selectRow(0)
    dialog.actions.delete_button.click()
    assert warned and "只读" in warned[0]
    assert reader.count(ListQuery("drill_actions", parent_id=drill)) == 1
    reader.close()


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


def _item_with_minimum(store: Store) -> int:
    item = _item(store, 10)
    store.update("materials", item, {"min_quantity": 8})
    return item


def test_stock_dialog_shows_quantity_and_minimum(qtbot, ui_store: Store) -> None:
    dialog = StockDialog(ui_store, _item_with_minimum(ui_store))
    qtbot.addWidget(dialog)
    assert dialog.panel.quantity_label.text() == "当前库存：10 箱；最低储备 8 箱"


def test_issuing_below_the_minimum_asks_first(qtbot, ui_store: Store, monkeypatch: Any) -> None:
    item = _item_with_minimum(ui_store)
    dialog = StockDialog(ui_store, item)
    qtbot.addWidget(dialog)
    panel = dialog.panel
    asked: list[str] = []
    answer = [QMessageBox.StandardButton.No]

    def question(_p, _t, text, *a):  # type: ignore[no-untyped-def]
        asked.append(text)
        return answer[0]

    monkeypatch.setattr(QMessageBox, "question", staticmethod(question))
    panel.reason_combo.setCurrentIndex(panel.reason_combo.findData("issue"))
    panel.amount_spin.setValue(2)  # leaves 8: at the minimum, no question
    panel.record_button.click()
    assert asked == [] and ui_store.stock_of(item) == 8
    panel.amount_spin.setValue(3)  # would leave 5: asked, No records nothing
    panel.record_button.click()
    assert asked == ["出库后将剩 5 箱，低于最低储备 8 箱。仍要登记吗？"]
    assert ui_store.stock_of(item) == 8
    answer[0] = QMessageBox.StandardButton.Yes
    panel.record_button.click()
    assert ui_store.stock_of(item) == 5
