"""The Annual Summary tab, added last; the tab (and the report it draws on) is built
when it is first shown, not before the window's first paint."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from ...store import Store

if TYPE_CHECKING:
    from ..shell.main_window import MainWindow


def _summary_tab(store: Store) -> QWidget:
    from .summary_tab import SummaryTab  # the report's parts load with the tab

    return SummaryTab(store)


def install_summary(window: MainWindow) -> None:
    window.add_tab(_summary_tab, QCoreApplication.translate("SummaryTab", "Summary"))
