"""打印… for people and places: the contacts directory (on the contacts list), a risk
point's two cards and its village's (on the risk points list), and an incident's report
form and ledgers (in the incident's form).

Installed by ``Table.ui_tools`` (contacts, risk points) and by the incident form; each
goes through ``printouts.print_to`` (save dialog in the remembered folder, the work off the
GUI thread, the offer to open the file). The victims ledger carries ID numbers in full
only while the form shows them in full, and then the audit log records the file.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QHBoxLayout, QMessageBox, QPushButton, QWidget

from ...store.audit_log import record_personal_access
from .printouts import _button, _per_record, print_to

if TYPE_CHECKING:
    from pathlib import Path

    from docx.document import Document as DocxDocument

    from ...store import Store
    from .incident_dialog import IncidentDialog
    from .register_tab import RegisterTab


# -- contacts and risk points -----------------------------------------------------------------


def print_directory(tab: RegisterTab) -> Any:
    def build(store: Store) -> DocxDocument:
        from ...report.directory import build_directory

        return build_directory(store)

    return print_to(
        tab,
        tab.store,
        QCoreApplication.translate("Printouts", "Print the contacts directory"),
        "应急通讯录.docx",
        build,
    )


def print_cards(tab: RegisterTab) -> Any:
    rid = tab.current_id()
    if rid is None:
        return None
    name = tab.store.title_of("risk_points", rid)

    def build(store: Store) -> DocxDocument:
        from ...report.cards import build_cards

        return build_cards(store, point_id=rid)

    return print_to(
        tab,
        tab.store,
        QCoreApplication.translate("Printouts", "Print the two cards"),
        f"{name}明白卡.docx",
        build,
    )


def print_village_cards(tab: RegisterTab) -> Any:
    rid = tab.current_id()
    if rid is None:
        return None
    village = str(tab.store.get("risk_points", rid).get("village") or "")

    def build(store: Store) -> DocxDocument:
        from ...report.cards import build_cards

        return build_cards(store, village=village)

    title = QCoreApplication.translate("Printouts", "Print the village's cards")
    return print_to(tab, tab.store, title, f"{village}明白卡.docx", build)


def install_directory_print(tab: RegisterTab) -> None:
    """通讯录… on the contacts list (``Table.ui_tools`` of contacts)."""
    _button(
        tab, "printDirectory", QCoreApplication.translate("Printouts", "Directory…"),
        QCoreApplication.translate("Printouts", "Print the contacts directory by village and role (.docx)"), print_directory,
    )  # fmt: skip


def install_cards_print(tab: RegisterTab) -> None:
    """明白卡… for the selected point, and for every monitored point of its village."""
    _per_record(
        tab,
        _button(
            tab, "printCards", QCoreApplication.translate("Printouts", "Cards…"),
            QCoreApplication.translate("Printouts", "Print the selected point's two cards (hazard-prevention and refuge cards)"), print_cards,
        ),
    )  # fmt: skip
    _per_record(
        tab,
        _button(
            tab, "printVillageCards", QCoreApplication.translate("Printouts", "Village cards…"),
            QCoreApplication.translate("Printouts", "Print the two cards of every monitored point in the selected point's village"),
            print_village_cards,
        ),
    )  # fmt: skip


# -- an incident's papers ------------------------------------------------------------------------


def _incident_name(dialog: IncidentDialog) -> str:
    assert dialog.record_id is not None
    return dialog.store.title_of("incidents", dialog.record_id)


def print_report_form(dialog: IncidentDialog) -> Any:
    """The report selected in the reports panel, else the incident's latest."""
    from .incident_dialog import latest_report

    title = QCoreApplication.translate("Printouts", "Print the report form")
    rid = dialog.panels["incident_reports"].current_id()
    if rid is None:
        latest = latest_report(dialog.store, dialog.record_id)
        rid = None if latest is None else int(latest["id"])
    if rid is None:
        QMessageBox.information(
            dialog,
            title,
            QCoreApplication.translate("Printouts", "No report has been sent up yet."),
        )
        return None
    report_id = rid

    def build(store: Store) -> DocxDocument:
        from ...report.incident_papers import build_incident_report

        return build_incident_report(store, report_id)

    return print_to(dialog, dialog.store, title, f"{_incident_name(dialog)}灾情报告.docx", build)


def print_incident_ledger(dialog: IncidentDialog, which: str) -> Any:
    from ..shell.lang import ui_lang

    incident = dialog.record_id
    assert incident is not None
    lang = ui_lang()
    reveal = which == "victims" and dialog.reveal_box.isChecked()
    suffix = {"victims": "因灾死亡失踪人员台账", "houses": "因灾倒塌损坏住房户台账"}[which]

    def build(store: Store) -> DocxDocument:
        from ...report.incident_papers import build_incident_ledger

        return build_incident_ledger(store, incident, which, lang, reveal_personal=reveal)

    def audit(store: Store, path: Path) -> None:
        if reveal:
            detail = {"file": str(path), "print": which, "incident_id": incident}
            record_personal_access(store, "export_personal", "incident_victims", None, detail)

    title = QCoreApplication.translate("Printouts", "Print the ledger")
    name = f"{_incident_name(dialog)}{suffix}.docx"
    return print_to(dialog, dialog.store, title, name, build, writes=reveal, after=audit)


def install_incident_printouts(dialog: IncidentDialog) -> tuple[QWidget, list[QPushButton]]:
    """A row of print buttons in an incident's form, enabled once the incident is saved."""
    row = QWidget(dialog)
    layout = QHBoxLayout(row)
    layout.setContentsMargins(0, 0, 0, 0)
    buttons = []
    for name, text, tip, slot in (
        ("printReportForm", QCoreApplication.translate("Printouts", "Report form…"),
         QCoreApplication.translate("Printouts", "Print the selected report up (or the latest) as the report form"),
         lambda: print_report_form(dialog)),
        ("printVictims", QCoreApplication.translate("Printouts", "Dead and missing…"),
         QCoreApplication.translate("Printouts", "Print the ledger of the dead and missing (ID numbers masked unless shown)"),
         lambda: print_incident_ledger(dialog, "victims")),
        ("printHouses", QCoreApplication.translate("Printouts", "Houses…"),
         QCoreApplication.translate("Printouts", "Print the ledger of households whose houses collapsed or were damaged"),
         lambda: print_incident_ledger(dialog, "houses")),
    ):  # fmt: skip
        button = QPushButton(text, row)
        button.setObjectName(name)
        button.setToolTip(tip)
        button.clicked.connect(lambda _c=False, s=slot: s())
        button.setEnabled(dialog.record_id is not None)
        layout.addWidget(button)
        buttons.append(button)
    layout.addStretch(1)
    return row, buttons
