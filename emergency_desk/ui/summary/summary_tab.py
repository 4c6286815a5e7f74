"""The "Summary" tab (the annual summary): preview the year's summary, write the office's own parts,
export to Word.

The preview is the same outline the Word writer lays out (``report.build_summary``), fed
with the texts as they stand in the editors, so what the office head reads here is what
prints. The texts are saved per year and language as they are typed; a text never edited
keeps following the data (its suggestion is regenerated), one edited stays as written.

Nothing is counted before the tab is first shown (the window opens without it), and the
preview — the whole outline with its appendix tables, half a second on a million duty
entries — is built on a worker thread over its own read-only connection; a preview
overtaken by newer texts or data is thrown away. This module, and the report package
with it, is imported when the tab is first shown (``summary_install``), not before the
window's first paint; python-docx loads only when a summary is written.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import Qt, QTimer, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

# The Word writer is imported with the tab, on the GUI thread: never on a worker (``ops``).
from ...report import docx_writer  # noqa: F401
from ...report.figures import collect
from ...report.fonts import FaceChoice
from ...report.parts import APPENDIX_KEYS, PARTS
from ...report.suggestions import Suggestion, chosen_problems, load_choices, suggestions
from ...report.summary import ReportCancelled, ReportError, build_summary, export_summary
from ...report.user_texts import default_text
from ...schema import TABLES
from ...schema.unstorable import UnstorableText
from ...store import Store, StoreError
from ..shell.lang import ui_lang
from ..shell.ops import Op, OpContext, show_failure
from ..shell.store_watch import watch_tables
from ..widgets.clean_text import CleanPlainTextEdit
from ..widgets.save_dialogs import ask_save_path
from ..widgets.unstorable_notice import show_unstorable
from .preview_html import preview_html
from .suggestion_list import SuggestionBox
from .summary_fonts import FontNote, ask_office_name

# Every register the summary may speak of, and the settings (office name, villages).
WATCHED = (*TABLES, "settings")
SAVE_DELAY_MS = 600
PREVIEW_DELAY_MS = 300


def _build_preview(
    store: Store,
    year: int,
    lang: str,
    appendix: tuple[str, ...],
    texts: dict[str, str],
    faces: FaceChoice | None = None,
) -> str:
    doc = build_summary(store, year, lang, appendix=appendix, texts=texts)
    return preview_html(doc, faces)


def default_year(today: dt.date | None = None) -> int:
    """Early in the year the summary being written is last year's."""
    today = today or dt.date.today()
    return today.year - 1 if today.month <= 3 else today.year


