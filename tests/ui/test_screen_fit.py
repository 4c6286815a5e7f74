"""A 1366×768 township laptop (1366×728 free above the taskbar): every register's form opens
inside the screen with Save and Cancel in reach, and the main window can shrink to
1024×600 so it sits beside Word. Windows' display scaling at 125 % and 150 % leaves Qt
1366/1.25 × 728/1.25 and 1366/1.5 × 728/1.5 logical pixels: the forms fit those too."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import QPoint, QRect
from PySide6.QtWidgets import QDialogButtonBox, QWidget
from register_samples import make_record

from emergency_desk.schema import REGISTER_LIST, Register
from emergency_desk.store import Store
from emergency_desk.ui.registers.registry import dialog_class
from emergency_desk.ui.widgets import screen_fit

LAPTOP = QRect(0, 0, 1366, 728)
# The same screen at 125 % and 150 % scaling, in the logical pixels Qt lays out in.
SCALED = {
    "125%": QRect(0, 0, 1366 * 4 // 5, 728 * 4 // 5),
    "150%": QRect(0, 0, 1366 * 2 // 3, 728 * 2 // 3),
}


@pytest.fixture
def laptop(monkeypatch: pytest.MonkeyPatch) -> QRect:
    monkeypatch.setattr(screen_fit, "available_geometry", lambda _widget=None: QRect(LAPTOP))
    return LAPTOP


def _global_rect(widget: QWidget) -> QRect:
    return QRect(widget.mapToGlobal(QPoint(0, 0)), widget.size())


def _assert_inside(dialog: Any, area: QRect) -> None:
    frame = dialog.frameGeometry()
    assert area.contains(frame), (dialog.objectName(), frame)
    # Room for a real window manager's title bar too (the offscreen platform draws none).
    assert dialog.height() + screen_fit.FRAME_HEIGHT <= area.height()
    buttons = dialog.findChild(QDialogButtonBox)
    for button in buttons.buttons():
        if button.isVisible():
            assert area.contains(_global_rect(button)), (dialog.objectName(), button.text())


@pytest.mark.parametrize("reg", REGISTER_LIST, ids=lambda r: r.name)
@pytest.mark.parametrize("existing", [False, True], ids=["new", "edit"])
def test_every_form_fits_a_laptop_screen(
    qtbot, ui_store: Store, laptop: QRect, reg: Register, existing: bool
) -> None:
    record_id = make_record(ui_store, reg.main, "屏幕") if existing else None
    dialog = dialog_class(reg.main.name)(ui_store, reg.main.name, record_id)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    _assert_inside(dialog, laptop)


def test_main_window_opens_inside_and_shrinks_to_1024x600(qtbot, ui_store: Store, laptop) -> None:
    from emergency_desk.ui.shell.main_window import MainWindow

    window = MainWindow(ui_store)
    qtbot.addWidget(window)
    assert window.height() + screen_fit.FRAME_HEIGHT <= laptop.height()
    assert window.width() <= laptop.width()
    window.show()
    qtbot.waitExposed(window)
    for i in range(window.tabs.count()):  # every tab built, the Overview with its charts
        window.tabs.setCurrentIndex(i)
    hint = window.minimumSizeHint()
    assert hint.width() <= 1024 and hint.height() <= 600, hint
    assert window.tabs.tabBar().usesScrollButtons()


def test_main_window_uses_a_big_screen(
    qtbot, ui_store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    """On a 1920×1080 monitor (1920×1040 free) the window once opened at 1320×820, a third of
    the screen unused: it now opens wide, and still wholly inside the free area."""
    from emergency_desk.ui.shell.main_window import MainWindow

    area = QRect(0, 0, 1920, 1040)
    monkeypatch.setattr(screen_fit, "available_geometry", lambda _widget=None: QRect(area))
    window = MainWindow(ui_store)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    assert window.width() > 1600 and window.height() > 850, window.size()
    assert window.width() + screen_fit.FRAME_WIDTH <= area.width()
    assert window.height() + screen_fit.FRAME_HEIGHT <= area.height()
    assert area.contains(window.frameGeometry())


def test_main_window_on_a_laptop_opens_as_before(qtbot, ui_store: Store, laptop: QRect) -> None:
    """1366×728 free: the wished 1320 px fits and is kept; the height is clamped to the
    screen, frame included — the size township laptops have always opened at."""
    from emergency_desk.ui.shell.main_window import MainWindow

    window = MainWindow(ui_store)
    qtbot.addWidget(window)
    assert window.width() == 1320
    assert window.height() == laptop.height() - screen_fit.FRAME_HEIGHT


def test_long_text_takes_the_height_it_needs(qtbot, ui_store: Store) -> None:
    from emergency_desk.schema import TABLES
    from emergency_desk.ui.widgets.field_editors import LongTextEditor

    field = next(f for f in TABLES["hazards"].fields if f.type.name == "LONGTEXT")
    editor = LongTextEditor(field)
    qtbot.addWidget(editor)
    editor.resize(400, 200)
    editor.show()
    empty = editor.edit.height()
    editor.set_value("\n".join(f"第{i}行" for i in range(6)))
    assert editor.edit.height() > empty * 2  # six lines shown, not four and a scroll bar
    editor.set_value("一行")
    assert editor.edit.height() == empty  # no empty box below a short note


@pytest.mark.parametrize("reg", REGISTER_LIST, ids=lambda r: r.name)
@pytest.mark.parametrize("scale", sorted(SCALED))
def test_every_form_fits_a_scaled_laptop_screen(
    qtbot, ui_store: Store, monkeypatch: pytest.MonkeyPatch, reg: Register, scale: str
) -> None:
    """At 150 % the screen is 910×485 logical pixels: Save and Cancel still on it."""
    area = SCALED[scale]
    monkeypatch.setattr(screen_fit, "available_geometry", lambda _widget=None: QRect(area))
    record_id = make_record(ui_store, reg.main, "屏幕")
    dialog = dialog_class(reg.main.name)(ui_store, reg.main.name, record_id)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    _assert_inside(dialog, area)


def test_main_window_fits_a_150_percent_laptop(
    qtbot, ui_store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    """At 150 % the free area is 910×485 logical pixels: the window opens inside it, and
    with every tab built (the Overview's charts, the Annual Summary) it can stay there."""
    from emergency_desk.ui.shell.main_window import MainWindow

    area = SCALED["150%"]
    assert (area.width(), area.height()) == (910, 485)
    monkeypatch.setattr(screen_fit, "available_geometry", lambda _widget=None: QRect(area))
    window = MainWindow(ui_store)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    for i in range(window.tabs.count()):
        window.tabs.setCurrentIndex(i)
        qtbot.wait(1)
    hint = window.minimumSizeHint().expandedTo(window.minimumSize())
    assert hint.width() + screen_fit.FRAME_WIDTH <= area.width(), hint
    assert hint.height() + screen_fit.FRAME_HEIGHT <= area.height(), hint
    assert window.height() + screen_fit.FRAME_HEIGHT <= area.height()
    assert area.contains(window.frameGeometry())


@pytest.mark.parametrize("height", [900, 700])
def test_no_gap_below_a_long_text_box_in_the_hazard_form(
    qtbot, ui_store: Store, laptop: QRect, height: int
) -> None:
    """A dialog with room to spare once left ~40 px above and below each long-text box
    (the row grew, the fixed-height box sat in its middle): the next row starts right
    under the box, and the box starts level with its caption."""
    from PySide6.QtWidgets import QFormLayout

    dialog = dialog_class("hazards")(ui_store, "hazards", None)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.resize(700, height)
    qtbot.wait(10)
    form: QFormLayout = dialog.form
    spacing = max(form.verticalSpacing(), 0)
    checked = 0
    for key, editor in dialog.editors.items():
        if editor.field.type.name != "LONGTEXT":
            continue
        row, _role = form.getWidgetPosition(editor.parentWidget())
        caption = form.itemAt(row, QFormLayout.ItemRole.LabelRole).widget()
        nxt = form.itemAt(row + 1, QFormLayout.ItemRole.FieldRole).widget()
        edit = editor.edit
        bottom = edit.mapTo(dialog.form_widget, QPoint(0, edit.height())).y()
        top = edit.mapTo(dialog.form_widget, QPoint(0, 0)).y()
        gap = nxt.mapTo(dialog.form_widget, QPoint(0, 0)).y() - bottom
        assert gap <= spacing + 4, (key, gap)
        assert abs(top - caption.geometry().top()) <= 6, (key, top, caption.geometry())
        checked += 1
    assert checked >= 2  # 隐患描述 and 整改措施


def test_overview_scrolls_only_when_the_window_is_too_short(
    qtbot, ui_store: Store, laptop: QRect
) -> None:
    """The Overview scrolls inside its tab at 150 %, but a tab with room for its minimum
    shows it whole, without a scroll bar (its wrapped labels once made the scroll area
    ask for the preferred height instead, and a bar showed on ordinary screens)."""
    from emergency_desk.demo import fill_demo
    from emergency_desk.ui.shell.main_window import MainWindow

    fill_demo(ui_store)  # alerts, cards and both charts filled, as an office sees them
    window = MainWindow(ui_store)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.resize(1000, 620)
    tab = window.overview_tab
    qtbot.waitUntil(lambda: not tab.computing)
    qtbot.wait(20)
    body, bar = tab.scroll.widget(), tab.scroll.verticalScrollBar()
    room = body.minimumSizeHint().height() + 10  # just enough for the Overview's minimum
    window.resize(1000, window.height() + room - tab.scroll.viewport().height())
    qtbot.waitUntil(lambda: tab.scroll.viewport().height() == room)
    qtbot.wait(20)
    assert not bar.isVisible() and not tab.scroll.horizontalScrollBar().isVisible()
    assert body.height() == room
    window.resize(900, 445)  # the 150 % laptop: now it scrolls, nothing squeezed
    qtbot.waitUntil(bar.isVisible)
    assert body.height() >= body.minimumSizeHint().height()
