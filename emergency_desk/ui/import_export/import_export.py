"""Import…, Export… and Download template on every register tab.

Import is two steps the user can see: a check of the whole file (off the GUI thread,
cancellable) that either lists every problem — nothing written — or previews what will
be added; then, once confirmed, the write in one transaction, also cancellable, which
leaves the database untouched if stopped.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHeaderView,
    QInputDialog,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...schema import REGISTERS, ValidationError, sheet_table
from ...schema.unstorable import UnstorableText
from ...schema.validation import PERSONAL_FORMATS
from ...store import ListQuery, Store, StoreError
from ..shell.lang import ui_lang
from ..shell.ops import Op, OpContext
from ..widgets.save_dialogs import ask_save_path, start_folder
from ..widgets.screen_fit import fit_to_screen
from ..widgets.unstorable_notice import show_unstorable
from .export_dialog import ExportDialog

if TYPE_CHECKING:
    from ...io import ImportPlan, Problem
    from ..registers.register_tab import RegisterTab

SHEET_FILTER = "*.xlsx *.xls *.et *.csv"

# ``..io`` (openpyxl: ~0.1 s) is imported where a file is read or written, not at start-up:
# the window shows before anyone imports or exports.


class ProblemsDialog(QDialog):
    """Every problem of a refused import, and a way to hand the list to whoever fixes it."""

    def __init__(self, problems: list[Problem], file_name: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("importProblems")
        self.problems = problems
        self.lang = ui_lang()
        self.setWindowTitle(self.tr("Import refused"))
        layout = QVBoxLayout(self)
        self.summary = QLabel(
            self.tr(
                "“{file}” has %n problem(s). Nothing was imported. Correct the spreadsheet "
                "and import it again.",
                "",
                len(problems),
            ).format(file=file_name),
            self,
        )
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        self.table = QTableWidget(len(problems), 4, self)
        self.table.setObjectName("problemTable")
        self.table.setHorizontalHeaderLabels(
            [self.tr("Row"), self.tr("Column"), self.tr("Value"), self.tr("Reason")]
        )
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        for r, p in enumerate(problems):
            cells = ["" if p.row is None else str(p.row), p.column_in(self.lang), p.value]
            for c, text in enumerate([*cells, p.reason(self.lang)]):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                self.table.setItem(r, c, item)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.table.setWordWrap(True)
        layout.addWidget(self.table, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.save_button = QPushButton(self.tr("Save list as .xlsx…"), self)
        self.save_button.setObjectName("saveProblems")
        buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.save_button.clicked.connect(self.save_list)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        fit_to_screen(self, 860, 420)

    def resizeEvent(self, event: Any) -> None:
        super().resizeEvent(event)
        # After the table has laid out its columns for the new width: measured at once,
        # the wrapped reasons were sized for the old, narrower column and rows came out tall.
        QTimer.singleShot(0, self.fit_rows)

    def fit_rows(self) -> None:
        if self.table.rowCount() <= 500:  # sizing thousands of rows would stall the dialog
            self.table.resizeRowsToContents()

    def rows(self) -> list[list[str]]:
        """What the table shows, row by row (for tests and accessibility tools)."""
        return [
            [self.table.item(r, c).text() for c in range(self.table.columnCount())]
            for r in range(self.table.rowCount())
        ]

    def save_list(self) -> None:
        path = ask_save_path(
            self,
            "export",
            self.tr("Save problem list"),
            self.tr("import problems") + ".xlsx",
            [(self.tr("Excel workbook (*.xlsx)"), ".xlsx")],
        )
        if path is None:
            return
        from ...io import IoError, write_problems

        try:
            write_problems(self.problems, path, self.lang)
        except IoError as exc:
            QMessageBox.warning(self, self.tr("Save problem list"), exc.message(self.lang))


class ImportPreviewDialog(QDialog):
    """What the import will add, duplicates found, columns ignored; the user confirms."""

    def __init__(self, plan: ImportPlan, register_label: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("importPreview")
        lang = self.lang = ui_lang()
        self.plan = plan
        self.setWindowTitle(self.tr("Import into {register}").format(register=register_label))
        layout = QVBoxLayout(self)
        self.summary = QLabel(self)
        self.summary.setObjectName("previewSummary")
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        self.skip_box = QCheckBox(self)
        self.skip_box.setObjectName("skipDuplicates")
        n_dup = len(plan.duplicates)
        self.skip_box.setText(self.tr("Skip the %n duplicate row(s)", "", n_dup))
        self.skip_box.setChecked(n_dup > 0)
        self.skip_box.setVisible(n_dup > 0)
        self.skip_box.toggled.connect(self._update)
        layout.addWidget(self.skip_box)
        notes = [d.line(lang) for d in plan.duplicates[:50]]
        notes += [w.line(lang) for w in plan.warnings]
        if len(plan.duplicates) > 50:
            notes.insert(50, "…")
        self.details = QLabel("\n".join(notes), self)
        self.details.setObjectName("previewDetails")
        self.details.setWordWrap(True)
        self.details.setStyleSheet("color: #555;")
        self.details.setVisible(bool(notes))
        layout.addWidget(self.details)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Import"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self._register = register_label
        self.setMinimumWidth(520)
        self._update()

    @property
    def skip_duplicates(self) -> bool:
        return self.skip_box.isChecked()

    def _update(self) -> None:
        """All rows checked, how many repeat kept records, and how many the import adds."""
        count = len(self.plan.to_write(self.skip_duplicates))
        sentences = [
            self.tr("“{file}” has %n correct row(s).", "", len(self.plan.rows)).format(
                file=self.plan.path.name
            )
        ]
        if self.plan.duplicates:
            sentences.append(
                self.tr("%n of them duplicate records already kept.", "", len(self.plan.duplicates))
            )
        sentences.append(
            self.tr("%n record(s) will be added to {register}.", "", count).format(
                register=self._register
            )
        )
        first, undated = self.plan.opening_dates()
        if first:
            sentences.append(
                self.tr("Opening stock will be entered on each row's stocktake date (from {first}).")
                .format(first=first)
            )  # fmt: skip
        if undated:
            sentences.append(
                self.tr("%n row(s) have no stocktake date: their stock will be entered today ({today}).", "", undated)
                .format(today=dt.date.today().isoformat())
            )  # fmt: skip
        # Chinese sentences end in “。” and follow on without a space.
        self.summary.setText(("" if self.lang == "zh" else " ").join(sentences))
        self.ok_button.setEnabled(count > 0)


class RegisterImportExport(QObject):
    """The three buttons of one list and what they do: a register's main list, or another
    list kept in a spreadsheet of its own (``schema.SHEETS``: the duty roster)."""

    def __init__(self, tab: RegisterTab, register: str, window: QWidget | None = None):
        super().__init__(tab)
        self.tab = tab
        self.register = register
        self.window = window or tab
        self.lang = ui_lang()
        self.import_button = self._button(self.tr("Import…"), "importButton", self.import_file)
        self.export_button = self._button(self.tr("Export…"), "exportButton", self.export_file)
        self.template_button = self._button(
            self.tr("Download template"), "templateButton", self.save_template
        )
        self.import_button.setToolTip(
            self.tr("Add records from an .xlsx or .csv file (Excel, WPS)")
        )
        if tab.store.read_only:
            self.import_button.setEnabled(False)
            self.import_button.setToolTip(self.tr("The database is open read-only."))

    @property
    def store(self) -> Store:
        return self.tab.store

    @property
    def label(self) -> str:
        return sheet_table(self.register).label(self.lang)

    def _button(self, text: str, name: str, slot: Any) -> QPushButton:
        button = QPushButton(text, self.tab)
        button.setObjectName(name)
        button.clicked.connect(lambda _checked=False: slot())
        self.tab.add_tool_button(button)
        return button

    def _error(self, title: str, exc: BaseException) -> None:
        from ...io import IoError

        if isinstance(exc, (IoError, StoreError)):
            text = exc.message(self.lang)
        elif isinstance(exc, ValidationError):
            text = "\n".join(exc.messages(self.lang))
        else:
            text = self.tr("Something went wrong: {reason}").format(reason=exc)
        QMessageBox.warning(self.window, title, text)

    # -- import ----------------------------------------------------------------------
    def import_file(self) -> Op[ImportPlan] | None:
        """The whole import conversation: the check on an op, then (confirmed) the write
        on another; None when no file was chosen."""
        title = self.tr("Import into {register}").format(register=self.label)
        name, _ = QFileDialog.getOpenFileName(
            self.window,
            title,
            str(start_folder("export")),
            self.tr("Spreadsheets ({patterns});;All files (*)").format(patterns=SHEET_FILTER),
        )
        if not name:
            return None
        path = Path(name)
        register = self.register
        from ...io import IoError, prepare_import

        try:
            sheet = self._ask_sheet(title, path)
        except IoError as exc:
            self._error(title, exc)
            return None
        if sheet == "":
            return None

        def check(ctx: OpContext) -> ImportPlan:
            return prepare_import(
                ctx.store, register, path, progress=ctx.progress, cancel=ctx.cancelled, sheet=sheet
            )

        return (
            Op(self.tab, check, store=self.store, name="import-check")
            .with_progress(title, self.tr("Checking “{file}”…").format(file=path.name))
            .success(lambda plan: self._checked(title, path, plan))
            .failure(lambda exc: self._failed(title, exc))
            .run_in_background()
        )

    def _ask_sheet(self, title: str, path: Path) -> str | None:
        """Which sheet of a workbook with several: None for the only one, "" if cancelled."""
        from ...io.reading import sheet_names

        names = sheet_names(path)  # the workbook's directory only: quick, on this thread
        if len(names) < 2:
            return None
        text = self.tr("“{file}” has several sheets. Which one holds the {register}?")
        chosen, ok = QInputDialog.getItem(
            self.window, title, text.format(file=path.name, register=self.label), names, 0, False
        )
        return chosen if ok else ""

    def _failed(self, title: str, exc: BaseException, cancelled_text: str = "") -> None:
        from ...io import Cancelled

        if isinstance(exc, Cancelled):
            if cancelled_text:
                QMessageBox.information(self.window, title, cancelled_text)
            return
        self._error(title, exc)

    def _checked(self, title: str, path: Path, plan: ImportPlan) -> None:
        from ...io import apply_import

        if not plan.ok:
            ProblemsDialog(plan.problems, path.name, self.window).exec()
            return
        preview = ImportPreviewDialog(plan, self.label, self.window)
        if preview.exec() != QDialog.DialogCode.Accepted:
            return
        skip = preview.skip_duplicates

        def write(ctx: OpContext) -> int:
            return apply_import(
                ctx.store, plan, skip_duplicates=skip, progress=ctx.progress, cancel=ctx.cancelled
            )

        Op(self.tab, write, store=self.store, writes=True, name="import-write").with_progress(
            title, self.tr("Importing %n row(s)…", "", len(plan.to_write(skip)))
        ).success(lambda count: self._imported(title, count)).failure(
            lambda exc: self._failed(
                title, exc, self.tr("Import cancelled. The database was not changed.")
            )
        ).run_in_background()

    def _imported(self, title: str, count: int) -> None:
        if self.store.path is not None:  # written by the op's own connection
            # A register's import may add to its other lists (a material's reserve point).
            tables = REGISTERS.get(self.register, (sheet_table(self.register).name,))
            self.store.announce(set(tables))
        self.tab.refresh()
        QMessageBox.information(
            self.window,
            title,
            self.tr("%n record(s) were imported into {register}.", "", count).format(
                register=self.label
            ),
        )

    # -- export ----------------------------------------------------------------------
    def export_file(self) -> Op[tuple[int, list[UnstorableText]]] | None:
        """Write the view (or the register) on an op; None when the user stopped first."""
        title = self.tr("Export {register}").format(register=self.label)
        view = self.tab.current_query()
        table = sheet_table(self.register).name
        total = self.store.count(ListQuery(table))
        shown = self.store.count(view)
        personal = any(f.format in PERSONAL_FORMATS for f in sheet_table(self.register).fields)
        options = ExportDialog(shown, total, self.tab.filters_active(), self.window, personal)
        if options.exec() != QDialog.DialogCode.Accepted:
            return None
        include_personal = personal and options.personal_box.isChecked()
        query = ListQuery(table) if options.whole_register else view
        lang = options.lang
        default = f"{self.label}-{dt.date.today().isoformat()}.xlsx"
        path = ask_save_path(
            self.window,
            "export",
            title,
            default,
            [
                (self.tr("Excel workbook (*.xlsx)"), ".xlsx"),
                (self.tr("CSV, UTF-8 (*.csv)"), ".csv"),
            ],
        )
        if path is None:
            return None
        register = self.register
        from ...io import export_register

        def work(ctx: OpContext) -> tuple[int, list[UnstorableText]]:
            left_out: list[UnstorableText] = []
            return export_register(
                ctx.store,
                register,
                path,
                lang=lang,
                query=query,
                progress=ctx.progress,
                cancel=ctx.cancelled,
                warnings=left_out,
                include_personal=include_personal,
            ), left_out

        def written(result: tuple[int, list[UnstorableText]]) -> None:
            count, left_out = result
            QMessageBox.information(
                self.window,
                title,
                self.tr("%n record(s) were written to “{file}”.", "", count).format(file=path),
            )
            show_unstorable(self.window, title, left_out, self.lang)

        return (
            Op(self.tab, work, store=self.store, name="export", writes=include_personal)
            .with_progress(title, self.tr("Writing “{file}”…").format(file=path.name))
            .success(written)
            .failure(lambda exc: self._failed(title, exc))
            .run_in_background()
        )

    # -- template --------------------------------------------------------------------
    def save_template(self) -> Path | None:
        title = self.tr("Download template")
        default = self.tr("{register} import template").format(register=self.label) + ".xlsx"
        path = ask_save_path(
            self.window, "export", title, default, [(self.tr("Excel workbook (*.xlsx)"), ".xlsx")]
        )
        if path is None:
            return None
        from ...io import IoError, write_template

        try:
            write_template(self.register, path, self.lang)
        except IoError as exc:
            self._error(title, exc)
            return None
        return path
