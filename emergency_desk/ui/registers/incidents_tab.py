"""The incidents register: the incidents, and the two statutory ledgers as lists of their
own (因灾死亡失踪人员、因灾倒塌损坏住房户).

An office keeps and hands in the ledgers as spreadsheets across all of a year's incidents,
so besides the panels in each incident's form they have lists with import and export.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QCheckBox, QTabWidget, QVBoxLayout, QWidget

from ...schema import TABLES
from ...store import Store
from ...store.audit_log import record_personal_access
from ..shell.lang import ui_lang
from .register_tab import RegisterTab

INCIDENT_TABLES = ("incidents", "incident_victims", "incident_houses")


class IncidentsTab(QWidget):
    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("incidentsTab")
        lang = ui_lang()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        self.tabs = QTabWidget(self)
        self.tabs.setDocumentMode(True)
        layout.addWidget(self.tabs)
        self.sub_tabs: dict[str, RegisterTab] = {}
        for name in INCIDENT_TABLES:
            tab = RegisterTab(store, name)
            self.sub_tabs[name] = tab
            self.tabs.addTab(tab, TABLES[name].label(lang))

    @property
    def register(self) -> RegisterTab:
        return self.sub_tabs["incidents"]

    def tab_for(self, table_name: str) -> RegisterTab | None:
        return self.sub_tabs.get(table_name)

    def open_table_record(self, table_name: str, record_id: int) -> None:
        tab = self.sub_tabs[table_name]
        self.tabs.setCurrentWidget(tab)
        tab.open_record(record_id)


def install_reveal(tab: RegisterTab) -> None:
    """ "Show ID numbers in full" on the victims list; each reveal is audited."""
    box = QCheckBox(QCoreApplication.translate("IncidentTools", "Show ID numbers in full"), tab)
    box.setObjectName("revealIdNumbers")
    box.setToolTip(
        QCoreApplication.translate(
            "IncidentTools",
            "ID numbers are personal data; showing them is recorded in the audit log.",
        )
    )

    def toggled(on: bool) -> None:
        tab.model.set_reveal_personal(on)
        if on:
            record_personal_access(
                tab.store, "reveal", tab.table.name, None, {"shown": tab.model.rowCount()}
            )

    box.toggled.connect(toggled)
    tab.add_tool_button(box)
    tab.reveal_box = box  # type: ignore[attr-defined]
