"""The hazard form shows a notice's number read-only once the first print has given it,
and never writes over it (the printed notice, the unit's copy and the receipt agree)."""

from __future__ import annotations

from typing import Any

from emergency_desk.store import Store
from emergency_desk.store.notices import assign_notice_number
from emergency_desk.ui.widgets.record_form import RecordDialog


def test_notice_number_is_shown_read_only_once_assigned(qtbot: Any, ui_store: Store) -> None:
    rid = ui_store.insert(
        "hazards",
        {"found_on": "2026-03-02", "name": "涵洞堵塞", "category": "flood", "grade": "general"},
    )
    dialog = RecordDialog(ui_store, "hazards", rid)
    qtbot.addWidget(dialog)
    editor = dialog.editors["notice_number"]
    assert not dialog.form.isRowVisible(editor.parentWidget())  # nothing given yet
    number = assign_notice_number(ui_store, rid, 2026)  # printed while the form is open
    dialog.editors["name"].set_value("涵洞堵塞（东坪村）")
    assert dialog.save()
    saved = ui_store.get("hazards", rid)
    assert saved["notice_number"] == number and saved["name"] == "涵洞堵塞（东坪村）"

    again = RecordDialog(ui_store, "hazards", rid)
    qtbot.addWidget(again)
    editor = again.editors["notice_number"]
    assert again.form.isRowVisible(editor.parentWidget())
    assert editor.value() == number and editor.input.isReadOnly()
