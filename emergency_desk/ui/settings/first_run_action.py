"""Tools › First-run setup…; the setup itself (``first_run``) loads when it is opened."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

if TYPE_CHECKING:
    from ..shell.main_window import MainWindow


def install_first_run(window: MainWindow) -> None:
    """The menu entry, to go through the setup again (the office moved, a new area code)."""

    def open_setup() -> None:
        from .first_run import run_first_run

        run_first_run(window)

    action = window.tools_menu.addAction(
        QCoreApplication.translate("FirstRunWizard", "&First-run setup…")
    )
    action.setObjectName("firstRunAction")
    action.triggered.connect(lambda _checked=False: open_setup())
