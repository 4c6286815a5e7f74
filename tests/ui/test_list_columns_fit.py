"""A list's key columns are in view without scrolling sideways on a 1366×768 laptop
(issue 15.7): minimum stock and expiry in the materials list, a call's status in the duty
log, an incident's grade, response and status (its ``key_columns``). Free text (names, places, reserve points) gives up width first; once the user drags
a column, the widths are theirs."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import QApplication, QTabWidget

from emergency_desk.store import Store
from emergency_desk.ui.shell.lang import set_ui_lang
from emergency_desk.ui.shell.translations import install_translators
from emergency_desk.ui.widgets import screen_fit
from emergency_desk.ui.widgets.register_columns import fitted_widths

LAPTOP = QRect(0, 0, 1366, 728)


@pytest.fixture
def laptop(monkeypatch: pytest.MonkeyPatch) -> QRect:
    monkeypatch.setattr(screen_fit, "available_geometry", lambda _widget=None: QRect(LAPTOP))
    return LAPTOP


def _list(qtbot: Any, store: Store, lang: str, register: str, table: str) -> Any:
    from emergency_desk.ui.shell.main_window import MainWindow

    set_ui_lang(lang)
    install_translators(QApplication.instance(), lang)
    window = MainWindow(store)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.tabs.setCurrentWidget(window.register_tabs[register])
    tab = window.register_tab_for_table(table)
    for inner in window.register_tabs[register].findChildren(QTabWidget):
        if inner.indexOf(tab) >= 0:
            inner.setCurrentWidget(tab)  # the duty log, the roster or the handovers
    qtbot.waitUntil(lambda: tab.view.isVisible() and tab.view.viewport().width() > 400)
    return window, tab


def _right_edge(tab: Any, key: str) -> int:
    column = [f.key for f in tab.model.columns].index(key)
    header = tab.view.horizontalHeader()
    return header.sectionViewportPosition(column) + tab.view.columnWidth(column)


CASES = [
    ("materials", "materials", ("min_quantity", "expires_on")),
    ("duty", "duty_log", ("status",)),
    # 16 columns: the grade, the response started and the status were off-screen at 1366.
    ("incidents", "incidents", ("level", "response_level", "status")),
]


@pytest.mark.parametrize("lang", ["zh", "en"])
@pytest.mark.parametrize(("register", "table", "keys"), CASES, ids=[c[1] for c in CASES])
def test_key_columns_in_view_at_1366(
    qtbot: Any, ui_store: Store, laptop: QRect, lang: str, register: str, table: str, keys: Any
) -> None:
    window, tab = _list(qtbot, ui_store, lang, register, table)
    assert window.frameGeometry().width() <= laptop.width()
    room = tab.view.viewport().width()
    for key in keys:
        assert _right_edge(tab, key) <= room, (key, _right_edge(tab, key), room)
    # The title still reads: at least ten characters of the record's name.
    title = [f.key for f in tab.model.columns].index(tab.table.title_field)
    assert tab.view.columnWidth(title) >= tab.view.fontMetrics().horizontalAdvance("应" * 10)


def test_a_column_the_user_sized_stays_as_sized(qtbot: Any, ui_store: Store, laptop: QRect) -> None:
    window, tab = _list(qtbot, ui_store, "zh", "materials", "materials")
    point = [f.key for f in tab.model.columns].index("point_id")
    tab.view.horizontalHeader().resizeSection(point, 300)  # as a drag on the header does
    window.resize(window.width() - 100, window.height())
    qtbot.waitUntil(lambda: tab.view.viewport().width() < 900)
    assert tab.view.columnWidth(point) == 300


def test_fitted_widths_narrow_only_free_text_and_not_below_its_floor() -> None:
    # name (floor 100), a date (fixed), a place (floor 60), a status (fixed)
    natural, floors = [260, 110, 150, 80], [100, None, 60, None]
    assert fitted_widths(natural, floors, 1000) == natural  # room enough: untouched
    fitted = fitted_widths(natural, floors, 500)
    assert fitted[1] == 110 and fitted[3] == 80
    assert sum(fitted) <= 500 and fitted[0] >= 100 and fitted[2] >= 60
    assert fitted_widths(natural, floors, 200) == [100, 110, 60, 80]  # at the floors


def test_the_handover_list_shows_the_matters_handed_over(
    qtbot: Any, ui_store: Store, laptop: QRect
) -> None:
    """Time, from and to alone left most of the list empty; what was handed over is the point."""
    ui_store.insert(
        "duty_handovers",
        {"at": "2026-05-01 08:30", "from_officer": "欧华", "to_officer": "曹洋",
         "notes": "上级通知已报领导阅示，\n待落实情况报送"},
    )  # fmt: skip
    _window, tab = _list(qtbot, ui_store, "zh", "duty", "duty_handovers")
    model = tab.model
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert "交接事项" in headers
    notes = model.index(0, headers.index("交接事项"))
    assert model.data(notes) == "上级通知已报领导阅示， 待落实情况报送"
    assert not tab.view.isColumnHidden(notes.column())


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_the_reserve_points_buttons_are_all_in_view(
    qtbot: Any, ui_store: Store, laptop: QRect, lang: str
) -> None:
    """Seen at 1366 px: the points pane cut its fourth button (修改记录…) behind arrows."""
    from PySide6.QtCore import QPoint
    from PySide6.QtWidgets import QPushButton

    window, _tab = _list(qtbot, ui_store, lang, "materials", "materials")
    points = window.register_tabs["materials"].points
    row = points.toolbar_layout.parentWidget()
    scroller = row.parentWidget().parentWidget()
    qtbot.waitUntil(lambda: scroller.width() > 200)
    buttons = [b for b in row.findChildren(QPushButton) if b.isVisible()]
    assert len(buttons) >= 4
    for button in buttons:
        right = button.mapTo(scroller, QPoint(button.width(), 0)).x()
        assert right <= scroller.width(), (button.text(), right, scroller.width())


def test_room_to_spare_goes_to_the_title_not_the_last_count(
    qtbot: Any, ui_store: Store, laptop: QRect
) -> None:
    """Seen at 1366 px: the activities' last column, a count of banners, was stretched over
    300 px, its numbers far to the right of their header."""
    from emergency_desk.ui.widgets.register_columns import natural_widths

    _window, tab = _list(qtbot, ui_store, "zh", "activities", "activities")
    keys = [f.key for f in tab.model.columns]
    natural = natural_widths(tab.view, tab.model.columns, tab.table, "zh", compact=False)
    last = max(i for i in range(len(keys)) if not tab.view.isColumnHidden(i))
    title = keys.index(tab.table.title_field)
    qtbot.waitUntil(lambda: _right_edge(tab, keys[last]) >= tab.view.viewport().width() - 2)
    assert tab.view.columnWidth(last) == natural[last]
    assert tab.view.columnWidth(title) > natural[title]