class SummaryTab(QWidget):
    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("summaryTab")
        self.store = store
        self.lang = ui_lang()
        self._loading = False
        self._dirty: set[str] = set()
        self._stale = False
        self._preview_stale = False
        self._key: tuple[int, str] | None = None  # None: not loaded yet (never shown)
        self._asked = 0  # number of the newest preview requested
        self._shown = 0  # number of the preview on screen
        self._worker_busy = False

        self.year = QSpinBox(self)
        self.year.setObjectName("summaryYear")
        self.year.setRange(2000, 2100)
        self.year.setValue(default_year())
        self.doc_lang = QComboBox(self)
        self.doc_lang.setObjectName("summaryLang")
        self.doc_lang.addItem("中文", "zh")
        self.doc_lang.addItem("English", "en")
        self.doc_lang.setCurrentIndex(0 if self.lang == "zh" else 1)
        self.appendix: dict[str, QCheckBox] = {
            "hazards": QCheckBox(self.tr("Hazard list"), self),
            "drills": QCheckBox(self.tr("Drill list"), self),
            "materials": QCheckBox(self.tr("Reserve list"), self),
        }
        for key, box in self.appendix.items():
            box.setObjectName(f"appendix_{key}")
            box.setChecked(True)
        self.export_button = QPushButton(self.tr("Export to Word…"), self)
        self.export_button.setObjectName("exportSummary")
        self.export_button.setDefault(True)

        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Year"), self))
        top.addWidget(self.year)
        top.addSpacing(12)
        top.addWidget(QLabel(self.tr("Language"), self))
        top.addWidget(self.doc_lang)
        top.addSpacing(24)
        top.addWidget(QLabel(self.tr("Appendix tables:"), self))
        for box in self.appendix.values():
            top.addWidget(box)
        top.addStretch(1)
        if str(store.get_setting("level", "")) == "county":  # the county's summary too
            from ..county.county_export import CountyExportButton

            top.addWidget(CountyExportButton(self))
        top.addWidget(self.export_button)

        self.preview = QTextBrowser(self)
        self.preview.setObjectName("summaryPreview")
        self.preview.setOpenLinks(False)

        self.editors: dict[str, QPlainTextEdit] = {}
        self.restore_buttons: dict[str, QPushButton] = {}
        titles = {
            "opening": self.tr("Opening paragraph"),
            "problems": self.tr("Existing problems"),
            "plan": self.tr("Work plan for next year (one item per line)"),
        }
        hints = {
            "opening": self.tr("Opening of the summary; a new line starts a new paragraph."),
            "problems": self.tr(
                "Tick the problems above to put them in the summary; "
                "add your own here, one per line."
            ),
            "plan": self.tr(
                "Suggested from this year's problems; edit freely. Numbering is added "
                "when the document is made."
            ),
        }
        right = QWidget(self)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        self.suggestion_box = SuggestionBox(store, self.lang, right)
        self.suggestion_box.changed.connect(lambda: self._data_changed(False))  # plan follows
        for part in PARTS:
            box = QGroupBox(titles[part], right)
            lay = QVBoxLayout(box)
            editor = CleanPlainTextEdit(box)  # pasted control characters are dropped
            editor.setObjectName(f"summary_{part}")
            editor.setPlaceholderText(hints[part])
            editor.textChanged.connect(lambda p=part: self._edited(p))
            restore = QPushButton(self.tr("Restore suggestion"), box)
            restore.setObjectName(f"restore_{part}")
            restore.clicked.connect(lambda _c=False, p=part: self.restore_suggestion(p))
            row = QHBoxLayout()
            row.addStretch(1)
            row.addWidget(restore)
            if part == "problems":  # the suggested problems, then the office's own
                lay.addWidget(self.suggestion_box, 2)
            lay.addWidget(editor, 1)
            lay.addLayout(row)
            right_layout.addWidget(box, 2 if part != "problems" else 3)
            self.editors[part] = editor
            self.restore_buttons[part] = restore

        # The three editors scroll beside the preview: at 150 % scaling a 1366×768 laptop
        # leaves 485 logical pixels, fewer than they need stacked, and the window must fit.
        self.editor_scroll = QScrollArea(self)
        self.editor_scroll.setObjectName("summaryEditorsScroll")
        self.editor_scroll.setWidgetResizable(True)
        self.editor_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.editor_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.editor_scroll.setWidget(right)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(self.preview)
        splitter.addWidget(self.editor_scroll)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)

        self.font_note = FontNote(self)  # the faces the paper will use, for export and preview
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.font_note)
        layout.addWidget(splitter, 1)

        self._save_timer = QTimer(self)
        self._save_timer.setSingleShot(True)
        self._save_timer.setInterval(SAVE_DELAY_MS)
        self._save_timer.timeout.connect(self.save_texts)
        self._preview_timer = QTimer(self)
        self._preview_timer.setSingleShot(True)
        self._preview_timer.setInterval(PREVIEW_DELAY_MS)
        self._preview_timer.timeout.connect(self._timed_refresh)

        self.year.valueChanged.connect(lambda _v: self.load_texts())
        self.doc_lang.currentIndexChanged.connect(lambda _i: self.load_texts())
        for box in self.appendix.values():
            box.toggled.connect(lambda _on: self._preview_timer.start())
        self.export_button.clicked.connect(self.export)
        watch_tables(self, store, WATCHED, lambda _changed: self._data_changed())
        # The texts and preview are loaded when the tab is first shown (``showEvent``).

    # -- the office's own texts ----------------------------------------------------------

    @property
    def current_year(self) -> int:
        return int(self.year.value())

    @property
    def current_lang(self) -> str:
        return str(self.doc_lang.currentData())

    def _suggestions(self, year: int, lang: str) -> dict[str, str]:
        return self._suggested(year, lang)[0]

    def _suggested(self, year: int, lang: str) -> tuple[dict[str, str], list[Suggestion]]:
        """The parts' suggested texts (the plan answers the chosen problems) and the problems."""
        figures = collect(self.store, year)
        items = suggestions(figures, lang, load_choices(self.store, year, lang))
        problems = chosen_problems(items)
        return {part: default_text(part, lang, figures, problems) for part in PARTS}, items

    def load_texts(self) -> None:
        """Show the texts of the chosen year and language (saving the ones left behind)."""
        self.save_texts()
        year, lang = self.current_year, self.current_lang
        suggested, items = self._suggested(year, lang)
        self.suggestion_box.show_items(year, lang, items)
        self._loading = True
        try:
            for part, editor in self.editors.items():
                saved = self.store.report_text(year, lang, part)
                editor.setPlainText(suggested[part] if saved is None else saved)
        finally:
            self._loading = False
        self._key = (year, lang)
        self._dirty.clear()
        self._timed_refresh()

    def _edited(self, part: str) -> None:
        if self._loading:
            return
        self._dirty.add(part)
        self._save_timer.start()
        self._preview_timer.start()

    def save_texts(self) -> None:
        """Write the edited texts of the year and language they were typed for."""
        self._save_timer.stop()
        if not self._dirty or self._key is None or self.store.read_only:
            self._dirty.clear()
            return
        year, lang = self._key
        try:
            with self.store.transaction():
                for part in sorted(self._dirty):
                    self.store.set_report_text(year, lang, part, self.editors[part].toPlainText())
        except StoreError as exc:
            QMessageBox.warning(self, self.tr("Not saved"), exc.message(self.lang))
            return
        self._dirty.clear()

    def restore_suggestion(self, part: str) -> None:
        """Forget the saved text: the part follows the data again."""
        self._save_timer.stop()
        self.save_texts()
        year, lang = self.current_year, self.current_lang
        if not self.store.read_only:
            try:
                self.store.set_report_text(year, lang, part, None)
            except StoreError as exc:  # disk full, file gone: keep the text, say why
                QMessageBox.warning(self, self.tr("Not saved"), exc.message(self.lang))
                return
        self._loading = True
        try:
            self.editors[part].setPlainText(self._suggestions(year, lang)[part])
        finally:
            self._loading = False
        self._dirty.discard(part)
        self._timed_refresh()

    def _data_changed(self, relist: bool = True) -> None:
        """Registers changed: untouched texts follow the new figures; refresh the preview.

        Counting a year costs a few queries, so a hidden tab only notes that it is stale
        and catches up when shown, instead of recounting on every edit in other tabs."""
        if self._key is None:
            return
        if not self.isVisible():
            self._stale = True
            return
        year, lang = self._key
        suggested = None
        if relist:  # not while the list is telling of its own change
            suggested, items = self._suggested(year, lang)
            self.suggestion_box.show_items(year, lang, items)
        self._loading = True
        try:
            for part, editor in self.editors.items():
                if part in self._dirty or self.store.report_text(year, lang, part) is not None:
                    continue
                suggested = suggested or self._suggestions(year, lang)
                if editor.toPlainText() != suggested[part]:
                    editor.setPlainText(suggested[part])
        finally:
            self._loading = False
        self._preview_timer.start()

    def texts(self) -> dict[str, str]:
        return {part: editor.toPlainText() for part, editor in self.editors.items()}

    def chosen_appendix(self) -> tuple[str, ...]:
        return tuple(k for k in APPENDIX_KEYS if self.appendix[k].isChecked())

    # -- preview ---------------------------------------------------------------------------

    def _timed_refresh(self) -> None:
        if self.isVisible():
            self.refresh_preview()
        else:
            self._preview_stale = True

    @property
    def preview_pending(self) -> bool:
        """A preview was asked for and is not on screen yet."""
        return self._shown != self._asked

    def refresh_preview(self) -> None:
        """Rebuild the preview: on a worker thread for a file, at once in memory."""
        self._preview_timer.stop()
        self._preview_stale = False
        self._asked += 1
        if self.store.path is None:  # no second connection to an in-memory database
            try:
                result: object = _build_preview(self.store, *self._preview_args())
            except (ReportError, StoreError) as exc:
                result = exc
            self._show_preview(self._asked, result)
            return
        if not self._shown:
            self.preview.setPlainText(self.tr("Preparing the preview…"))
        if not self._worker_busy:  # else the running one is out of date: rerun then
            self._start_worker()

    def _preview_args(
        self,
    ) -> tuple[int, str, tuple[str, ...], dict[str, str], FaceChoice]:
        args = self.current_year, self.current_lang, self.chosen_appendix(), self.texts()
        return (*args, self.font_note.choice)

    def _start_worker(self) -> None:
        number, args = self._asked, self._preview_args()
        self._worker_busy = True
        Op(
            self, lambda ctx: _build_preview(ctx.store, *args), store=self.store, name="preview"
        ).success(lambda html_text: self._preview_arrived(number, html_text)).failure(
            lambda exc: self._preview_arrived(number, exc)
        ).run_in_background()

    def _preview_arrived(self, number: int, result: object) -> None:
        self._worker_busy = False
        if number != self._asked:  # texts or data changed meanwhile: build again
            self._start_worker()
            return
        self._show_preview(number, result)

    def _show_preview(self, number: int, result: object) -> None:
        self._shown = number
        if isinstance(result, (ReportError, StoreError)):
            self.preview.setPlainText(result.message(self.lang))
            return
        if isinstance(result, BaseException):
            self.preview.setPlainText(
                self.tr("The preview could not be made: {reason}").format(reason=result)
            )
            return
        bar = self.preview.verticalScrollBar()
        keep = bar.value()
        self.preview.setHtml(str(result))
        bar.setValue(keep)

    # -- export ----------------------------------------------------------------------------

    def export(self) -> Op[tuple[Path, list[UnstorableText]]] | None:
        """Write the summary to Word on an op; None when the user chose no file."""
        if self._key is None:  # never shown: the texts are not in the editors yet
            self.load_texts()
        self.save_texts()
        if not ask_office_name(self, self.store):
            return None
        year, lang = self.current_year, self.current_lang
        office = collect(self.store, year).office(lang) or ""
        suggested = (
            f"{office}{year}年应急管理工作总结.docx"
            if lang == "zh"
            else f"{office} - Emergency Management Work Summary for {year}.docx"
        )
        path = ask_save_path(
            self,
            "report",
            self.tr("Export the annual summary"),
            suggested,
            [(self.tr("Word document (*.docx)"), ".docx")],
        )
        if path is None:
            return None
        texts, appendix, ui = self.texts(), self.chosen_appendix(), self.lang
        families = self.font_note.families
        title = self.tr("Export to Word")

        def work(ctx: OpContext) -> tuple[Path, list[UnstorableText]]:
            left_out: list[UnstorableText] = []
            return export_summary(
                ctx.store,
                year,
                lang,
                path,
                appendix=appendix,
                texts=texts,
                progress=lambda pct, _msg: ctx.progress(pct, 100),
                cancelled=ctx.cancelled,
                ui_lang=ui,
                warnings=left_out,
                installed_fonts=families,
            ), left_out

        def written(result: tuple[Path, list[UnstorableText]]) -> None:
            done, left_out = result
            show_unstorable(self, title, left_out, ui)
            answer = QMessageBox.question(
                self,
                title,
                self.tr("The summary was saved as\n{path}\n\nOpen it now?").format(path=done),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                QMessageBox.StandardButton.Yes,
            )
            if answer == QMessageBox.StandardButton.Yes:
                QDesktopServices.openUrl(QUrl.fromLocalFile(str(done)))

        def failed(exc: BaseException) -> None:
            if isinstance(exc, ReportCancelled):
                return
            if isinstance(exc, (ReportError, StoreError)):
                QMessageBox.warning(self, title, exc.message(self.lang))
                return
            show_failure(self, exc, title)

        return (
            Op(self, work, store=self.store, name="summary-export")
            .with_progress(title, self.tr("Writing the annual summary…"))
            .success(written)
            .failure(failed)
            .run_in_background()
        )

    def hideEvent(self, event) -> None:
        if self._preview_timer.isActive():  # typed just before leaving: build when back
            self._preview_timer.stop()
            self._preview_stale = True
        self.save_texts()
        super().hideEvent(event)

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self.store.closed:  # shown for a moment while the window swaps databases
            return
        if self._key is None:
            self._stale = False
            self.load_texts()
        elif self._stale:
            self._stale = False
            self._data_changed()
        elif self._preview_stale:
            self.refresh_preview()
