"""打印… on the lists: a register's ledger, a hazard's notice and re-inspection opinion, a
drill's evaluation report.

Each asks where to save the .docx (starting in the folder the user last printed to), writes
it off the GUI thread through an ``Op`` (a 2,000-row ledger takes a second or two) and
offers to open it. The ledger is the list as the user sees it: its year, filters and
search, and its visible columns in their order. python-docx and the report modules load
when something is first printed, not with the window.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QMessageBox, QPushButton, QWidget

from ...schema import REGISTERS, SHEETS, TABLES
from ...schema.validation import PERSONAL_FORMATS
from ...store.audit_log import record_personal_access
from ..shell.lang import ui_lang

if TYPE_CHECKING:
    from docx.document import Document as DocxDocument

    from ...store import ListQuery, Store
    from ..shell.main_window import MainWindow
    from .register_tab import RegisterTab


def choose_file(parent: QWidget, store: Store, title: str, suggested: str) -> Path | None:
    """A save dialog in the folder last printed to (``save_dialogs``); remembers it."""
    from ..widgets.save_dialogs import ask_save_path  # loaded when something is printed

    return ask_save_path(
        parent,
        "print",
        title,
        suggested,
        [(QCoreApplication.translate("Printouts", "Word document (*.docx)"), ".docx")],
    )


def print_to(
    parent: QWidget,
    store: Store,
    title: str,
    suggested: str,
    build: Callable[[Store], DocxDocument],
    *,
    writes: bool = False,
    after: Callable[[Store, Path], None] | None = None,
) -> Any:
    """Ask for a file, then build and save the document off the GUI thread; ``after``
    runs there too once the file is written (the audit of ID numbers printed in full)."""
    path = choose_file(parent, store, title, suggested)
    if path is None:
        return None
    from ...report.document import save
    from ..shell.ops import Op, OpContext

    def work(ctx: OpContext) -> Path:
        assert ctx.store is not None
        done = save(build(ctx.store), path)
        if after is not None:
            after(ctx.store, done)
        return done

    def written(done: Path) -> None:
        answer = QMessageBox.question(
            parent,
            title,
            QCoreApplication.translate("Printouts", "Saved as\n{path}\n\nOpen it now?").format(
                path=done
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.Yes,
        )
        if answer == QMessageBox.StandardButton.Yes:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(done)))

    def failed(exc: BaseException) -> None:
        message = getattr(exc, "message", None)
        if callable(message):
            QMessageBox.warning(parent, title, str(message(ui_lang())))
            return
        from ..shell.ops import show_failure

        show_failure(parent, exc, title)

    return (
        Op(
            parent,
            work,
            store=store,
            writes=writes,
            name="print",
            imports=("emergency_desk.report.document",),
        )
        .with_progress(title, QCoreApplication.translate("Printouts", "Writing the document…"))
        .success(written)
        .failure(failed)
        .run_in_background()
    )


# -- the ledger ------------------------------------------------------------------------------


def visible_columns(tab: RegisterTab) -> list[str]:
    """The list's columns as the user sees them: hidden ones left out, in their order."""
    header = tab.view.horizontalHeader()
    keys = []
    for visual in range(header.count()):
        logical = header.logicalIndex(visual)
        if not header.isSectionHidden(logical) and logical < len(tab.model.columns):
            keys.append(tab.model.columns[logical].key)
    return keys


def print_ledger(tab: RegisterTab) -> Any:
    q: ListQuery = tab.current_query()
    columns = visible_columns(tab)
    lang = ui_lang()
    label = tab.table.label(lang)
    year = f"{q.year}" if q.year else ""
    suggested = f"{label}台账{year}.docx" if lang == "zh" else f"{label} ledger {year}.docx"

    # ID numbers print in full only while the list shows them so; the file is then audited.
    reveal = bool(tab.model.reveal_personal) and any(
        f.format in PERSONAL_FORMATS for f in tab.table.fields
    )

    def build(store: Store) -> DocxDocument:
        from ...report.ledger import build_ledger

        return build_ledger(store, q, columns, lang, reveal_personal=reveal)

    def audit(store: Store, path: Path) -> None:
        if reveal:
            detail = {"file": str(path), "print": "ledger"}
            record_personal_access(store, "export_personal", tab.table.name, None, detail)

    return print_to(
        tab,
        tab.store,
        QCoreApplication.translate("Printouts", "Print the ledger"),
        suggested.replace("  ", " "),
        build,
        writes=reveal,
        after=audit,
    )


# -- one record --------------------------------------------------------------------------------


