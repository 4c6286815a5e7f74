"""File › 导入乡镇数据包… in a county database: several packages at once, on an op.

Each package is taken in or refused on its own (``county.import_packages``); the result
lists every file with what happened to it, a refused one with its reason, so the clerk
knows which township to ask for a new package.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...county import CountyError, ImportResult, import_packages
from ...county.intake import county_prefix
from ...schema import TABLES
from ..shell.lang import ui_lang
from ..shell.ops import Op, OpContext
from ..widgets.save_dialogs import remember_folder, start_folder
from ..widgets.screen_fit import fit_to_screen
from .setting_needed import offer_settings

if TYPE_CHECKING:
    from ..shell.main_window import MainWindow


class _Counted(QObject):
    """The progress line through ``self.tr``: lupdate (PySide6 6.11) marks a ``%n`` message
    as plural only in a ``tr`` call, not in ``QCoreApplication.translate``."""

    def checking(self, n: int) -> str:
        return self.tr("Checking and importing %n package(s)…", "", n)


def _title() -> str:
    return QCoreApplication.translate("county_package", "Import township packages")


def take_township_packages(
    window: MainWindow, files: list[Path] | None = None
) -> Op[list[ImportResult]] | None:
    """Ask for the packages (unless given), take them in on an op; None if not started."""
    title = _title()
    try:
        county_prefix(window.store)
    except CountyError as exc:
        if exc.code == "county_code_missing":
            offer_settings(
                window,
                title,
                QCoreApplication.translate(
                    "county_package",
                    "The county's “Area code” is not set, so a package cannot be checked "
                    "as coming from this county. Fill it in under Tools › Settings.",
                ),
            )
        else:
            offer_settings(window, title, exc.message(ui_lang()))
        return None
    if files is None:
        names, _ = QFileDialog.getOpenFileNames(
            window,
            title,
            str(start_folder("package")),
            QCoreApplication.translate("county_package", "Data packages (*.edpkg);;All files (*)"),
        )
        if not names:
            return None
        files = [Path(n) for n in names]
        remember_folder("package", files[0].parent)

    def work(ctx: OpContext) -> list[ImportResult]:
        assert ctx.store is not None
        return import_packages(ctx.store, files, progress=ctx.progress)

    return (
        Op(window, work, store=window.store, writes=True, name="county-import")
        .with_progress(
            title,
            _Counted().checking(len(files)),
        )
        .success(lambda results: _taken(window, results))
        .run_in_background()
    )


def _taken(window: MainWindow, results: list[ImportResult]) -> None:
    if window.store.path is not None and any(r.error is None for r in results):
        window.store.announce(set(TABLES))  # written by the op's own connection
    dialog = TakenDialog(results, window)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()


class TakenDialog(QDialog):
    """One row per package: the file, the township, taken in or why not."""

    def __init__(self, results: list[ImportResult], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("packagesTaken")
        self.setWindowTitle(_title())
        lang = ui_lang()
        refused = sum(1 for r in results if r.error is not None)
        layout = QVBoxLayout(self)
        summary = QLabel(self)
        summary.setObjectName("summary")
        summary.setWordWrap(True)
        taken_text = self.tr("%n package(s) imported.", "", len(results) - refused)
        refused_text = self.tr(
            "%n package(s) not imported; those townships' data stays as it was.", "", refused
        )
        summary.setText(taken_text + (" " + refused_text if refused else ""))
        layout.addWidget(summary)
        headers = [
            QCoreApplication.translate("county_package", "File"),
            QCoreApplication.translate("county_package", "Township"),
            QCoreApplication.translate("county_package", "Result"),
        ]
        self.table = QTableWidget(len(results), len(headers), self)
        self.table.setObjectName("results")
        self.table.setHorizontalHeaderLabels(headers)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(True)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        for row, result in enumerate(results):
            t = result.township
            if result.error is not None:
                outcome = QCoreApplication.translate(
                    "county_package", "Not imported: {reason}"
                ).format(reason=result.error.message(lang))
            else:
                assert t is not None
                outcome = QCoreApplication.translate(
                    "county_package", "Imported package no. {n} of {date}"
                ).format(n=t.sequence, date=t.packaged_at[:10])
            township = f"{t.name}（{t.code}）" if t is not None else ""
            for col, text in enumerate((result.path.name, township, outcome)):
                item = QTableWidgetItem(text)
                item.setToolTip(str(result.path) if col == 0 else text)
                self.table.setItem(row, col, item)
        self.table.resizeRowsToContents()
        layout.addWidget(self.table)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        fit_to_screen(self, 820, 360)

    def rows(self) -> list[list[str]]:
        """What the table shows, row by row (for tests and accessibility tools)."""
        rows = []
        for r in range(self.table.rowCount()):
            items = (self.table.item(r, c) for c in range(self.table.columnCount()))
            rows.append([item.text() if item is not None else "" for item in items])
        return rows
