"""A county database's screens on the window: the 乡镇汇总 tab after the Overview, and on
every register list a township column and filter.

A township's rows are read-only in the county (the store refuses to change them and the
lists disable Edit and Delete on them, ``register_tab``); the county's own rows stay
editable. A township database shows none of this. Nothing here is loaded beyond this
small module until a county database is open.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from ...store import Store

if TYPE_CHECKING:
    from ..registers.register_tab import RegisterTab
    from ..shell.main_window import MainWindow


def is_county(store: Store) -> bool:
    return str(store.get_setting("level", "township")) == "county"


def register_lists(widget: QWidget) -> list[RegisterTab]:
    """The lists a register's tab holds: itself, or those inside it (materials, duty…)."""
    from ..registers.register_tab import RegisterTab

    if isinstance(widget, RegisterTab):
        return [widget]
    return list(widget.findChildren(RegisterTab))


class CountyScreens:
    """What the feature keeps on the window: the township the lists are filtered to."""

    def __init__(self, window: MainWindow) -> None:
        self.window = window
        self.today: Callable[[], dt.date] = dt.date.today  # the day the figures run to
        self.township: str | None = None
        self.tab_added = False
        window.on_register_tab_built(self.decorate)
        window.store_changed.connect(lambda store: self.add_tab(store))
        self.add_tab(window.store)

    def add_tab(self, store: Store) -> None:
        self.township = None
        if self.tab_added or not is_county(store):
            return
        self.tab_added = True
        title = QCoreApplication.translate("LeagueTab", "Townships")
        self.window.add_tab(self.make_tab, title, 1)

    def make_tab(self, store: Store) -> QWidget:
        if not is_county(store):  # another database was opened after a county's
            from PySide6.QtWidgets import QLabel

            return QLabel(
                QCoreApplication.translate(
                    "LeagueTab", "This database is a township's: it has no townships to compare."
                )
            )
        from .league_tab import LeagueTab

        return LeagueTab(store, self.show_township, today=lambda: self.today())

    def decorate(self, register: str, widget: QWidget) -> None:
        if not is_county(self.window.store):
            return
        from .township_column import add_township_column

        for tab in register_lists(widget):
            add_township_column(tab, self.township)

    def show_township(self, code: str, register: str) -> None:
        """The register's tab, every list filtered to township ``code``."""
        from .township_column import filter_to

        self.township = code
        for widget in self.window.register_tabs.built().values():
            for tab in register_lists(widget):
                filter_to(tab, code)
        widget = self.window.register_tabs[register]  # built now if it was not, filtered
        self.window.tabs.setCurrentWidget(widget)


def install_county(window: MainWindow) -> None:
    window.county_screens = CountyScreens(window)
