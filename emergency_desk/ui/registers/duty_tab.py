"""The Duty register: log entries, roster and handovers, each its own sub-tab.

They are three tables kept by different people at different moments (the officer logs
calls all shift, the office plans the roster monthly), so they get three lists rather
than one form.
"""

from __future__ import annotations

from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from ...schema import TABLES
from ...store import Store
from ..shell.lang import ui_lang
from .register_tab import RegisterTab

DUTY_TABLES = ("duty_log", "duty_roster", "duty_handovers")


class DutyTab(QWidget):
    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("dutyTab")
        lang = ui_lang()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        self.tabs = QTabWidget(self)
        self.tabs.setDocumentMode(True)
        layout.addWidget(self.tabs)
        self.sub_tabs: dict[str, RegisterTab] = {}
        for name in DUTY_TABLES:
            tab = RegisterTab(store, name)
            self.sub_tabs[name] = tab
            self.tabs.addTab(tab, TABLES[name].label(lang))

    @property
    def register(self) -> RegisterTab:
        return self.sub_tabs["duty_log"]

    def tab_for(self, table_name: str) -> RegisterTab | None:
        return self.sub_tabs.get(table_name)

    def open_table_record(self, table_name: str, record_id: int) -> None:
        tab = self.sub_tabs[table_name]
        self.tabs.setCurrentWidget(tab)
        tab.open_record(record_id)
