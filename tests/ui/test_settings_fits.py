"""Settings opens inside the screen with Save and Cancel in reach (issue 15.7): seen on a
real 1366×768 and even a 1920×1080 display, its buttons were below the screen's edge.
The sections scroll where the screen is too short for them, and only then."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import QPoint, QRect
from PySide6.QtWidgets import QDialogButtonBox, QScrollArea

from emergency_desk.store import Store
from emergency_desk.ui.settings.settings_dialog import SettingsDialog
from emergency_desk.ui.widgets import screen_fit


@pytest.mark.parametrize(
    "area", [QRect(0, 0, 1366, 728), QRect(0, 0, 1920, 1040)], ids=["1366", "1920"]
)
def test_settings_buttons_inside_the_screen(
    qtbot: Any, ui_store: Store, monkeypatch: pytest.MonkeyPatch, area: QRect
) -> None:
    monkeypatch.setattr(screen_fit, "available_geometry", lambda _widget=None: QRect(area))
    dialog = SettingsDialog(ui_store)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert area.contains(dialog.frameGeometry())
    assert dialog.height() + screen_fit.FRAME_HEIGHT <= area.height()
    buttons = dialog.findChild(QDialogButtonBox)
    for button in buttons.buttons():
        corner = button.mapToGlobal(QPoint(button.width(), button.height()))
        assert area.contains(corner), button.text()
    # As tall as the screen allows: no more scrolling than the screen makes necessary.
    scroll = dialog.findChild(QScrollArea, "settingsScroll")
    if scroll.verticalScrollBar().maximum() > 0:
        assert dialog.height() + screen_fit.FRAME_HEIGHT >= area.height() - 2
