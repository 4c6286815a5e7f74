"""The rules on the register tables: rows coloured by what they flag, a "needs attention"
filter, and the workflow buttons each register gets (hazard status, stock, duty).

Which tables the rules flag, and what their flags depend on, is declared on the table
(``Table.flags_depend_on``); the buttons are its ``Table.ui_tools``.

Installed on the window's register tabs, and again whenever another database is opened
(the tabs are rebuilt then).
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QPushButton

from ...schema import TABLES
from ..shell.store_watch import watch_tables
from .registry import install_tools

if TYPE_CHECKING:
    from ..shell.main_window import MainWindow
    from .register_tab import RegisterTab

# The tables whose lists get rules or buttons: those that declare either.
RULED_TABLES = tuple(name for name, t in TABLES.items() if t.flags_depend_on or t.ui_tools)


class AttentionButton(QPushButton):
    """Checkable: shows only the records a rule flags; unchecking shows all again."""

    def __init__(self, tab: RegisterTab) -> None:
        super().__init__(AttentionButton.tr("Needs attention"), tab)
        self.tab = tab
        self.setObjectName("needsAttention")
        self.setCheckable(True)
        self.setToolTip(self.tr("Show only the records that are overdue or due soon"))
        self.toggled.connect(self._toggled)
        tab.model.modelReset.connect(self._sync)

    def _toggled(self, on: bool) -> None:
        if on:
            from ...rules.alerts import attention_ids

            ids = attention_ids(self.tab.store, self.tab.table.name, dt.date.today())
            self.tab.set_extra_ids(sorted(ids), self.tr("Needs attention"))
        else:
            self.tab.set_extra_ids(None)

    def _sync(self) -> None:
        # The chip's ✕ or "Clear filters" removed the filter: the button follows.
        if self.isChecked() and getattr(self.tab, "_extra_ids", None) is None:
            self.blockSignals(True)
            self.setChecked(False)
            self.blockSignals(False)

    def refresh_ids(self) -> None:
        if self.isChecked():
            self._toggled(True)


def install_flags(tab: RegisterTab) -> None:
    """Colour the rows of ``tab`` by the rules, and keep the colours current."""
    # The rules are imported with the first list built, after the window's first paint.
    from ...rules.alerts import make_flagger
    from ...rules.settings import load_settings

    name = tab.table.name

    def apply(_changed: set[str] | None = None) -> None:
        settings = load_settings(tab.store)
        tab.model.set_flagger(make_flagger(tab.store, name, dt.date.today(), settings))

    apply()
    watch_tables(tab, tab.store, set(tab.table.flags_depend_on), apply)


def install_on_tab(tab: RegisterTab) -> None:
    if tab.rules_installed:
        return
    tab.rules_installed = True
    if tab.table.flags_depend_on:
        install_flags(tab)
        button = AttentionButton(tab)
        tab.add_tool_button(button)
        tab.attention_button = button
    install_tools(tab)


def install_register_rules(window: MainWindow) -> None:
    """Rules on every flagged list, each as it is built (lists are built on first show)."""
    if window.register_rules_installed:
        return
    window.register_rules_installed = True

    def built(register: str, _widget: object) -> None:
        for name in RULED_TABLES:
            if window.register_for_table(name) == register:
                tab = window.register_tab_for_table(name)
                if tab is not None:
                    install_on_tab(tab)

    window.on_register_tab_built(built)
