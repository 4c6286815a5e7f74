"""A register kept as several lists of its own, each a sub-tab (duty: the log, the roster
and the handovers; incidents: the incidents and the two statutory ledgers)."""

from __future__ import annotations

from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from ...schema import TABLES
from ...store import Store
from ..shell.lang import ui_lang
from .register_tab import RegisterTab


class ListsTab(QWidget):
    """One list per table of ``TABLES_SHOWN``; the first is the register's own list."""

    TABLES_SHOWN: tuple[str, ...] = ()
    OBJECT_NAME = ""

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(self.OBJECT_NAME)
        lang = ui_lang()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        self.tabs = QTabWidget(self)
        self.tabs.setDocumentMode(True)
        layout.addWidget(self.tabs)
        self.sub_tabs: dict[str, RegisterTab] = {}
        for name in self.TABLES_SHOWN:
            tab = RegisterTab(store, name)
            self.sub_tabs[name] = tab
            # "&&": a lone "&" marks a shortcut ("Incidents _disasters" on screen).
            self.tabs.addTab(tab, TABLES[name].label(lang).replace("&", "&&"))

    @property
    def register(self) -> RegisterTab:
        return self.sub_tabs[self.TABLES_SHOWN[0]]

    def tab_for(self, table_name: str) -> RegisterTab | None:
        return self.sub_tabs.get(table_name)

    def open_table_record(self, table_name: str, record_id: int) -> None:
        tab = self.sub_tabs[table_name]
        self.tabs.setCurrentWidget(tab)
        tab.open_record(record_id)
