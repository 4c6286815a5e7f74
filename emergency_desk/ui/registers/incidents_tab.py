"""The incidents register: the incidents, and the two statutory ledgers as lists of their
own (因灾死亡失踪人员、因灾倒塌损坏住房户).

An office keeps and hands in the ledgers as spreadsheets across all of a year's incidents,
so besides the panels in each incident's form they have lists with import and export.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QCheckBox

from ...store.audit_log import record_personal_access
from .lists_tab import ListsTab
from .register_tab import RegisterTab

INCIDENT_TABLES = ("incidents", "incident_victims", "incident_houses")


class IncidentsTab(ListsTab):
    TABLES_SHOWN = INCIDENT_TABLES
    OBJECT_NAME = "incidentsTab"


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
