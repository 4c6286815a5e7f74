"""Every form's inputs start at one left edge, and a village box is wide enough for a
village and its group. Seen on a real 1366×768 display: the risk point form's longitude
and latitude boxes sat in the middle of their row, and 所在村（社区） was a 78 px stub."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import QPoint
from register_samples import make_record

from emergency_desk.schema import REGISTER_LIST, FieldType, Register
from emergency_desk.store import Store
from emergency_desk.ui.registers.registry import dialog_class
from emergency_desk.ui.widgets.field_editor_base import FieldEditor
from emergency_desk.ui.widgets.field_editors import VillageEditor


def _open(qtbot: Any, store: Store, table: str, record_id: int | None) -> Any:
    dialog = dialog_class(table)(store, table, record_id)
    qtbot.addWidget(dialog)
    dialog.resize(900, 700)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


@pytest.mark.parametrize("reg", REGISTER_LIST, ids=lambda r: r.name)
def test_inputs_share_one_left_edge(qtbot: Any, ui_store: Store, reg: Register) -> None:
    dialog = _open(qtbot, ui_store, reg.main.name, make_record(ui_store, reg.main, "对齐"))
    lefts: dict[str, int] = {}
    for editor in dialog.editors.values():  # the record's own fields, not a panel's
        if editor.isVisible() and editor.input.isVisible():
            lefts[editor.field.key] = editor.input.mapTo(dialog, QPoint(0, 0)).x()
    assert lefts
    edge = min(lefts.values())
    assert {k: x for k, x in lefts.items() if abs(x - edge) > 3} == {}


def test_coordinates_and_village_on_the_risk_point_form(qtbot: Any, ui_store: Store) -> None:
    table = next(r.main for r in REGISTER_LIST if r.name == "risk_points")
    dialog = _open(qtbot, ui_store, table.name, None)
    decimals = [e for e in dialog.findChildren(FieldEditor) if e.field.type is FieldType.DECIMAL]
    assert {e.field.key for e in decimals} >= {"longitude", "latitude"}
    for editor in decimals:
        editor.set_value(111.45237)
        width = editor.input.width()
        assert width >= editor.input.fontMetrics().horizontalAdvance("111.452370") + 8
    (village,) = dialog.findChildren(VillageEditor)
    assert village.combo.width() >= village.fontMetrics().horizontalAdvance("杨家坝村三组") + 40
