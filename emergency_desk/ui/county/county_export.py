"""The Summary tab's "全县汇总导出为 Word…" in a county database: the county's summary
(``report.county_report``) for the tab's year and language, written on an op."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QMessageBox, QPushButton

from ...paths import safe_file_name
from ...report.county_report import export_county_report
from ...report.figures import collect
from ...report.summary import ReportError
from ...store import StoreError
from ..shell.ops import Op, OpContext, show_failure

if TYPE_CHECKING:
    from ..summary.summary_tab import SummaryTab


class CountyExportButton(QPushButton):
    """Writes the county's summary for the year and language the tab shows."""

    def __init__(self, tab: SummaryTab) -> None:
        super().__init__(tab)
        self.tab = tab
        self.setObjectName("exportCountySummary")
        self.setText(self.tr("County summary to Word…"))
        self.setToolTip(
            self.tr(
                "The county's own figures and its townships' together, with a table of the townships"
            )
        )
        self.clicked.connect(lambda _checked=False: self.export())

    def suggested_name(self, year: int, lang: str) -> str:
        office = collect(self.tab.store, year).office(lang) or ""
        if lang == "zh":
            return f"{office}{year}年全县应急管理工作汇总.docx"
        return f"County Emergency Management Summary {year}.docx"

    def export(self, path: Path | None = None) -> Op[Path] | None:
        """Ask for the file (unless given), then write it off the GUI thread."""
        tab = self.tab
        year, lang = tab.current_year, tab.current_lang
        if path is None:
            start = tab.store.path.parent if tab.store.path is not None else Path.home()
            suggested = self.suggested_name(year, lang)
            name, _filter = QFileDialog.getSaveFileName(
                self,
                self.tr("Export the county summary"),
                str(start / safe_file_name(suggested, start)),
                self.tr("Word document (*.docx)"),
            )
            if not name:
                return None
            path = Path(name)
        if path.suffix.lower() != ".docx":
            path = path.with_suffix(".docx")
        title = self.tr("County summary to Word")
        target = path

        def work(ctx: OpContext) -> Path:
            assert ctx.store is not None
            return export_county_report(ctx.store, year, lang, target)

        def written(done: Path) -> None:
            answer = QMessageBox.question(
                self,
                title,
                self.tr("The county summary was saved as\n{path}\n\nOpen it now?").format(
                    path=done
                ),
            )
            if answer == QMessageBox.StandardButton.Yes:
                QDesktopServices.openUrl(QUrl.fromLocalFile(str(done)))

        def failed(exc: BaseException) -> None:
            if isinstance(exc, (ReportError, StoreError)):
                QMessageBox.warning(self, title, exc.message(tab.lang))
                return
            show_failure(self, exc, title)

        return (
            Op(self, work, store=tab.store, name="county-summary-export")
            .success(written)
            .failure(failed)
            .run_in_background()
        )
