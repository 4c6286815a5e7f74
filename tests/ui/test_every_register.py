"""Every register of the schema through the GUI, parametrised from the declarations
(``schema.REGISTER_LIST``), not from a hand-kept list: its tab and title, a new record
through the form, edited, found, deleted, and restored from the recycle bin."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from register_samples import STORED, make_record, stored_value, text_field

from emergency_desk.schema import REGISTER_LIST, FieldType, Register
from emergency_desk.store import ListQuery, Store
from emergency_desk.ui.safety.recycle_bin import RecycleBinDialog

from .helpers import click_ok, fill, run_modal, type_text


def _form_values(store: Store, reg: Register, marker: str) -> dict[str, Any]:
    """What a user picks in the form for every required field and the naming field."""
    t = reg.main
    named = text_field(t)
    values: dict[str, Any] = {}
    for f in t.fields:
        if f.key in t.computed or not (f.required or f is named):
            continue
        if f.choices:
            values[f.key] = f.choices[0].label("zh")
        elif f.type is FieldType.REF:
            ref_id = make_record(store, _table(f.ref_table), "参照")
            values[f.key] = store.title_of(f.ref_table or "", ref_id)
        elif f.format or f.type is FieldType.DECIMAL:
            values[f.key] = stored_value(f, marker)
        elif f.type in STORED:
            values[f.key] = STORED[f.type]
        else:
            values[f.key] = f"新{f.zh}{marker}"
    return values


def _table(name: str | None) -> Any:
    from emergency_desk.schema import TABLES

    return TABLES[name or ""]


@pytest.mark.parametrize("reg", REGISTER_LIST, ids=lambda r: r.name)
def test_every_register_in_the_gui(qtbot, window, yes_to_questions, reg: Register) -> None:
    store: Store = window.store
    t = reg.main
    named = text_field(t)

    # Its tab, under its title.
    titles = [window.tabs.tabText(i) for i in range(window.tabs.count())]
    assert reg.label(window.lang).replace("&", "&&") in titles
    tab = window.register_tab_for_table(t.name)
    assert tab is not None and tab.table is t

    # A new record through the form.
    values = _form_values(store, reg, "甲")

    def create(dialog: Any) -> None:
        fill(qtbot, dialog, values)
        click_ok(dialog)
        assert not dialog.isVisible(), dialog.banner.text()

    run_modal(tab.new_button.click, create)
    rows = list(store.rows(ListQuery(t.name)))
    assert len(rows) == 1
    record_id = rows[0]["id"]
    assert rows[0][named.key] == values[named.key]

    # Edited through the form.
    edited = f"{values[named.key]}改"

    def edit(dialog: Any) -> None:
        assert dialog.record_id == record_id
        fill(qtbot, dialog, {named.key: edited})
        click_ok(dialog)
        assert not dialog.isVisible(), dialog.banner.text()

    assert tab.select_record(record_id)
    run_modal(tab.edit_button.click, edit)
    assert store.get(t.name, record_id)[named.key] == edited

    # Found among others by its text.
    make_record(store, t, "乙")
    qtbot.waitUntil(lambda: tab.model.rowCount() == 2, timeout=3000)
    type_text(qtbot, tab.search_edit, f"{named.zh}甲改")
    qtbot.waitUntil(lambda: tab.model.rowCount() == 1, timeout=3000)
    assert tab.model.record_id(0) == record_id

    # Deleted (asked first), into the recycle bin.
    assert tab.select_record(record_id)
    tab.delete_button.click()
    assert yes_to_questions, "deleting must ask first"
    assert store.get(t.name, record_id)["deleted_at"] is not None
    qtbot.waitUntil(lambda: tab.model.rowCount() == 0, timeout=3000)

    # Restored from the recycle bin, and back in its list.
    dialog = RecycleBinDialog(store, window)
    qtbot.addWidget(dialog)
    row = next(r for r in range(dialog.list.rowCount()) if dialog.list.item(r, 1).text() == edited)
    dialog.list.selectRow(row)
    qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    assert store.get(t.name, record_id)["deleted_at"] is None
    qtbot.waitUntil(lambda: tab.model.rowCount() == 1, timeout=3000)
    assert tab.model.record_id(0) == record_id