def print_notice(tab: RegisterTab) -> Any:
    rid = tab.current_id()
    if rid is None:
        return None
    name = tab.store.title_of("hazards", rid)

    def build(store: Store) -> DocxDocument:
        from ...report.notices import build_notice

        return build_notice(store, rid)

    # The first print gives the notice its number, written on the hazard.
    return print_to(
        tab, tab.store, QCoreApplication.translate("Printouts", "Print rectification notice"), f"隐患整改通知书_{name}.docx", build,
        writes=True,
    )  # fmt: skip


def print_recheck(tab: RegisterTab) -> Any:
    rid = tab.current_id()
    if rid is None:
        return None
    row = tab.store.get("hazards", rid)
    if not tab.store.is_rectified(row.get("status")):
        from ...report.print_errors import PrintError

        status = TABLES["hazards"].field("status")
        error = PrintError(
            "recheck_open",
            name=row.get("name") or "",
            status_zh=status.choice_label(row.get("status"), "zh"),
            status_en=status.choice_label(row.get("status"), "en"),
        )
        QMessageBox.information(
            tab,
            QCoreApplication.translate("Printouts", "Print re-inspection opinion"),
            error.message(ui_lang()),
        )
        return None

    def build(store: Store) -> DocxDocument:
        from ...report.notices import build_recheck

        return build_recheck(store, rid)

    name = row.get("name") or ""
    return print_to(
        tab,
        tab.store,
        QCoreApplication.translate("Printouts", "Print re-inspection opinion"),
        f"隐患整改复查意见书_{name}.docx",
        build,
    )


def print_drill_report(tab: RegisterTab) -> Any:
    rid = tab.current_id()
    if rid is None:
        return None
    lang = ui_lang()
    name = tab.store.title_of("drills", rid)
    suggested = f"{name}评估报告.docx" if lang == "zh" else f"{name} evaluation report.docx"

    def build(store: Store) -> DocxDocument:
        from ...report.drill_report import build_drill_report

        return build_drill_report(store, rid, lang)

    return print_to(
        tab,
        tab.store,
        QCoreApplication.translate("Printouts", "Print evaluation report"),
        suggested,
        build,
    )


def _button(
    tab: RegisterTab, name: str, text: str, tip: str, slot: Callable[..., Any]
) -> QPushButton:
    button = QPushButton(text, tab)
    button.setObjectName(name)
    button.setToolTip(tip)
    button.clicked.connect(lambda _c=False: slot(tab))
    tab.add_tool_button(button)
    return button


def _per_record(tab: RegisterTab, button: QPushButton) -> None:
    tab.current_changed.connect(lambda rid: button.setEnabled(rid is not None))
    button.setEnabled(tab.current_id() is not None)


def install_on_list(tab: RegisterTab) -> None:
    if tab.print_button is not None:
        return
    tab.print_button = _button(
        tab, "printLedger", QCoreApplication.translate("Printouts", "Print…"), QCoreApplication.translate("Printouts", "The list as shown, as a ledger to print (.docx)"),
        print_ledger,
    )  # fmt: skip


def install_hazard_printouts(tab: RegisterTab) -> None:
    """A hazard's notice and re-inspection opinion (``Table.ui_tools`` of hazards)."""
    notice = _button(
        tab, "printNotice", QCoreApplication.translate("Printouts", "Notice…"),
        QCoreApplication.translate("Printouts", "Print the rectification notice with its tear-off receipt"), print_notice,
    )  # fmt: skip
    recheck = _button(
        tab, "printRecheck", QCoreApplication.translate("Printouts", "Re-inspection…"),
        QCoreApplication.translate("Printouts", "Print the re-inspection opinion of a rectified hazard"),
        print_recheck,
    )  # fmt: skip
    _per_record(tab, notice)
    _per_record(tab, recheck)


def install_drill_printouts(tab: RegisterTab) -> None:
    """A drill's evaluation report (``Table.ui_tools`` of drills)."""
    _per_record(
        tab,
        _button(
            tab, "printEvaluation", QCoreApplication.translate("Printouts", "Evaluation report…"),
            QCoreApplication.translate("Printouts", "Print the drill's evaluation report"), print_drill_report,
        ),
    )  # fmt: skip


def install_printouts(window: MainWindow) -> None:
    """打印… on the main list of every register (and the lists kept as sheets of their own)."""

    def built(register: str, _widget: QWidget) -> None:
        for table in SHEETS.values():
            if table in REGISTERS[register]:
                tab = window.register_tab_for_table(table)
                if tab is not None:
                    install_on_list(tab)

    window.on_register_tab_built(built)
