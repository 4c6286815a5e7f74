"""A setting the county roll-up needs is not filled in: say which, offer Settings."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox

if TYPE_CHECKING:
    from ..shell.main_window import MainWindow


def missing_settings(window: MainWindow, names: tuple[str, ...]) -> list[str]:
    """The labels (in the UI language) of ``names`` not set, in the order given."""
    from ...rules.settings import SPECS_BY_NAME, load_settings
    from ..shell.lang import ui_lang

    settings = load_settings(window.store)
    lang = ui_lang()
    return [
        SPECS_BY_NAME[name].zh if lang == "zh" else SPECS_BY_NAME[name].en
        for name in names
        if not str(getattr(settings, name) or "").strip()
    ]


def offer_settings(window: MainWindow, title: str, text: str) -> bool:
    """Say ``text``; open Settings if the user asks. True if Settings was opened."""
    box = QMessageBox(QMessageBox.Icon.Information, title, text, parent=window)
    box.setObjectName("settingNeeded")
    open_button = box.addButton(
        QCoreApplication.translate("county_package", "Open Settings…"),
        QMessageBox.ButtonRole.AcceptRole,
    )
    open_button.setObjectName("openSettings")
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(open_button)
    box.exec()
    opened = box.clickedButton() is open_button
    box.deleteLater()
    if opened and window.settings_action is not None:
        window.settings_action.trigger()
    return opened
