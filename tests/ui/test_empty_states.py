"""An empty list says how to fill it, and a list emptied by a search says how to get back."""

from __future__ import annotations

from typing import Any

from .helpers import type_text

HAZARD = {
    "found_on": "2025-03-05",
    "name": "河口村边坡滑移",
    "category": "geological",
    "grade": "general",
    "status": "open",
}


def test_empty_register_says_how_to_fill_it(qtbot: Any, window: Any) -> None:
    window.show()
    hazards = window.register_tabs["hazards"]
    window.tabs.setCurrentWidget(hazards)
    qtbot.waitUntil(hazards.empty_label.isVisible)
    text = hazards.empty_label.text()
    assert "新建" in text and "导入" in text
    # The message sits over the whole list, not over the part there was before layout.
    viewport = hazards.view.viewport().rect()
    assert hazards.empty_label.geometry() == viewport.adjusted(20, 20, -20, -20)

    # The roster is imported from its spreadsheet too; the handovers are not: only New.
    roster = window.register_tabs["duty"].tab_for("duty_roster")
    roster._update_empty_text()
    assert "新建" in roster.empty_label.text() and "导入" in roster.empty_label.text()
    handovers = window.register_tabs["duty"].tab_for("duty_handovers")
    handovers._update_empty_text()
    assert "新建" in handovers.empty_label.text() and "导入" not in handovers.empty_label.text()

    # Records kept, none matching: the way back is named.
    window.store.insert("hazards", HAZARD)
    qtbot.waitUntil(lambda: hazards.model.rowCount() == 1)
    type_text(qtbot, hazards.search_edit, "水库")
    qtbot.waitUntil(lambda: hazards.model.rowCount() == 0, timeout=3000)
    assert "清除筛选" in hazards.empty_label.text()
