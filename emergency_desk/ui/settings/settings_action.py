"""Tools › Settings… in the menu; the dialog (and the rules it edits) load when it opens."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

if TYPE_CHECKING:
    from ..shell.main_window import MainWindow


def install_settings_action(window: MainWindow) -> None:
    if window.settings_action is not None:
        return

    def open_settings() -> None:
        from .settings_dialog import SettingsDialog

        dialog = SettingsDialog(window.store, window)
        dialog.exec()
        dialog.deleteLater()

    action = window.tools_menu.addAction(QCoreApplication.translate("SettingsDialog", "&Settings…"))
    action.setObjectName("settingsAction")
    action.triggered.connect(lambda _checked=False: open_settings())
    window.settings_action = action
