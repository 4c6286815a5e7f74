"""The schema-built form: right widgets, refusals shown in place, nothing written."""

from __future__ import annotations

from typing import Any

from emergency_desk.store import ListQuery, Store
from emergency_desk.ui.widgets.date_editors import DateEditor, DateTimeEditor
from emergency_desk.ui.widgets.field_editors import (
    ChoiceEditor,
    IntEditor,
    LongTextEditor,
    MoneyEditor,
    RefEditor,
    TextEditor,
)
from emergency_desk.ui.widgets.record_form import RecordDialog

from .helpers import click_ok, fill, run_modal


def test_widgets_follow_the_schema(qtbot, ui_store: Store) -> None:
    dialog = RecordDialog(ui_store, "hazards")
    qtbot.addWidget(dialog)
    e = dialog.editors
    assert isinstance(e["name"], TextEditor)
    assert isinstance(e["description"], LongTextEditor)
    assert isinstance(e["found_on"], DateEditor)
    assert isinstance(e["funds"], MoneyEditor)
    assert isinstance(e["category"], ChoiceEditor)
    labels = [e["category"].combo.itemText(i) for i in range(e["category"].combo.count())]
    assert "水库堤坝" in labels and "reservoir" not in labels
    # Required fields are marked; new required dates start at today, optional ones blank.
    captions = [
        dialog.form.labelForField(dialog.form.itemAt(i, dialog.form.ItemRole.FieldRole).widget())
        for i in range(dialog.form.rowCount())
    ]
    texts = [c.text() for c in captions if c is not None]
    assert any(t.startswith("隐患名称") and "*" in t for t in texts)
    assert any(t == "责任单位" for t in texts)
    assert e["found_on"].value() is not None
    assert e["deadline"].value() is None
    assert e["grade"].value() == "general"  # the schema default

    drill = RecordDialog(ui_store, "drills")
    qtbot.addWidget(drill)
    assert isinstance(drill.editors["participants"], IntEditor)
    assert isinstance(drill.editors["plan_id"], RefEditor)
    log = RecordDialog(ui_store, "duty_log")
    qtbot.addWidget(log)
    assert isinstance(log.editors["received_at"], DateTimeEditor)


def test_optional_date_and_number_can_be_cleared(qtbot, ui_store: Store) -> None:
    rid = ui_store.insert(
        "hazards",
        {
            "found_on": "2024-03-01",
            "name": "桥梁护栏缺失",
            "category": "road_traffic",
            "deadline": "2024-05-01",
            "funds": 800,
        },
    )
    dialog = RecordDialog(ui_store, "hazards", rid)
    qtbot.addWidget(dialog)
    assert dialog.editors["deadline"].value() == "2024-05-01"
    fill(qtbot, dialog, {"deadline": None, "funds": ""})
    assert dialog.save()
    saved = ui_store.get("hazards", rid)
    assert saved["deadline"] is None and saved["funds"] is None


def test_missing_required_keeps_dialog_open_and_writes_nothing(qtbot, window) -> None:
    store = window.store
    tab = window.register_tabs["plans"]
    before = store.count(ListQuery("plans"))
    seen: dict[str, Any] = {}

    def submit_empty(dialog: Any) -> None:
        fill(qtbot, dialog, {"title": ""})
        click_ok(dialog)
        seen["open"] = dialog.isVisible()
        seen["error"] = dialog.error_labels["title"].text()
        seen["error_visible"] = dialog.error_labels["title"].isVisibleTo(dialog)
        seen["invalid"] = dialog.editors["title"].edit.property("invalid")
        seen["banner"] = dialog.banner.isVisibleTo(dialog)
        # Correcting the field clears its mark.
        fill(qtbot, dialog, {"title": "补"})
        seen["after_edit"] = dialog.editors["title"].edit.property("invalid")

    run_modal(tab.new_button.click, submit_empty)
    assert seen["open"] is True
    assert "预案名称" in seen["error"] and "必填" in seen["error"]
    assert seen["error_visible"] and seen["banner"]
    assert seen["invalid"] is True
    assert seen["after_edit"] is False
    assert store.count(ListQuery("plans")) == before


def test_rectified_hazard_without_date_is_refused_in_the_form(qtbot, window) -> None:
    store = window.store
    tab = window.register_tabs["hazards"]
    seen: dict[str, Any] = {}

    def submit(dialog: Any) -> None:
        fill(
            qtbot,
            dialog,
            {"name": "河堤管涌", "category": "防汛", "status": "已整改", "rectified_on": None},
        )
        dialog.editors["found_on"].set_value("2024-05-20")
        click_ok(dialog)
        seen["open"] = dialog.isVisible()
        seen["message"] = dialog.error_labels["rectified_on"].text()
        seen["invalid"] = dialog.editors["rectified_on"].edit.property("invalid")
        # Giving the date lets it through.
        fill(qtbot, dialog, {"rectified_on": "2024-06-01"})
        click_ok(dialog)
        seen["closed_after_fix"] = not dialog.isVisible()

    run_modal(tab.new_button.click, submit)
    assert seen["open"] is True
    assert "完成日期" in seen["message"]
    assert seen["invalid"] is True
    assert seen["closed_after_fix"]
    rows = list(store.rows(ListQuery("hazards")))
    assert len(rows) == 1 and rows[0]["rectified_on"] == "2024-06-01"


def test_invalid_edit_leaves_the_record_unchanged(qtbot, ui_store: Store) -> None:
    rid = ui_store.insert(
        "hazards", {"found_on": "2024-03-01", "name": "危房", "category": "construction"}
    )
    before = ui_store.get("hazards", rid)
    dialog = RecordDialog(ui_store, "hazards", rid)
    qtbot.addWidget(dialog)
    fill(qtbot, dialog, {"status": "已销号", "name": "危房（已拆除）"})
    assert not dialog.save()
    assert ui_store.get("hazards", rid) == before
    assert dialog.error_labels["rectified_on"].text() == (
        "隐患状态为“已整改/已销号”时必须填写“完成日期”。"
    )


def test_english_form_uses_english_labels(qtbot, ui_store: Store) -> None:
    from emergency_desk.ui.shell.lang import set_ui_lang

    set_ui_lang("en")
    dialog = RecordDialog(ui_store, "plans")
    qtbot.addWidget(dialog)
    combo = dialog.editors["level"].combo
    assert [combo.itemText(i) for i in range(combo.count())][:2] == ["Overall", "Special"]
    fill(qtbot, dialog, {"title": ""})
    assert not dialog.save()
    assert "“Title” is required." in dialog.error_labels["title"].text()


def test_cancel_with_changes_asks_before_discarding(qtbot, ui_store: Store, monkeypatch) -> None:
    from PySide6.QtWidgets import QMessageBox

    answers = [QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Discard]
    monkeypatch.setattr(QMessageBox, "question", staticmethod(lambda *a, **k: answers.pop(0)))
    dialog = RecordDialog(ui_store, "activities")
    qtbot.addWidget(dialog)
    dialog.show()
    fill(qtbot, dialog, {"title": "培训"})
    dialog.reject()
    assert dialog.isVisible()  # the user chose to keep editing
    dialog.reject()
    assert not dialog.isVisible()
    assert answers == []  # asked both times: closing never drops typed text silently
    assert ui_store.count(ListQuery("activities")) == 0
