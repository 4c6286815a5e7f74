"""A list sorted by name reads in pinyin order, as an office's paper ledger does (issue 15.9)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QPoint, Qt

PINYIN = ["冲锋舟", "口服补液盐", "医用口罩"]  # chong, kou, yi; by code point 冲 < 医 < 口


def _names(tab: Any) -> list[str]:
    col = [f.key for f in tab.model.columns].index("name")
    return [tab.model.index(r, col).data() for r in range(tab.model.rowCount())]


def test_materials_list_reads_in_pinyin_order(qtbot: Any, window: Any) -> None:
    store = window.store
    point = store.insert("reserve_points", {"name": "镇储备库"})
    for name in ("医用口罩", "口服补液盐", "冲锋舟"):
        store.insert(
            "materials", {"point_id": point, "name": name, "category": "other", "unit": "个"}
        )
    tab = window.register_tabs["materials"]
    window.tabs.setCurrentWidget(tab)
    items = tab.items
    items.refresh()
    qtbot.waitUntil(lambda: items.model.rowCount() == 3)
    assert _names(items) == PINYIN


def test_clicking_the_name_header_sorts_by_pinyin(qtbot: Any, window: Any) -> None:
    store = window.store
    for name in ("医用口罩仓库", "口岸通道", "冲沟滑坡"):
        store.insert(
            "hazards",
            {"found_on": "2024-01-01", "name": name, "category": "fire", "grade": "general"},
        )
    tab = window.register_tabs["hazards"]
    window.tabs.setCurrentWidget(tab)
    tab.refresh()
    qtbot.waitUntil(lambda: tab.model.rowCount() == 3)
    header = tab.view.horizontalHeader()
    col = [f.key for f in tab.model.columns].index("name")
    x = header.sectionViewportPosition(col) + header.sectionSize(col) // 2
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, 5))
    if header.sortIndicatorOrder() != Qt.SortOrder.AscendingOrder:
        qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, 5))
    assert header.sortIndicatorSection() == col
    qtbot.waitUntil(lambda: _names(tab) == ["冲沟滑坡", "口岸通道", "医用口罩仓库"])
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, 5))
    qtbot.waitUntil(lambda: _names(tab) == ["医用口罩仓库", "口岸通道", "冲沟滑坡"])
